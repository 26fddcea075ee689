"""Reading the city's finance system's CSV export of bookings: semicolons, German decimal commas
(`1.234,56`), dates as DD.MM.YYYY, a header row naming the columns. Every row is checked and
every error is kept with its row number (the header is row 1), so the network manager can fix
the file and import it again as a whole.

Columns (any order, names as the finance system writes them, case ignored): Belegnummer,
Buchungsdatum, Position, Betrag, Empfänger, Zweck; optional Eigenanteil ("ja"/"nein").
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from members.periods import Period

from . import selectors

COLUMNS = {
    "belegnummer": "reference",
    "buchungsdatum": "booked_on",
    "position": "code",
    "betrag": "amount",
    "empfänger": "payee",
    "zweck": "purpose",
}
OPTIONAL_COLUMNS = {"eigenanteil": "own_share"}
YES, NO = {"ja", "j", "x", "1"}, {"nein", "n", "", "0"}
# 1.234,56 or 1234,56 or 1234; a minus sign for a reversal. A point as the decimal mark is
# refused rather than guessed: "1.234" could be either.
AMOUNT_PATTERN = re.compile(r"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$")
DATE_PATTERN = re.compile(r"^\d{2}\.\d{2}\.\d{4}$")
MAX_ROWS = 5000


@dataclass(frozen=True)
class RowError:
    row: int
    message: str


@dataclass(frozen=True)
class Row:
    number: int
    reference: str
    booked_on: datetime.date
    code: str
    amount: Decimal
    payee: str
    purpose: str
    own_share: bool


def _decode(content: bytes) -> str | None:
    # The city's system writes UTF-8 or, in older versions, Windows-1252.
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def parse_amount(text: str) -> Decimal | None:
    text = text.replace(" ", "").replace("€", "")
    if not AMOUNT_PATTERN.match(text):
        return None
    return Decimal(text.replace(".", "").replace(",", "."))


def parse_date(text: str) -> datetime.date | None:
    if not DATE_PATTERN.match(text):
        return None
    try:
        return datetime.datetime.strptime(text, "%d.%m.%Y").date()
    except ValueError:
        return None


def parse(content: bytes) -> tuple[list[Row], list[RowError]]:
    """The rows that could be read, and an error for every row (or header) that could not."""
    text = _decode(content)
    if text is None or "\x00" in text:
        return [], [RowError(0, _("The file is not a CSV text file."))]
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    lines = [line for line in lines if any(cell.strip() for cell in line)]
    if not lines:
        return [], [RowError(0, _("The file is empty."))]
    if len(lines) > MAX_ROWS + 1:
        return [], [RowError(0, _("The file has more than %(count)s rows.") % {"count": MAX_ROWS})]
    header = [cell.strip().lower() for cell in lines[0]]
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        return [], [
            RowError(
                1,
                _("Columns missing in the header: %(columns)s.")
                % {"columns": ", ".join(name.capitalize() for name in missing)},
            )
        ]
    index = {
        field: header.index(name)
        for name, field in {**COLUMNS, **OPTIONAL_COLUMNS}.items()
        if name in header
    }
    rows, errors = [], []
    for number, cells in enumerate(lines[1:], start=2):
        if len(cells) != len(header):
            errors.append(
                RowError(
                    number,
                    _("%(found)s fields instead of %(expected)s (separator: semicolon).")
                    % {"found": len(cells), "expected": len(header)},
                )
            )
            continue
        values = {field: cells[position].strip() for field, position in index.items()}
        row_errors = _row_errors(number, values)
        if row_errors:
            errors.extend(row_errors)
            continue
        rows.append(
            Row(
                number=number,
                reference=values["reference"],
                booked_on=parse_date(values["booked_on"]),
                code=values["code"],
                amount=parse_amount(values["amount"]),
                payee=values["payee"],
                purpose=values["purpose"],
                own_share=values.get("own_share", "").lower() in YES,
            )
        )
    return rows, errors


def _row_errors(number: int, values: dict[str, str]) -> list[RowError]:
    errors = []
    for name, field in COLUMNS.items():
        if not values[field]:
            errors.append(
                RowError(number, _("%(column)s is empty.") % {"column": name.capitalize()})
            )
    if values["reference"] and len(values["reference"]) > 64:
        errors.append(RowError(number, _("Belegnummer is longer than 64 characters.")))
    if values["booked_on"] and parse_date(values["booked_on"]) is None:
        errors.append(
            RowError(
                number,
                _("Buchungsdatum “%(value)s” is not a date like 31.12.2013.")
                % {"value": values["booked_on"]},
            )
        )
    if values["amount"]:
        amount = parse_amount(values["amount"])
        if amount is None:
            errors.append(
                RowError(
                    number,
                    _("Betrag “%(value)s” is not an amount like 1.234,56.")
                    % {"value": values["amount"]},
                )
            )
        elif amount == 0:
            errors.append(RowError(number, _("Betrag is zero.")))
    if values.get("own_share", "").lower() not in YES | NO:
        errors.append(
            RowError(
                number,
                _("Eigenanteil “%(value)s” is neither “ja” nor “nein”.")
                % {"value": values["own_share"]},
            )
        )
    for field, limit in (("payee", 200), ("purpose", 300)):
        if len(values[field]) > limit:
            errors.append(
                RowError(
                    number,
                    _("A text is too long (at most %(limit)s characters).") % {"limit": limit},
                )
            )
    return errors


def check_rows(rows: list[Row], *, lines: dict, known: set[str]) -> list[RowError]:
    """What only the database can tell: the line exists, the day is in the project and not in
    a period already accounted for, the reference is not twice in the file."""
    errors = []
    project = Period.of_project()
    seen: dict[str, int] = {}
    for row in rows:
        if row.code not in lines:
            errors.append(
                RowError(
                    row.number,
                    _("Position “%(code)s” is not a line of the financing plan.")
                    % {"code": row.code},
                )
            )
        if project is not None and row.booked_on not in project:
            errors.append(
                RowError(
                    row.number,
                    _("Buchungsdatum %(day)s is outside the project (%(start)s to %(end)s).")
                    % {
                        "day": row.booked_on.strftime("%d.%m.%Y"),
                        "start": project.start.strftime("%d.%m.%Y"),
                        "end": project.end.strftime("%d.%m.%Y"),
                    },
                )
            )
        elif row.reference not in known and selectors.frozen_statement(row.booked_on):
            errors.append(
                RowError(
                    row.number,
                    _(
                        "Buchungsdatum %(day)s lies in a period whose statement of use has been "
                        "sent; book a correction in an open period."
                    )
                    % {"day": row.booked_on.strftime("%d.%m.%Y")},
                )
            )
        if row.reference in seen:
            errors.append(
                RowError(
                    row.number,
                    _("Belegnummer %(reference)s is already in row %(row)s.")
                    % {"reference": row.reference, "row": seen[row.reference]},
                )
            )
        else:
            seen[row.reference] = row.number
    return errors
