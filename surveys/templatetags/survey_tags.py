"""Small helpers for the questionnaire's templates: ARIA ties and the faces of a rating scale."""

import datetime

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()

# Mouth curve per face, from very sad to very happy (SVG quadratic control point's y).
MOUTHS = [11, 13.5, 16, 18.5, 21]


@register.simple_tag
def described_by(field, spec) -> str:
    """aria-describedby (help text, range, error) and aria-invalid for a single input."""
    ids = []
    if spec.help_text:
        ids.append(f"{field.auto_id}-help")
    if spec.kind == "number" and spec.min_value is not None and spec.max_value is not None:
        ids.append(f"{field.auto_id}-range")
    if spec.kind == "date":
        ids.append(f"{field.auto_id}-range")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    parts = []
    if ids:
        parts.append((" aria-describedby", " ".join(ids)))
    if field.errors:
        parts.append((" aria-invalid", "true"))
    return format_html_join("", '{}="{}"', parts)


@register.filter
def date_value(value) -> str:
    """A date field's value as a date input wants it (YYYY-MM-DD); what was typed otherwise."""
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


@register.simple_tag
def face(index: int, count: int) -> str:
    """A face for point `index` of a `count`-point scale (2 to 5 points), decorative: the
    number and end labels carry the meaning for screen readers."""
    position = 2 if count <= 1 else round(index * (len(MOUTHS) - 1) / (count - 1))
    y = MOUTHS[position]
    return format_html(
        '<svg class="face" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" '
        'focusable="false"><circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" '
        'stroke-width="1.5"/><circle cx="8.5" cy="9.5" r="1.3" fill="currentColor"/>'
        '<circle cx="15.5" cy="9.5" r="1.3" fill="currentColor"/>'
        '<path d="M7.5 16 Q12 {} 16.5 16" fill="none" stroke="currentColor" '
        'stroke-width="1.5" stroke-linecap="round"/></svg>',
        y,
    )
