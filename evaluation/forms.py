"""The admin form of a goal: its further evidence is chosen from the metrics, ticked in a
list, and stored as the list of their names."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Metric


class GoalForm(WagtailAdminModelForm):
    further_evidence = forms.MultipleChoiceField(
        label=_("further evidence"),
        choices=Metric.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Figures shown beside the goal with the lists behind them, e.g. the proposals the "
            "network agreed on for a goal of consensus."
        ),
    )
