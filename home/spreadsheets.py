"""What every spreadsheet export shares: keeping cell text from being run as a formula, and
a plain table as a CSV or XLSX download."""

import csv
import io

import xlsxwriter
from django.http import HttpResponse

FORMULA_STARTS = "=+-@\t\r"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def spreadsheet_safe(value: str) -> str:
    """`value` as a cell text that spreadsheet programs show instead of running.

    Excel, LibreOffice and Google Sheets treat a cell that starts with = + - or @ (and, in some
    versions, a tab or carriage return before one) as a formula, also when it comes from a CSV
    file. A formula such as `=HYPERLINK(...)` or a DDE call in a name or an answer text that
    anyone could type would then run on the computer of whoever opens the export ("formula
    injection" or "CSV injection"). A leading apostrophe makes it plain text; every other value
    comes back unchanged. Apply it to text written by people, not to numbers.
    """
    if value and value[0] in FORMULA_STARTS:
        return "'" + value
    return value


def table_csv_response(*, rows, filename: str) -> HttpResponse:
    """A table (an iterable of rows of text and numbers) as a CSV download: UTF-8 with a byte
    order mark, so that spreadsheet programs read the umlauts right, and text made safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) if isinstance(cell, str) else cell for cell in row])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def table_xlsx_response(*, rows, filename: str, sheet_name: str, header_rows: int = 1):
    """The same table as an Excel workbook with one sheet: text as text (never a formula),
    numbers as numbers, the first `header_rows` rows bold."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    for character in "[]:*?/\\":
        sheet_name = sheet_name.replace(character, " ")
    sheet = workbook.add_worksheet(sheet_name.strip()[:31])
    bold = workbook.add_format({"bold": True})
    for number, row in enumerate(rows):
        style = bold if number < header_rows else None
        for column, cell in enumerate(row):
            if cell is None or cell == "":
                continue  # an empty cell stays empty
            if isinstance(cell, int | float) and not isinstance(cell, bool):
                sheet.write_number(number, column, cell, style)
            else:
                sheet.write_string(number, column, str(cell), style)
    sheet.set_column(0, 0, 40)
    workbook.close()
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
