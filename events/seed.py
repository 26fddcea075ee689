"""Demo data of the events app: the five qualification modules, the calendar in every
language, past meetings and module sessions with registrations and attendance (the concept's
timeline), and upcoming events with registrations and a waiting list."""

import datetime
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from home.localization import translations_publish_missing
from home.models import HomePage
from members.models import (
    District,
    FieldOfCooperation,
    Membership,
    MinutesPage,
    ModuleMaterialsPage,
    Organisation,
    ProjectPhase,
    SpokenLanguage,
)

from .demo_content import (
    ACCESSIBILITY,
    CALENDAR,
    DEMO_ANSWERS,
    DESCRIPTION,
    MODULES,
    PAST_EVENTS,
    REGISTRATION_QUESTIONS,
    UPCOMING_EVENTS,
    VENUE_ADDRESS,
)
from .demo_translations import TRANSLATIONS
from .factories import (
    EventIndexPageFactory,
    QualificationModuleFactory,
    RegistrationFactory,
    in_days,
)
from .models import EventAttendance, EventIndexPage, EventPage, QualificationModule
from .models import RegistrationStatus as Status


def _modules(log) -> dict[int, QualificationModule]:
    default_locale = Locale.get_default()
    modules = {}
    for spec in MODULES:
        module = QualificationModule.objects.filter(
            locale=default_locale, number=spec["number"]
        ).first()
        if module is None:
            module = QualificationModuleFactory(
                locale=default_locale,
                number=spec["number"],
                title=spec["title"],
                description=spec["description"],
                phase=ProjectPhase.objects.filter(number=spec["phase"]).first(),
            )
            log(f"Qualification module created: {module}")
        if module.materials_page_id is None:
            module.materials_page = ModuleMaterialsPage.objects.filter(
                locale=default_locale, slug=f"modul-{spec['number']}"
            ).first()
            module.save(update_fields=["materials_page"])
        translations_publish_missing(instance=module, strings_by_language=TRANSLATIONS)
        modules[spec["number"]] = module
    return modules


def _at(year, month, day, hour) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, tzinfo=timezone.get_current_timezone())


def _people() -> list:
    """Demo members as (user, organisation), contact persons first."""
    users = get_user_model().objects.filter(memberships__isnull=False).distinct()
    pairs = []
    for user in users.order_by("memberships__role", "pk"):
        membership = Membership.objects.filter(user=user).select_related("organisation").first()
        pairs.append((user, membership.organisation))
    return pairs


def _answers(event: EventPage, index: int) -> dict:
    """The demo answers of the index-th person, keyed by the event's question ids."""
    if index >= len(DEMO_ANSWERS):
        return {}
    keys = {block.block_type: block.id for block in event.registration_questions}
    return {keys[kind]: value for kind, value in DEMO_ANSWERS[index].items() if kind in keys}


def _register(event: EventPage, people: list, count: int, *, attended: int | None = None):
    now = timezone.now()
    for index, (user, organisation) in enumerate(people[:count]):
        status = (
            Status.REGISTERED
            if event.capacity is None or index < event.capacity
            else Status.WAITING
        )
        RegistrationFactory(
            event=event,
            status=status,
            name=user.get_full_name() or user.username,
            email=user.email,
            user=user,
            registered_by=user,
            organisation=organisation,
            attended=None if attended is None else index < attended,
            confirmed_at=min(now, event.start - datetime.timedelta(days=7)),
            placed_at=None if status == Status.WAITING else now,
            answers=_answers(event, index),
        )


def _offer(event: EventPage) -> None:
    """The last person with a place has cancelled; the first person waiting is offered it and
    has yet to confirm (what the waiting list looks like between cancellation and deadline)."""
    now = timezone.now()
    last = event.registrations.filter(status=Status.REGISTERED).order_by("-pk").first()
    queue = list(event.registrations.filter(status=Status.WAITING).order_by("pk"))
    # Someone stays waiting behind the offer, so the demo shows both.
    if last is None or len(queue) < 2:
        return
    waiting = queue[0]
    last.status, last.cancelled_at = Status.CANCELLED, now
    last.save(update_fields=["status", "cancelled_at"])
    waiting.status, waiting.placed_at = Status.REGISTERED, now
    waiting.offer_expires_at = now + datetime.timedelta(hours=settings.EVENT_WAITING_OFFER_HOURS)
    waiting.save(update_fields=["status", "placed_at", "offer_expires_at"])


def _event(calendar, spec, *, start, modules, log) -> EventPage:
    fields = FieldOfCooperation.objects.filter(locale=Locale.get_default())
    event = EventPage(
        title=spec["title"],
        slug=spec["slug"],
        kind=spec["kind"],
        start=start,
        end=start + datetime.timedelta(hours=spec["hours"]),
        teaser=spec.get("teaser", ""),
        description=DESCRIPTION,
        venue_name=spec["venue_name"],
        venue_address=VENUE_ADDRESS,
        district=District.objects.filter(slug=spec.get("district", "")).first(),
        accessibility=ACCESSIBILITY,
        organiser=Organisation.objects.filter(name=spec.get("organiser", "")).first(),
        module=modules.get(spec.get("module")),
        target_group=spec.get("target_group", ""),
        field_of_cooperation=fields.filter(slug=spec.get("field", "")).first(),
        minutes_page=MinutesPage.objects.filter(
            locale=Locale.get_default(), slug=spec.get("minutes", "")
        ).first(),
        members_only=spec.get("members_only", spec["kind"] == "network_meeting"),
        registration_required=spec.get("registration_required", True),
        capacity=spec.get("capacity"),
        registration_questions=REGISTRATION_QUESTIONS if spec.get("questions") else [],
    )
    event.languages = list(SpokenLanguage.objects.filter(code__in=spec.get("languages", ["de"])))
    calendar.add_child(instance=event)
    event.save_revision().publish()
    log(f"Event created: {event.title}")
    return event


def seed_events(*, log: Callable[[str], None]) -> None:
    modules = _modules(log)
    home = HomePage.objects.filter(locale=Locale.get_default(), depth=2).first()
    if home is None:
        return
    calendar = EventIndexPage.objects.child_of(home).first()
    if calendar is None:
        calendar = EventIndexPageFactory(parent=home, show_in_menus=True, **CALENDAR)
        calendar.save_revision().publish()
        log(f"Calendar created: {calendar.title}")
    people = _people()
    events = []
    for spec in PAST_EVENTS:
        event = EventPage.objects.child_of(calendar).filter(slug=spec["slug"]).first()
        if event is None:
            event = _event(calendar, spec, start=_at(*spec["start"]), modules=modules, log=log)
            _register(event, people, spec["attended"] + 2, attended=spec["attended"])
            EventAttendance.objects.create(event=event, walk_ins=spec["walk_ins"], guests=1)
        events.append(event)
    for spec in UPCOMING_EVENTS:
        event = EventPage.objects.child_of(calendar).filter(slug=spec["slug"]).first()
        if event is None:
            start = in_days(spec["in_days"], spec["hour"])
            event = _event(calendar, spec, start=start, modules=modules, log=log)
            _register(event, people, spec.get("registered", 0))
            if spec.get("offer"):
                _offer(event)
        events.append(event)
    for page in [calendar, *events]:
        for translated in translations_publish_missing(
            instance=page, strings_by_language=TRANSLATIONS
        ):
            log(f"Translated into {translated.locale.language_code}: {page.title}")
