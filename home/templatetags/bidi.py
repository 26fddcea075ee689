"""The one component for text that is not in the page's own script or direction.

- `{{ value|ltr }}`: a value that always reads left to right, whatever the page's direction:
  phone and fax numbers, postcodes, e-mail and web addresses, codes, dates in numerals. It
  becomes `<bdi dir="ltr">…</bdi>`, so "0208 825-9042" keeps its order on an Arabic page and
  does not push the punctuation around it to the wrong end.
- `{{ value|isolate }}`: a name or a piece of text in whatever direction its own letters say
  (`<bdi>`, direction from the first strong letter); when the value is a `TextInLanguage` in
  another language than the page's (a fallback), it carries that `lang` and `dir`.
- `{% language_attrs value %}`: the same `lang` and `dir` as attributes, for a block element
  (a paragraph, a rich-text div) that holds a fallback text.
- `{{ value|bidi_date:"DATE_FORMAT" }}`, `{{ value|bidi_time:"TIME_FORMAT" }}`: Django's `date`
  and `time` filters, isolated. A date in numerals alone ("16.12.2026", "10:00") reads left to
  right; one with words of the page's language ("16 ديسمبر، 2026", "10:00 ص", or Django's
  Arabic short date with its right-to-left marks) keeps the direction its letters give it.
  `tests/home/test_bidi_templates.py` fails on a date or time rendered any other way.

The library is a template builtin (config/settings/base.py), so no template needs to load it;
`tests/home/test_bidi.py` scans every template for contact values rendered without it.
"""

import unicodedata

from django import template
from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import time as time_filter
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from ..text_language import language_marks

register = template.Library()


def _attrs(marks: dict[str, str]) -> str:
    return format_html_join("", ' {}="{}"', marks.items())


def _escaped_lines(value) -> str:
    """The value escaped, with its line breaks as <br> (an address in one isolate)."""
    lines = str(value).splitlines() or [""]
    return format_html_join(SafeString("<br>"), "{}", ((line,) for line in lines))


@register.filter(is_safe=True)
def ltr(value):
    if value in (None, ""):
        return ""
    return format_html('<bdi dir="ltr">{}</bdi>', _escaped_lines(value))


def _has_letters(text: str) -> bool:
    """Whether `text` has a character with a direction of its own (a letter, or a left-to-right
    or right-to-left mark); digits and punctuation have none."""
    return any(unicodedata.bidirectional(char) in ("L", "R", "AL") for char in text)


@register.filter(is_safe=True)
def isolate(value):
    if value in (None, ""):
        return ""
    marks = language_marks(getattr(value, "language", None))
    if not marks and not _has_letters(str(value)):
        # Digits alone (a date, a time, a code): a <bdi> would take the page's direction.
        marks = {"dir": "ltr"}
    return format_html("<bdi{}>{}</bdi>", _attrs(marks), _escaped_lines(value))


# expects_localtime, as Django's own `date` and `time`: an aware datetime is shown in the site's
# time zone, not in UTC (between midnight in Berlin and midnight UTC that was the day before).
@register.filter(is_safe=True, expects_localtime=True)
def bidi_date(value, arg=None):
    """`value|date:arg`, isolated (see the module's docstring)."""
    return isolate(date_filter(value, arg))


@register.filter(is_safe=True, expects_localtime=True)
def bidi_time(value, arg=None):
    """`value|time:arg`, isolated."""
    return isolate(time_filter(value, arg))


@register.simple_tag
def language_attrs(value=None, *, language: str | None = None) -> str:
    """` lang="de" dir="ltr"` for a fallback value (or a text in `language`) on another
    language's page, else nothing."""
    return _attrs(language_marks(language or getattr(value, "language", None)))
