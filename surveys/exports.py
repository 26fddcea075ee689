"""A questionnaire's responses as CSV and as an Excel workbook, for the report's filters.

Both hold one row per response and one column per question wording (one per statement of a
matrix), so that each answer stands under the text it was given to. The current wording's
header and answer labels come from the questionnaire in the chosen language; an older wording
keeps the (German) text it was asked with, marked "(wording n)". Scales and numbers stay numbers.

Memory stays flat however many responses there are: the responses are read with a database
cursor in chunks of `CHUNK`, each chunk's answers in one query, and each row goes out as soon as
it is made (the CSV is streamed; the workbook is written row by row with XlsxWriter's
`constant_memory`, which flushes every finished row to a file on disk). The workbook's summary
sheet is counted in the database (`results.questionnaire_results`).
"""

import csv
import datetime
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import xlsxwriter
from django.conf import settings
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.spreadsheets import spreadsheet_safe

from . import results
from .filters import ReportFilters, responses_filtered
from .models import Answer, Question, QuestionnairePage
from .questions import CHOICE_KINDS, NO, OTHER, SCALE_KINDS, YES, QuestionSpec, all_questions

CHUNK = 2000
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DATE_FORMAT = "yyyy-mm-dd"  # as in the CSV

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


def _language(language: str) -> str:
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
        else {spec.id: spec for spec in results.specs_in_language(original, language)}
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
    if spec.kind == "matrix":
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
    if row.kind == "matrix":
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
    responses and their answers at a time."""
    original = questionnaire.original
    with translation.override(_language(language)):
        columns = _columns(original, _language(language))
        words = {YES: _("Yes"), NO: _("No"), OTHER: _("Other")}
        header = [_("Response"), _("Day"), _("Language"), _("Event")]
    yield header + [column.header for column in columns]
    responses = (
        responses_filtered(original, filters)
        .order_by("submitted_on", "pk")
        .values_list("pk", "submitted_on", "language", "event__title")
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


def _filename(questionnaire: QuestionnairePage, language: str, extension: str) -> str:
    original = questionnaire.original
    suffix = "" if _language(language) == Locale.get_default().language_code else f"-{language}"
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
    filename = _filename(questionnaire, language, "csv")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# XLSX --------------------------------------------------------------------------------------------


def _sheet_name(name: str) -> str:
    for character in "[]:*?/\\":
        name = name.replace(character, " ")
    return name.strip()[:31]


class _Summary:
    """Writes the summary sheet top to bottom (constant_memory allows no going back)."""

    def __init__(self, workbook, sheet):
        self.sheet = sheet
        self.row = 0
        self.bold = workbook.add_format({"bold": True})
        self.heading = workbook.add_format({"bold": True, "font_size": 12})
        self.title = workbook.add_format({"bold": True, "font_size": 14})
        self.italic = workbook.add_format({"italic": True})
        self.date = workbook.add_format({"num_format": DATE_FORMAT, "align": "left"})
        self.decimal = workbook.add_format({"num_format": "0.0", "align": "left"})
        self.share = workbook.add_format({"num_format": "0.0%"})
        sheet.set_column(0, 0, 60)
        sheet.set_column(1, 2, 14)

    def line(self, *cells, style=None) -> None:
        for column, cell in enumerate(cells):
            if cell is None:
                continue
            if isinstance(cell, tuple):
                cell, fmt = cell
            else:
                fmt = style
            if isinstance(cell, str):
                self.sheet.write_string(self.row, column, spreadsheet_safe(cell), fmt)
            elif isinstance(cell, datetime.date):
                self.sheet.write_datetime(self.row, column, cell, fmt or self.date)
            else:
                self.sheet.write_number(self.row, column, cell, fmt)
        self.row += 1

    def figure(self, label: str, value) -> None:
        if value is not None:
            fmt = self.decimal if isinstance(value, float) else None
            self.line(label, (value, fmt))

    def rows(self, rows: list[results.Row]) -> None:
        self.line(_("Answer"), _("Responses"), _("Percent"), style=self.italic)
        for row in rows:
            self.line(row.label, row.count, (row.percent / 100, self.share))


def _filters_in_words(filters: ReportFilters) -> list[tuple[str, object]]:
    words: list[tuple[str, object]] = []
    if filters.module:
        words.append((_("Qualification module"), str(filters.module)))
    if filters.event:
        start = timezone.localtime(filters.event.start)
        words.append((_("Event session"), f"{filters.event.title} ({start:%d.%m.%Y})"))
    if filters.phase:
        words.append((_("Project phase"), str(filters.phase)))
    if filters.language:
        names = dict(settings.LANGUAGES)
        words.append((_("Language"), str(names.get(filters.language, filters.language))))
    if filters.start:
        words.append((_("From"), filters.start))
    if filters.end:
        words.append((_("Until"), filters.end))
    return words


def _write_summary(out: _Summary, report: results.QuestionnaireResults, title: str, texts_on):
    out.line(title, style=out.title)
    out.line(_("Exported on"), timezone.localdate())
    names = dict(settings.LANGUAGES)
    out.line(_("Answers shown in"), str(names.get(report.language, report.language)))
    words = _filters_in_words(report.filters)
    if not words:
        out.line(_("Filters"), _("none: all responses"))
    for label, value in words:
        out.line(label, value)
    out.line(_("Responses"), report.total, style=out.bold)
    if report.filters.any():
        out.line(_("Responses in all"), report.all_responses)
    out.line()
    if not report.total:
        if report.filters.any():
            out.line(_("No responses match these filters."), style=out.bold)
        else:
            out.line(_("No responses yet."), style=out.bold)
        return
    if report.too_few:
        # As the report says it, for fewer than `results.min_group_size()` responses.
        too_few = _("results are not shown so that nobody can be recognised.")
        out.line(f"{_('Too few responses')}: {too_few}", style=out.bold)
        return
    for question in report.questions:
        out.line(question.spec.text, style=out.heading)
        if question.kind == "matrix":
            out.figure(_("Responses"), question.answered)
            for item in question.items:
                out.line(item.label, style=out.bold)
                out.figure(_("Responses"), item.answered)
                out.figure(_("Mean"), item.mean)
                out.figure(_("Median"), item.median)
                out.rows(item.rows)
        elif question.kind in SCALE_KINDS or question.kind == "number":
            out.figure(_("Responses"), question.answered)
            out.figure(_("Mean"), question.mean)
            out.figure(_("Median"), question.median)
            if question.kind == "number":
                out.figure(_("Lowest"), question.minimum)
                out.figure(_("Highest"), question.maximum)
            out.rows(question.rows)
        elif question.kind in CHOICE_KINDS or question.kind == "yes_no":
            out.figure(_("Responses"), question.answered)
            out.rows(question.rows)
        else:
            out.figure(_("Responses"), question.answered)
            out.line(_("The texts are on the sheet “%(sheet)s”.") % {"sheet": texts_on})
        out.line()


class _Widths:
    """The widest text per column, to size the columns once the rows are written."""

    def __init__(self):
        self.widths: dict[int, int] = {}

    def see(self, column: int, cell: Cell, cap: int = 60) -> None:
        width = 10 if isinstance(cell, datetime.date) else len(str(cell))
        self.widths[column] = max(self.widths.get(column, 8), min(width + 2, cap))


def _write_responses(workbook, sheet, rows: Iterator[list[Cell]]) -> None:
    header = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    date = workbook.add_format({"num_format": DATE_FORMAT, "align": "left"})
    widths = _Widths()
    for number, row in enumerate(rows):
        for column, cell in enumerate(row):
            if cell is None:
                continue
            if number == 0:
                sheet.write_string(0, column, spreadsheet_safe(str(cell)), header)
                widths.see(column, cell, cap=40)
            elif isinstance(cell, str):
                sheet.write_string(number, column, spreadsheet_safe(cell))
                widths.see(column, cell)
            elif isinstance(cell, datetime.date):
                sheet.write_datetime(number, column, cell, date)
                widths.see(column, cell)
            else:
                sheet.write_number(number, column, cell)
                widths.see(column, cell)
    sheet.freeze_panes(1, 0)
    for column, width in widths.widths.items():
        sheet.set_column(column, column, width)


def responses_xlsx(
    questionnaire: QuestionnairePage,
    *,
    filters: ReportFilters | None = None,
    language: str = "",
) -> FileResponse:
    """The filtered responses as an Excel workbook: a summary sheet with each question's
    figures (or, for an anonymous questionnaire with too few responses, only that), and a
    sheet with exactly the CSV's rows.

    The workbook is written to an anonymous temporary file (gone from the file system once
    closed, which the response does when it has been sent) and streamed from there."""
    filters = filters or ReportFilters()
    original = questionnaire.original
    language = _language(language)
    output = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 (closed by the response)
    try:
        workbook = xlsxwriter.Workbook(
            output, {"constant_memory": True, "strings_to_formulas": False}
        )
        try:
            with translation.override(language):
                report = results.questionnaire_results(original, filters, language=language)
                title = results.questionnaire_in_language(original, language).title
                summary_name = _sheet_name(_("Summary"))
                responses_name = _sheet_name(_("Responses"))
                summary = workbook.add_worksheet(summary_name)
                _write_summary(_Summary(workbook, summary), report, title, responses_name)
                sheet = workbook.add_worksheet(responses_name)
                if translation.get_language_bidi():
                    summary.right_to_left()
                    sheet.right_to_left()
            _write_responses(
                workbook, sheet, response_rows(original, filters=filters, language=language)
            )
        finally:
            workbook.close()
        output.seek(0)
    except BaseException:
        output.close()
        raise
    return FileResponse(
        output,
        as_attachment=True,
        filename=_filename(original, language, "xlsx"),
        content_type=XLSX_TYPE,
    )
