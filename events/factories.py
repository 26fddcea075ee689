"""Factories for modules, the calendar, events and registrations; shared by the tests and the
demo-data command."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from .models import (
    EventIndexPage,
    EventKind,
    EventPage,
    QualificationModule,
    Registration,
    RegistrationStatus,
)


class QualificationModuleFactory(factory.django.DjangoModelFactory):
    number = factory.Sequence(lambda n: n + 1)
    title = factory.LazyAttribute(lambda module: f"Modul {module.number}")
    description = "Ein Qualifizierungsmodul."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = QualificationModule
        django_get_or_create = ("locale", "number")


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Veranstaltungen"
    slug = factory.Sequence(lambda n: f"veranstaltungen-{n}")
    intro = "Netzwerktreffen, Module und die Angebote der Vereine."

    class Meta:
        model = EventIndexPage


def in_days(days: int, hour: int = 18) -> datetime.datetime:
    """A full hour, `days` from today, in the site's time zone (Europe/Berlin)."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(
        day, datetime.time(hour), tzinfo=timezone.get_current_timezone()
    )


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    slug = factory.Sequence(lambda n: f"veranstaltung-{n}")
    kind = EventKind.OTHER
    start = factory.LazyFunction(lambda: in_days(14))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    teaser = "Eine Veranstaltung des Netzwerks."
    venue_name = "Rathaus Oberhausen"
    venue_address = "Schwartzstraße 72\n46045 Oberhausen"

    class Meta:
        model = EventPage


class RegistrationFactory(factory.django.DjangoModelFactory):
    event = factory.SubFactory(EventPageFactory)
    status = RegistrationStatus.REGISTERED
    name = factory.Sequence(lambda n: f"Teilnehmerin {n}")
    email = factory.Sequence(lambda n: f"teilnehmerin{n}@example.org")
    confirmed_at = factory.LazyFunction(timezone.now)
    placed_at = factory.LazyFunction(timezone.now)
    consent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Registration
