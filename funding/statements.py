"""The statement of use (Verwendungsnachweis) of a phase and of the whole period: the numeric
part (per line of the plan: planned, spent, difference, with the own share) and the factual
report, taken from the evaluation's phase report (as it was sent, once it was).

Like the phase report, a statement is built as plain JSON-ready data, so that the very data
stored when it is sent (`SentStatement.figures`) renders again unchanged; the HTML page, the
PDF and the workbook all render that data.
"""

import datetime
import io
import json

import xlsxwriter
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from evaluation import phase_reports
from home.spreadsheets import spreadsheet_safe
from members.models import ProjectPhase
from members.periods import Period, site_day

from . import selectors

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _period(phase: ProjectPhase | None) -> Period | None:
    return Period.of_phase(phase) if phase is not None else Period.of_project()


def _row(row: selectors.BudgetRow) -> dict:
    return {
        "code": row.line.code if row.line else "",
        "title": row.line.title if row.line else _("Total"),
        "planned_funder": row.planned_funder,
        "planned_own": row.planned_own,
        "planned": row.planned,
        "spent_funder": row.spent_funder,
        "spent_own": row.spent_own,
        "spent": row.spent,
        "difference": row.difference,
        "percent": row.percent,
        "status": row.status,
    }


def _factual(phase: ProjectPhase | None) -> dict:
    """The goals half, from the phase report: as it was sent to the funder if it was."""
    sent = phase_reports.sent_report(phase)
    report = sent.figures if sent else phase_reports.report_data(phase)
    return {
        "title": report["title"],
        "sent": bool(sent),
        "impact_goals": report.get("impact_goals", []),
        "goals": [
            {
                key: goal.get(key)
                for key in ("number", "statement", "target", "actual", "status_label", "note")
            }
            for goal in report.get("goals", [])
        ],
        "key_figures": report.get("key_figures", []),
    }


def statement_data(phase: ProjectPhase | None, *, today: datetime.date | None = None) -> dict:
    """Everything the statement shows, as JSON-ready data. `phase` None: the whole period."""
    period = _period(phase)
    if phase is not None:
        title = _("Statement of use, phase %(number)s: %(title)s") % {
            "number": phase.number,
            "title": phase.title,
        }
    else:
        title = _("Statement of use for the whole period")
    rows = selectors.budget_rows(period) if period else []
    costs = selectors.costs(period) if period else None
    data = {
        "title": title,
        "network": settings.WAGTAIL_SITE_NAME,
        "phase": phase.number if phase else None,
        "period": [period.start, period.end] if period else None,
        "made_on": today or site_day(),
        "lines": [_row(row) for row in rows[:-1]],
        "total": _row(rows[-1]) if rows else None,
        "costs": {
            "spent": costs.spent,
            "participants": costs.participants,
            "per_participant": costs.per_participant,
            "module_sessions": costs.module_sessions,
            "per_module_session": costs.per_module_session,
        }
        if costs
        else None,
        "factual": _factual(phase),
    }
    # Through JSON and back: the live statement renders exactly what a stored one would.
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def statement_html(data: dict, *, sent=None) -> str:
    return render_to_string("funding/statement_pdf.html", {"statement": data, "sent": sent})


def statement_pdf(data: dict, *, sent=None) -> bytes:
    # WeasyPrint loads the system's Pango when imported, and nothing else needs it.
    from weasyprint import HTML  # noqa: PLC0415

    # Tagged, so that screen readers follow headings and tables (BITV).
    return HTML(string=statement_html(data, sent=sent)).write_pdf(pdf_tags=True)


def statement_xlsx(data: dict) -> bytes:
    """The numeric part as a workbook: one row per line, amounts as numbers in euros."""
    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = workbook.add_worksheet(_("Statement of use")[:31])
    bold = workbook.add_format({"bold": True})
    euro = workbook.add_format({"num_format": "#,##0.00 €"})
    euro_bold = workbook.add_format({"num_format": "#,##0.00 €", "bold": True})
    sheet.write_string(
        0, 0, spreadsheet_safe(data["title"]), workbook.add_format({"bold": True, "font_size": 14})
    )
    if data["period"]:
        start, end = (datetime.date.fromisoformat(day) for day in data["period"])
        sheet.write_string(1, 0, f"{start:%d.%m.%Y} – {end:%d.%m.%Y}")
    headers = [
        _("Line"),
        _("Title"),
        _("Planned: funder"),
        _("Planned: own share"),
        _("Planned"),
        _("Spent: funder"),
        _("Spent: own share"),
        _("Spent"),
        _("Difference"),
    ]
    for column, header in enumerate(headers):
        sheet.write_string(3, column, header, bold)
    keys = [
        "planned_funder",
        "planned_own",
        "planned",
        "spent_funder",
        "spent_own",
        "spent",
        "difference",
    ]
    row_number = 4
    for row in [*data["lines"], *([data["total"]] if data["total"] else [])]:
        is_total = row is data["total"]
        sheet.write_string(row_number, 0, row["code"], bold if is_total else None)
        sheet.write_string(
            row_number, 1, spreadsheet_safe(row["title"]), bold if is_total else None
        )
        for column, key in enumerate(keys, start=2):
            sheet.write_number(row_number, column, float(row[key]), euro_bold if is_total else euro)
        row_number += 1
    sheet.set_column(0, 0, 8)
    sheet.set_column(1, 1, 50)
    sheet.set_column(2, 8, 16)
    workbook.close()
    return out.getvalue()


def statement_filename(phase: ProjectPhase | None, extension: str) -> str:
    if phase is None:
        return f"verwendungsnachweis-gesamt.{extension}"
    return f"verwendungsnachweis-phase-{phase.number}.{extension}"
