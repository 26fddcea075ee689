"""Translated pages whose data belongs to one version: registrations of an event and responses to
a questionnaire are stored against the page in the default language, whichever language they
came from."""

from functools import cached_property
from typing import Self

from wagtail.models import Locale


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
