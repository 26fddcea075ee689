"""The participation demo data on a small world of its own (the nine organisations and the five
modules, without the rest of the demo site): a process per module with proposals in several
languages, comments, supports and answers, and nothing new when it runs again."""

import pytest

from events.factories import QualificationModuleFactory
from members.factories import OrganisationFactory, member_create
from members.seed import ORGANISATIONS
from participation.models import (
    DatePoll,
    DatePollAnswer,
    Proposal,
    ProposalComment,
    ProposalProcess,
    ProposalSupport,
    WorkingGroup,
)
from participation.seed import seed_participation

pytestmark = pytest.mark.django_db


def _counts() -> list[int]:
    models = (ProposalProcess, Proposal, ProposalComment, ProposalSupport, DatePoll, DatePollAnswer)
    return [model.objects.count() for model in models]


def test_the_demo_data_is_complete_and_a_second_run_changes_nothing():
    for number in range(1, 6):
        QualificationModuleFactory(number=number)
    for index, (name, _kind, _text) in enumerate(ORGANISATIONS):
        member_create(OrganisationFactory(name=name), username=f"demo-{index}")
    messages = []

    seed_participation(log=messages.append)
    first = _counts()
    seed_participation(log=messages.append)

    assert _counts() == first
    assert first[0] == 5
    assert all(process.proposals.count() >= 2 for process in ProposalProcess.objects.all())
    assert set(Proposal.objects.values_list("language", flat=True)) >= {"de", "tr", "ar", "fr"}
    assert first[2] > 0 and first[3] > first[1]
    assert Proposal.objects.exclude(answered_at=None).exists()
    assert first[4] == 1 and first[5] == 12
    assert WorkingGroup.objects.count() == 2
    assert all(group.agreements.exists() for group in WorkingGroup.objects.all())
    # The second run created and logged nothing.
    assert len(messages) == first[0] + first[1] + first[4] + 2
