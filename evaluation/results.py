"""A questionnaire's results: per question the distribution, mean and median, the free-text
answers; the responses over time; comparisons by module and by phase.

Everything is counted in the database (GROUP BY over the answers of the filtered responses).
Python only turns the small frequency tables into percentages, means and medians, so the cost
does not grow with each response read. Labels come from the questionnaire in the report's
language. For an anonymous questionnaire, what is shown follows the small-group rule of
`surveys.disclosure`: a view, a language row or a comparison group only where nobody's answers
can be told apart, not even by subtracting one view from another.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import TruncWeek
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import Locale

from events.models import EventPage, QualificationModule
from members.models import ProjectPhase
from surveys.disclosure import Disclosure, Verdict
from surveys.filters import ReportFilters, responses_filtered
from surveys.models import AccessCode, Answer, Question, QuestionnairePage
from surveys.questions import (
    CHOICE_KINDS,
    ITEM_KINDS,
    NO,
    OTHER,
    SCALE_KINDS,
    YES,
    QuestionSpec,
)
from surveys.selectors import specs_in_language

TEXTS_SHOWN = 200  # free-text answers listed per question; the exports hold all of them


def round1(value) -> float | None:
    if value is None:
        return None
    return float(Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def median_from_counts(counts: dict[int, int]) -> float | None:
    """The median of a frequency table {value: count}: the middle value, or the mean of the
    two middle values for an even total."""
    total = sum(counts.values())
    if not total:
        return None
    ordered = sorted(counts.items())

    def at(position: int) -> int:  # 1-based position in the sorted values
        seen = 0
        for value, count in ordered:
            seen += count
            if seen >= position:
                return value
        return ordered[-1][0]

    if total % 2:
        return float(at(total // 2 + 1))
    return (at(total // 2) + at(total // 2 + 1)) / 2


def mean_from_counts(counts: dict[int, int]) -> float | None:
    total = sum(counts.values())
    if not total:
        return None
    return sum(value * count for value, count in counts.items()) / total


def recommendation_score(counts: dict[int, int]) -> float | None:
    """The score of a recommendation question (0 to 10): promoters (9, 10) minus detractors
    (0 to 6), in percent of its answers, from -100 to 100."""
    total = sum(counts.values())
    if not total:
        return None
    promoters = sum(count for value, count in counts.items() if value >= 9)
    detractors = sum(count for value, count in counts.items() if value <= 6)
    return round1(100 * (promoters - detractors) / total)


def percent(count: int, total: int) -> float:
    return round1(100 * count / total) if total else 0.0


@dataclass
class Row:
    """One answer value of a question: a scale value, a choice, yes or no."""

    value: str
    label: str
    count: int
    percent: float


@dataclass
class ItemResult:
    """One statement of a matrix."""

    id: str
    label: str
    answered: int
    rows: list[Row]
    mean: float | None
    median: float | None


@dataclass
class TextAnswer:
    id: int
    text: str
    day: datetime.date
    language: str
    quoted: bool


@dataclass
class QuestionResult:
    spec: QuestionSpec
    answered: int
    rows: list[Row] = field(default_factory=list)
    items: list[ItemResult] = field(default_factory=list)
    mean: float | None = None
    median: float | None = None
    minimum: int | None = None
    maximum: int | None = None
    texts: list[TextAnswer] = field(default_factory=list)
    texts_total: int = 0
    charts: list = field(default_factory=list)
    score: float | None = None  # recommendation questions: promoters minus detractors, in %

    @property
    def kind(self) -> str:
        return self.spec.kind

    @property
    def has_scale(self) -> bool:
        return self.spec.kind in SCALE_KINDS or self.spec.kind == "number"


@dataclass
class Comparison:
    """Mean of each scale question (and matrix statement) per group: module or phase."""

    groups: list[tuple[str, int]]  # (label, responses); a group the rule withholds is hidden
    rows: list[dict]  # {"label", "means": [float | None per group]}
    hidden: list[str] = field(default_factory=list)  # labels of groups left out (too few)


@dataclass
class QuestionnaireResults:
    questionnaire: QuestionnairePage
    filters: ReportFilters
    language: str
    total: int
    all_responses: int
    too_few: bool
    by_language: list[dict]
    by_week: list[dict]
    codes_issued: int | None
    codes_used: int | None
    questions: list[QuestionResult]
    verdict: Verdict = field(default_factory=lambda: Verdict(True))  # why figures are withheld


# Labels -----------------------------------------------------------------------------------------


def value_label(spec: QuestionSpec, value) -> str:
    if spec.kind == "yes_no":
        return {YES: _("Yes"), NO: _("No")}.get(value, value)
    if value == OTHER and spec.kind in CHOICE_KINDS:
        return _("Other")
    if spec.kind in CHOICE_KINDS:
        return dict(spec.choices).get(value, value)
    if spec.kind in {"rating", "matrix"} and spec.scale:
        if value == spec.scale[0] and spec.low_label:
            return f"{value} ({spec.low_label})"
        if value == spec.scale[-1] and spec.high_label:
            return f"{value} ({spec.high_label})"
    return str(value)


# Aggregation -----------------------------------------------------------------------------------


@dataclass
class Wordings:
    """The questionnaire's question rows: each wording's id and the block (question) it words.
    Answers are read by question id, so that counting them needs no join with the questions."""

    block_of: dict[int, str]
    kind_of: dict[int, str]

    @classmethod
    def of(cls, questionnaire: QuestionnairePage) -> "Wordings":
        rows = Question.objects.filter(questionnaire=questionnaire.original).values_list(
            "pk", "block_id", "kind"
        )
        return cls(
            block_of={pk: block for pk, block, _kind in rows},
            kind_of={pk: kind for pk, _block, kind in rows},
        )

    def ids(self, block_ids=None, kinds=None) -> list[int]:
        return [
            pk
            for pk, block in self.block_of.items()
            if (block_ids is None or block in block_ids)
            and (kinds is None or self.kind_of[pk] in kinds)
        ]


def _answers(responses: QuerySet, wordings: Wordings, filtered: bool) -> QuerySet:
    answers = Answer.objects.filter(question_id__in=wordings.ids())
    if filtered:
        answers = answers.filter(response__in=responses.values("pk"))
    return answers


def _frequencies(answers: QuerySet, wordings: Wordings) -> dict:
    """{block_id: {item: {value: count}}} for every choice and number answer, in one query."""
    table: dict = defaultdict(lambda: defaultdict(dict))
    rows = (
        answers.exclude(choice="", number__isnull=True)
        .values_list("question_id", "item", "choice", "number")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for question_id, item, choice, number, n in rows:
        value = number if number is not None else choice
        counts = table[wordings.block_of[question_id]][item]
        counts[value] = counts.get(value, 0) + n
    return table


def _answered(answers: QuerySet, wordings: Wordings, block_ids: list[str]) -> dict[str, int]:
    """Responses that answered each of `block_ids` (questions with several rows per response).
    A response answered one wording of a question, so the wordings' counts add up."""
    if not block_ids:
        return {}
    found: dict[str, int] = defaultdict(int)
    rows = (
        answers.filter(question_id__in=wordings.ids(block_ids))
        .values_list("question_id")
        .annotate(n=Count("response", distinct=True))
        .order_by()
    )
    for question_id, n in rows:
        found[wordings.block_of[question_id]] += n
    return found


def _texts(answers: QuerySet, wordings: Wordings, spec: QuestionSpec):
    texts = answers.filter(question_id__in=wordings.ids({spec.id})).exclude(text="")
    total = texts.count()
    # Newest day first; within a day in the order of the responses' random ids, never in the
    # order of arrival (the answers' sequential ids), which could tell who wrote what.
    shown = [
        TextAnswer(
            id=row["pk"],
            text=row["text"],
            day=row["response__submitted_on"],
            language=row["response__language"],
            quoted=row["quoted"],
        )
        for row in texts.order_by("-response__submitted_on", "response_id", "pk").values(
            "pk", "text", "quoted", "response__submitted_on", "response__language"
        )[:TEXTS_SHOWN]
    ]
    return shown, total


def _scale_rows(spec: QuestionSpec, counts: dict, total: int) -> list[Row]:
    values = spec.scale if spec.kind != "number" else sorted(counts)
    return [
        Row(
            value=str(value),
            label=value_label(spec, value),
            count=counts.get(value, 0),
            percent=percent(counts.get(value, 0), total),
        )
        for value in values
    ]


def _choice_rows(spec: QuestionSpec, counts: dict, answered: int) -> list[Row]:
    if spec.kind == "yes_no":
        values = [YES, NO]
    else:
        values = [choice_id for choice_id, _label in spec.choices]
        if spec.allow_other or counts.get(OTHER):
            values.append(OTHER)
    return [
        Row(
            value=value,
            label=value_label(spec, value),
            count=counts.get(value, 0),
            percent=percent(counts.get(value, 0), answered),
        )
        for value in values
    ]


def question_result(
    spec: QuestionSpec, table: dict, answered: dict, answers, wordings: Wordings
) -> QuestionResult:
    by_item = table.get(spec.id, {})
    if spec.kind in ITEM_KINDS:
        items = []
        for item_id, label in spec.items:
            counts = by_item.get(item_id, {})
            total = sum(counts.values())
            items.append(
                ItemResult(
                    id=item_id,
                    label=label,
                    answered=total,
                    rows=_scale_rows(spec, counts, total),
                    mean=round1(mean_from_counts(counts)),
                    median=median_from_counts(counts),
                )
            )
        return QuestionResult(spec=spec, answered=answered.get(spec.id, 0), items=items)
    counts = by_item.get("", {})
    if spec.kind in SCALE_KINDS or spec.kind == "number":
        total = sum(counts.values())
        return QuestionResult(
            spec=spec,
            answered=total,
            rows=_scale_rows(spec, counts, total),
            mean=round1(mean_from_counts(counts)),
            median=median_from_counts(counts),
            minimum=min(counts) if counts else None,
            maximum=max(counts) if counts else None,
            score=recommendation_score(counts) if spec.kind == "recommendation" else None,
        )
    if spec.kind in CHOICE_KINDS or spec.kind == "yes_no":
        total = answered.get(spec.id, sum(counts.values()))
        result = QuestionResult(spec=spec, answered=total, rows=_choice_rows(spec, counts, total))
        if spec.kind in CHOICE_KINDS and (spec.allow_other or counts.get(OTHER)):
            result.texts, result.texts_total = _texts(answers, wordings, spec)
        return result
    if spec.kind == "date":
        return _date_result(spec, answers, wordings)
    result = QuestionResult(spec=spec, answered=0)
    result.texts, result.texts_total = _texts(answers, wordings, spec)
    result.answered = result.texts_total
    return result


def _date_result(spec: QuestionSpec, answers, wordings: Wordings) -> QuestionResult:
    """Dates counted by month: the day itself (a birthday, say) could single someone out, and
    the exports hold it for whoever may read single responses."""
    months: dict[str, int] = defaultdict(int)
    for text in (
        answers.filter(question_id__in=wordings.ids({spec.id}))
        .exclude(text="")
        .values_list("text", flat=True)
    ):
        months[text[:7]] += 1
    total = sum(months.values())
    rows = []
    for month in sorted(months):
        year, number = (int(part) for part in month.split("-"))
        rows.append(
            Row(
                value=month,
                label=date_format(datetime.date(year, number, 1), "YEAR_MONTH_FORMAT"),
                count=months[month],
                percent=percent(months[month], total),
            )
        )
    return QuestionResult(spec=spec, answered=total, rows=rows)


def by_week(responses: QuerySet) -> list[dict]:
    return list(
        responses.annotate(week=TruncWeek("submitted_on"))
        .values("week")
        .annotate(count=Count("pk"))
        .order_by("week")
    )


def by_language(responses: QuerySet) -> list[dict]:
    return list(
        responses.values("language").annotate(count=Count("pk")).order_by("-count", "language")
    )


def questionnaire_results(
    questionnaire: QuestionnairePage, filters: ReportFilters, *, language: str = ""
) -> QuestionnaireResults:
    original = questionnaire.original
    responses = responses_filtered(original, filters)
    total = responses.count()
    all_responses = (
        total if not filters.any() else responses_filtered(original, ReportFilters()).count()
    )
    rule = Disclosure(original)
    verdict = rule.verdict(filters)
    too_few = not verdict.shown
    codes_issued = codes_used = None
    if original.access == "codes":
        codes = AccessCode.objects.filter(questionnaire=original).aggregate(
            issued=Count("pk"), used=Count("pk", filter=Q(used=True))
        )
        codes_issued, codes_used = codes["issued"], codes["used"]
    results = QuestionnaireResults(
        questionnaire=original,
        filters=filters,
        language=language or Locale.get_default().language_code,
        total=total,
        all_responses=all_responses,
        too_few=too_few,
        by_language=[],
        by_week=[],
        codes_issued=codes_issued,
        codes_used=codes_used,
        questions=[],
        verdict=verdict,
    )
    if too_few or not total:
        return results
    results.by_week = by_week(responses)
    results.by_language = [
        {**row, "hidden": not rule.narrowed(filters, language=row["language"]).shown}
        for row in by_language(responses)
    ]
    specs = specs_in_language(original, language)
    wordings = Wordings.of(original)
    answers = _answers(responses, wordings, filters.any())
    table = _frequencies(answers, wordings)
    several_rows = [spec.id for spec in specs if spec.kind in {"multiple_choice", *ITEM_KINDS}]
    answered = _answered(answers, wordings, several_rows)
    # Yes, No and Other in the language of the labels, not of the admin.
    with translation.override(results.language):
        results.questions = [
            question_result(spec, table, answered, answers, wordings) for spec in specs
        ]
    return results


# Comparisons -------------------------------------------------------------------------------------
#
# One grouped query gives the sum and count of every scale answer per question, statement,
# session and day; sessions map to modules and days to phases in Python (a few hundred rows),
# which spares the database a join with events and questionnaires over every answer.


@dataclass
class _Groups:
    """Scale answers and responses counted per (session, day)."""

    sums: dict  # (block_id, item, event_id, day) -> (sum, count)
    responses: dict  # (event_id, day) -> responses


def _grouped(questionnaire: QuestionnairePage, filters: ReportFilters) -> _Groups:
    original = questionnaire.original
    responses = responses_filtered(original, filters)
    wordings = Wordings.of(original)
    scale_ids = wordings.ids(kinds={"rating", "matrix"})
    sums: dict = defaultdict(lambda: [0, 0])
    rows = (
        Answer.objects.filter(question_id__in=scale_ids, number__isnull=False)
        .filter(response__in=responses.values("pk"))
        .values_list("question_id", "item", "response__event_id", "response__submitted_on")
        .annotate(total=Sum("number"), n=Count("pk"))
        .order_by()
    )
    for question_id, item, event_id, day, total, n in rows:
        entry = sums[(wordings.block_of[question_id], item, event_id, day)]
        entry[0] += total
        entry[1] += n
    counted = responses.values_list("event_id", "submitted_on").annotate(n=Count("pk")).order_by()
    sizes = {(event_id, day): n for event_id, day, n in counted}
    return _Groups(sums=sums, responses=sizes)


def _comparison(
    questionnaire: QuestionnairePage,
    filters: ReportFilters,
    language: str,
    *,
    group_of,
    groups: list[tuple[object, str]],
    narrowed,
    grouped: _Groups | None = None,
    rule: Disclosure | None = None,
) -> Comparison:
    """Means per group, where `group_of(event_id, day)` names a response's group and
    `narrowed(key)` is the filters narrowed to that group: a group is shown where the rule
    would show that view itself."""
    original = questionnaire.original
    found = grouped or _grouped(original, filters)
    sizes: dict = defaultdict(int)
    for (event_id, day), n in found.responses.items():
        sizes[group_of(event_id, day)] += n
    rule = rule or Disclosure(original)
    shown = [(key, label) for key, label in groups if sizes.get(key)]
    withheld = {key for key, _label in shown if not rule.narrowed(filters, **narrowed(key)).shown}
    hidden = [label for key, label in shown if key in withheld]
    shown = [(key, label) for key, label in shown if key not in withheld]
    totals: dict = defaultdict(lambda: [0, 0])
    for (block_id, item, event_id, day), (total, n) in found.sums.items():
        entry = totals[(block_id, item, group_of(event_id, day))]
        entry[0] += total
        entry[1] += n
    specs = [s for s in specs_in_language(original, language) if s.kind in {"rating", "matrix"}]
    rows = []
    for spec in specs:
        lines = (
            [(spec.text, "")]
            if spec.kind == "rating"
            else [(f"{spec.text}: {label}", item_id) for item_id, label in spec.items]
        )
        for label, item in lines:
            means = []
            for key, _label in shown:
                total, n = totals.get((spec.id, item, key), (0, 0))
                means.append(round1(total / n) if n else None)
            rows.append({"label": label, "means": means})
    return Comparison(
        groups=[(label, sizes[key]) for key, label in shown], rows=rows, hidden=hidden
    )


def compare_modules(
    questionnaire: QuestionnairePage,
    filters: ReportFilters,
    *,
    language: str = "",
    grouped: _Groups | None = None,
    rule: Disclosure | None = None,
) -> Comparison:
    """Per module: a response belongs to its session's module, else its questionnaire's."""
    original = questionnaire.original
    locale = Locale.objects.filter(language_code=language).first() if language else None
    modules = QualificationModule.objects.filter(locale=Locale.get_default()).order_by("number")
    groups = []
    by_pk = {}
    for module in modules:
        shown = module.get_translation_or_none(locale) if locale else None
        groups.append((module.pk, str(shown or module)))
        by_pk[module.pk] = module
    module_of_event = dict(
        EventPage.objects.filter(
            pk__in=responses_filtered(original, filters).values("event")
        ).values_list("pk", "module_id")
    )

    def group_of(event_id, _day):
        return module_of_event.get(event_id) or original.module_id

    return _comparison(
        original,
        filters,
        language,
        group_of=group_of,
        groups=groups,
        narrowed=lambda key: {"module": by_pk[key]},
        grouped=grouped,
        rule=rule,
    )


def compare_phases(
    questionnaire: QuestionnairePage,
    filters: ReportFilters,
    *,
    language: str = "",
    grouped: _Groups | None = None,
    rule: Disclosure | None = None,
) -> Comparison:
    phases = list(ProjectPhase.objects.prefetch_related("translations").order_by("number"))

    def group_of(_event_id, day):
        for phase in phases:
            if phase.start_date <= day <= phase.end_date:
                return phase.number
        return None

    return _comparison(
        questionnaire,
        filters,
        language,
        group_of=group_of,
        groups=[(phase.number, str(phase)) for phase in phases],
        narrowed=lambda key: {"phase": next(p for p in phases if p.number == key)},
        grouped=grouped,
        rule=rule,
    )


def comparisons(
    questionnaire: QuestionnairePage, filters: ReportFilters, *, language: str = ""
) -> tuple[Comparison, Comparison]:
    """Modules and phases compared, from one grouped query."""
    grouped = _grouped(questionnaire.original, filters)
    rule = Disclosure(questionnaire.original)
    return (
        compare_modules(questionnaire, filters, language=language, grouped=grouped, rule=rule),
        compare_phases(questionnaire, filters, language=language, grouped=grouped, rule=rule),
    )
