"""Reports as they were sent to the funder. Until it is sent, a phase report is computed from the
data each time it is opened; once sent, its figures and its PDF are stored here and shown
instead, so that later changes to the data never alter what the funder received."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class SentReport(models.Model):
    class Scope(models.TextChoices):
        PHASE = "phase", _("Interim report of a phase")
        FINAL = "final", _("Final report")

    scope = models.CharField(_("report"), max_length=10, choices=Scope.choices)
    phase = models.ForeignKey(
        "members.ProjectPhase",
        verbose_name=_("project phase"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sent_reports",
        help_text=_("Empty for the final report over all phases."),
    )
    sent_at = models.DateTimeField(_("sent at"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The report's content as plain data (texts, figures, chart SVGs), rendered by the same
    # template as a live report.
    figures = models.JSONField()
    pdf = models.BinaryField()

    class Meta:
        db_table = "surveys_sentreport"  # made by `surveys`, where reports lived first
        ordering = ["phase__number"]
        verbose_name = _("sent report")
        verbose_name_plural = _("sent reports")
        constraints = [
            models.UniqueConstraint(
                fields=["phase"], condition=Q(phase__isnull=False), name="report_sent_once"
            ),
            models.UniqueConstraint(
                fields=["scope"], condition=Q(scope="final"), name="final_report_sent_once"
            ),
            models.CheckConstraint(
                condition=Q(scope="final", phase__isnull=True)
                | Q(scope="phase", phase__isnull=False),
                name="report_scope_matches_phase",
            ),
        ]

    def __str__(self) -> str:
        return str(self.phase or _("Final report"))
