"""Project phases live here, at the bottom of the app stack, because events (modules per phase)
and evaluation (goals per phase, reports per phase) both refer to them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from home.text_language import TextInLanguage, text_in


class ProjectPhase(models.Model):
    """One phase of the funded project (the concept has four, each ending with an evaluation)."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
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
        return f"{self.number}. {self.title}"

    @property
    def label(self) -> TextInLanguage:
        """The phase as pages show it: its title is typed once, in German, so other languages'
        pages mark it `lang="de"`."""
        return text_in(str(self), settings.LANGUAGE_CODE)
