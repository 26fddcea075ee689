import factory
from wagtail.models import Locale

from .models import QualificationModule


class QualificationModuleFactory(factory.django.DjangoModelFactory):
    number = factory.Sequence(lambda n: n + 1)
    title = factory.LazyAttribute(lambda module: f"Modul {module.number}")
    description = "Ein Qualifizierungsmodul."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = QualificationModule
        django_get_or_create = ("locale", "number")
