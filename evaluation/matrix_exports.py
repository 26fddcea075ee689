"""The organisations × modules matrix as a table for CSV and XLSX: the same figures as the page,
with the phase it was filtered by in the first rows."""

from django.utils import timezone
from django.utils.translation import gettext as _

from home.spreadsheets import table_csv_response, table_xlsx_response
from members.models import ProjectPhase

HEADER_ROWS = 4


def _rows(matrix: dict, phase: ProjectPhase | None) -> list[list]:
    modules = [str(module) for module in matrix["modules"]]
    scope = (
        f"{phase} ({phase.start_date:%d.%m.%Y}–{phase.end_date:%d.%m.%Y})"
        if phase
        else _("All phases")
    )
    rows = [
        [_("Organisations by qualification module (sessions attended)")],
        [_("Project phase"), scope],
        [_("Exported on"), f"{timezone.localdate():%d.%m.%Y}"],
        [_("Organisation"), *modules, _("Modules taken part in")],
    ]
    for row in matrix["rows"]:
        rows.append([row["organisation"].name, *row["counts"], row["modules_attended"]])
    rows.append([_("Organisations taking part"), *matrix["totals"], ""])
    return rows


def _filename(phase: ProjectPhase | None, extension: str) -> str:
    suffix = f"-phase-{phase.number}" if phase else ""
    return f"organisationen-und-module{suffix}.{extension}"


def matrix_csv(matrix: dict, phase: ProjectPhase | None):
    return table_csv_response(rows=_rows(matrix, phase), filename=_filename(phase, "csv"))


def matrix_xlsx(matrix: dict, phase: ProjectPhase | None):
    return table_xlsx_response(
        rows=_rows(matrix, phase),
        filename=_filename(phase, "xlsx"),
        sheet_name=_("Organisations and modules"),
        header_rows=HEADER_ROWS,
    )
