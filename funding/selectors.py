"""Reads of the funding app that the budget view, the statement of use and the services share:
what the plan sets aside and what was spent for a period, and which days are frozen because
their statement of use was sent."""

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q, Sum

from evaluation import metrics
from evaluation.models import Metric
from members.models import ProjectPhase
from members.periods import Period

from .models import BudgetLine, Expense, PlannedAmount, SentStatement, Share

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
# From this share of the plan on, a line is flagged before it runs over.
WARNING_SHARE = Decimal("0.90")


def cents(value) -> Decimal:
    return Decimal(value or 0).quantize(CENT, rounding=ROUND_HALF_UP)


# Frozen periods ----------------------------------------------------------------------------------


def frozen_statement(day: datetime.date) -> SentStatement | None:
    """The sent statement that covers `day` (its phase's, or the final one), if any: bookings
    on such a day are what the funder received and never change."""
    sent = SentStatement.objects.filter(
        Q(scope=SentStatement.Scope.FINAL) | Q(phase__start_date__lte=day, phase__end_date__gte=day)
    )
    return sent.select_related("phase").first()


# Plan and spending -------------------------------------------------------------------------------


def _project_days_in(year: int, project: Period | None) -> Period:
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if project is not None:
        start, end = max(start, project.start), min(end, project.end)
    return Period(start, end)


def _overlap_days(a: Period, b: Period) -> int:
    return max(0, (min(a.end, b.end) - max(a.start, b.start)).days + 1)


def planned(period: Period) -> dict[int, dict[str, Decimal]]:
    """The plan for `period` by line id: {"funder", "own"}. A year's amount counts in full for
    a period that covers the project's days of that year, and by days for part of it (the
    plan is kept per year; phases need not follow years)."""
    project = Period.of_project()
    result: dict[int, dict[str, Decimal]] = {}
    for amount in PlannedAmount.objects.filter(
        year__gte=period.start.year, year__lte=period.end.year
    ):
        year_days = _project_days_in(amount.year, project)
        total_days = _overlap_days(year_days, year_days)
        if not total_days:
            continue
        days = _overlap_days(year_days, period)
        shares = result.setdefault(amount.line_id, {"funder": ZERO, "own": ZERO})
        for key, value in (("funder", amount.funder_share), ("own", amount.own_share)):
            part = value if days == total_days else value * days / total_days
            shares[key] = cents(shares[key] + cents(part))
    return result


def spent(period: Period) -> dict[int, dict[str, Decimal]]:
    """What was booked in `period` by line id: {"funder", "own"}."""
    result: dict[int, dict[str, Decimal]] = {}
    rows = (
        Expense.objects.filter(period.days_q("booked_on"))
        .values("line_id", "share")
        .annotate(total=Sum("amount"))
    )
    for row in rows:
        shares = result.setdefault(row["line_id"], {"funder": ZERO, "own": ZERO})
        key = "own" if row["share"] == Share.OWN else "funder"
        shares[key] = cents(row["total"])
    return result


@dataclass
class BudgetRow:
    line: BudgetLine | None  # None: the total of all lines
    planned_funder: Decimal
    planned_own: Decimal
    spent_funder: Decimal
    spent_own: Decimal

    @property
    def planned(self) -> Decimal:
        return self.planned_funder + self.planned_own

    @property
    def spent(self) -> Decimal:
        return self.spent_funder + self.spent_own

    @property
    def difference(self) -> Decimal:
        """Planned minus spent: what is left (negative: over the plan)."""
        return self.planned - self.spent

    @property
    def percent(self) -> Decimal | None:
        if not self.planned:
            return None
        return (self.spent * 100 / self.planned).quantize(Decimal("0.1"), ROUND_HALF_UP)

    @property
    def status(self) -> str:
        """ "over" beyond the plan, "warning" from 90 % of it on, else "ok"."""
        if self.spent > self.planned:
            return "over"
        if self.planned and self.spent >= self.planned * WARNING_SHARE:
            return "warning"
        return "ok"


def budget_rows(period: Period) -> list[BudgetRow]:
    """One row per line of the plan and a last row with the totals (its `line` is None)."""
    plan, booked = planned(period), spent(period)
    rows = []
    for line in BudgetLine.objects.order_by("code"):
        p = plan.get(line.pk, {"funder": ZERO, "own": ZERO})
        s = booked.get(line.pk, {"funder": ZERO, "own": ZERO})
        rows.append(BudgetRow(line, p["funder"], p["own"], s["funder"], s["own"]))
    rows.append(
        BudgetRow(
            None,
            sum((row.planned_funder for row in rows), ZERO),
            sum((row.planned_own for row in rows), ZERO),
            sum((row.spent_funder for row in rows), ZERO),
            sum((row.spent_own for row in rows), ZERO),
        )
    )
    return rows


def plan_years() -> list[int]:
    return sorted(set(PlannedAmount.objects.values_list("year", flat=True)))


def year_period(year: int) -> Period:
    return _project_days_in(year, Period.of_project())


def phases() -> list[ProjectPhase]:
    return list(ProjectPhase.objects.order_by("number"))


# Cost per participant and per module session ------------------------------------------------------


@dataclass
class Costs:
    spent: Decimal
    participants: int
    module_sessions: int

    @property
    def per_participant(self) -> Decimal | None:
        return cents(self.spent / self.participants) if self.participants else None

    @property
    def per_module_session(self) -> Decimal | None:
        return cents(self.spent / self.module_sessions) if self.module_sessions else None


def costs(period: Period) -> Costs:
    """All money spent in `period` over the people at its events (attendance, as the
    evaluation counts them) and over the module sessions held."""
    total = Expense.objects.filter(period.days_q("booked_on")).aggregate(total=Sum("amount"))
    return Costs(
        spent=cents(total["total"]),
        participants=metrics.measure(Metric.PARTICIPANTS, period) or 0,
        module_sessions=metrics.measure(Metric.MODULE_SESSIONS, period) or 0,
    )


def expenses(*, line: BudgetLine | None = None, year: int | None = None):
    """The bookings, newest first (ties by the latest booked first, so pages never overlap),
    of `line` and `year` if given."""
    found = Expense.objects.select_related("line", "receipt", "event", "module", "created_by")
    if line is not None:
        found = found.filter(line=line)
    if year is not None:
        found = found.filter(booked_on__year=year)
    return found.order_by("-booked_on", "-pk")


@dataclass
class ExpenseSums:
    count: int
    funder: Decimal
    own: Decimal

    @property
    def total(self) -> Decimal:
        return self.funder + self.own


def expense_sums(found) -> ExpenseSums:
    """The number and the sums of all the bookings in `found` (a filtered `expenses()`), not
    only of the page shown."""
    totals = found.order_by().aggregate(
        count=Count("pk"),
        funder=Sum("amount", filter=~Q(share=Share.OWN)),
        own=Sum("amount", filter=Q(share=Share.OWN)),
    )
    return ExpenseSums(totals["count"], cents(totals["funder"]), cents(totals["own"]))


def expense_years() -> list[int]:
    """The years a booking can be filtered by: the plan's and any year something was booked."""
    booked = {day.year for day in Expense.objects.dates("booked_on", "year")}
    return sorted(booked | set(plan_years()))
