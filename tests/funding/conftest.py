"""The funding tests' worlds (shared, `tests.worlds`): two phases (the second half of 2012 and
2013), three lines of the plan with known amounts, bookings with known sums, a module session
and a network meeting with attendance, and the whole cast of roles; on top of it, phase 2's
statement of use as sent, and a receipt. Each is built once for all the modules that ask for it
and rolled back afterwards; each test runs in a savepoint on top."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import translation

from events.factories import QualificationModuleFactory
from events.models import EventKind
from funding import services
from funding.factories import BudgetLineFactory, ExpenseFactory, PlannedAmountFactory
from funding.models import Expense, Share
from home.roles import REVIEWERS
from members.factories import ProjectPhaseFactory, UserFactory
from tests.evaluation.test_indicators import (
    attended,
    berlin,
    build_cast,
    build_site,
    publish_event,
)
from tests.worlds import shared, world

D = Decimal


@dataclass
class FundingWorld:
    cast: object
    phase_1: object
    phase_2: object
    rooms: object  # 0832
    manager_post: object  # 0817
    assistant: object  # 0822
    module_session: object
    room_booking: object  # a 2013 booking on 0832


def build_funding_world() -> FundingWorld:
    site = build_site()
    cast = build_cast()
    phase_1 = ProjectPhaseFactory(
        number=1,
        title="Aufbau",
        start_date=datetime.date(2012, 7, 1),
        end_date=datetime.date(2012, 12, 31),
    )
    phase_2 = ProjectPhaseFactory(
        number=2,
        title="Qualifizierung",
        start_date=datetime.date(2013, 1, 1),
        end_date=datetime.date(2013, 12, 31),
    )
    rooms = BudgetLineFactory(code="0832", title="Anmietung von Räumlichkeiten")
    manager_post = BudgetLineFactory(code="0817", title="NetzwerkmanagerIn MSO")
    assistant = BudgetLineFactory(
        code="0822",
        title="Projektassistenz (Honorarkraft)",
        hourly_rate=D("15.00"),
        monthly_hours_cap=D("25"),
    )
    PlannedAmountFactory(line=rooms, year=2012, funder_share=D("1200.00"))
    PlannedAmountFactory(line=rooms, year=2013, funder_share=D("2400.00"))
    PlannedAmountFactory(
        line=manager_post, year=2012, funder_share=D("22500.00"), own_share=D("2500.00")
    )
    PlannedAmountFactory(
        line=manager_post, year=2013, funder_share=D("45000.00"), own_share=D("5000.00")
    )
    PlannedAmountFactory(line=assistant, year=2013, funder_share=D("4500.00"))
    # 2012: 333.33 on rooms. 2013: rooms 2160.05 (90.0 %: warning); the manager post 46000.00
    # + 4500.33 own share = 50500.33 of 50000.00 (over the plan).
    ExpenseFactory(line=rooms, booked_on=datetime.date(2012, 9, 12), amount=D("333.33"))
    room_booking = ExpenseFactory(
        line=rooms, booked_on=datetime.date(2013, 3, 20), amount=D("1000.10")
    )
    ExpenseFactory(line=rooms, booked_on=datetime.date(2013, 10, 2), amount=D("1159.95"))
    ExpenseFactory(line=manager_post, booked_on=datetime.date(2013, 6, 30), amount=D("46000.00"))
    ExpenseFactory(
        line=manager_post,
        booked_on=datetime.date(2013, 12, 31),
        amount=D("4500.33"),
        share=Share.OWN,
    )
    module = QualificationModuleFactory(number=1, title="Kommunale Strukturen", phase=phase_2)
    module_session = publish_event(
        site.calendar,
        title="Modul I: Kommunale Strukturen",
        kind=EventKind.MODULE_SESSION,
        module=module,
        start=berlin(2013, 3, 20),
    )
    meeting = publish_event(
        site.calendar,
        title="Netzwerktreffen März",
        kind=EventKind.NETWORK_MEETING,
        start=berlin(2013, 3, 6),
    )
    attended(module_session, cast.organisation_a, 3)
    attended(meeting, cast.organisation_b, 2)
    return FundingWorld(
        cast=cast,
        phase_1=phase_1,
        phase_2=phase_2,
        rooms=rooms,
        manager_post=manager_post,
        assistant=assistant,
        module_session=module_session,
        room_booking=room_booking,
    )


@world("funding_world")
def funding_world_build() -> FundingWorld:
    return build_funding_world()


@pytest.fixture
def funding_world(request, db) -> FundingWorld:
    return shared(request, "funding_world")


@world("funding_sent", needs=("funding_world",))
def funding_sent_build(funding_world: FundingWorld):
    """Phase 2 (2013) sent by the network manager (its PDF rendered once)."""
    with translation.override("de"):
        return services.statement_send(phase=funding_world.phase_2, by=funding_world.cast.manager)


@pytest.fixture
def funding_sent(request, db, funding_world):
    return shared(request, "funding_sent")


@pytest.fixture
def sent(funding_sent):
    return funding_sent


RECEIPT_TITLE = "Beleg Geheimreferentin 4711"
RECEIPT_TEXT = b"Quittung Nummer 4711"


@world("funding_receipt", needs=("funding_world",))
def funding_receipt_build(funding_world: FundingWorld):
    """A receipt on the 2013 room booking, and a reviewer (staff outside the network
    management)."""
    reviewer = UserFactory(username="reviewer")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))
    upload = ContentFile(b"%PDF-1.4\n" + RECEIPT_TEXT, name="quittung-4711.pdf")
    document = services.receipt_store(upload=upload, title=RECEIPT_TITLE)
    Expense.objects.filter(pk=funding_world.room_booking.pk).update(receipt=document)
    return document


@pytest.fixture
def funding_receipt(request, db, funding_world):
    return shared(request, "funding_receipt")


@pytest.fixture
def receipt(funding_receipt):
    return funding_receipt
