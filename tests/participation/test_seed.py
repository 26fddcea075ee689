"""The participation demo data on a small world of its own (the nine organisations and the five
modules, without the rest of the demo site): a process per module with proposals in several
languages, comments, supports and answers, and nothing new when it runs again."""

import pytest
from django.utils import translation

from evaluation import metrics
from evaluation.models import Metric
from events.demo_content import MODULES
from events.factories import QualificationModuleFactory
from members.factories import OrganisationFactory, member_create
from members.models import ProjectPhase
from members.periods import Period
from members.seed import ORGANISATIONS, _phases
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


def test_the_demo_participation_is_dated_in_the_phases_and_titled_in_every_language():
    _phases(lambda message: None)
    for spec in MODULES:
        QualificationModuleFactory(
            number=spec["number"], phase=ProjectPhase.objects.get(number=spec["phase"])
        )
    for index, (name, _kind, _text) in enumerate(ORGANISATIONS):
        member_create(OrganisationFactory(name=name), username=f"demo-{index}")

    seed_participation(log=lambda message: None)
    seed_participation(log=lambda message: None)

    def figure(metric, number):
        return metrics.measure(metric, Period.of_phase(ProjectPhase.objects.get(number=number)))

    # Modules 1 and 2 are of phase 2: one proposal planned, one accepted; both groups first
    # met in phase 3 and took three agreements there.
    assert figure(Metric.PROPOSALS_AGREED, 2) == 2
    assert figure(Metric.WORKING_GROUPS, 3) == 2
    assert figure(Metric.AGREEMENTS, 3) == 3
    assert ProposalProcess.objects.get(module__number=5).opens_on.year == 2015
    for model in (ProposalProcess, DatePoll, WorkingGroup):
        for item in model.objects.all():
            assert item.translations.count() == 5, item
    with translation.override("ar"):
        assert WorkingGroup.objects.get(slug="ag-sport").local_name == "مجموعة عمل الرياضة"
        assert ProposalProcess.objects.get(module__number=3).local_title.startswith("الوحدة 3")
