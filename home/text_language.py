"""Text that knows which language it is written in.

Where a value falls back to another language (an untranslated event description, the German
office hours on the Arabic footer), the code that picks the fallback knows it; a template does
not. So the picking code returns a `TextInLanguage`, and the `isolate` component
(`home/templatetags/bidi.py`) marks it with `lang` and `dir` when it is not in the page's
language, so that a screen reader switches voice and right-to-left pages keep its order.
"""

from django.conf import settings
from django.utils.translation import get_language, get_language_info


class TextInLanguage(str):
    """A string with the language it is written in (`language`)."""

    language: str

    def __new__(cls, value: str, language: str):
        text = super().__new__(cls, value)
        text.language = language
        return text

    def __deepcopy__(self, memo):
        return TextInLanguage(str(self), self.language)

    def __reduce__(self):
        return TextInLanguage, (str(self), self.language)


def text_in(value, language: str) -> TextInLanguage:
    return TextInLanguage(value or "", language)


def text_with_fallback(values: dict[str, str], language: str | None = None) -> TextInLanguage:
    """`values[language]` when it is filled, else the default language's value, each with the
    language it is in."""
    language = language or get_language() or settings.LANGUAGE_CODE
    if values.get(language):
        return TextInLanguage(values[language], language)
    return TextInLanguage(values.get(settings.LANGUAGE_CODE) or "", settings.LANGUAGE_CODE)


def translated_text(value: str, *, source: str, language: str) -> TextInLanguage:
    """A translated field's value with the language it is really in: wagtail-localize keeps the
    source's text for what nobody has translated yet, so a value that is still the source's is
    in the default language."""
    if value and value == source:
        return TextInLanguage(value, settings.LANGUAGE_CODE)
    return TextInLanguage(value or "", language)


def language_marks(language: str | None, page_language: str | None = None) -> dict[str, str]:
    """The `lang` and `dir` a piece of text in `language` needs on a page in `page_language`
    (the active language): nothing when they are the same or the text's language is unknown."""
    page_language = page_language or get_language() or settings.LANGUAGE_CODE
    if not language or language.split("-")[0] == page_language.split("-")[0]:
        return {}
    try:
        bidi = get_language_info(language)["bidi"]
    except KeyError:
        return {"lang": language}
    return {"lang": language, "dir": "rtl" if bidi else "ltr"}
