"""Reads about events that pages, feeds, the extranet and the reports share.

Members-only events are shown only to members: every list here takes the viewer and asks
`members.access`. Attendance counts are aggregated in the database.
"""

import calendar
import datetime
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Locale

from members.access import is_network_manager, is_network_member
from members.models import FieldOfCooperation, Organisation, ProjectPhase, Role, SpokenLanguage
from members.periods import Period

from .models import (
    EventAttendance,
    EventIndexPage,
    EventKind,
    EventPage,
    QualificationModule,
    Registration,
    RegistrationStatus,
)
from .models.registrations import ACTIVE_STATUSES

# Calendar -----------------------------------------------------------------------------------


def calendar_for_locale(locale: Locale) -> EventIndexPage | None:
    return EventIndexPage.objects.live().filter(locale=locale).first()


def events_visible(*, viewer, locale: Locale | None = None) -> QuerySet[EventPage]:
    """Live events the viewer may see: public ones, and members-only ones for members."""
    events = EventPage.objects.live().select_related("organiser", "module", "district")
    if locale is not None:
        events = events.filter(locale=locale)
    if not is_network_member(viewer):
        events = events.filter(members_only=False).public()
    return events


def events_members_only() -> QuerySet[EventPage]:
    """Members-only events in every language: a translation is members-only when any version
    is (the original decides, and a translation not yet synchronised must not show more)."""
    keys = EventPage.objects.filter(members_only=True).values("translation_key")
    return EventPage.objects.filter(translation_key__in=keys)


@dataclass
class CalendarFilters:
    kind: str = ""
    organisation: str = ""  # slug
    field: str = ""  # slug of the field of cooperation
    language: str = ""  # code of a spoken language

    def any(self) -> bool:
        return any((self.kind, self.organisation, self.field, self.language))


def events_filtered(events: QuerySet[EventPage], filters: CalendarFilters) -> QuerySet:
    if filters.kind:
        events = events.filter(kind=filters.kind)
    if filters.organisation:
        events = events.filter(organiser__slug=filters.organisation)
    if filters.field:
        field_keys = FieldOfCooperation.objects.filter(slug=filters.field).values("translation_key")
        events = events.filter(field_of_cooperation__translation_key__in=field_keys)
    if filters.language:
        events = events.filter(languages__code=filters.language)
    return events.distinct()


def events_upcoming(*, index: EventIndexPage, viewer, filters: CalendarFilters, now=None):
    now = now or timezone.now()
    events = events_visible(viewer=viewer).child_of(index).filter(end__gte=now)
    return events_filtered(events, filters).order_by("start", "pk")


def events_past(*, index: EventIndexPage, viewer, filters: CalendarFilters, now=None):
    now = now or timezone.now()
    events = events_visible(viewer=viewer).child_of(index).filter(end__lt=now)
    return events_filtered(events, filters).order_by("-start", "-pk")


def month_weeks(*, index: EventIndexPage, viewer, filters: CalendarFilters, year: int, month: int):
    """The month as weeks (Monday first) of days, each {"date", "in_month", "events"}."""
    tz = timezone.get_current_timezone()
    first = datetime.date(year, month, 1)
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    start = datetime.datetime.combine(first, datetime.time.min, tzinfo=tz)
    end = datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz)
    events = events_filtered(
        events_visible(viewer=viewer).child_of(index).filter(start__lt=end, end__gte=start),
        filters,
    ).order_by("start", "pk")
    by_day: dict[datetime.date, list[EventPage]] = {}
    for event in events:
        day = max(timezone.localtime(event.start).date(), first)
        final = min(timezone.localtime(event.end).date(), last)
        while day <= final:
            by_day.setdefault(day, []).append(event)
            day += datetime.timedelta(days=1)
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        weeks.append(
            [
                {"date": day, "in_month": day.month == month, "events": by_day.get(day, [])}
                for day in week
            ]
        )
    return weeks


def filter_options() -> dict:
    """What the calendar's filters offer: kinds, organisations with events, fields, languages."""
    default = Locale.get_default()
    return {
        "kinds": EventKind.choices,
        "organisations": list(
            Organisation.objects.filter(events__live=True, is_listed=True)
            .distinct()
            .order_by("name")
            .values_list("slug", "name")
        ),
        "fields": [
            (field.slug, field.localized.name)
            for field in FieldOfCooperation.objects.filter(locale=default).order_by(
                "sort_order", "name"
            )
        ],
        "languages": list(SpokenLanguage.objects.order_by("name").values_list("code", "name")),
    }


# Places and registrations --------------------------------------------------------------------


@dataclass
class Places:
    capacity: int | None
    registered: int
    waiting: int

    @property
    def left(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.registered, 0)

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.registered >= self.capacity


def event_places(event: EventPage) -> Places:
    event = event.original
    counts = Registration.objects.filter(event=event).aggregate(
        registered=Count("pk", filter=Q(status=RegistrationStatus.REGISTERED)),
        waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITING)),
    )
    return Places(capacity=event.capacity, **counts)


def waiting_position(registration: Registration) -> int | None:
    if registration.status != RegistrationStatus.WAITING:
        return None
    ahead = Registration.objects.filter(
        event_id=registration.event_id, status=RegistrationStatus.WAITING
    ).filter(
        Q(confirmed_at__lt=registration.confirmed_at)
        | Q(confirmed_at=registration.confirmed_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def registrations_of_user(user) -> QuerySet[Registration]:
    """Active registrations the member holds or made for others, soonest first."""
    return (
        Registration.objects.filter(Q(user=user) | Q(registered_by=user))
        .filter(status__in=ACTIVE_STATUSES)
        .select_related("event", "organisation")
        .order_by("event__start", "pk")
    )


def user_registration(*, event: EventPage, user) -> Registration | None:
    if not (user and user.is_authenticated):
        return None
    return Registration.objects.filter(
        event=event.original, user=user, status__in=ACTIVE_STATUSES
    ).first()


def participants(event: EventPage) -> QuerySet[Registration]:
    """The participant list of an event: everyone with a place or waiting, then the rest."""
    return (
        Registration.objects.filter(event=event.original)
        .exclude(status=RegistrationStatus.PENDING)
        .select_related("organisation")
        .order_by("status", "name", "pk")
    )


def door_list(event: EventPage) -> list[Registration]:
    """Who the network manager can tick at the door: everyone with a place or waiting, the
    people added at the door, and whoever cancelled but may come all the same (the latest
    cancellation of each person, unless they registered again)."""
    listed = list(participants(event))
    active = [r for r in listed if r.status != RegistrationStatus.CANCELLED]
    people = {r.email for r in active if r.email} | {
        f"user:{r.user_id}" for r in active if r.user_id
    }
    cancelled = []
    for registration in sorted(
        (r for r in listed if r.status == RegistrationStatus.CANCELLED),
        key=lambda r: (r.cancelled_at or r.created_at, r.pk),
        reverse=True,
    ):
        keys = {registration.email} if registration.email else set()
        if registration.user_id:
            keys.add(f"user:{registration.user_id}")
        if keys & people:
            continue
        people |= keys
        cancelled.append(registration)
    return active + sorted(cancelled, key=lambda r: (r.name, r.pk))


def offerings_overlapping(
    *,
    start: datetime.datetime,
    end: datetime.datetime,
    district_id: int | None,
    target_group: str,
    exclude_pk: int | None = None,
) -> QuerySet[EventPage]:
    """Published offerings for the same target group in the same district whose time overlaps,
    so that organisations can align their offerings (the concept's "abstimmen")."""
    if not district_id or not target_group:
        return EventPage.objects.none()
    events = EventPage.objects.live().filter(
        locale=Locale.get_default(),
        kind=EventKind.OFFERING,
        district_id=district_id,
        target_group=target_group,
        start__lt=end,
        end__gt=start,
    )
    if exclude_pk:
        events = events.exclude(pk=exclude_pk)
    return events.select_related("organiser").order_by("start")


def offerings_of_user(user) -> QuerySet[EventPage]:
    """Offerings of the organisations the member is a contact person of, newest first."""
    organisations = Organisation.objects.filter(
        memberships__user=user, memberships__role=Role.CONTACT
    )
    return (
        EventPage.objects.filter(
            locale=Locale.get_default(), kind=EventKind.OFFERING, organiser__in=organisations
        )
        .select_related("organiser")
        .order_by("-start")
    )


def events_needing_attendance(*, now=None, days: int = 60) -> QuerySet[EventPage]:
    """For the network manager: events of the default language that take registrations, from
    `days` days ago to `days` days ahead, soonest first."""
    now = now or timezone.now()
    return (
        EventPage.objects.live()
        .filter(
            locale=Locale.get_default(),
            registration_required=True,
            start__gte=now - datetime.timedelta(days=days),
            start__lte=now + datetime.timedelta(days=days),
        )
        .order_by("start")
    )


def events_upcoming_for_dashboard(*, viewer, locale: Locale, limit: int = 5):
    return (
        events_visible(viewer=viewer, locale=locale)
        .filter(end__gte=timezone.now())
        .order_by("start", "pk")[:limit]
    )


# Feeds ---------------------------------------------------------------------------------------


def events_for_public_feed(*, locale: Locale, days_back: int = 90) -> QuerySet[EventPage]:
    since = timezone.now() - datetime.timedelta(days=days_back)
    return (
        EventPage.objects.live()
        .public()
        .filter(locale=locale, members_only=False, end__gte=since)
        .select_related("organiser")
        .order_by("start", "pk")
    )


def events_for_personal_feed(*, user, locale: Locale) -> list[EventPage]:
    """The events the member holds a place or waits for, in the member's language if it exists."""
    originals = EventPage.objects.filter(
        registrations__user=user,
        registrations__status__in=[RegistrationStatus.REGISTERED, RegistrationStatus.WAITING],
        live=True,
    ).distinct()
    events = []
    for event in originals.order_by("start"):
        translated = event.get_translation_or_none(locale)
        events.append(translated.specific if translated and translated.live else event)
    return events


# Modules -------------------------------------------------------------------------------------


def modules_for_locale(locale: Locale) -> QuerySet[QualificationModule]:
    return (
        QualificationModule.objects.filter(locale=locale)
        .select_related("phase")
        .prefetch_related("phase__translations")
    )


def module_sessions(*, module: QualificationModule, viewer, locale: Locale):
    """The sessions of a module (stored against the default-language module), in `locale`."""
    keys = QualificationModule.objects.filter(translation_key=module.translation_key)
    return (
        events_visible(viewer=viewer, locale=locale).filter(module__in=keys).order_by("start", "pk")
    )


# Attendance counts, for the reports ------------------------------------------------------------


def _attended_registrations() -> QuerySet[Registration]:
    return Registration.objects.filter(attended=True, event__locale=Locale.get_default())


def attendance_for_event(event: EventPage) -> dict:
    """{"registered", "added_at_door", "attended", "walk_ins", "guests", "total"} for one event:
    registered in advance, added at the door by name, marked present (both of them), people
    who gave no name, guests, and everyone who came."""
    event = event.original
    marked = Registration.objects.filter(event=event).aggregate(
        registered=Count("pk", filter=Q(status=RegistrationStatus.REGISTERED, walk_in=False)),
        added_at_door=Count("pk", filter=Q(status=RegistrationStatus.REGISTERED, walk_in=True)),
        attended=Count("pk", filter=Q(attended=True)),
    )
    extra = EventAttendance.objects.filter(event=event).first()
    walk_ins = extra.walk_ins if extra else 0
    guests = extra.guests if extra else 0
    return {
        **marked,
        "walk_ins": walk_ins,
        "guests": guests,
        "total": marked["attended"] + walk_ins + guests,
    }


def _extras(events: QuerySet[EventPage]) -> dict:
    return EventAttendance.objects.filter(event__in=events).aggregate(
        walk_ins=Coalesce(Sum("walk_ins"), 0), guests=Coalesce(Sum("guests"), 0)
    )


def attendance_totals(*, events: QuerySet[EventPage]) -> dict:
    """Attendance over a set of default-language events: events held, attended registrations,
    walk-ins, guests, total, and distinct organisations taking part."""
    attended = _attended_registrations().filter(event__in=events)
    counts = attended.aggregate(
        attended=Count("pk"), organisations=Count("organisation", distinct=True)
    )
    extras = _extras(events)
    return {
        "events": events.count(),
        "attended": counts["attended"],
        "organisations": counts["organisations"],
        "walk_ins": extras["walk_ins"],
        "guests": extras["guests"],
        "total": counts["attended"] + extras["walk_ins"] + extras["guests"],
    }


def events_held(
    *,
    period: Period | None = None,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
):
    """Live default-language events that have ended, optionally those that start within
    `period`, or from the day `start` and up to the day `end` (either may be left out); days
    as the site counts them, see `members.periods`."""
    events = EventPage.objects.live().filter(locale=Locale.get_default(), end__lt=timezone.now())
    if period is not None:
        events = events.filter(period.moments_q("start"))
    if start:
        events = events.filter(start__gte=Period(start, start).moments()[0])
    if end:
        events = events.filter(start__lt=Period(end, end).moments()[1])
    return events


def attendance_by_phase() -> list[dict]:
    """Per project phase: events held by kind and the attendance of all of them."""
    rows = []
    for phase in ProjectPhase.objects.prefetch_related("translations").order_by("number"):
        events = events_held(period=Period.of_phase(phase))
        by_kind = dict(
            events.order_by().values("kind").annotate(n=Count("pk")).values_list("kind", "n")
        )
        rows.append(
            {
                "phase": phase,
                "network_meetings": by_kind.get(EventKind.NETWORK_MEETING, 0),
                "module_sessions": by_kind.get(EventKind.MODULE_SESSION, 0),
                **attendance_totals(events=events),
            }
        )
    return rows


def attendance_by_module() -> list[dict]:
    rows = []
    for module in QualificationModule.objects.filter(locale=Locale.get_default()):
        events = events_held().filter(module=module)
        rows.append({"module": module, **attendance_totals(events=events)})
    return rows


def attendance_by_organisation(*, events: QuerySet[EventPage] | None = None) -> list[dict]:
    """Per organisation: events attended (distinct) and people who attended, from the marked
    registrations (walk-ins carry no organisation), at `events` or at every event held."""
    return list(
        _attended_registrations()
        .filter(
            organisation__isnull=False, event__in=events if events is not None else events_held()
        )
        .values("organisation__pk", "organisation__name")
        .annotate(people=Count("pk"), events=Count("event", distinct=True))
        .order_by("organisation__name")
    )


def sessions_attended_by_organisation_and_module(
    *, start: datetime.date | None = None, end: datetime.date | None = None
) -> dict[tuple[int, int], int]:
    """{(organisation id, module id): module sessions held that someone from the organisation
    attended}, in one grouped query: the matrix of who took part in which module. With `start`
    and `end`, only the sessions that began within them (a project phase, say). People added
    at the door count like everyone marked present."""
    rows = (
        _attended_registrations()
        .filter(
            organisation__isnull=False,
            event__in=events_held(start=start, end=end).filter(
                kind=EventKind.MODULE_SESSION, module__isnull=False
            ),
        )
        .values_list("organisation", "event__module")
        .annotate(sessions=Count("event", distinct=True))
        .order_by()
    )
    return {(organisation, module): sessions for organisation, module, sessions in rows}


def organisation_participation(organisation: Organisation, *, locale: Locale | None = None) -> dict:
    """What one organisation took part in, from its attended registrations at live
    default-language events; an event belongs to the phase its start date falls in.

    Returns {"phases", "totals", "modules", "recorded"}:
    - "phases": per ProjectPhase in number order {"phase", "events", "people",
      "network_meetings", "module_sessions"}: distinct events with at least one attended
      registration of the organisation, attended registrations, and the distinct network
      meetings and module sessions among those events;
    - "totals": the same four counts over all such events, within a phase or not;
    - "modules": per default-language QualificationModule in number order {"module",
      "title" (in `locale`, by default the active one, where translated), "sessions"
      (distinct sessions attended), "attended" (bool)};
    - "recorded": whether any attended registration counts at all.
    The counts take two queries, whatever the number of phases and registrations.
    """
    attended = _attended_registrations().filter(organisation=organisation, event__live=True)
    phases = list(ProjectPhase.objects.prefetch_related("translations").order_by("number"))

    def counts(key: str, within: Q | None) -> dict:
        def only(condition: Q | None) -> Q | None:
            if within is None:
                return condition
            return within if condition is None else within & condition

        return {
            f"{key}events": Count("event", distinct=True, filter=only(None)),
            f"{key}people": Count("pk", filter=only(None)),
            f"{key}network_meetings": Count(
                "event", distinct=True, filter=only(Q(event__kind=EventKind.NETWORK_MEETING))
            ),
            f"{key}module_sessions": Count(
                "event", distinct=True, filter=only(Q(event__kind=EventKind.MODULE_SESSION))
            ),
        }

    aggregates = counts("", None)
    for phase in phases:
        within = Period.of_phase(phase).moments_q("event__start")
        aggregates.update(counts(f"phase_{phase.pk}_", within))
    figures = attended.aggregate(**aggregates)
    names = ("events", "people", "network_meetings", "module_sessions")

    sessions = dict(
        attended.filter(event__kind=EventKind.MODULE_SESSION, event__module__isnull=False)
        .order_by()
        .values("event__module")
        .annotate(n=Count("event", distinct=True))
        .values_list("event__module", "n")
    )
    default = Locale.get_default()
    locale = locale or Locale.get_active()
    modules, titles = [], {}
    for module in QualificationModule.objects.filter(locale__in=[default, locale]).order_by(
        "number"
    ):
        if module.locale_id == default.pk:
            modules.append(module)
        if module.locale_id == locale.pk:
            titles[module.translation_key] = module.title

    return {
        "phases": [
            {"phase": phase, **{name: figures[f"phase_{phase.pk}_{name}"] for name in names}}
            for phase in phases
        ],
        "totals": {name: figures[name] for name in names},
        "modules": [
            {
                "module": module,
                "title": titles.get(module.translation_key, module.title),
                "sessions": sessions.get(module.pk, 0),
                "attended": sessions.get(module.pk, 0) > 0,
            }
            for module in modules
        ],
        "recorded": figures["people"] > 0,
    }


def attendance_by_event(*, events: QuerySet[EventPage]) -> list[dict]:
    attended = dict(
        _attended_registrations()
        .filter(event__in=events)
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values_list("event", "n")
    )
    extras = {
        row.event_id: row.walk_ins + row.guests
        for row in EventAttendance.objects.filter(event__in=events)
    }
    return [
        {
            "event": event,
            "attended": attended.get(event.pk, 0),
            "total": attended.get(event.pk, 0) + extras.get(event.pk, 0),
        }
        for event in events.order_by("start")
    ]


# Translations, permissions and offerings ---------------------------------------------------


def event_in_language(event: EventPage, language: str) -> EventPage:
    locale = Locale.objects.filter(language_code=language).first()
    translated = event.get_translation_or_none(locale) if locale else None
    if translated is None or not translated.live:
        return event
    return translated.specific


def can_manage_registration(user, registration: Registration) -> bool:
    """The member it is for, the member who made it, and the network manager."""
    if is_network_manager(user):
        return True
    if not (user and user.is_authenticated):
        return False
    return user.pk in (registration.user_id, registration.registered_by_id)


def offering_status(event: EventPage) -> str:
    """live, in_review, needs_changes or draft: what the submitting organisation sees."""
    if event.live and not event.has_unpublished_changes:
        return "live"
    state = event.current_workflow_state
    if state is not None and state.status == state.STATUS_IN_PROGRESS:
        return "in_review"
    if (
        event.workflow_states.filter(status="needs_changes").exists()
        and not event.live
        and state is None
    ):
        return "needs_changes"
    return "live" if event.live else "draft"
