import datetime

import factory
from django.utils.text import slugify

from .models import Organisation, ProjectPhase
from .services import membership_add


class ProjectPhaseFactory(factory.django.DjangoModelFactory):
    number = factory.Sequence(lambda n: n + 1)
    title = factory.LazyAttribute(lambda phase: f"Projektphase {phase.number}")
    start_date = factory.LazyAttribute(lambda phase: datetime.date(2011 + phase.number, 7, 1))
    end_date = factory.LazyAttribute(lambda phase: datetime.date(2012 + phase.number, 6, 30))

    class Meta:
        model = ProjectPhase
        django_get_or_create = ("number",)


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Verein {n} e.V.")
    slug = factory.LazyAttribute(lambda organisation: slugify(organisation.name))
    kind = Organisation.Kind.CULTURAL_ASSOCIATION
    short_description = "Ein Verein im Netzwerk."

    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = "Erika"
    last_name = factory.Sequence(lambda n: f"Muster{n}")
    password = factory.django.Password("a-long-test-password-1")

    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)


def member_create(organisation: Organisation, *, role: str = "member", **user_fields):
    """A user who belongs to `organisation` with `role`, made through the service (so the
    network's group is kept in step, as in production)."""
    user = UserFactory(**user_fields)
    membership_add(user=user, organisation=organisation, role=role)
    return user
