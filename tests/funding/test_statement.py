"""The statement of use: its numeric part to the cent with the own share, the factual report
from the phase report, the workbook and the tagged PDF; and once sent, frozen: a booking added
or changed afterwards does not change it, and any change to a booking of its period is refused
with a 4xx and a message. The statement is sent (and its PDF rendered) once, as a shared world."""

import datetime
import io
from decimal import Decimal

import openpyxl
import pypdf
import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from funding import services, statements
from funding.factories import ExpenseFactory
from funding.models import Expense, SentStatement
from members.factories import ProjectPhaseFactory

pytestmark = pytest.mark.django_db
D = Decimal


def _line(data, code):
    return next(row for row in data["lines"] if row["code"] == code)


def test_the_numeric_part_gives_planned_spent_and_difference_with_the_own_share(sent):
    data = sent.figures

    post = _line(data, "0817")
    assert (post["planned"], post["planned_own"]) == ("50000.00", "5000.00")
    assert (post["spent"], post["spent_own"], post["difference"]) == (
        "50500.33",
        "4500.33",
        "-500.33",
    )
    assert (data["total"]["planned"], data["total"]["spent"]) == ("56900.00", "52660.38")
    assert data["costs"]["per_participant"] == "10532.08"


def test_the_factual_report_is_the_phase_report_of_the_same_phase(sent):
    factual = sent.figures["factual"]

    assert factual["title"] == "Zwischenbericht, Phase 2: Qualifizierung"
    assert [figure["value"] for figure in factual["key_figures"]][:2] == [1, 1]


def test_the_pdf_is_tagged_and_the_workbook_holds_the_amounts(sent):
    pdf = bytes(sent.pdf)
    sheet = openpyxl.load_workbook(io.BytesIO(bytes(sent.xlsx))).active

    catalogue = pypdf.PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    assert "/StructTreeRoot" in catalogue and catalogue["/MarkInfo"]["/Marked"]
    assert catalogue["/Lang"] == "de"
    rows = {row[0]: row for row in sheet.iter_rows(min_row=5, values_only=True)}
    assert rows["0817"][4] == 50000.00 and rows["0817"][7] == 50500.33
    assert rows["0817"][6] == 4500.33  # spent own share
    assert sheet["A1"].value == "Verwendungsnachweis, Phase 2: Qualifizierung"


def test_a_booking_added_after_sending_does_not_change_the_sent_statement(
    sent, funding_world, client
):
    # Past the service, which would refuse it: the stored statement alone is shown.
    ExpenseFactory(line=funding_world.rooms, booked_on=datetime.date(2013, 5, 1), amount=D("7"))
    client.force_login(funding_world.cast.manager)

    response = client.get(reverse("funding:statement", args=[2]))
    xlsx = client.get(reverse("funding:statement_xlsx", args=[2]))

    assert response.status_code == 200
    assert response.context["statement"] == SentStatement.objects.get(pk=sent.pk).figures
    assert _line(response.context["statement"], "0832")["spent"] == "2160.05"
    assert b"".join(xlsx.streaming_content if xlsx.streaming else [xlsx.content]) == bytes(
        sent.xlsx
    )
    assert statements.statement_data(funding_world.phase_2)["total"]["spent"] == "52667.38"


def test_editing_a_booking_of_a_sent_period_is_refused_with_a_message(sent, funding_world, client):
    booking = funding_world.room_booking
    client.force_login(funding_world.cast.manager)

    response = client.post(
        reverse("funding:expense_edit", args=[booking.pk]),
        {
            "line": booking.line_id,
            "booked_on": "2013-03-20",
            "amount": "1.00",
            "share": "funder",
            "payee": "Jemand",
            "purpose": "Geändert",
        },
        HTTP_ACCEPT_LANGUAGE="de",
    )

    assert response.status_code == 409
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("Korrektur" in message for message in messages)
    booking.refresh_from_db()
    assert (booking.amount, booking.payee) == (D("1000.10"), "Bürgerzentrum Alte Heid")


def test_moving_a_booking_into_a_sent_period_is_refused(sent, funding_world):
    booking = ExpenseFactory(line=funding_world.rooms, booked_on=datetime.date(2012, 8, 1))

    with pytest.raises(services.PeriodFrozen):
        services.expense_update(expense=booking, by=None, booked_on=datetime.date(2013, 8, 1))

    booking.refresh_from_db()
    assert booking.booked_on == datetime.date(2012, 8, 1)


def test_deleting_or_adding_a_booking_in_a_sent_period_is_refused(sent, funding_world, client):
    client.force_login(funding_world.cast.manager)
    before = Expense.objects.count()

    deleted = client.post(reverse("funding:expense_delete", args=[funding_world.room_booking.pk]))
    with pytest.raises(services.PeriodFrozen):
        services.expense_create(
            by=None,
            line=funding_world.rooms,
            booked_on=datetime.date(2013, 2, 1),
            amount=D("5"),
            payee="A",
            purpose="B",
        )

    assert deleted.status_code == 409
    assert Expense.objects.count() == before


def test_a_correction_in_an_open_period_is_booked(sent, funding_world):
    correction = services.expense_create(
        by=funding_world.cast.manager,
        line=funding_world.rooms,
        booked_on=datetime.date(2012, 12, 1),
        amount=D("-100.10"),
        payee="Bürgerzentrum Alte Heid",
        purpose="Korrektur Raummiete März 2013",
    )

    assert correction.pk and correction.amount == D("-100.10")


def test_a_statement_is_sent_only_once(sent, funding_world):
    with pytest.raises(services.StatementAlreadySent):
        services.statement_send(phase=funding_world.phase_2, by=None)

    assert SentStatement.objects.filter(phase=funding_world.phase_2).count() == 1


def test_the_sent_pdf_is_downloaded_as_it_was_sent(sent, funding_world, client):
    client.force_login(funding_world.cast.evaluator)

    response = client.get(reverse("funding:statement_pdf", args=[2]))

    assert response["Content-Type"] == "application/pdf"
    assert "verwendungsnachweis-phase-2.pdf" in response["Content-Disposition"]
    assert response.content == bytes(sent.pdf)


def test_a_day_between_phases_is_frozen_by_the_final_statement_on_any_database(funding_world):
    """A day no phase covers belongs to the whole period only: once its statement is sent, a
    booking there is refused (on SQLite too, where the lock of every phase such a write takes is
    no lock at all; the race itself is tested on PostgreSQL in test_concurrency)."""
    ProjectPhaseFactory(
        number=3,
        title="Verstetigung",
        start_date=datetime.date(2014, 2, 1),
        end_date=datetime.date(2014, 12, 31),
    )
    services.statement_send(phase=None, by=funding_world.cast.manager)

    with pytest.raises(services.PeriodFrozen):
        services.expense_create(
            by=funding_world.cast.manager,
            line=funding_world.rooms,
            booked_on=datetime.date(2014, 1, 15),
            amount=D("5"),
            payee="A",
            purpose="B",
        )

    assert not Expense.objects.filter(booked_on=datetime.date(2014, 1, 15)).exists()
