"""The demo's funding part: the concept's nine lines with a plan for 2012 to 2015, bookings within
the plan over the whole period, the assistant's hours within the cap, a few private receipts;
run twice, it books nothing twice."""

import datetime

import pytest

from funding import selectors, services
from funding.models import AssistantHours, BudgetLine, Expense, PlannedAmount
from funding.seed import seed_funding
from members.factories import ProjectPhaseFactory
from members.periods import Period

pytestmark = pytest.mark.django_db


def test_the_demo_plan_and_bookings_stay_within_the_plan_and_seed_once():
    # The concept's project period: the second half of 2012 to the first half of 2015.
    ProjectPhaseFactory(
        number=1, start_date=datetime.date(2012, 7, 1), end_date=datetime.date(2012, 12, 31)
    )
    ProjectPhaseFactory(
        number=4, start_date=datetime.date(2015, 1, 1), end_date=datetime.date(2015, 6, 30)
    )
    seed_funding(log=lambda message: None)
    counts = (
        Expense.objects.count(),
        AssistantHours.objects.count(),
        PlannedAmount.objects.count(),
    )

    seed_funding(log=lambda message: None)

    assert list(BudgetLine.objects.values_list("code", flat=True)) == [
        "0812",
        "0817",
        "0822",
        "0832",
        "0835",
        "0838",
        "0840",
        "0841",
        "0846",
    ]
    assert (
        Expense.objects.count(),
        AssistantHours.objects.count(),
        PlannedAmount.objects.count(),
    ) == counts
    assert AssistantHours.objects.count() == 36
    assert max(AssistantHours.objects.values_list("hours", flat=True)) <= 25
    whole = selectors.budget_rows(Period(datetime.date(2012, 7, 1), datetime.date(2015, 6, 30)))
    assert all(row.status != "over" for row in whole), [(row.line, row.percent) for row in whole]
    assert {booking.booked_on.year for booking in Expense.objects.all()} == {2012, 2013, 2014, 2015}
    receipts = Expense.objects.filter(receipt__isnull=False)
    assert receipts.count() == 3
    assert {expense.receipt.collection for expense in receipts} == {
        services.receipts_collection_ensure()
    }
