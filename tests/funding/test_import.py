"""The import of bookings from the finance system's CSV: a good file books every row to the
cent, the same file imported twice books nothing twice, and each kind of bad row is named with
its row number and a German message, while nothing at all is imported."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from funding import services
from funding.models import Expense, SentStatement, Share

pytestmark = pytest.mark.django_db

HEADER = "Belegnummer;Buchungsdatum;Position;Betrag;Empfänger;Zweck;Eigenanteil"
GOOD = [
    "R-2013-001;14.03.2013;0832;1.234,56;Bürgerzentrum Alte Heid;Raummiete Modul I;nein",
    "R-2013-002;28.03.2013;0817;-12,5;Stadt Oberhausen;Korrektur Entgelt;ja",
    "R-2013-003;01.04.2013;0832;99;Ebertbad;Raummiete;",
]


def _csv(*rows: str, header: str = HEADER, encoding: str = "utf-8") -> bytes:
    return "\n".join([header, *rows]).encode(encoding)


def _errors(content: bytes) -> list[tuple[int, str]]:
    with translation.override("de"), pytest.raises(services.ImportRejected) as rejected:
        services.bookings_import(content=content, by=None)
    return [(error.row, error.message) for error in rejected.value.errors]


def test_a_good_file_books_every_row_to_the_cent(funding_world):
    booked, skipped = services.bookings_import(content=_csv(*GOOD), by=None)

    assert (booked, skipped) == (3, 0)
    imported = Expense.objects.filter(finance_reference__startswith="R-2013-").order_by(
        "finance_reference"
    )
    assert [expense.amount for expense in imported] == [
        Decimal("1234.56"),
        Decimal("-12.50"),
        Decimal("99.00"),
    ]
    assert [expense.share for expense in imported] == [Share.FUNDER, Share.OWN, Share.FUNDER]
    assert imported[0].booked_on == datetime.date(2013, 3, 14)
    assert imported[0].line == funding_world.rooms


def test_the_same_file_imported_twice_books_nothing_twice(funding_world):
    services.bookings_import(content=_csv(*GOOD), by=None)
    before = Expense.objects.count()

    booked, skipped = services.bookings_import(content=_csv(*GOOD), by=None)

    assert (booked, skipped) == (0, 3)
    assert Expense.objects.count() == before


def test_a_windows_1252_file_from_an_older_finance_system_is_read(funding_world):
    booked, _skipped = services.bookings_import(content=_csv(GOOD[0], encoding="cp1252"), by=None)

    assert booked == 1
    assert Expense.objects.get(finance_reference="R-2013-001").payee == "Bürgerzentrum Alte Heid"


def test_each_kind_of_bad_row_is_named_by_row_in_german_and_nothing_is_imported(funding_world):
    before = Expense.objects.count()
    content = _csv(
        GOOD[0],
        "R-2;31.02.2013;0832;10,00;A;B;",  # row 3: no such day
        "R-3;2013-03-01;0832;10,00;A;B;",  # row 4: not DD.MM.YYYY
        "R-4;01.03.2013;0832;10.5;A;B;",  # row 5: decimal point
        "R-5;01.03.2013;0832;0,00;A;B;",  # row 6: zero
        "R-6;01.03.2013;9999;10,00;A;B;",  # row 7: no such line
        "R-7;01.03.2013;0832;10,00;;B;",  # row 8: payee empty
        "R-8;01.03.2020;0832;10,00;A;B;",  # row 9: outside the project
        "R-2013-001;02.03.2013;0832;10,00;A;B;",  # row 10: reference twice in the file
        "R-9;01.03.2013;0832;10,00;A;B;vielleicht",  # row 11: neither ja nor nein
        "R-10;01.03.2013;0832;10,00;A",  # row 12: too few fields
    )

    errors = _errors(content)

    assert errors == [
        (3, "Buchungsdatum „31.02.2013“ ist kein Datum wie 31.12.2013."),
        (4, "Buchungsdatum „2013-03-01“ ist kein Datum wie 31.12.2013."),
        (5, "Betrag „10.5“ ist kein Betrag wie 1.234,56."),
        (6, "Betrag ist null."),
        (7, "Position „9999“ ist keine Position des Finanzierungsplans."),
        (8, "Empfänger ist leer."),
        (9, "Buchungsdatum 01.03.2020 liegt außerhalb des Projekts (01.07.2012 bis 31.12.2013)."),
        (10, "Belegnummer R-2013-001 steht schon in Zeile 2."),
        (11, "Eigenanteil „vielleicht“ ist weder „ja“ noch „nein“."),
        (12, "5 Felder statt 7 (Trennzeichen: Semikolon)."),
    ]
    assert Expense.objects.count() == before


def test_a_header_without_the_required_columns_names_them(funding_world):
    errors = _errors(_csv(GOOD[0], header="Belegnummer;Datum;Position;Betrag;Empfänger;Zweck"))

    assert errors == [(1, "In der Kopfzeile fehlen Spalten: Buchungsdatum.")]


def test_a_file_that_is_not_text_is_refused(funding_world):
    assert _errors(b"\x89PNG\r\n\x1a\n\x00\x00") == [(0, "Die Datei ist keine CSV-Textdatei.")]


def test_a_row_in_a_period_whose_statement_was_sent_is_refused(funding_world):
    SentStatement.objects.create(
        scope=SentStatement.Scope.PHASE,
        phase=funding_world.phase_1,
        sent_at=datetime.datetime(2013, 1, 15, tzinfo=datetime.UTC),
        figures={},
        pdf=b"",
        xlsx=b"",
    )

    errors = _errors(_csv("R-2012-9;01.10.2012;0832;10,00;A;B;"))

    assert errors == [
        (
            2,
            "Buchungsdatum 01.10.2012 liegt in einem Zeitraum, dessen Verwendungsnachweis "
            "versandt ist; buchen Sie eine Korrektur in einem offenen Zeitraum.",
        )
    ]
