"""Translated pages whose data belongs to one version: registrations of an event and responses to
a questionnaire are stored against the page in the default language, whichever language they
came from."""

from functools import cached_property
from typing import Self

from wagtail.models import Locale

from .text_language import TextInLanguage, translated_text


class DefaultLanguageOriginalMixin:
    """Adds `original` to a translatable page model; put it before `Page` in the bases.

    The look-up is cached on the instance: a request that asks a page for its original a dozen
    times (view, selectors, services, template) queries once, and a page fetched anew looks anew.
    """

    @cached_property
    def original(self) -> Self:
        """The version in the default language; the page itself when it is that version, or when
        that version does not exist."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        found = (
            type(self)
            ._default_manager.filter(translation_key=self.translation_key, locale=default)
            .first()
        )
        return found or self

    def text_in_language(self, field: str) -> TextInLanguage:
        """The field's value, with German as its language where the translation still holds
        the original's text (so the page marks it `lang="de"`)."""
        value = getattr(self, field)
        source = getattr(self.original, field) if self.original is not self else None
        return translated_text(value, source=source, language=self.locale.language_code)
