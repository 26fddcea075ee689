import datetime

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def figure(value) -> str:
    """A measured figure: whole numbers as they are, means with one decimal, nothing as a dash."""
    if value is None or value == "":
        return "–"
    if isinstance(value, float) and not value.is_integer():
        return number_format(value, 1)
    if isinstance(value, float):
        return str(int(value))
    return str(value)


@register.filter
def is_list(value) -> bool:
    return isinstance(value, list | tuple)


@register.filter
def isodate(value):
    """A date stored as text in a report's figures, back as a date for the `date` filter."""
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value
