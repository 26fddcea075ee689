"""A questionnaire's responses as an Excel workbook, for the report's filters: a summary sheet
with each question's figures, counted in the database (`results.questionnaire_results`), and a
sheet with exactly the rows of the raw CSV export (`surveys.exports.response_rows`).

Memory stays flat however many responses there are: the rows come in chunks, and the workbook is
written row by row with XlsxWriter's `constant_memory`, which flushes every finished row to a
file on disk.
"""

import datetime
import tempfile
from collections.abc import Iterator

import xlsxwriter
from django.conf import settings
from django.http import FileResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home.spreadsheets import spreadsheet_safe
from surveys import selectors as survey_selectors
from surveys.exports import Cell, export_filename, export_language, response_rows
from surveys.filters import ReportFilters
from surveys.models import QuestionnairePage
from surveys.questions import CHOICE_KINDS, ITEM_KINDS, SCALE_KINDS

from . import results

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DATE_FORMAT = "yyyy-mm-dd"  # as in the CSV


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
        # As the report says it, where the small-group rule withholds the view
        # (`surveys.disclosure`); the sheet of responses holds the header and this note.
        too_few = _("results are not shown so that nobody can be recognised.")
        out.line(f"{_('Too few responses')}: {too_few}", style=out.bold)
        return
    for question in report.questions:
        out.line(question.spec.text, style=out.heading)
        if question.kind in ITEM_KINDS:
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
            out.figure(_("Recommendation score (promoters minus detractors, in %)"), question.score)
            if question.kind == "number":
                out.figure(_("Lowest"), question.minimum)
                out.figure(_("Highest"), question.maximum)
            out.rows(question.rows)
        elif question.kind in CHOICE_KINDS or question.kind in {"yes_no", "date"}:
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
    language = export_language(language)
    output = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 (closed by the response)
    try:
        workbook = xlsxwriter.Workbook(
            output, {"constant_memory": True, "strings_to_formulas": False}
        )
        try:
            with translation.override(language):
                report = results.questionnaire_results(original, filters, language=language)
                title = survey_selectors.questionnaire_in_language(original, language).title
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
        filename=export_filename(original, language, "xlsx"),
        content_type=XLSX_TYPE,
    )
