"""Proposals the network agreed on, working groups and their agreements count as evidence for
the action goals of consensus, joint initiatives and cooperation: beside the goal on the
indicator dashboard, with the list behind each figure."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from evaluation import metrics
from evaluation.factories import GoalFactory
from evaluation.models import Metric
from members.factories import ProjectPhaseFactory
from members.periods import Period
from participation import services
from participation.factories import ProposalFactory
from participation.models import WorkingGroup, WorkingGroupMinutes
from participation.services import AgreementDraft

pytestmark = pytest.mark.django_db


@pytest.fixture
def phase():
    today = timezone.localdate()
    return ProjectPhaseFactory(
        number=1,
        start_date=today - datetime.timedelta(days=100),
        end_date=today + datetime.timedelta(days=100),
    )


@pytest.fixture
def joint_work(cast, proposals):
    services.proposal_answer(
        proposal=proposals.proposal, by=cast.manager, status="accepted", reason="Ja"
    )
    declined = ProposalFactory(process=proposals.process, title="Abgelehnter Vorschlag")
    services.proposal_answer(proposal=declined, by=cast.manager, status="declined", reason="Nein")
    group = WorkingGroup.objects.create(name="AG Sport", slug="ag-sport")
    group.organisations.set([cast.organisation_a, cast.organisation_b])
    group.save()
    services.minutes_record(
        group=group,
        by=cast.manager,
        meeting_date=timezone.localdate(),
        text="Turnier",
        agreements=[
            AgreementDraft("Platz anfragen", cast.organisation_b, timezone.localdate()),
        ],
    )
    lonely = WorkingGroup.objects.create(name="AG Allein", slug="ag-allein")
    lonely.organisations.set([cast.organisation_a])
    lonely.save()
    WorkingGroupMinutes.objects.create(group=lonely, meeting_date=timezone.localdate(), text="x")
    return group


def test_agreed_proposals_groups_of_several_organisations_and_agreements_are_counted(
    phase, joint_work
):
    period = Period.of_phase(phase)

    assert metrics.measure(Metric.PROPOSALS_AGREED, period) == 1
    assert metrics.measure(Metric.WORKING_GROUPS, period) == 1
    assert metrics.measure(Metric.AGREEMENTS, period) == 1
    earlier = Period(phase.start_date, timezone.localdate() - datetime.timedelta(days=1))
    assert metrics.measure(Metric.PROPOSALS_AGREED, earlier) == 0


def test_the_evidence_links_to_the_proposal_and_the_group_for_the_manager_only(
    phase, joint_work, proposals
):
    period = Period.of_phase(phase)

    proposal_list = metrics.evidence(Metric.PROPOSALS_AGREED, period)
    groups = metrics.evidence(Metric.WORKING_GROUPS, period)
    for_evaluator = metrics.evidence(Metric.PROPOSALS_AGREED, period, with_manager_links=False)

    [row] = proposal_list.rows
    assert row[0]["url"] == reverse("participation:proposal", args=[proposals.proposal.pk])
    assert groups.rows[0][0]["url"] == reverse("participation:group", args=["ag-sport"])
    assert for_evaluator.rows[0][0] == "Besuch im Integrationsrat"  # text, not a link


def test_the_dashboard_shows_the_further_evidence_beside_the_goal(client, cast, phase, joint_work):
    GoalFactory(
        number=4,
        phase=phase,
        statement="Konsens über gemeinsame Ziele",
        target_description="Konsens festgestellt",
        assessment="met",
        further_evidence=[Metric.PROPOSALS_AGREED.value, Metric.WORKING_GROUPS.value],
    )
    client.force_login(cast.manager)

    page = client.get(reverse("evaluation:dashboard")).content.decode()

    url = metrics.evidence_url(Metric.PROPOSALS_AGREED, metrics.goal_period(phase))
    assert f'href="{url.replace("&", "&amp;")}"' in page
    assert "Vorschläge angenommen oder geplant: 1" in page


def test_the_manager_ticks_a_goals_further_evidence_in_the_admin(client, cast, phase):
    goal = GoalFactory(number=6, phase=phase, statement="Gemeinsame Vorhaben")
    client.force_login(cast.manager)
    url = reverse("wagtailsnippets_evaluation_goal:edit", args=[goal.pk])

    form = client.get(url)
    saved = client.post(
        url,
        {
            "kind": "action",
            "number": "6",
            "statement": "Gemeinsame Vorhaben",
            "phase": str(phase.pk),
            "further_evidence": [Metric.WORKING_GROUPS.value, Metric.AGREEMENTS.value],
        },
    )

    assert form.status_code == 200 and 'value="proposals_agreed"' in form.content.decode()
    assert saved.status_code == 302
    goal.refresh_from_db()
    assert goal.further_evidence == ["working_groups", "agreements"]


@pytest.mark.parametrize("model", ["proposalprocess", "datepoll", "workinggroup"])
def test_the_manager_sets_up_processes_polls_and_groups_in_the_admin_and_editors_cannot(
    client, cast, model
):
    url = f"/admin/snippets/participation/{model}/add/"
    client.force_login(cast.manager)
    assert client.get(url).status_code == 200

    client.force_login(cast.editor)
    assert client.get(url).status_code in (302, 403)
