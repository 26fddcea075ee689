"""The forms of a questionnaire report and of the dashboard's evidence: the report's filters
(module, event session, phase, language, date range) read from a query string into
`surveys.filters.ReportFilters` or into clear messages, and the period a figure counts."""

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from events.models import EventPage, QualificationModule
from members.models import ProjectPhase
from surveys.filters import ReportFilters
from surveys.models import CodeBatch, QuestionnairePage, Response


def _language_choices():
    return [("", _("All languages"))] + [
        (code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]


class ReportFilterForm(forms.Form):
    """Read from the query string; every field may stay empty."""

    module = forms.ModelChoiceField(
        label=_("Qualification module"),
        queryset=QualificationModule.objects.none(),
        required=False,
        empty_label=_("All modules"),
    )
    event = forms.ModelChoiceField(
        label=_("Event session"),
        queryset=EventPage.objects.none(),
        required=False,
        empty_label=_("All sessions"),
    )
    phase = forms.ModelChoiceField(
        label=_("Project phase"),
        queryset=ProjectPhase.objects.none(),
        to_field_name="number",
        required=False,
        empty_label=_("All phases"),
    )
    language = forms.ChoiceField(label=_("Language"), choices=_language_choices, required=False)
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, data=None, *, questionnaire: QuestionnairePage | None = None):
        super().__init__(data)
        default = Locale.get_default()
        self.fields["module"].queryset = QualificationModule.objects.filter(
            locale=default
        ).order_by("number")
        sessions = EventPage.objects.filter(locale=default).order_by("start")
        if questionnaire is not None:
            # The sessions this questionnaire's responses or code batches were given to.
            original = questionnaire.original
            # Semi-joins: a join with every response would repeat each session per response.
            answered = Response.objects.filter(questionnaire=original).values("event")
            batches = CodeBatch.objects.filter(questionnaire=original).values("event")
            sessions = sessions.filter(
                Q(pk__in=answered) | Q(pk__in=batches) | Q(pk=original.event_id or 0)
            )
        self.fields["event"].queryset = sessions
        self.fields["event"].label_from_instance = lambda event: (
            f"{event.title} ({event.start:%d.%m.%Y})"
        )
        self.fields["phase"].queryset = ProjectPhase.objects.order_by("number")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end of the period must not be before its start."))
        return cleaned

    def filters(self) -> ReportFilters:
        """The valid filters (call after `is_valid()`); fields with errors are left out."""
        data = getattr(self, "cleaned_data", {})
        return ReportFilters(
            module=data.get("module"),
            event=data.get("event"),
            phase=data.get("phase"),
            language=data.get("language") or "",
            start=data.get("start"),
            end=data.get("end"),
        )


class PeriodForm(forms.Form):
    """The period a figure counts, as in the evidence links of the dashboard."""

    start = forms.DateField(label=_("From"))
    end = forms.DateField(label=_("Until"))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end of the period must not be before its start."))
        return cleaned


class MatrixFilterForm(forms.Form):
    """The organisations × modules matrix: all sessions, or those of one project phase."""

    phase = forms.ModelChoiceField(
        label=_("Project phase"),
        queryset=ProjectPhase.objects.none(),
        to_field_name="number",
        required=False,
        empty_label=_("All phases"),
    )

    def __init__(self, data=None):
        super().__init__(data)
        self.fields["phase"].queryset = ProjectPhase.objects.order_by("number")
