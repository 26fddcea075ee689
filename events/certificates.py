"""Certificates of attendance of a qualification module session, as PDF in the participant's
language (right to left in Arabic). WeasyPrint lays out an HTML template; fonts come from the
system (DejaVu, which covers Latin, Cyrillic and Arabic), never from the web."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import get_language_bidi

from .models import Registration
from .selectors import event_in_language


def certificate_pdf(registration: Registration) -> bytes:
    # WeasyPrint loads the system's Pango when imported, and nothing else needs it.
    from weasyprint import HTML  # noqa: PLC0415

    with translation.override(registration.language):
        event = event_in_language(registration.event, registration.language)
        html = render_to_string(
            "events/certificate.html",
            {
                "registration": registration,
                "event": event,
                "module": event.module.localized if event.module_id else None,
                "network": settings.WAGTAIL_SITE_NAME,
                "language": registration.language,
                "direction": "rtl" if get_language_bidi() else "ltr",
                "issued": timezone.localdate(),
            },
        )
    return HTML(string=html).write_pdf()


def certificate_filename(registration: Registration) -> str:
    return f"teilnahmebescheinigung-{registration.event.slug}.pdf"
