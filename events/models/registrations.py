"""Registrations, the waiting list and attendance of an event, and members' calendar feeds.

A registration belongs to the event in the default language. Its status moves:
pending (a visitor has not yet confirmed their e-mail address) → registered or waiting (decided
under a lock on the event, so the places are never exceeded) → cancelled. A place offered from
the waiting list is registered with `offer_expires_at` set until the person confirms it; an
offer not confirmed in time is cancelled and the place goes to the next person waiting.
Attendance is marked on registrations. A person who came without registering and gave a name
is added at the door as a registration with `walk_in` set (so every count, the matrix and the
exports treat them alike); people who gave no name and accompanying guests are counts on
`EventAttendance`.

After the retention period the personal data of a registration is removed (`anonymised_at`);
its status, attendance, organisation and language stay for the reports.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .pages import EventKind


class RegistrationStatus(models.TextChoices):
    # With a context: "Cancelled" of a cooperation is another word in German.
    PENDING = "pending", pgettext_lazy("registration status", "Awaiting e-mail confirmation")
    REGISTERED = "registered", pgettext_lazy("registration status", "Registered")
    WAITING = "waiting", pgettext_lazy("registration status", "Waiting list")
    CANCELLED = "cancelled", pgettext_lazy("registration status", "Cancelled")


ACTIVE_STATUSES = [
    RegistrationStatus.PENDING,
    RegistrationStatus.REGISTERED,
    RegistrationStatus.WAITING,
]


class Registration(models.Model):
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=RegistrationStatus.choices, db_index=True
    )
    name = models.CharField(_("name"), max_length=200, blank=True)
    # Stored in lower case, so that one address registers once.
    email = models.EmailField(_("e-mail"), blank=True)
    organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    organisation_name = models.CharField(_("organisation (as given)"), max_length=200, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("e-mail confirmed"), null=True, blank=True)
    placed_at = models.DateTimeField(_("got a place"), null=True, blank=True)
    # A place offered from the waiting list is held until then; unconfirmed, it passes on.
    offer_expires_at = models.DateTimeField(
        _("place offered until"), null=True, blank=True, db_index=True
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    walk_in = models.BooleanField(_("added at the door"), default=False)
    # {question block id: answer}; personal data (childcare, accessibility, food), see
    # `events.questions`.
    answers = models.JSONField(_("answers to the registration questions"), default=dict, blank=True)
    anonymised_at = models.DateTimeField(_("personal data removed"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            # The database, not only the view, refuses a second active registration.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=Q(status__in=ACTIVE_STATUSES) & ~Q(email=""),
                name="registration_once_per_email",
            ),
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=Q(status__in=ACTIVE_STATUSES) & Q(user__isnull=False),
                name="registration_once_per_account",
            ),
        ]
        indexes = [models.Index(fields=["event", "status"], name="registration_event_status")]

    def __str__(self) -> str:
        return f"{self.name or _('(removed)')} – {self.event_id}"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def offer_open(self) -> bool:
        """A place from the waiting list that the person has yet to confirm."""
        return self.status == RegistrationStatus.REGISTERED and self.offer_expires_at is not None

    @property
    def has_certificate(self) -> bool:
        """Who was marked present at a module session that has begun (and whose name is still
        kept) gets a certificate."""
        return bool(
            self.attended
            and self.status != RegistrationStatus.CANCELLED
            and self.event.kind == EventKind.MODULE_SESSION
            and self.event.start <= timezone.now()
            and not self.anonymised_at
        )

    @property
    def organisation_label(self) -> str:
        return self.organisation.name if self.organisation_id else self.organisation_name


class EventAttendance(models.Model):
    """What the sign-in sheet adds to the marked registrations: people who came without
    registering and gave no name, and accompanying guests, as counts."""

    event = models.OneToOneField(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="attendance_counts",
    )
    walk_ins = models.PositiveIntegerField(_("walk-ins"), default=0)
    guests = models.PositiveIntegerField(_("accompanying guests"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")

    def __str__(self) -> str:
        return f"{self.event_id}: +{self.walk_ins} +{self.guests}"


def _feed_token() -> str:
    return secrets.token_urlsafe(24)


class CalendarFeed(models.Model):
    """A member's private calendar address: the events they registered for. The token is the
    address's only secret; the member can replace it, which ends every old subscription."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=_feed_token)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("personal calendar feed")
        verbose_name_plural = _("personal calendar feeds")

    def __str__(self) -> str:
        return str(self.user)

    def renew(self) -> None:
        self.token = _feed_token()
        self.save(update_fields=["token"])
