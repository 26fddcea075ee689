"""The network: its project phases and its member organisations.

Project phases live here, at the bottom of the app stack, because events (modules per phase) and
surveys (goals per phase, reports per phase) both refer to them.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


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


class Organisation(index.Indexed, models.Model):
    """A migrant self-organisation (MSO) in the network: mosque, church, cultural club, parents'
    association. The full public and internal profile grows with the members issue."""

    class Kind(models.TextChoices):
        RELIGIOUS_COMMUNITY = "religious", _("Religious community")
        CULTURAL_ASSOCIATION = "cultural", _("Cultural association")
        PARENTS_ASSOCIATION = "parents", _("Parents' association")
        OTHER = "other", _("Other association")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    short_description = models.TextField(_("short description"), blank=True, max_length=500)
    website = models.URLField(_("website"), blank=True)
    is_listed = models.BooleanField(
        _("listed in the public directory"),
        default=True,
        help_text=_("Unticked organisations are only visible to members of the network."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("short_description"),
        FieldPanel("website"),
        FieldPanel("is_listed"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("short_description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name
