"""`{{ page.title|hyphenate }}`: soft hyphens in the long words of a heading.

Debian's Chromium (and others without a hyphenation dictionary) ignores `hyphens: auto`, so a
German compound in a heading ("Mitgliedsorganisationen") breaks anywhere at 320 px, without a
hyphen. pyphen's dictionaries (LibreOffice's) put soft hyphens (U+00AD) where the word may
break: invisible unless the line breaks there, and then shown as a hyphen. The text's language
is the page's, or its own when it is a `TextInLanguage` fallback; languages pyphen has no
dictionary for (Arabic, Turkish) are left as they are. A template builtin, like `bidi`.
"""

import re
from functools import cache

import pyphen
from django import template
from django.utils.html import escape
from django.utils.safestring import SafeData
from django.utils.translation import get_language

register = template.Library()

SOFT_HYPHEN = "\u00ad"
# Shorter words fit a line at 320 px and break well enough at their spaces.
LONG_WORD = re.compile(r"[^\W\d_]{12,}")


@cache
def _dictionary(language: str) -> pyphen.Pyphen | None:
    found = pyphen.language_fallback(language)
    return pyphen.Pyphen(lang=found, left=3, right=3) if found else None


def hyphenated(text: str, language: str) -> str:
    dictionary = _dictionary(language.split("-")[0])
    if dictionary is None:
        return text
    return LONG_WORD.sub(lambda word: dictionary.inserted(word[0], hyphen=SOFT_HYPHEN), text)


@register.filter(is_safe=True)
def hyphenate(value):
    if value in (None, "") or isinstance(value, SafeData):
        return value  # markup is left alone: only plain text is hyphenated
    language = getattr(value, "language", None) or get_language() or "de"
    return escape(hyphenated(str(value), language))
