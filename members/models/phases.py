"""Project phases live here, at the bottom of the app stack, because events (modules per phase)
and evaluation (goals per phase, reports per phase) both refer to them."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from home.text_language import TextInLanguage, text_with_fallback

OTHER_LANGUAGES = [
    (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
]


class ProjectPhase(ClusterableModel):
    """One phase of the funded project (the concept has four, each ending with an evaluation).

    A phase is one row for every language (goals, modules and reports point at it); only its
    title is said per language, in `translations`, falling back to the German title."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
        InlinePanel("translations", heading=_("Title in other languages"), label=_("language")),
    ]

    class Meta:
        ordering = ["number"]
        verbose_name = _("project phase")
        verbose_name_plural = _("project phases")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="project_phase_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return str(self.label)

    def title_in(self, language: str | None = None) -> TextInLanguage:
        """The title in `language` (the active one), else the German title, marked so.
        Reads `translations` through `.all()`, so a prefetch serves a whole list."""
        language = language or get_language() or settings.LANGUAGE_CODE
        translated = next(
            (t.title for t in self.translations.all() if t.language_code == language), ""
        )
        return text_with_fallback(
            {language: translated, settings.LANGUAGE_CODE: self.title}, language
        )

    @property
    def label(self) -> TextInLanguage:
        """The phase as pages and reports show it ("2. Verstetigung …"), in the visitor's
        language, with the language its title is really in."""
        title = self.title_in()
        return TextInLanguage(f"{self.number}. {title}", title.language)


class ProjectPhaseTranslation(Orderable):
    """A project phase's title in one language other than German."""

    phase = ParentalKey(ProjectPhase, on_delete=models.CASCADE, related_name="translations")
    language_code = models.CharField(_("language"), max_length=10, choices=OTHER_LANGUAGES)
    title = models.CharField(_("title"), max_length=200)

    panels = [FieldPanel("language_code"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("title in another language")
        verbose_name_plural = _("titles in other languages")
        constraints = [
            models.UniqueConstraint(
                fields=["phase", "language_code"], name="project_phase_title_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.phase.number} ({self.language_code}): {self.title}"
