"""Results turned into what a report shows: a chart with its description and data table for each
question, the responses over time, the comparisons. Shared by the report page, the phase report
and its PDF."""

from django.utils.translation import gettext as _

from surveys.questions import ITEM_KINDS

from . import charts
from .results import QuestionnaireResults, QuestionResult


def question_charts(result: QuestionResult) -> list[charts.Chart]:
    spec = result.spec
    if not result.answered:
        return []
    if spec.kind in ITEM_KINDS:
        return [
            charts.stacked_bar_chart(
                title=spec.text,
                items=[item.label for item in result.items],
                categories=[row.label for row in result.items[0].rows] if result.items else [],
                counts=[[row.count for row in item.rows] for item in result.items],
            )
        ]
    if result.rows:
        return [
            charts.bar_chart(
                title=spec.text,
                labels=[row.label for row in result.rows],
                values=[row.count for row in result.rows],
                percent=[row.percent for row in result.rows],
                value_label=_("Responses"),
            )
        ]
    return []


def with_charts(results: QuestionnaireResults) -> QuestionnaireResults:
    for question in results.questions:
        question.charts = question_charts(question)
    return results


def timeline_chart(results: QuestionnaireResults) -> charts.Chart | None:
    if len(results.by_week) < 2:
        return None
    labels = [row["week"].strftime("%d.%m.%Y") for row in results.by_week]
    counts = [row["count"] for row in results.by_week]
    cumulative, running = [], 0
    for count in counts:
        running += count
        cumulative.append(running)
    return charts.line_chart(
        title=_("Responses per week"),
        labels=labels,
        series={_("Responses in the week"): counts, _("Responses in all"): cumulative},
        value_label=_("Responses"),
        dates=[row["week"] for row in results.by_week],
    )
