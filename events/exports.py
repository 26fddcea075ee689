"""The participant list of an event as CSV and XLSX, for the network manager, with a column
per registration question."""

import csv
import io

import xlsxwriter
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from home.spreadsheets import spreadsheet_safe

from .models import EventPage, Registration
from .questions import AnswerReader

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _attended_label(registration: Registration) -> str:
    if registration.attended is None:
        return ""
    return _("yes") if registration.attended else _("no")


def _rows(registrations, reader: AnswerReader):
    yield [
        _("Name"),
        _("E-mail"),
        _("Organisation"),
        _("Status"),
        _("Registered on"),
        _("Attended"),
        _("Added at the door"),
        _("Language"),
        *reader.labels(),
    ]
    for registration in registrations:
        yield [
            registration.name,
            registration.email,
            registration.organisation_label,
            registration.get_status_display(),
            timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
            _attended_label(registration),
            _("yes") if registration.walk_in else _("no"),
            registration.language,
            *reader.row(registration),
        ]


def _filename(event: EventPage, extension: str) -> str:
    return f"teilnehmende-{event.slug}-{timezone.localtime(event.start):%Y-%m-%d}.{extension}"


def participants_csv(event: EventPage, registrations, reader: AnswerReader) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in _rows(registrations, reader):
        writer.writerow([spreadsheet_safe(str(cell)) for cell in row])
    # A byte order mark, so that spreadsheet programs read the umlauts right.
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(event, "csv")}"'
    return response


def participants_xlsx(event: EventPage, registrations, reader: AnswerReader) -> HttpResponse:
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    sheet = workbook.add_worksheet(_("Participants")[:31])
    bold = workbook.add_format({"bold": True})
    sheet.write_row(0, 0, [event.title], bold)
    sheet.write_row(1, 0, [f"{timezone.localtime(event.start):%d.%m.%Y %H:%M}"])
    for number, row in enumerate(_rows(registrations, reader), start=3):
        sheet.write_row(number, 0, [str(cell) for cell in row], bold if number == 3 else None)
    sheet.set_column(0, 2, 30)
    sheet.set_column(3, 7, 16)
    sheet.set_column(8, 8 + len(reader.questions), 24)
    workbook.close()
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{_filename(event, "xlsx")}"'
    return response
