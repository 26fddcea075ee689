"""Reads of the evaluation shared by its pages."""

import datetime

from django.conf import settings
from django.db.models import Count
from django.utils import timezone, translation
from wagtail.models import Locale

from members.models import ProjectPhase
from surveys.models import QuestionnairePage, Response

from .models import Metric, SentReport


def questionnaires_with_responses() -> list[dict]:
    """Default-language questionnaires with their response counts, those with responses first,
    for the reports' overview."""
    return list(
        QuestionnairePage.objects.filter(locale=Locale.get_default())
        .annotate(count=Count("responses"))
        .order_by("-count", "title")
        .values("pk", "title", "count", "anonymous", "module__title")
    )


def _day(value) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _rating_labels() -> set[str]:
    """The label of the mean module rating in every language a report may have been made in."""
    labels = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            labels.add(str(Metric.MODULE_RATING.label))
    return labels


def _rates_modules(questionnaire: QuestionnairePage, start, end) -> bool:
    """Whether `questionnaire` has responses counted by the mean module rating in the period."""
    responses = Response.objects.filter(questionnaire=questionnaire, submitted_on__lte=end)
    if start is not None:
        responses = responses.filter(submitted_on__gte=start)
    if questionnaire.module_id is None:
        responses = responses.filter(event__module__isnull=False)
    return responses.exists()


def _is_section_of(section: dict, questionnaire: QuestionnairePage) -> bool:
    """Sections name their questionnaire; those of reports sent before that, by its title."""
    if section.get("questionnaire") is not None:
        return section["questionnaire"] == questionnaire.pk
    return section.get("title") == questionnaire.title


def disclosed_periods(questionnaire: QuestionnairePage) -> list[tuple]:
    """The periods (start or None, end) for which a sent report showed figures of
    `questionnaire`: its own results, or the mean module rating it was counted in. A report
    holds what there was on the day it was sent, so a period ends there at the latest. Asked by
    `surveys.disclosure` (through the `survey_disclosed_periods` hook), which keeps these
    periods' bounds as cuts."""
    original = questionnaire.original
    phases = {phase.pk: phase for phase in ProjectPhase.objects.all()}
    in_order = sorted(phases.values(), key=lambda phase: phase.number)
    labels = _rating_labels()
    periods = []
    for report in SentReport.objects.all():
        sent_on = timezone.localdate(report.sent_at)
        phase = phases.get(report.phase_id)
        figures = report.figures
        shown = [
            section
            for module in figures.get("modules", [])
            for section in module.get("questionnaires", [])
            if _is_section_of(section, original) and not section.get("too_few")
        ]
        if shown:
            # A phase's results are filtered by the phase, the final report's by nothing.
            start = phase.start_date if phase else None
            end = min(phase.end_date, sent_on) if phase else sent_on
            periods.append((start, end))
        rated = [
            row
            for row in figures.get("key_figures", [])
            if row.get("metric") == Metric.MODULE_RATING and row.get("value") is not None
        ]
        period = figures.get("period") or [None, None]
        if rated and period[1]:
            start, end = _day(period[0]), min(_day(period[1]), sent_on)
            if _rates_modules(original, start, end):
                periods.append((start, end))
        by_phase = figures.get("key_figures_by_phase") or {}
        for row in by_phase.get("rows", []):
            if row.get("label") not in labels:
                continue
            # The final report's table has a column per phase, in the phases' order.
            for found, value in zip(in_order, row.get("values", []), strict=False):
                start, end = found.start_date, min(found.end_date, sent_on)
                if value is not None and _rates_modules(original, start, end):
                    periods.append((start, end))
    return periods
