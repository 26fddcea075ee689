"""Euro amounts as the reader's language writes them, kept left to right in Arabic."""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils.formats import number_format

from home.templatetags.bidi import ltr

register = template.Library()


@register.filter
def euro(value):
    """`1234.5` (a Decimal or its JSON string) as `1.234,50 €` (German), isolated LTR."""
    if value in (None, ""):
        return "–"
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return "–"
    return ltr(f"{number_format(amount, 2, use_l10n=True, force_grouping=True)} €")


@register.filter
def share(value):
    """A percentage with one decimal place, or a dash without a plan to compare with."""
    if value in (None, ""):
        return "–"
    return ltr(f"{number_format(Decimal(str(value)), 1, use_l10n=True)} %")
