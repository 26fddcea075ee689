"""Dates and times of events in the reader's language (Django's locale formats), never in one
hard-coded German pattern."""

from django import template
from django.utils import formats, timezone
from django.utils.translation import pgettext

register = template.Library()


@register.filter
def event_datetime(value, style: str = "long") -> str:
    """ "Mittwoch, 16. Dezember 2026, 10:00" (long) or "Mi., 16.12.2026, 10:00" (short)."""
    if not value:
        return ""
    value = timezone.localtime(value)
    # The language's own comma: Arabic writes "،".
    comma = pgettext("between the weekday, the date and the time", ", ")
    if style == "short":
        parts = (formats.date_format(value, "D"), formats.date_format(value, "SHORT_DATE_FORMAT"))
    else:
        parts = (formats.date_format(value, "l"), formats.date_format(value, "DATE_FORMAT"))
    return comma.join((*parts, formats.time_format(value, "TIME_FORMAT")))
