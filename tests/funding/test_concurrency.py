"""No booking slips into a period while its statement of use is being sent: the send and a
booking racing each other end either with the booking in the sent statement (it was booked
first) or with the booking refused (`PeriodFrozen`, the page's 409), never with a booking in a
sent period that the sent statement does not contain. Two connections against the real
PostgreSQL database (`services._lock_phases` takes row locks SQLite does not have); CI requires
it (REQUIRE_POSTGRES=1).

Besides the send and a booking released at once by a barrier, the two orders are forced: one
side holds its lock and waits until the other is seen waiting for it in PostgreSQL
(`pg_blocking_pids`), so each test fails if the lock were missing, not only by bad luck."""

import datetime
import threading
import time
from decimal import Decimal

import pytest
from django.db import connection, connections

from funding import services, statements
from funding.factories import BudgetLineFactory, PlannedAmountFactory
from funding.models import Expense, SentStatement
from members.factories import ProjectPhaseFactory, UserFactory
from tests.postgresql import postgresql_required

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

D = Decimal
AMOUNT = D("123.45")
SENDER, BOOKER = "sender", "booker"


@pytest.fixture(autouse=True)
def _postgresql():
    postgresql_required("Concurrency is tested on PostgreSQL")


@pytest.fixture
def plan():
    """Two phases with a gap between them (January 2013 belongs to no phase, but to the whole
    period), a line with a plan, and booked 100.00 in phase 1."""
    phase_1 = ProjectPhaseFactory(
        number=1,
        title="Aufbau",
        start_date=datetime.date(2012, 7, 1),
        end_date=datetime.date(2012, 12, 31),
    )
    phase_2 = ProjectPhaseFactory(
        number=2,
        title="Qualifizierung",
        start_date=datetime.date(2013, 2, 1),
        end_date=datetime.date(2013, 12, 31),
    )
    line = BudgetLineFactory(code="0832", title="Anmietung von Räumlichkeiten")
    PlannedAmountFactory(line=line, year=2012, funder_share=D("1200.00"))
    PlannedAmountFactory(line=line, year=2013, funder_share=D("2400.00"))
    manager = UserFactory(username="netzwerk")
    Expense.objects.create(
        line=line,
        booked_on=datetime.date(2012, 9, 1),
        amount=D("100.00"),
        payee="Bürgerzentrum",
        purpose="Raummiete",
        created_by=manager,
    )
    return {"phase_1": phase_1, "phase_2": phase_2, "line": line, "manager": manager}


def _book(plan, day: datetime.date) -> str:
    try:
        services.expense_create(
            by=plan["manager"],
            line=plan["line"],
            booked_on=day,
            amount=AMOUNT,
            payee="Gleichzeitig GmbH",
            purpose="Gebucht, während der Nachweis versandt wird",
        )
    except services.PeriodFrozen:
        return "refused"
    return "booked"


def _backend_pid() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def _wait_until_blocked(pids: dict, name: str, timeout: float = 10.0) -> bool:
    """Whether the connection of thread `name` is seen waiting for this thread's locks."""
    mine = _backend_pid()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if name in pids:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_blocking_pids(%s)", [pids[name]])
                if mine in cursor.fetchone()[0]:
                    return True
        time.sleep(0.05)
    return False


def _race(send, book, *, barrier: bool = True, pids: dict | None = None) -> dict:
    """Run `send` and `book` in two threads, each on its own connection; their results (or
    exceptions) by name. `pids` gets each thread's PostgreSQL backend by name."""
    start = threading.Barrier(2)
    results: dict = {}
    pids = {} if pids is None else pids

    def run(name, work):
        try:
            pids[name] = _backend_pid()
            if barrier:
                start.wait(timeout=30)
            results[name] = work()
        except Exception as error:  # noqa: BLE001 (reported by the test)
            results[name] = error
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=run, args=(SENDER, send), name=SENDER),
        threading.Thread(target=run, args=(BOOKER, book), name=BOOKER),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def _assert_never_slipped_in(sent: SentStatement, booking: str, period_days):
    """The sent statement's spending is what is booked in its period now: a booking that
    landed is in it, a refused one is not in the database."""
    booked = sum(
        Expense.objects.filter(booked_on__gte=period_days[0], booked_on__lte=period_days[1])
        .values_list("amount", flat=True)
        .iterator(),
        D("0.00"),
    )
    assert D(sent.figures["total"]["spent"]) == booked
    count = Expense.objects.filter(amount=AMOUNT).count()
    assert count == (1 if booking == "booked" else 0)


def test_a_booking_and_the_send_released_at_once_never_leave_a_booking_outside_the_statement(
    plan,
):
    phase = plan["phase_1"]
    results = _race(
        lambda: services.statement_send(phase=phase, by=plan["manager"]),
        lambda: _book(plan, datetime.date(2012, 11, 15)),
    )

    assert isinstance(results[SENDER], SentStatement), results
    assert results[BOOKER] in {"booked", "refused"}, results
    sent = SentStatement.objects.get(phase=phase)
    _assert_never_slipped_in(sent, results[BOOKER], (phase.start_date, phase.end_date))
    expected = D("100.00") + (AMOUNT if results[BOOKER] == "booked" else 0)
    assert D(sent.figures["total"]["spent"]) == expected


def test_a_booking_holding_the_lock_first_is_in_the_sent_statement(plan, monkeypatch):
    """The booking has passed its check when the send starts: the send waits for it and its
    statement contains it."""
    phase = plan["phase_1"]
    checked = threading.Event()
    original = services._refuse_if_frozen

    def refuse_if_frozen_then_hold(*days):
        original(*days)
        if threading.current_thread().name == BOOKER:
            checked.set()
            assert _wait_until_blocked(pids_seen, SENDER), "the send did not wait for the booking"

    pids_seen: dict = {}
    monkeypatch.setattr(services, "_refuse_if_frozen", refuse_if_frozen_then_hold)

    def send():
        assert checked.wait(timeout=30)
        return services.statement_send(phase=phase, by=plan["manager"])

    results = _race(
        send, lambda: _book(plan, datetime.date(2012, 11, 15)), barrier=False, pids=pids_seen
    )

    assert results[BOOKER] == "booked", results
    assert isinstance(results[SENDER], SentStatement), results
    sent = SentStatement.objects.get(phase=phase)
    assert sent.figures["total"]["spent"] == "223.45"
    _assert_never_slipped_in(sent, "booked", (phase.start_date, phase.end_date))


def _send_holding_the_lock(plan, phase, monkeypatch, day):
    """The send has taken its figures when the booking starts: the booking waits for the send
    and is then refused."""
    taken = threading.Event()
    original = statements.statement_data
    pids_seen: dict = {}

    def statement_data_then_hold(*args, **kwargs):
        data = original(*args, **kwargs)
        if threading.current_thread().name == SENDER:
            taken.set()
            assert _wait_until_blocked(pids_seen, BOOKER), "the booking did not wait for the send"
        return data

    monkeypatch.setattr(statements, "statement_data", statement_data_then_hold)

    def book():
        assert taken.wait(timeout=60)
        return _book(plan, day)

    return _race(
        lambda: services.statement_send(phase=phase, by=plan["manager"]),
        book,
        barrier=False,
        pids=pids_seen,
    )


def test_a_booking_while_the_statement_is_being_sent_waits_and_is_refused(plan, monkeypatch):
    phase = plan["phase_1"]

    results = _send_holding_the_lock(plan, phase, monkeypatch, datetime.date(2012, 11, 15))

    assert results[BOOKER] == "refused", results
    sent = SentStatement.objects.get(phase=phase)
    assert sent.figures["total"]["spent"] == "100.00"
    _assert_never_slipped_in(sent, "refused", (phase.start_date, phase.end_date))


def test_a_booking_on_a_day_between_phases_cannot_slip_into_the_final_statement(plan, monkeypatch):
    """January 2013 belongs to no phase, only to the whole period: its booking waits for the
    final statement too."""
    results = _send_holding_the_lock(plan, None, monkeypatch, datetime.date(2013, 1, 15))

    assert results[BOOKER] == "refused", results
    sent = SentStatement.objects.get(phase=None)
    assert sent.figures["total"]["spent"] == "100.00"
    _assert_never_slipped_in(
        sent, "refused", (plan["phase_1"].start_date, plan["phase_2"].end_date)
    )


def test_a_booking_in_another_phase_does_not_wait_for_the_send(plan, monkeypatch):
    """Only the period being sent is locked: phase 2 is booked while phase 1 is sent."""
    results = _send_holding_the_lock_briefly(plan, monkeypatch)

    assert results[BOOKER] == "booked", results
    assert isinstance(results[SENDER], SentStatement), results
    assert SentStatement.objects.get(phase=plan["phase_1"]).figures["total"]["spent"] == "100.00"


def _send_holding_the_lock_briefly(plan, monkeypatch):
    taken, booked = threading.Event(), threading.Event()
    original = statements.statement_data

    def statement_data_then_hold(*args, **kwargs):
        data = original(*args, **kwargs)
        if threading.current_thread().name == SENDER:
            taken.set()
            # The booking in the other phase is done while this send still holds its lock.
            assert booked.wait(timeout=30), "the booking in phase 2 waited for phase 1's send"
        return data

    monkeypatch.setattr(statements, "statement_data", statement_data_then_hold)

    def send():
        return services.statement_send(phase=plan["phase_1"], by=plan["manager"])

    def book():
        assert taken.wait(timeout=60)
        try:
            return _book(plan, datetime.date(2013, 3, 1))
        finally:
            booked.set()

    return _race(send, book, barrier=False)
