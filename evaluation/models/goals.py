"""The project's goals: two impact goals and action goals per phase (concept, section 3), each
action goal with a target and either a metric computed from the data or a manual assessment."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class Metric(models.TextChoices):
    """The figures a goal can be measured by; `evaluation.metrics` computes each of them."""

    NETWORK_MEETINGS = "network_meetings", _("Network meetings held")
    MODULE_SESSIONS = "module_sessions", _("Module sessions held")
    MODULES_HELD = "modules_held", _("Qualification modules held")
    PARTICIPANTS = "participants", _("Participants (attendance)")
    ORGANISATIONS = "organisations", _("Organisations taking part in the network")
    INITIATIVES = "initiatives", _("Joint initiatives")
    COOPERATIONS = "cooperations", _("Cooperations with local institutions")
    MODULE_RATING = "module_rating", _("Mean module rating")
    PROPOSALS_AGREED = "proposals_agreed", _("Proposals accepted or planned")
    WORKING_GROUPS = "working_groups", _("Working groups of several organisations")
    AGREEMENTS = "agreements", _("Agreements of working groups")


class GoalStatus(models.TextChoices):
    MET = "met", _("Met")
    ON_TRACK = "on_track", _("On track")
    AT_RISK = "at_risk", _("At risk")
    MISSED = "missed", _("Missed")


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
    target_description = models.CharField(
        _("target"),
        max_length=300,
        blank=True,
        help_text=_("The indicator in words, e.g. “at least three network meetings”."),
    )
    metric = models.CharField(
        _("measured by"),
        max_length=30,
        choices=Metric.choices,
        blank=True,
        help_text=_(
            "A figure computed from the data, counted from the start of the project to the end "
            "of the goal's phase. Leave empty for a goal that is assessed by hand."
        ),
    )
    target = models.DecimalField(
        _("target value"),
        max_digits=8,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("The value the figure must reach."),
    )
    assessment = models.CharField(
        _("assessment"),
        max_length=10,
        choices=GoalStatus.choices,
        blank=True,
        help_text=_("For goals without a figure, e.g. as found in the effectiveness dialogue."),
    )
    assessment_note = models.TextField(
        _("note on the assessment"),
        blank=True,
        help_text=_("What the assessment rests on: where and when it was made, by whom."),
    )
    further_evidence = models.JSONField(
        _("further evidence"),
        default=list,
        blank=True,
        help_text=_(
            "Figures shown beside the goal with the lists behind them, e.g. the proposals the "
            "network agreed on for a goal of consensus."
        ),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("number"),
        FieldPanel("statement"),
        FieldPanel("phase"),
        FieldPanel("target_description"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("metric"), FieldPanel("target")])],
            heading=_("Measured"),
        ),
        MultiFieldPanel(
            [FieldPanel("assessment"), FieldPanel("assessment_note")],
            heading=_("Assessed by hand"),
        ),
        FieldPanel("further_evidence"),
    ]

    class Meta:
        db_table = "surveys_goal"  # made by `surveys`, where goals lived first
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

    @property
    def is_measured(self) -> bool:
        return bool(self.metric)

    def clean(self):
        super().clean()
        errors = {}
        if self.kind == self.Kind.ACTION and not self.phase_id:
            errors["phase"] = _("An action goal needs the phase by whose end it is reached.")
        if self.metric and self.target is None:
            errors["target"] = _("A measured goal needs a target value.")
        if self.target is not None and not self.metric:
            errors["metric"] = _("Choose the figure that the target value is measured by.")
        if self.metric and self.assessment:
            errors["assessment"] = _(
                "A measured goal is assessed by its figure; leave the assessment empty."
            )
        if errors:
            raise ValidationError(errors)
