"""The events app's part of the data inventory behind the privacy notice (`home.privacy`)."""

from django.utils.translation import gettext_lazy as _

from home.privacy import DataInventory, LegalBasis, PersonalData

INVENTORY = DataInventory(
    personal=[
        PersonalData(
            model="events.Registration",
            fields=(
                "event",
                "status",
                "name",
                "email",
                "organisation",
                "organisation_name",
                "user",
                "registered_by",
                "language",
                "consent_at",
                "created_at",
                "confirmed_at",
                "placed_at",
                "offer_expires_at",
                "cancelled_at",
                "reminder_sent_at",
                "attended",
                "walk_in",
                "answers",
                "anonymised_at",
            ),
            description=_(
                "Registrations for events: name, e-mail address, organisation, attendance, "
                "answers to the registration questions (interpreting, childcare, accessibility "
                "needs, food), seen only by the network management"
            ),
            purpose=_(
                "Places, waiting list, reminders and certificates of attendance; the number of "
                "participants the funder asks for"
            ),
            legal_basis=LegalBasis.CONSENT,
            retention=_("%(days)s days after the event, then made anonymous"),
            retention_days_setting="EVENT_REGISTRATION_RETENTION_DAYS",
        ),
        PersonalData(
            model="events.EventAttendance",
            fields=("updated_by", "updated_at"),
            description=_("Who recorded the attendance of an event"),
            purpose=_("Editorial responsibility and review"),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("As long as the page or entry exists"),
        ),
        PersonalData(
            model="events.CalendarFeed",
            fields=("user", "token", "created_at"),
            description=_("A member's personal calendar address"),
            purpose=_("The calendar subscription a member asked for"),
            legal_basis=LegalBasis.CONTRACT,
            retention=_("Until the membership or the account is deleted"),
        ),
    ],
    not_personal={
        "events.QualificationModule": (
            "translation_key",
            "locale",
            "number",
            "title",
            "description",
            "phase",
            "materials_page",
        ),
        "events.EventIndexPage": ("intro",),
        "events.EventPage": (
            "kind",
            "start",
            "end",
            "teaser",
            "description",
            "venue_name",
            "venue_address",
            "district",
            "accessibility",
            "organiser",
            "module",
            "target_group",
            "field_of_cooperation",
            "minutes_page",
            "members_only",
            "registration_required",
            "capacity",
            "registration_deadline",
            "languages",
            "registration_questions",
        ),
        # Numbers of walk-ins and guests, without names.
        "events.EventAttendance": ("event", "walk_ins", "guests"),
    },
)
