"""A questionnaire's responses as CSV, for the report's filters: the raw answers. (The Excel
workbook, with a summary sheet of the results beside the same rows, is made by the reports.)

The rows hold one row per response and one column per question wording (one per statement of a
matrix), so that each answer stands under the text it was given to. The current wording's
header and answer labels come from the questionnaire in the chosen language; an older wording
keeps the (German) text it was asked with, marked "(wording n)". Scales and numbers stay numbers.

Memory stays flat however many responses there are: the responses are read with a database
cursor in chunks of `CHUNK`, each chunk's answers in one query, and each row goes out as soon as
it is made (the CSV is streamed).

An anonymous questionnaire's responses go out only where the report would show the same view's
figures (the small-group rule of `disclosure`): otherwise the export holds the header and a note
instead of the rows, as the report shows the questions and a note instead of the figures. Rows
are in the order of the day and then of the response's random id, so that within a day the
order tells nothing about who answered first.
"""

import csv
import datetime
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.http import StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.spreadsheets import spreadsheet_safe

from . import selectors
from .disclosure import Disclosure
from .filters import ReportFilters, responses_filtered
from .models import Answer, Question, QuestionnairePage
from .questions import ITEM_KINDS, NO, OTHER, YES, QuestionSpec, all_questions

CHUNK = 2000

Cell = str | int | float | datetime.date | None


# Columns -----------------------------------------------------------------------------------------


@dataclass
class _Column:
    question_id: int | None  # the wording's Question row; None for a question never answered
    item: str  # matrix statement id, or ""
    header: str
    kind: str
    labels: dict[str, str] = field(default_factory=dict)  # choice id → label
    order: dict[str, int] = field(default_factory=dict)  # choice id → position


def export_language(language: str) -> str:
    return language or Locale.get_default().language_code


def _columns(original: QuestionnairePage, language: str) -> list[_Column]:
    """The question columns in questionnaire order; call inside `translation.override`.

    A block's wordings stand side by side, oldest first. The current wording is labelled from
    the questionnaire in `language` only while it is the wording the live questionnaire asks
    (an edit that has not been answered yet has no row of its own)."""
    german = {spec.id: spec for spec in all_questions(original.step_specs())}
    default = Locale.get_default().language_code
    shown = (
        german
        if language == default
        else {spec.id: spec for spec in selectors.specs_in_language(original, language)}
    )
    blocks: dict[str, list[Question]] = defaultdict(list)
    for row in Question.objects.filter(questionnaire=original).order_by("pk"):
        blocks[row.block_id].append(row)

    def position(block_id: str) -> int:
        rows = blocks[block_id]
        current = [row for row in rows if row.current]
        return (current or rows[-1:])[0].position

    order = {block_id: position(block_id) for block_id in blocks}
    for number, block_id in enumerate(german, start=1):
        order.setdefault(block_id, number)
    columns: list[_Column] = []
    for block_id in sorted(order, key=lambda block_id: (order[block_id], block_id not in german)):
        rows = blocks.get(block_id, [])
        if not rows:
            columns.extend(_spec_columns(None, shown[block_id], shown[block_id].text))
            continue
        for number, row in enumerate(rows, start=1):
            live = row.current and block_id in german and german[block_id].text == row.text
            spec = shown[block_id] if live else None
            header = spec.text if spec else row.text
            if len(rows) > 1:
                header += " " + _("(wording %(number)s)") % {"number": number}
            columns.extend(_row_columns(row, spec, header))
    return columns


def _spec_columns(question_id, spec: QuestionSpec, header: str) -> list[_Column]:
    if spec.kind in ITEM_KINDS:
        return [
            _Column(question_id, item_id, f"{header} – {label}", spec.kind)
            for item_id, label in spec.items
        ]
    choices = dict(spec.choices)
    order = {choice_id: n for n, choice_id in enumerate(choices)}
    return [_Column(question_id, "", header, spec.kind, choices, order)]


def _row_columns(row: Question, spec: QuestionSpec | None, header: str) -> list[_Column]:
    """A stored wording's columns; labels from `spec` (the same wording in the chosen
    language) where given, else as stored."""
    choices = dict(row.options.get("choices", []))
    items = dict(row.options.get("items", []))
    if spec is not None:
        choices.update({k: v for k, v in spec.choices if k in choices})
        items.update({k: v for k, v in spec.items if k in items})
    if row.kind in ITEM_KINDS:
        return [
            _Column(row.pk, item_id, f"{header} – {label}", row.kind)
            for item_id, label in items.items()
        ]
    order = {choice_id: n for n, choice_id in enumerate(choices)}
    return [_Column(row.pk, "", header, row.kind, choices, order)]


# Rows --------------------------------------------------------------------------------------------


def _cell(column: _Column, answers: list[tuple], words: dict[str, str]) -> Cell:
    """One column's value for one response: a number, a text, or None when unanswered."""
    if not answers:
        return None
    if len(answers) == 1 and answers[0][1] is not None:
        return answers[0][1]
    parts = []
    last = len(column.order)
    for choice, number, text in sorted(answers, key=lambda a: column.order.get(a[0], last)):
        if number is not None:
            parts.append(str(number))
        elif column.kind == "yes_no" and choice in (YES, NO):
            parts.append(words[choice])
        elif choice == OTHER:
            parts.append(f"{words[OTHER]}: {text}" if text else words[OTHER])
        elif choice:
            parts.append(column.labels.get(choice, choice))
        else:
            parts.append(text)
    return "; ".join(parts)


def response_rows(
    questionnaire: QuestionnairePage, *, filters: ReportFilters, language: str
) -> Iterator[list[Cell]]:
    """The header, then one row per filtered response (oldest first): id, day, language,
    event, then one cell per column. Shared by the CSV and the workbook; holds one chunk of
    responses and their answers at a time.

    Where the rule withholds the view's figures (`disclosure`), only the header and a note, as
    the report says it."""
    original = questionnaire.original
    filtered = responses_filtered(original, filters)
    with translation.override(export_language(language)):
        columns = _columns(original, export_language(language))
        words = {YES: _("Yes"), NO: _("No"), OTHER: _("Other")}
        header = [_("Response"), _("Day"), _("Language"), _("Event")]
        withheld = _("results are not shown so that nobody can be recognised.")
        note = f"{_('Too few responses')}: {withheld}"
    yield header + [column.header for column in columns]
    if not Disclosure(original).verdict(filters).shown:
        yield [note]
        return
    responses = filtered.order_by("submitted_on", "pk").values_list(
        "pk", "submitted_on", "language", "event__title"
    )

    def rows(chunk: list[tuple]) -> Iterator[list[Cell]]:
        answers: dict[tuple, list[tuple]] = defaultdict(list)
        for response_id, question_id, item, *value in (
            Answer.objects.filter(response_id__in=[response[0] for response in chunk])
            .order_by("pk")
            .values_list("response_id", "question_id", "item", "choice", "number", "text")
        ):
            answers[(response_id, question_id, item)].append(tuple(value))
        for pk, day, response_language, event in chunk:
            yield [str(pk), day, response_language, event] + [
                _cell(column, answers.get((pk, column.question_id, column.item), []), words)
                for column in columns
            ]

    chunk: list[tuple] = []
    for response in responses.iterator(chunk_size=CHUNK):
        chunk.append(response)
        if len(chunk) >= CHUNK:
            yield from rows(chunk)
            chunk = []
    if chunk:
        yield from rows(chunk)


def export_filename(questionnaire: QuestionnairePage, language: str, extension: str) -> str:
    original = questionnaire.original
    suffix = (
        "" if export_language(language) == Locale.get_default().language_code else f"-{language}"
    )
    return f"antworten-{original.slug}{suffix}-{timezone.localdate():%Y-%m-%d}.{extension}"


# CSV ---------------------------------------------------------------------------------------------


class _Echo:
    def write(self, value):
        return value


def _csv_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, str):
        return spreadsheet_safe(cell)
    if isinstance(cell, datetime.date):
        return cell.isoformat()
    return str(cell)


def responses_csv(
    questionnaire: QuestionnairePage,
    *,
    filters: ReportFilters | None = None,
    language: str = "",
) -> StreamingHttpResponse:
    """The filtered responses as CSV (UTF-8 with a byte order mark), streamed."""
    filters = filters or ReportFilters()
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff"  # a byte order mark, so that spreadsheet programs read the umlauts right
        for row in response_rows(questionnaire, filters=filters, language=language):
            yield writer.writerow([_csv_text(cell) for cell in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    filename = export_filename(questionnaire, language, "csv")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
