"""The budget's sums to the cent: planned and spent per line, year and phase, the own share, the
warning at 90 % and over the plan, the plan of part of a year by days, the costs per participant
and per module session, and the assistant's hours against their monthly cap."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from funding import selectors, services
from funding.models import AssistantHours
from members.periods import Period

pytestmark = pytest.mark.django_db
D = Decimal


def _row(rows, line):
    return next(row for row in rows if row.line == line)


def test_the_budget_of_2013_sums_each_line_to_the_cent(funding_world):
    rows = selectors.budget_rows(selectors.year_period(2013))

    rooms = _row(rows, funding_world.rooms)
    post = _row(rows, funding_world.manager_post)
    total = rows[-1]
    assert (rooms.planned, rooms.spent, rooms.difference) == (
        D("2400.00"),
        D("2160.05"),
        D("239.95"),
    )
    assert (post.planned_funder, post.planned_own) == (D("45000.00"), D("5000.00"))
    assert (post.spent_funder, post.spent_own) == (D("46000.00"), D("4500.33"))
    assert post.difference == D("-500.33")
    assert total.line is None
    assert (total.planned, total.spent) == (D("56900.00"), D("52660.38"))


def test_a_line_is_flagged_from_90_percent_and_over_the_plan(funding_world):
    rows = selectors.budget_rows(selectors.year_period(2013))

    assert _row(rows, funding_world.rooms).status == "warning"
    assert _row(rows, funding_world.rooms).percent == D("90.0")
    assert _row(rows, funding_world.manager_post).status == "over"
    assert _row(rows, funding_world.assistant).status == "ok"


def test_a_phase_that_covers_a_year_plans_the_whole_year(funding_world):
    rows = selectors.budget_rows(Period.of_phase(funding_world.phase_1))

    rooms = _row(rows, funding_world.rooms)
    assert (rooms.planned, rooms.spent) == (D("1200.00"), D("333.33"))


def test_part_of_a_year_plans_its_days(funding_world):
    first_quarter = Period(datetime.date(2013, 1, 1), datetime.date(2013, 3, 31))

    rows = selectors.budget_rows(first_quarter)

    # 2400.00 × 90 / 365 days
    assert _row(rows, funding_world.rooms).planned == D("591.78")
    assert _row(rows, funding_world.rooms).spent == D("1000.10")


def test_costs_per_participant_and_per_module_session_come_from_attendance(funding_world):
    costs = selectors.costs(Period.of_phase(funding_world.phase_2))

    assert (costs.participants, costs.module_sessions) == (5, 1)
    assert costs.spent == D("52660.38")
    assert costs.per_participant == D("10532.08")
    assert costs.per_module_session == D("52660.38")


def test_the_assistants_hours_book_hours_times_the_rate(funding_world):
    record = services.assistant_hours_book(
        line=funding_world.assistant,
        month=datetime.date(2013, 5, 17),
        hours=D("22.5"),
        payee="Elena Petrova",
        by=funding_world.cast.manager,
    )

    assert record.month == datetime.date(2013, 5, 1)
    assert record.expense.amount == D("337.50")
    assert record.expense.booked_on == datetime.date(2013, 5, 31)


def test_a_month_booked_again_replaces_its_hours(funding_world):
    for hours in (D("10"), D("20")):
        services.assistant_hours_book(
            line=funding_world.assistant,
            month=datetime.date(2013, 6, 1),
            hours=hours,
            payee="Elena Petrova",
            by=None,
        )

    record = AssistantHours.objects.get(month=datetime.date(2013, 6, 1))
    assert record.expense.amount == D("300.00")
    assert AssistantHours.objects.filter(month=datetime.date(2013, 6, 1)).count() == 1


def test_hours_above_the_monthly_cap_are_refused(funding_world):
    with pytest.raises(services.HoursOverCap, match="25"):
        services.assistant_hours_book(
            line=funding_world.assistant,
            month=datetime.date(2013, 7, 1),
            hours=D("25.25"),
            payee="Elena Petrova",
            by=None,
        )

    assert not AssistantHours.objects.filter(month=datetime.date(2013, 7, 1)).exists()


def test_a_booking_from_the_hours_is_changed_through_the_hours_only(funding_world):
    record = services.assistant_hours_book(
        line=funding_world.assistant,
        month=datetime.date(2013, 9, 1),
        hours=D("20"),
        payee="Elena Petrova",
        by=None,
    )

    with pytest.raises(services.FundingError, match="Stunden"), translation.override("de"):
        services.expense_update(expense=record.expense, by=None, amount=D("1"))

    record.expense.refresh_from_db()
    assert record.expense.amount == D("300.00")
