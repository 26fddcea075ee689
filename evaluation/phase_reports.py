"""The interim report of a phase and the final report over all phases, for the funder: goals with
target and actual, key figures, each module's questionnaire results with charts, and the answers
the network manager chose to quote.

A report is built as plain data (texts, numbers, chart SVGs) so that the very same data can be
stored when the report is sent (`SentReport.figures`) and rendered again, unchanged, later. The
HTML page and the PDF render the same template part.
"""

import dataclasses
import datetime
import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from wagtail.models import Locale

from events.models import QualificationModule
from members.models import ProjectPhase
from members.periods import Period, site_day
from surveys.filters import ReportFilters
from surveys.models import Answer, QuestionnairePage, Response

from . import metrics, reports
from .models import SentReport
from .results import questionnaire_results

QUOTES_PER_QUESTIONNAIRE = 10


def _period(phase: ProjectPhase | None) -> Period | None:
    """The days the report covers: its phase, or for the final report the whole project."""
    return Period.of_phase(phase) if phase is not None else Period.of_project()


def _goals(phase: ProjectPhase | None, today: datetime.date) -> list[dict]:
    rows = []
    for block in metrics.goals_by_phase(today):
        if phase is not None and block["phase"].pk != phase.pk:
            continue
        for row in block["goals"]:
            rows.append(
                {
                    "number": row.goal.number,
                    "phase": str(block["phase"]),
                    "statement": row.goal.statement,
                    "target": row.target,
                    "actual": row.actual,
                    "status": row.status,
                    "status_label": row.status_label,
                    "note": row.goal.assessment_note,
                }
            )
    return rows


def _questionnaire_section(questionnaire, filters: ReportFilters, period) -> dict | None:
    results = reports.with_charts(questionnaire_results(questionnaire, filters))
    if not results.total:
        return None
    quotes = []
    if not results.too_few and period is not None:
        quotes = list(
            Answer.objects.filter(question__questionnaire=questionnaire, quoted=True)
            .filter(period.days_q("response__submitted_on"))
            .exclude(text="")
            # Within a day by the response's random id, not in the order of arrival.
            .order_by("response__submitted_on", "response_id", "pk")
            .values_list("text", flat=True)[:QUOTES_PER_QUESTIONNAIRE]
        )
    questions = []
    for question in results.questions:
        if question.kind in {"short_text", "long_text"}:
            continue  # free texts appear only as quotes chosen by the network manager
        questions.append(
            {
                "text": question.spec.text,
                "answered": question.answered,
                "mean": question.mean,
                "median": question.median,
                "score": question.score,
                "items": [
                    {"label": item.label, "mean": item.mean, "median": item.median}
                    for item in question.items
                ],
                "charts": [dataclasses.asdict(chart) for chart in question.charts],
            }
        )
    return {
        "questionnaire": questionnaire.pk,  # which figures left with it (`surveys.disclosure`)
        "title": questionnaire.title,
        "responses": results.total,
        "too_few": results.too_few,
        "questions": questions,
        "quotes": quotes,
    }


def _module_of(
    questionnaire: QuestionnairePage, default_modules: dict
) -> QualificationModule | None:
    """The default-language module a questionnaire evaluates: its own, else its event's (a
    module chosen in another language counts as that module)."""
    module = questionnaire.module or (questionnaire.event.module if questionnaire.event else None)
    if module is None:
        return None
    return default_modules.get(module.translation_key, module)


def _modules(period: Period | None) -> list[dict]:
    """Every questionnaire with responses in the period, by the module it evaluates, counted
    within the period: the final report too is bounded by the project's first and last day."""
    if period is None:
        return []
    filters = ReportFilters(start=period.start, end=period.end)
    answered = Response.objects.filter(period.days_q("submitted_on"))
    # Responses belong to the questionnaire's default-language version, or to the page itself
    # where it has none: no language is left out.
    questionnaires = (
        QuestionnairePage.objects.filter(pk__in=answered.values("questionnaire"))
        .select_related("module", "event__module")
        .order_by("title", "pk")
    )
    default_modules = {
        module.translation_key: module
        for module in QualificationModule.objects.filter(locale=Locale.get_default())
    }
    sections: dict[object, list[dict]] = {}
    titles: dict[object, tuple] = {}
    for questionnaire in questionnaires:
        section = _questionnaire_section(questionnaire, filters, period)
        if not section:
            continue
        module = _module_of(questionnaire, default_modules)
        key = module.translation_key if module else None
        sections.setdefault(key, []).append(section)
        if module is not None:
            titles[key] = (module.number, str(module))
    modules = [
        {"title": title, "questionnaires": sections[key]}
        for key, (_number, title) in sorted(titles.items(), key=lambda entry: entry[1])
    ]
    if None in sections:
        modules.append({"title": _("Other questionnaires"), "questionnaires": sections[None]})
    return modules


def _key_figures_by_phase() -> dict:
    table = metrics.key_figures_table()
    return {
        "phases": [str(phase) for phase in table["phases"]],
        "rows": [
            {"label": row["label"], "values": [cell["value"] for cell in row["cells"]]}
            for row in table["rows"]
        ],
    }


def _appendix(figures: list[dict], period: Period | None) -> list[dict]:
    """Each key figure with what it counts, its period and the records behind it, in words
    stored with the report, so that a sent report keeps the appendix it was sent with."""
    if period is None:
        return []
    return [
        {
            "label": row["label"],
            "value": row["value"],
            "counts": str(metrics.EXPLANATIONS[row["metric"]]),
            "period": [period.start, period.end],
            "records": metrics.records_behind(row["metric"], period),
        }
        for row in figures
    ]


def report_data(phase: ProjectPhase | None, *, today: datetime.date | None = None) -> dict:
    """Everything the report shows, as JSON-ready data. `phase` None: the final report."""
    today = today or site_day()
    period = _period(phase)
    figures = metrics.key_figures(period) if period else []
    if phase is not None:
        title = _("Interim report, phase %(number)s: %(title)s") % {
            "number": phase.number,
            "title": phase.title_in(),
        }
    else:
        title = _("Final report")
    data = {
        "title": title,
        "network": settings.WAGTAIL_SITE_NAME,
        "phase": phase.number if phase else None,
        "period": [period.start, period.end] if period else None,
        "made_on": today,
        "impact_goals": [
            {"number": goal.number, "statement": goal.statement} for goal in metrics.impact_goals()
        ],
        "goals": _goals(phase, min(today, phase.end_date) if phase else today),
        "key_figures": [{"label": row["label"], "value": row["value"]} for row in figures],
        "appendix": _appendix(figures, period),
        "key_figures_by_phase": _key_figures_by_phase() if phase is None else None,
        "modules": _modules(period),
    }
    # Through JSON and back: the live report renders exactly what a stored one would.
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def sent_report(phase: ProjectPhase | None) -> SentReport | None:
    return SentReport.objects.filter(phase=phase).first()


def report_html(data: dict, *, sent: SentReport | None = None) -> str:
    return render_to_string(
        "evaluation/reports/report_pdf.html",
        {"report": data, "sent": sent, "direction": "ltr"},
    )


def report_pdf(data: dict, *, sent: SentReport | None = None) -> bytes:
    # WeasyPrint loads the system's Pango when imported, and nothing else needs it.
    from weasyprint import HTML  # noqa: PLC0415

    return HTML(string=report_html(data, sent=sent)).write_pdf()


def report_filename(phase: ProjectPhase | None) -> str:
    if phase is None:
        return "abschlussbericht.pdf"
    return f"zwischenbericht-phase-{phase.number}.pdf"
