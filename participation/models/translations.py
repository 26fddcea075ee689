"""Titles and descriptions of what the network manager sets up (proposal processes, date polls,
working groups) in the other languages of the site.

Like a project phase's title (`members.models.ProjectPhaseTranslation`), each such object stays
one row for every language (proposals, answers and minutes belong to it), and only its title and
description are given per language, in an inline of its snippet. A page or an e-mail shows the
reader's language, else the German text, as a `TextInLanguage` marked German."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from home.text_language import TextInLanguage, text_with_fallback

OTHER_LANGUAGES = [
    (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
]


class TextsInLanguages:
    """For a model with `translations` (rows with `language_code` and the same text fields):
    a field's text in the active language, else the German one, marked with its language.
    Reads `translations` through `.all()`, so a prefetch serves a whole list."""

    def text_in(self, field: str, language: str | None = None) -> TextInLanguage:
        language = language or get_language() or settings.LANGUAGE_CODE
        translated = next(
            (getattr(t, field) for t in self.translations.all() if t.language_code == language),
            "",
        )
        return text_with_fallback(
            {language: translated, settings.LANGUAGE_CODE: getattr(self, field)}, language
        )

    @property
    def local_description(self) -> TextInLanguage:
        """The description in the active language, else the German one, marked so."""
        return self.text_in("description")


class TextTranslation(Orderable):
    """The texts of one object in one language other than German (abstract: each model has its
    own table, with its parent, its title field and a constraint of one row per language)."""

    language_code = models.CharField(_("language"), max_length=10, choices=OTHER_LANGUAGES)
    description = models.TextField(_("description"), blank=True, max_length=3000)

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("title in another language")
        verbose_name_plural = _("titles in other languages")


def translation_panels(title_field: str = "title") -> list:
    return [FieldPanel("language_code"), FieldPanel(title_field), FieldPanel("description")]


class TranslationFormSet(BaseChildFormSet):
    """The inline of the texts per language: a language given twice is a form error that says
    so (the database's constraint would refuse it only at the save)."""

    def get_unique_error_message(self, unique_check):
        if "language_code" in unique_check:
            return gettext("Each language can be given only once: two rows have the same language.")
        return super().get_unique_error_message(unique_check)

    def get_form_error(self):
        return gettext("This language is given in another row already.")


class TranslationsPanel(InlinePanel):
    """An InlinePanel of `translations` whose formset explains a language given twice."""

    def __init__(self, relation_name="translations", *args, **kwargs):
        super().__init__(relation_name, *args, **kwargs)

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = TranslationFormSet
        return options
