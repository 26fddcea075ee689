"""Writes about events: registration, confirmation, cancellation and the waiting list, attendance,
offerings submitted from the extranet, reminders and the removal of old personal data.

Each function is one transaction. Whatever decides about places takes a row lock on the event
first (`_event_locked`), so that concurrent requests are served one after the other and the
places are never exceeded. On SQLite, which has no row locks, the settings open every
transaction with `BEGIN IMMEDIATE`, which serialises writers the same way. E-mails leave only
after the commit.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import Locale, PageViewRestriction

from home.errors import DomainError
from home.mail import queue_mail
from members.access import (
    NETWORK_MEMBERS,
    can_edit_organisation,
    is_network_manager,
    is_network_member,
)
from members.models import Organisation
from members.services import network_groups

from . import feeds
from .checkin import admission_code, admission_url, qr_png
from .models import (
    EventAttendance,
    EventIndexPage,
    EventKind,
    EventPage,
    Registration,
    RegistrationStatus,
)
from .models.registrations import ACTIVE_STATUSES
from .questions import answers_clean, event_questions
from .selectors import event_in_language

logger = logging.getLogger(__name__)

# An unconfirmed registration holds the address this long; its e-mail is resent at most this often.
PENDING_VALID_HOURS = 48
RESEND_PAUSE_SECONDS = 10 * 60

TOKEN_SALT = "events.registration"  # noqa: S105 (a namespace, not a secret)


class RegistrationError(DomainError):
    """Why a registration, confirmation or cancellation cannot be done; `message` is for the
    person who tried, in their language."""

    MESSAGES = {
        "closed": _("Registration for this event has closed."),
        "not_required": _("This event takes no registrations: just come along."),
        "members_only": _("Only members of the network can register for this event."),
        "duplicate": _("This person is already registered for this event."),
        "cancelled": _("This registration has already been cancelled."),
        "started": _("The event has already begun; the registration can no longer be changed."),
        "not_pending": _("This registration has already been confirmed."),
        "consent": _("Please agree to the processing of your data for this event."),
        "not_started": _("Attendance can be recorded from the start of the event on, not before."),
        "name_required": _("Please enter the person's name."),
        "already_listed": _(
            "A person of this name and organisation is already on the list: please tick them there."
        ),
        "no_offer": _("There is no place waiting for your confirmation."),
        "checkin_not_open": _("Check-in opens an hour before the start of the event, not before."),
        "unconfirmed": _(
            "This registration was never confirmed. Please add the person at the door instead."
        ),
        "offer_expired": _(
            "The time to confirm this place has passed; it has gone to the next person waiting."
        ),
    }


# Links ---------------------------------------------------------------------------------------


def registration_token(registration: Registration) -> str:
    """The secret of a registration's own links (confirm, cancel, certificate). Signed, so it
    cannot be guessed or changed into another registration's."""
    return signing.dumps(registration.pk, salt=TOKEN_SALT, compress=True)


def registration_from_token(token: str) -> Registration | None:
    try:
        pk = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return Registration.objects.select_related("event", "organisation").filter(pk=pk).first()


def registration_url(registration: Registration, action: str = "") -> str:
    """The absolute address of a registration's page (or of `action`: "confirm", "cancel",
    "certificate"), in the registrant's language."""
    name = {
        "": "registration",
        "confirm": "registration_confirm",
        "cancel": "registration_cancel",
        "certificate": "registration_certificate",
        "accept": "registration_accept",
    }[action]
    with translation.override(registration.language):
        path = reverse(f"events:{name}", args=[registration_token(registration)])
    return registration.event.get_site().root_url + path


def event_ics_url(event: EventPage, language: str) -> str:
    with translation.override(language):
        path = reverse("events:event_ics", args=[event.pk])
    return event.get_site().root_url + path


# E-mail --------------------------------------------------------------------------------------

SUBJECTS = {
    "confirm": _("Please confirm your registration: {event}"),
    "registered": _("You are registered: {event}"),
    "waiting": _("You are on the waiting list: {event}"),
    "promoted": _("A place has become free for you: {event}"),
    "cancelled": _("Your registration has been cancelled: {event}"),
    "reminder": _("Reminder: {event}"),
    "walk_in": _("Thank you for taking part: {event}"),
    "offer_expired": _("The place you were offered has gone to the next person: {event}"),
}


# The mails that give a place carry the event for the person's calendar and the admission QR.
PLACE_KINDS = {"registered", "promoted"}


def _place_attachments(registration: Registration, kind: str, event: EventPage):
    """The event as an .ics file and the admission code as a QR image, for a mail that gives a
    place (not for an offer that still waits for confirmation: that place is not yet theirs)."""
    if kind not in PLACE_KINDS or registration.status != RegistrationStatus.REGISTERED:
        return None
    if registration.offer_expires_at is not None:
        return None
    name = event.slug or "veranstaltung"
    return [
        (f"{name}.ics", feeds.event_ics(event), "text/calendar"),
        (f"einlass-{name}.png", qr_png(admission_url(registration)), "image/png"),
    ]


def _mail(registration: Registration, kind: str) -> None:
    """Send one of the registration e-mails after the commit, in the registrant's language."""
    if not registration.email:
        return
    pk = registration.pk

    def send():
        fresh = Registration.objects.select_related("event").get(pk=pk)
        with translation.override(fresh.language):
            event = event_in_language(fresh.event, fresh.language)
            context = {
                "registration": fresh,
                "event": event,
                "network": settings.WAGTAIL_SITE_NAME,
                "detail_url": registration_url(fresh),
                "confirm_url": registration_url(fresh, "confirm"),
                "accept_url": registration_url(fresh, "accept"),
                "cancel_url": registration_url(fresh, "cancel"),
                "ics_url": ""
                if event.original.members_only
                else event_ics_url(event, fresh.language),
                # Shown at the door; its QR code is on the registration's page.
                "admission_code": admission_code(fresh),
            }
            queue_mail(
                str(SUBJECTS[kind]).format(event=event.title),
                render_to_string(f"events/emails/{kind}.txt", context),
                None,
                [fresh.email],
                attachments=_place_attachments(fresh, kind, event),
            )

    # A mail server's failure is logged, never turned into an error for what was saved.
    transaction.on_commit(send, robust=True)


# Members only ------------------------------------------------------------------------------


def event_restriction_sync(*, event: EventPage) -> None:
    """Give every language's version of `event` the network's view restriction when the
    default-language version is members-only, and take ours away when it is not (a restriction
    an editor set in Wagtail's privacy dialog for other groups stays)."""
    members_only = event.original.members_only
    for version in EventPage.objects.filter(translation_key=event.translation_key):
        ours = PageViewRestriction.objects.filter(
            page=version,
            restriction_type=PageViewRestriction.GROUPS,
            groups__name=NETWORK_MEMBERS,
        ).distinct()
        if not members_only:
            ours.delete()
            continue
        if not ours.exists():
            restriction = PageViewRestriction.objects.create(
                page=version, restriction_type=PageViewRestriction.GROUPS
            )
            restriction.groups.add(*network_groups())


# Places --------------------------------------------------------------------------------------


def _event_locked(event: EventPage) -> EventPage:
    return EventPage.objects.select_for_update().get(pk=event.original.pk)


def _places_taken(event: EventPage) -> int:
    return Registration.objects.filter(event=event, status=RegistrationStatus.REGISTERED).count()


def _place_or_queue(event: EventPage, registration: Registration, now) -> None:
    """Give the registration a place if one is free, else put it on the waiting list. The
    caller holds the event's lock."""
    if event.capacity is None or _places_taken(event) < event.capacity:
        registration.status = RegistrationStatus.REGISTERED
        registration.placed_at = now
    else:
        registration.status = RegistrationStatus.WAITING


def _offer_deadline(event: EventPage, now) -> datetime.datetime | None:
    """Until when a place offered from the waiting list waits for the person's confirmation:
    EVENT_WAITING_OFFER_HOURS, but never beyond the start. With less than an hour left there is
    no time to pass the place on, so it is given outright (None)."""
    hours = settings.EVENT_WAITING_OFFER_HOURS
    if not hours:
        return None
    deadline = min(now + datetime.timedelta(hours=hours), event.start)
    if deadline - now < datetime.timedelta(hours=1):
        return None
    return deadline


def _waiting_promote(event: EventPage, now) -> list[Registration]:
    """Offer free places to the people on the waiting list, first come first served; each has
    until `offer_expires_at` to confirm. The caller holds the event's lock."""
    free = None if event.capacity is None else event.capacity - _places_taken(event)
    waiting = Registration.objects.filter(event=event, status=RegistrationStatus.WAITING).order_by(
        "confirmed_at", "pk"
    )
    if free is not None:
        waiting = waiting[: max(free, 0)]
    promoted = []
    deadline = _offer_deadline(event, now)
    for registration in waiting:
        registration.status = RegistrationStatus.REGISTERED
        registration.placed_at = now
        registration.offer_expires_at = deadline
        registration.save(update_fields=["status", "placed_at", "offer_expires_at"])
        _mail(registration, "promoted")
        promoted.append(registration)
    return promoted


@transaction.atomic
def waiting_list_advance(*, event: EventPage) -> list[Registration]:
    """After an editor raised the number of places: fill them from the waiting list."""
    event = _event_locked(event)
    now = timezone.now()
    if event.start <= now:
        return []
    return _waiting_promote(event, now)


# Registration --------------------------------------------------------------------------------


def _check_open(event: EventPage, now) -> None:
    if not event.registration_required:
        raise RegistrationError("not_required")
    if not event.registration_open(now):
        raise RegistrationError("closed")


def _save_new(registration: Registration) -> None:
    """Insert, turning the database's refusal of a second active registration into our error."""
    try:
        with transaction.atomic():
            registration.save()
    except IntegrityError as error:
        raise RegistrationError("duplicate") from error


@transaction.atomic
def registration_request(
    *,
    event: EventPage,
    name: str,
    email: str,
    organisation_name: str = "",
    language: str,
    consent: bool,
    answers: dict | None = None,
) -> Registration:
    """A visitor without an account registers for a public event. The registration waits for
    the e-mail address to be confirmed (double opt-in); only then does it get a place."""
    event = _event_locked(event)
    now = timezone.now()
    if event.members_only:
        raise RegistrationError("members_only")
    _check_open(event, now)
    if not consent:
        raise RegistrationError("consent")
    email = email.strip().lower()
    existing = Registration.objects.filter(
        event=event, email=email, status__in=ACTIVE_STATUSES
    ).first()
    if existing is not None and existing.status == RegistrationStatus.PENDING:
        if existing.created_at > now - datetime.timedelta(hours=PENDING_VALID_HOURS):
            # A lost confirmation e-mail: send it again, at most every few minutes.
            if cache.add(f"events:confirm-resent:{existing.pk}", 1, RESEND_PAUSE_SECONDS):
                _mail(existing, "confirm")
            return existing
        existing.delete()  # never confirmed: the address is free again
    elif existing is not None:
        raise RegistrationError("duplicate")
    registration = Registration(
        event=event,
        status=RegistrationStatus.PENDING,
        name=name.strip(),
        email=email,
        organisation_name=organisation_name.strip(),
        language=language,
        consent_at=now,
        answers=answers_clean(event_questions(event), answers),
    )
    _save_new(registration)
    _mail(registration, "confirm")
    return registration


@transaction.atomic
def registration_confirm(*, registration: Registration) -> Registration:
    """The visitor opened the link in the confirmation e-mail: a place, or the waiting list."""
    event = _event_locked(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    now = timezone.now()
    if registration.status == RegistrationStatus.CANCELLED:
        raise RegistrationError("cancelled")
    if registration.status != RegistrationStatus.PENDING:
        raise RegistrationError("not_pending")
    if not event.registration_open(now):
        raise RegistrationError("closed")
    registration.confirmed_at = now
    _place_or_queue(event, registration, now)
    registration.save(update_fields=["status", "confirmed_at", "placed_at"])
    _mail(registration, registration.status)
    return registration


@transaction.atomic
def registration_member(
    *,
    event: EventPage,
    by,
    name: str = "",
    email: str = "",
    organisation: Organisation | None = None,
    language: str,
    answers: dict | None = None,
) -> Registration:
    """A member registers themselves (no name given) or a named person of their organisation.
    Members are known, so the registration takes a place (or waits) at once."""
    event = _event_locked(event)
    now = timezone.now()
    if not is_network_member(by):
        raise PermissionDenied
    _check_open(event, now)
    for_self = not name.strip()
    if organisation is not None and not (
        is_network_manager(by) or by.memberships.filter(organisation=organisation).exists()
    ):
        raise PermissionDenied
    if for_self:
        name = by.get_full_name() or by.get_username()
        email = by.email
        user = by
    else:
        user = None
    email = (email or "").strip().lower()
    active = Registration.objects.filter(event=event, status__in=ACTIVE_STATUSES)
    if (
        (user is not None and active.filter(user=user).exists())
        or (email and active.filter(email=email).exists())
        or (
            not email
            and active.filter(name__iexact=name.strip(), organisation=organisation).exists()
        )
    ):
        raise RegistrationError("duplicate")
    registration = Registration(
        event=event,
        name=name.strip(),
        email=email,
        organisation=organisation,
        user=user,
        registered_by=by,
        language=language,
        consent_at=now,
        confirmed_at=now,
        answers=answers_clean(event_questions(event), answers),
    )
    _place_or_queue(event, registration, now)
    _save_new(registration)
    _mail(registration, registration.status)
    return registration


@transaction.atomic
def registration_cancel(*, registration: Registration) -> list[Registration]:
    """Cancel a registration (by its link, or by the member who made it). A freed place goes to
    the first person waiting, who is told by e-mail. Returns who moved up."""
    event = _event_locked(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    now = timezone.now()
    if registration.status == RegistrationStatus.CANCELLED:
        raise RegistrationError("cancelled")
    if event.start <= now:
        raise RegistrationError("started")
    had_place = registration.status == RegistrationStatus.REGISTERED
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = now
    # Declined, not lapsed: only a lapsed offer keeps its deadline.
    registration.offer_expires_at = None
    registration.save(update_fields=["status", "cancelled_at", "offer_expires_at"])
    _mail(registration, "cancelled")
    return _waiting_promote(event, now) if had_place else []


# Messages to an event's registrants --------------------------------------------------------


class Audience:
    """Whom a message of the network manager reaches."""

    REGISTERED = "registered"  # everyone with a place
    WAITING = "waiting"  # everyone with a place or on the waiting list
    ATTENDED = "attended"  # everyone marked present


def audience_registrations(event: EventPage, audience: str):
    """The registrations a message to `audience` goes to: with an e-mail address and their
    personal data still kept."""
    registrations = Registration.objects.filter(event=event.original, anonymised_at__isnull=True)
    registrations = registrations.exclude(email="")
    if audience == Audience.ATTENDED:
        return registrations.filter(attended=True).exclude(status=RegistrationStatus.CANCELLED)
    statuses = [RegistrationStatus.REGISTERED]
    if audience == Audience.WAITING:
        statuses.append(RegistrationStatus.WAITING)
    return registrations.filter(status__in=statuses)


def registrants_message(*, by, event: EventPage, audience: str, subject: str, body: str) -> int:
    """The network manager writes to an event's registrants at once. Each recipient gets their
    own mail (nobody sees the others' addresses), framed in their language: greeting, the
    event in their language, why they receive it. The manager's text goes as written. Sent
    after the commit; returns how many mails were queued."""
    if not is_network_manager(by):
        raise PermissionDenied
    event = event.original
    recipients = list(audience_registrations(event, audience).values_list("pk", flat=True))

    def send():
        for registration in Registration.objects.filter(pk__in=recipients).select_related("event"):
            with translation.override(registration.language):
                version = event_in_language(registration.event, registration.language)
                context = {
                    "registration": registration,
                    "event": version,
                    "body": body,
                    "network": settings.WAGTAIL_SITE_NAME,
                    "detail_url": registration_url(registration),
                }
                queue_mail(
                    subject,
                    render_to_string("events/emails/message.txt", context),
                    None,
                    [registration.email],
                )

    with transaction.atomic():
        log(
            instance=event,
            action="events.message",
            user=by,
            data={"audience": audience, "subject": subject, "recipients": len(recipients)},
        )
        transaction.on_commit(send, robust=True)
    return len(recipients)


# Places offered from the waiting list ----------------------------------------------------


@transaction.atomic
def offer_accept(*, registration: Registration, now: datetime.datetime | None = None):
    """The person moved up from the waiting list confirms the offered place before its
    deadline; from then on it is theirs like any other. Confirming twice is harmless."""
    event = _event_locked(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    now = now or timezone.now()
    if registration.status == RegistrationStatus.REGISTERED and registration.offer_expires_at:
        if registration.offer_expires_at <= now:
            raise RegistrationError("offer_expired")
        registration.offer_expires_at = None
        registration.save(update_fields=["offer_expires_at"])
        _mail(registration, "registered")
        return registration
    if registration.status == RegistrationStatus.REGISTERED:
        return registration  # already confirmed
    if registration.status == RegistrationStatus.CANCELLED and registration.offer_expires_at:
        raise RegistrationError("offer_expired")
    if event.start <= now:
        raise RegistrationError("started")
    raise RegistrationError("no_offer")


def offers_expire(*, now: datetime.datetime | None = None) -> int:
    """Cancel the places offered from the waiting list that were not confirmed in time, tell
    those people, and offer each place to the next person waiting. One transaction per event,
    under its lock, so an acceptance in the same moment is served before or after, never half.
    Returns how many offers lapsed."""
    now = now or timezone.now()
    event_ids = (
        Registration.objects.filter(status=RegistrationStatus.REGISTERED, offer_expires_at__lte=now)
        .values_list("event_id", flat=True)
        .distinct()
    )
    lapsed = 0
    for event_id in list(event_ids):
        with transaction.atomic():
            event = EventPage.objects.select_for_update().get(pk=event_id)
            expired = list(
                Registration.objects.select_for_update().filter(
                    event=event, status=RegistrationStatus.REGISTERED, offer_expires_at__lte=now
                )
            )
            for registration in expired:
                # The deadline stays as the record of why the place was lost.
                registration.status = RegistrationStatus.CANCELLED
                registration.cancelled_at = now
                registration.save(update_fields=["status", "cancelled_at"])
                _mail(registration, "offer_expired")
            lapsed += len(expired)
            promoted = _waiting_promote(event, now) if event.start > now else []
            log(
                instance=event,
                action="events.offers_expired",
                data={
                    "lapsed": [r.pk for r in expired],
                    "offered": [r.pk for r in promoted],
                },
            )
    return lapsed


# Attendance ----------------------------------------------------------------------------------


@dataclass
class AttendanceResult:
    """What saving the door list did beyond ticking: who left the waiting list and whose
    cancellation was undone because they came."""

    counts: EventAttendance
    from_waiting_list: list[Registration] = field(default_factory=list)
    reinstated: list[Registration] = field(default_factory=list)


def _check_started(event: EventPage, now) -> None:
    # Attendance of an event that has not begun would be a guess, and a certificate a lie.
    if event.start > now:
        raise RegistrationError("not_started")


def _take_part(registration: Registration, now) -> str:
    """Make who came a confirmed registration: off the waiting list (so no place is offered to
    them later) or back from a cancellation. Returns the status they had."""
    before = registration.status
    registration.attended = True
    # Whoever came has taken up an offered place.
    registration.offer_expires_at = None
    fields = ["attended", "offer_expires_at"]
    if before != RegistrationStatus.REGISTERED:
        registration.status = RegistrationStatus.REGISTERED
        registration.placed_at = now
        registration.confirmed_at = registration.confirmed_at or now
        registration.cancelled_at = None
        fields += ["status", "placed_at", "confirmed_at", "cancelled_at"]
    try:
        with transaction.atomic():
            registration.save(update_fields=fields)
    except IntegrityError as error:
        # A cancelled registration whose person registered again: the active one counts.
        raise RegistrationError("duplicate") from error
    return before


@transaction.atomic
def attendance_record(
    *,
    by,
    event: EventPage,
    present: set[int],
    listed: set[int],
    walk_ins: int,
    guests: int,
) -> AttendanceResult:
    """The network manager marks who came, from the event's start on. `listed` are the
    registrations shown on the door list; those of them in `present` attended, the others did
    not. Whoever is marked present is registered: a person on the waiting list leaves it, a
    cancelled registration is taken back. The counts of people who gave no name and of guests
    replace the previous ones."""
    if not is_network_manager(by):
        raise PermissionDenied
    event = _event_locked(event)
    now = timezone.now()
    _check_started(event, now)
    registrations = Registration.objects.filter(event=event, pk__in=listed).exclude(
        status=RegistrationStatus.PENDING
    )
    result = AttendanceResult(counts=None)
    marked = registrations.filter(pk__in=present).exclude(
        attended=True, status=RegistrationStatus.REGISTERED
    )
    for registration in marked:
        before = _take_part(registration, now)
        if before == RegistrationStatus.WAITING:
            result.from_waiting_list.append(registration)
        elif before == RegistrationStatus.CANCELLED:
            result.reinstated.append(registration)
    # Taken back present people keep the place they got by coming; nobody moves up after the start.
    registrations.exclude(pk__in=present).update(attended=False)
    result.counts, _created = EventAttendance.objects.update_or_create(
        event=event, defaults={"walk_ins": walk_ins, "guests": guests, "updated_by": by}
    )
    log(
        instance=event,
        action="events.attendance",
        user=by,
        data={
            "present": len(present),
            "walk_ins": walk_ins,
            "guests": guests,
            "from_waiting_list": [r.pk for r in result.from_waiting_list],
            "reinstated": [r.pk for r in result.reinstated],
        },
    )
    return result


# People are let in a little before the start; recording attendance after the fact is not.
CHECKIN_OPENS_BEFORE = datetime.timedelta(hours=1)


@transaction.atomic
def registration_check_in(*, by, registration: Registration) -> tuple[Registration, bool]:
    """Check a person in at the door by their admission code, from an hour before the start on.
    Whoever is checked in is registered (as when ticked on the door list). Checking in twice is
    harmless. Returns the registration and whether it was already checked in."""
    if not is_network_manager(by):
        raise PermissionDenied
    event = _event_locked(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    now = timezone.now()
    if event.start - CHECKIN_OPENS_BEFORE > now:
        raise RegistrationError("checkin_not_open")
    if registration.status == RegistrationStatus.PENDING:
        raise RegistrationError("unconfirmed")
    if registration.attended and registration.status == RegistrationStatus.REGISTERED:
        return registration, True
    _take_part(registration, now)
    log(
        instance=event,
        action="events.checkin",
        user=by,
        data={"registration": registration.pk},
    )
    return registration, False


@transaction.atomic
def walk_in_add(
    *,
    by,
    event: EventPage,
    name: str,
    email: str = "",
    organisation: Organisation | None = None,
    organisation_name: str = "",
    language: str = settings.LANGUAGE_CODE,
) -> tuple[Registration, bool]:
    """A person who came without a place on the list, added at the door with their name (and,
    if they like, organisation and e-mail address): a registration that attended, so that they
    get a certificate and the questionnaire link and count everywhere a registration counts.
    Whoever is already registered under the e-mail address is marked present instead. Returns
    the registration and whether it is new."""
    if not is_network_manager(by):
        raise PermissionDenied
    event = _event_locked(event)
    now = timezone.now()
    _check_started(event, now)
    name = name.strip()
    if not name:
        raise RegistrationError("name_required")
    email = (email or "").strip().lower()
    active = Registration.objects.filter(event=event, status__in=ACTIVE_STATUSES)
    existing = active.filter(email=email).first() if email else None
    if existing is not None:
        _take_part(existing, now)
        return existing, False
    organisation_name = "" if organisation is not None else organisation_name.strip()
    same_name = active.filter(name__iexact=name, organisation=organisation)
    if organisation is None:
        same_name = same_name.filter(organisation_name__iexact=organisation_name)
    if same_name.exists():
        raise RegistrationError("already_listed")
    registration = Registration(
        event=event,
        status=RegistrationStatus.REGISTERED,
        walk_in=True,
        attended=True,
        name=name,
        email=email,
        organisation=organisation,
        organisation_name=organisation_name,
        registered_by=by,
        language=language,
        # Given at the door, to the network manager, for the certificate and the questionnaire.
        consent_at=now,
        confirmed_at=now,
        placed_at=now,
    )
    _save_new(registration)
    log(instance=event, action="events.walk_in", user=by, data={"registration": registration.pk})
    _mail(registration, "walk_in")
    return registration, True


# Offerings from the extranet -----------------------------------------------------------------


@transaction.atomic
def offering_submit(*, by, organisation: Organisation, fields: dict, languages=()) -> EventPage:
    """A contact person proposes one of their organisation's offerings. It becomes a draft event
    in the default language's calendar and goes into the editorial workflow, where the network
    manager approves (publishes) or rejects it."""
    if not can_edit_organisation(by, organisation):
        raise PermissionDenied
    calendar = EventIndexPage.objects.filter(locale=Locale.get_default()).first()
    if calendar is None:
        raise ValidationError(
            _("The calendar has not been set up yet. Please tell the network manager.")
        )
    event = EventPage(
        **fields,
        kind=EventKind.OFFERING,
        organiser=organisation,
        live=False,
        owner=by,
    )
    event.languages = list(languages)
    # A title of only emoji or symbols gives no slug: the page still needs an address.
    base = slugify(fields.get("title", "")) or "angebot"
    event.slug = find_available_slug(calendar, base)
    calendar.add_child(instance=event)
    revision = event.save_revision(user=by, log_action=True)
    workflow = event.get_workflow()
    # A workflow without tasks would publish at once, as the contact person, who may not.
    if workflow is not None and workflow.active and workflow.tasks.exists():
        workflow.start(event, by)
    logger.info("Offering %s submitted as revision %s", event.pk, revision.pk)
    return event


# Reminders and retention ---------------------------------------------------------------------


def reminders_send(*, now: datetime.datetime | None = None) -> int:
    """E-mail everyone with a place whose event starts within EVENT_REMINDER_HOURS, once."""
    now = now or timezone.now()
    horizon = now + datetime.timedelta(hours=settings.EVENT_REMINDER_HOURS)
    due = Registration.objects.filter(
        status=RegistrationStatus.REGISTERED,
        # An offered place not yet confirmed is not theirs yet; once confirmed, the next run.
        offer_expires_at__isnull=True,
        reminder_sent_at__isnull=True,
        event__start__gt=now,
        event__start__lte=horizon,
        event__live=True,
    ).exclude(email="")
    sent = 0
    for registration in due:
        with transaction.atomic():
            claimed = Registration.objects.filter(
                pk=registration.pk, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=now)
            if claimed:
                _mail(registration, "reminder")
                sent += 1
    return sent


@transaction.atomic
def registrations_anonymise(*, now: datetime.datetime | None = None) -> int:
    """Remove the personal data of registrations for events that ended more than
    EVENT_REGISTRATION_RETENTION_DAYS ago. Status, attendance, organisation and language stay,
    so every count the reports need stays the same."""
    now = now or timezone.now()
    # Never confirmed: nothing to keep, not even for the counts.
    Registration.objects.filter(
        status=RegistrationStatus.PENDING,
        created_at__lt=now - datetime.timedelta(hours=PENDING_VALID_HOURS),
    ).delete()
    cutoff = now - datetime.timedelta(days=settings.EVENT_REGISTRATION_RETENTION_DAYS)
    return Registration.objects.filter(event__end__lt=cutoff, anonymised_at__isnull=True).update(
        name="",
        email="",
        organisation_name="",
        user=None,
        registered_by=None,
        consent_at=None,
        answers={},
        anonymised_at=now,
    )


@transaction.atomic
def registrations_of_user_anonymise(*, user) -> int:
    """Before an account is deleted: what it registered keeps counting, without the person."""
    now = timezone.now()
    return Registration.objects.filter(user=user).update(
        name="",
        email="",
        organisation_name="",
        user=None,
        consent_at=None,
        answers={},
        anonymised_at=now,
    )
