"""Goals and sent reports moved from `surveys` to `evaluation` in Django's state only: the tables
stay, so every goal (with its metric or its manual assessment) and every sent report (with its
frozen PDF) is found again through the new models, and the content types are renamed with their
ids, so the permissions on them stay where they were."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from evaluation.models import Goal, GoalStatus, Metric, SentReport

# Migrating commits; tests/worlds.py puts the database back afterwards.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The state before the move: goals and sent reports still in `surveys`, no `evaluation` at all.
BEFORE = [("surveys", "0003_reports_goals_targets"), ("evaluation", None)]
PDF = b"%PDF-1.7\n% the report as the funder received it\n%%EOF\n"


def migrate(targets):
    """Migrate to `targets` and return the state there, as a fresh `migrate` would."""
    state = MigrationExecutor(connection).migrate(targets)
    ContentType.objects.clear_cache()
    return state.apps


@pytest.fixture
def latest():
    """The migrations' latest state, also restored when a test fails half way."""
    targets = MigrationExecutor(connection).loader.graph.leaf_nodes()
    yield targets
    migrate(targets)


def test_goals_and_sent_reports_keep_every_row_and_their_content_types(latest):
    goal_type = ContentType.objects.get(app_label="evaluation", model="goal")
    report_type = ContentType.objects.get(app_label="evaluation", model="sentreport")

    old = migrate(BEFORE)
    assert ContentType.objects.get(pk=goal_type.pk).app_label == "surveys"
    OldGoal = old.get_model("surveys", "Goal")
    OldSentReport = old.get_model("surveys", "SentReport")
    OldPhase = old.get_model("members", "ProjectPhase")
    phase = OldPhase.objects.create(
        number=1,
        title="Aufbau",
        start_date=datetime.date(2025, 1, 1),
        end_date=datetime.date(2025, 12, 31),
    )
    OldGoal.objects.create(kind="impact", number=1, statement="Teilhabe stärken")
    OldGoal.objects.create(
        kind="action",
        number=1,
        statement="Das Netzwerk trifft sich regelmäßig.",
        phase=phase,
        target_description="mindestens drei Netzwerktreffen",
        metric="network_meetings",
        target=Decimal("3"),
    )
    OldGoal.objects.create(
        kind="action",
        number=2,
        statement="Gemeinsame Ziele sind vereinbart.",
        phase=phase,
        target_description="Konsens über gemeinsame Ziele",
        assessment="met",
        assessment_note="Wirksamkeitsdialog, November 2025",
    )
    sent_at = timezone.now()
    OldSentReport.objects.create(
        scope="phase", phase=phase, sent_at=sent_at, figures={"goals": [1, 2]}, pdf=PDF
    )

    migrate(latest)

    assert ContentType.objects.get(pk=goal_type.pk).app_label == "evaluation"
    assert ContentType.objects.get_for_model(Goal) == goal_type
    assert ContentType.objects.get_for_model(SentReport) == report_type
    assert Permission.objects.filter(content_type=goal_type, codename="change_goal").exists()
    assert not ContentType.objects.filter(app_label="surveys", model__in=["goal", "sentreport"])
    impact = Goal.objects.get(kind=Goal.Kind.IMPACT, number=1)
    assert impact.statement == "Teilhabe stärken" and impact.phase is None
    measured = Goal.objects.get(kind=Goal.Kind.ACTION, number=1)
    assert measured.phase.number == 1
    assert (measured.metric, measured.target) == (Metric.NETWORK_MEETINGS, Decimal("3"))
    assert measured.target_description == "mindestens drei Netzwerktreffen"
    assessed = Goal.objects.get(kind=Goal.Kind.ACTION, number=2)
    assert (assessed.metric, assessed.assessment) == ("", GoalStatus.MET)
    assert assessed.assessment_note == "Wirksamkeitsdialog, November 2025"
    assert Goal.objects.count() == 3
    report = SentReport.objects.get()
    assert (report.scope, report.phase.number) == (SentReport.Scope.PHASE, 1)
    assert report.sent_at == sent_at and report.figures == {"goals": [1, 2]}
    assert bytes(report.pdf) == PDF
