"""The printable sign-in sheet of an event (PDF, A4): everyone with a place or waiting, by name,
with a column to sign, and empty rows for people who come without registering. In the network
manager's language, right to left in Arabic; WeasyPrint with the system's fonts, like the
certificates."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import get_language_bidi

from .models import EventPage, RegistrationStatus
from .selectors import door_list, event_in_language

EMPTY_ROWS = 8


def sign_in_sheet_pdf(event: EventPage) -> bytes:
    # WeasyPrint loads the system's Pango when imported, and nothing else needs it.
    from weasyprint import HTML  # noqa: PLC0415

    language = translation.get_language()
    people = sorted(
        (r for r in door_list(event) if r.status != RegistrationStatus.CANCELLED),
        key=lambda r: (r.name.casefold(), r.pk),
    )
    html = render_to_string(
        "events/sign_in_sheet.html",
        {
            "event": event_in_language(event, language),
            "people": people,
            "empty_rows": range(len(people) + 1, len(people) + 1 + EMPTY_ROWS),
            "network": settings.WAGTAIL_SITE_NAME,
            "language": language,
            "direction": "rtl" if get_language_bidi() else "ltr",
            "printed": timezone.localdate(),
        },
    )
    return HTML(string=html).write_pdf()


def sign_in_sheet_filename(event: EventPage) -> str:
    return f"unterschriftenliste-{event.slug}-{timezone.localtime(event.start):%Y-%m-%d}.pdf"
