"""The project's goals: two impact goals and action goals per phase (concept, section 3)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Goal(models.Model):
    """A goal of the project concept: an impact goal (long-term, for the whole project) or an
    action goal (medium-term, to be reached by the end of one phase)."""

    class Kind(models.TextChoices):
        IMPACT = "impact", _("Impact goal")
        ACTION = "action", _("Action goal")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    number = models.PositiveSmallIntegerField(_("number"))
    statement = models.TextField(_("statement"))
    phase = models.ForeignKey(
        "members.ProjectPhase",
        verbose_name=_("project phase"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="goals",
        help_text=_("The phase by whose end an action goal is to be reached."),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("number"),
        FieldPanel("statement"),
        FieldPanel("phase"),
    ]

    class Meta:
        ordering = ["kind", "number"]
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        constraints = [
            models.UniqueConstraint(fields=["kind", "number"], name="goal_number_per_kind"),
            models.CheckConstraint(
                condition=models.Q(kind="impact") | models.Q(phase__isnull=False),
                name="action_goal_has_phase",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number}"
