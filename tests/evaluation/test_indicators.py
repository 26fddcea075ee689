"""The indicators from the outside: every metric per project phase and per goal period, counted
from live, ended, default-language events, marked attendance, walk-ins and guests, joint
initiatives and cooperations that really happen, and module questionnaires; the status of a goal
on a given day; the dashboard, the evidence behind each figure and the organisations × modules
matrix as the network manager sees them; the goal's own validation and the seeded demo goals.

The data is built once for the module (inside a transaction that is rolled back at its end),
each test runs in its own savepoint on top of it."""

import datetime
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page, Site

from evaluation import metrics, phase_reports
from evaluation.factories import GoalFactory
from evaluation.metrics import Period
from evaluation.models import Goal, GoalStatus, Metric
from evaluation.seed import seed_goals
from events import selectors as event_selectors
from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    QualificationModuleFactory,
    RegistrationFactory,
    in_days,
)
from events.models import EventAttendance, EventKind
from home.factories import HomePageFactory
from home.roles import EDITORS, EVALUATORS, NETWORK_MANAGERS, roles_ensure
from members.factories import OrganisationFactory, ProjectPhaseFactory, UserFactory, member_create
from members.models import (
    Cooperation,
    ExtranetPage,
    JointInitiative,
    LocalInstitution,
    MinutesIndexPage,
    MinutesPage,
    ProjectPhase,
    Status,
)
from members.seed import PHASES
from surveys import services
from surveys.factories import (
    QuestionnairePageFactory,
    SurveyIndexPageFactory,
    steps_data,
)
from tests.conftest import _wagtail_root
from tests.html import soup

pytestmark = pytest.mark.django_db

RATING = "Wie zufrieden sind Sie mit dem Modul?"
RECOMMEND = "Würden Sie das Modul weiterempfehlen?"
REMARKS = "Was möchten Sie uns sagen?"


@pytest.fixture(autouse=True)
def every_mean_shown(settings):
    """The figures here are about what is counted; hiding the mean of too few anonymous
    responses is tested in test_report_figures.py."""
    settings.SURVEY_MIN_GROUP_SIZE = 1


def de(message) -> str:
    """A message (or lazy label) as the German UI shows it."""
    with translation.override("de"):
        return gettext(message) if isinstance(message, str) else str(message)


def berlin(year, month, day, hour=18) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, tzinfo=timezone.get_current_timezone())


# The world: a site, people, phases, events, attendance, initiatives, cooperations, responses ------


@dataclass
class Cast:
    organisation_a: object
    organisation_b: object
    organisation_c: object
    organisation_d: object
    member_a: object
    contact_a: object
    contact_b: object
    editor: object
    evaluator: object
    manager: object
    superuser: object

    def by_role(self, role: str):
        return None if role == "anonymous" else getattr(self, role)


@dataclass
class Tree:
    home: Page
    calendar: Page
    survey_index: Page
    extranet: Page
    minutes_index: Page


def build_site() -> Tree:
    """The German page tree the reports need: home, calendar, questionnaires and the extranet
    with its minutes (no translations: the reports count the default language only)."""
    root = _wagtail_root()
    home = HomePageFactory(parent=root, title="Startseite", slug="start")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    placeholder_id = site.root_page_id
    site.root_page = home
    site.save()
    Page.objects.filter(pk=placeholder_id).delete()
    calendar = EventIndexPageFactory(parent=home, title="Veranstaltungen", slug="termine")
    survey_index = SurveyIndexPageFactory(parent=home, title="Befragungen", slug="befragungen")
    extranet = home.add_child(instance=ExtranetPage(title="Extranet", slug="extranet"))
    minutes_index = extranet.add_child(
        instance=MinutesIndexPage(title="Protokolle", slug="protokolle")
    )
    for page in (calendar, survey_index, extranet, minutes_index):
        page.save_revision().publish()
    return Tree(home, calendar, survey_index, extranet, minutes_index)


def build_cast() -> Cast:
    """Organisations A to D; a member and a contact person of A, a contact person of B; an
    editor, an evaluator (staff, group "Evaluation"), the network manager (group
    "Netzwerkmanagement") and a superuser."""
    roles_ensure()
    organisation_a = OrganisationFactory(name="Verein A e.V.", slug="verein-a")
    organisation_b = OrganisationFactory(name="Verein B e.V.", slug="verein-b")
    organisation_c = OrganisationFactory(name="Verein C e.V.", slug="verein-c")
    organisation_d = OrganisationFactory(name="Verein D e.V.", slug="verein-d")
    editor = UserFactory(username="editor")
    editor.groups.add(Group.objects.get(name=EDITORS))
    evaluator = UserFactory(username="evaluator", is_staff=True)
    evaluator.groups.add(Group.objects.get(name=EVALUATORS))
    manager = UserFactory(username="manager")
    manager.groups.add(Group.objects.get(name=NETWORK_MANAGERS))
    superuser = UserFactory(username="superuser", is_staff=True, is_superuser=True)
    return Cast(
        organisation_a=organisation_a,
        organisation_b=organisation_b,
        organisation_c=organisation_c,
        organisation_d=organisation_d,
        member_a=member_create(organisation_a, username="member-a"),
        contact_a=member_create(organisation_a, role="contact", username="contact-a"),
        contact_b=member_create(organisation_b, role="contact", username="contact-b"),
        editor=editor,
        evaluator=evaluator,
        manager=manager,
        superuser=superuser,
    )


def publish_event(calendar, **fields):
    event = EventPageFactory.build(**fields)
    calendar.add_child(instance=event)
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def attended(event, organisation, people: int = 1, *, marked: bool | None = True) -> None:
    """`people` registrations of `organisation`, marked as attended (or as `marked`)."""
    for _person in range(people):
        RegistrationFactory(event=event, organisation=organisation, attended=marked)


def publish_questionnaire(survey_index, **fields):
    page = QuestionnairePageFactory.build(**fields)
    survey_index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def rating_steps() -> list[dict]:
    return steps_data(
        [
            (
                "Ihre Bewertung",
                [
                    ("rating", RATING, {}),
                    ("recommendation", RECOMMEND, {}),
                    ("long_text", REMARKS, {}),
                ],
            )
        ]
    )


def respond(page, when: datetime.datetime, *, rating: int, recommend: int, text: str = ""):
    questions = {question.text: question for question in page.step_specs()[0].questions}
    answers = [
        services.AnswerValue(questions[RATING].id, number=rating),
        services.AnswerValue(questions[RECOMMEND].id, number=recommend),
    ]
    if text:
        answers.append(services.AnswerValue(questions[REMARKS].id, text=text))
    return services.response_submit(
        questionnaire=page,
        language="de",
        answers=answers,
        submission_key=uuid.uuid4(),
        now=when,
    )


@dataclass
class World:
    site: Tree
    cast: Cast
    phases: list[ProjectPhase]
    modules: list
    events: dict
    minutes: MinutesPage
    questionnaire: Page
    goals: dict = field(default_factory=dict)


P3_START = datetime.date(2014, 1, 1)


def build_world() -> World:
    """Three phases (the first half of 2013, the second half, and a third from 2014 that is
    half over today), three modules, and:

    - phase 1: the March network meeting (A 2, B 1 attended, one of A not; 3 walk-ins and a
      guest; minutes exist; an English version exists too), a session of module 1 (A attended, B
      registered but not marked); an April meeting that was withdrawn (A 2 attended, 4 walk-ins);
    - phase 2: the September meeting (B 2, C 1; 2 walk-ins), a second session of module 1 (C),
      a session of module 2 (A, B; 2 guests), a summer festival (kind "other", one guest without
      organisation), a withdrawn session of module 3 (A);
    - phase 3: a meeting in ten days (not held yet, even with attendance entered);
    - initiatives and cooperations, running, completed, planned and cancelled, before and in
      the phases; a module 1 questionnaire rated 4 and 5 in phase 1 and 2 in phase 2, and a
      questionnaire without module rated 1.
    """
    site = build_site()
    cast = build_cast()
    a, b, c = cast.organisation_a, cast.organisation_b, cast.organisation_c
    today = timezone.localdate()
    phases = [
        ProjectPhaseFactory(
            number=1,
            title="Aufbau",
            start_date=datetime.date(2013, 1, 1),
            end_date=datetime.date(2013, 6, 30),
        ),
        ProjectPhaseFactory(
            number=2,
            title="Verstetigung",
            start_date=datetime.date(2013, 7, 1),
            end_date=datetime.date(2013, 12, 31),
        ),
        # Half of it has passed today, whenever the tests run.
        ProjectPhaseFactory(
            number=3,
            title="Kooperationen",
            start_date=P3_START,
            end_date=today + (today - P3_START),
        ),
    ]
    modules = [
        QualificationModuleFactory(number=1, title="Kommunale Strukturen", phase=phases[0]),
        QualificationModuleFactory(number=2, title="Öffentlichkeitsarbeit", phase=phases[1]),
        QualificationModuleFactory(number=3, title="Fördermittel", phase=phases[2]),
    ]
    calendar = site.calendar
    meeting = EventKind.NETWORK_MEETING
    session = EventKind.MODULE_SESSION
    events = {
        "march": publish_event(
            calendar, title="Netzwerktreffen im März", kind=meeting, start=berlin(2013, 3, 20)
        ),
        "april": publish_event(
            calendar, title="Netzwerktreffen im April", kind=meeting, start=berlin(2013, 4, 17)
        ),
        "m1_first": publish_event(
            calendar,
            title="Modul 1, erster Termin",
            kind=session,
            module=modules[0],
            start=berlin(2013, 5, 4, 10),
        ),
        "september": publish_event(
            calendar, title="Netzwerktreffen im September", kind=meeting, start=berlin(2013, 9, 11)
        ),
        "m1_second": publish_event(
            calendar,
            title="Modul 1, zweiter Termin",
            kind=session,
            module=modules[0],
            start=berlin(2013, 10, 5, 10),
        ),
        "m2": publish_event(
            calendar,
            title="Modul 2, einziger Termin",
            kind=session,
            module=modules[1],
            start=berlin(2013, 11, 9, 10),
        ),
        "festival": publish_event(
            calendar,
            title="Sommerfest der Vereine",
            kind=EventKind.OTHER,
            start=berlin(2013, 8, 24),
        ),
        "m3_withdrawn": publish_event(
            calendar,
            title="Modul 3, zurückgezogen",
            kind=session,
            module=modules[2],
            start=berlin(2013, 12, 7, 10),
        ),
        "upcoming": publish_event(
            calendar, title="Netzwerktreffen demnächst", kind=meeting, start=in_days(10)
        ),
    }
    events["april"].unpublish()
    events["m3_withdrawn"].unpublish()
    english = events["march"].copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english.title = "Network meeting in March"
    english.save_revision().publish()

    attended(events["march"], a, 2)
    attended(events["march"], b, 1)
    attended(events["march"], a, 1, marked=False)
    EventAttendance.objects.create(event=events["march"], walk_ins=3, guests=1)
    attended(events["april"], a, 2)
    EventAttendance.objects.create(event=events["april"], walk_ins=4)
    attended(events["m1_first"], a, 1)
    attended(events["m1_first"], b, 1, marked=None)
    attended(events["september"], b, 2)
    attended(events["september"], c, 1)
    EventAttendance.objects.create(event=events["september"], walk_ins=2)
    attended(events["m1_second"], c, 1)
    attended(events["m2"], a, 1)
    attended(events["m2"], b, 1)
    EventAttendance.objects.create(event=events["m2"], guests=2)
    RegistrationFactory(event=events["festival"], organisation_name="Gast", attended=True)
    attended(events["m3_withdrawn"], a, 1)
    attended(events["upcoming"], a, 1)
    EventAttendance.objects.create(event=events["upcoming"], walk_ins=5)

    minutes = site.minutes_index.add_child(
        instance=MinutesPage(
            title="Protokoll des Netzwerktreffens im März",
            slug="maerz-2013",
            meeting_date=datetime.date(2013, 3, 20),
        )
    )
    minutes.save_revision().publish()
    # Minutes of the September meeting exist only as a draft: no link.
    site.minutes_index.add_child(
        instance=MinutesPage(
            title="Entwurf September",
            slug="september-2013",
            meeting_date=datetime.date(2013, 9, 11),
            live=False,
        )
    )

    for title, status, start, end in [
        ("Sprachcafé", Status.RUNNING, datetime.date(2013, 2, 1), None),
        ("Elternabend", Status.COMPLETED, datetime.date(2013, 8, 1), datetime.date(2013, 10, 31)),
        ("Hausaufgabenhilfe", Status.PLANNED, datetime.date(2013, 5, 1), None),
        ("Kulturfest", Status.CANCELLED, datetime.date(2013, 9, 1), None),
        ("Vorprojekt", Status.COMPLETED, datetime.date(2012, 1, 1), datetime.date(2012, 6, 30)),
        ("Lesepatenschaften", Status.RUNNING, datetime.date(2015, 3, 1), None),
    ]:
        initiative = JointInitiative.objects.create(
            title=title, status=status, start_date=start, end_date=end
        )
        initiative.partners.set([a, b])
        initiative.save()  # a cluster's relations are stored on save
    for name, status, start, end in [
        ("Grundschule Am Markt", Status.RUNNING, datetime.date(2013, 3, 1), None),
        (
            "Kita Regenbogen",
            Status.COMPLETED,
            datetime.date(2013, 9, 1),
            datetime.date(2013, 11, 30),
        ),
        ("Jugendamt", Status.PLANNED, datetime.date(2013, 4, 1), None),
        ("Familienzentrum Nord", Status.CANCELLED, datetime.date(2013, 10, 1), None),
    ]:
        cooperation = Cooperation.objects.create(
            institution=LocalInstitution.objects.create(name=name),
            description=f"Zusammenarbeit mit {name}",
            status=status,
            start_date=start,
            end_date=end,
        )
        cooperation.organisations.set([c])
        cooperation.save()

    questionnaire = publish_questionnaire(
        site.survey_index, title="Bewertung Modul 1", steps=rating_steps(), module=modules[0]
    )
    respond(questionnaire, berlin(2013, 5, 5, 12), rating=4, recommend=10, text="Sehr hilfreich")
    respond(questionnaire, berlin(2013, 5, 6, 12), rating=5, recommend=9)
    respond(questionnaire, berlin(2013, 10, 6, 12), rating=2, recommend=3)
    general = publish_questionnaire(
        site.survey_index, title="Allgemeine Umfrage", steps=rating_steps()
    )
    respond(general, berlin(2013, 5, 7, 12), rating=1, recommend=0)

    return World(
        site=site,
        cast=cast,
        phases=phases,
        modules=modules,
        events=events,
        minutes=minutes,
        questionnaire=questionnaire,
    )


def add_goals(world: World) -> dict[str, Goal]:
    """Action goals on the dashboard; on every day the tests run:
    met, manual met, missed (modules), missed (rating), not assessed, met (initiatives),
    at risk (participants), on track (organisations)."""
    p1, p2, p3 = world.phases
    GoalFactory(kind=Goal.Kind.IMPACT, number=1, statement="Ein Netzwerk ist fest etabliert.")
    meetings, modules, rating = Metric.NETWORK_MEETINGS, Metric.MODULES_HELD, Metric.MODULE_RATING
    specs = {
        "meetings": (1, p1, "Das Netzwerk trifft sich.", "ein Netzwerktreffen", meetings, 1),
        "concept": (2, p1, "Ein Konzept liegt vor.", "Konzept beschlossen", "", None),
        "modules": (3, p2, "Drei Module sind gelaufen.", "drei Module", modules, 3),
        "rating": (4, p2, "Die Module gefallen.", "", rating, 4),
        "consensus": (5, p2, "Es gibt einen Konsens.", "Konsens im Dialog", "", None),
        "initiatives": (6, p3, "Vorhaben laufen.", "zwei Vorhaben", Metric.INITIATIVES, 2),
        "participants": (
            7,
            p3,
            "Viele nehmen teil.",
            "tausend Teilnahmen",
            Metric.PARTICIPANTS,
            1000,
        ),
        "organisations": (8, p3, "Vereine machen mit.", "fünf Vereine", Metric.ORGANISATIONS, 5),
    }
    goals = {}
    for key, (number, phase, statement, description, metric, target) in specs.items():
        goals[key] = GoalFactory(
            number=number,
            phase=phase,
            statement=statement,
            target_description=description,
            metric=metric,
            target=Decimal(target) if target is not None else None,
        )
    goals["concept"].assessment = GoalStatus.MET
    goals["concept"].assessment_note = "Im Netzwerktreffen am 20.03.2013 beschlossen."
    goals["concept"].save()
    return goals


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        built = build_world()
        built.goals = add_goals(built)
        yield built
        transaction.set_rollback(True)


# The figures --------------------------------------------------------------------------------------

# Per phase alone: phase 1, phase 2, phase 3.
PER_PHASE = {
    Metric.NETWORK_MEETINGS: [1, 1, 0],
    Metric.MODULE_SESSIONS: [1, 2, 0],
    Metric.MODULES_HELD: [1, 2, 0],
    # March 3 + 3 walk-ins + 1 guest, module 1: 1 | September 3 + 2, module 1: 1, module 2:
    # 2 + 2 guests, festival: 1 guest without organisation.
    Metric.PARTICIPANTS: [8, 11, 0],
    Metric.ORGANISATIONS: [2, 3, 0],
    Metric.INITIATIVES: [1, 2, 2],
    Metric.COOPERATIONS: [1, 2, 1],
    Metric.MODULE_RATING: [4.5, 2.0, None],
    # No participation in this world; tests/participation/test_evidence.py counts it.
    Metric.PROPOSALS_AGREED: [0, 0, 0],
    Metric.WORKING_GROUPS: [0, 0, 0],
    Metric.AGREEMENTS: [0, 0, 0],
}

# From the start of the project to the end of phase 2 and of phase 3.
GOAL_PERIODS = {
    Metric.NETWORK_MEETINGS: [2, 2],
    Metric.MODULE_SESSIONS: [3, 3],
    Metric.MODULES_HELD: [2, 2],
    Metric.PARTICIPANTS: [19, 19],
    Metric.ORGANISATIONS: [3, 3],
    Metric.INITIATIVES: [2, 3],
    Metric.COOPERATIONS: [2, 2],
    Metric.MODULE_RATING: [3.7, 3.7],
    Metric.PROPOSALS_AGREED: [0, 0],
    Metric.WORKING_GROUPS: [0, 0],
    Metric.AGREEMENTS: [0, 0],
}


def test_every_metric_per_phase(world):
    assert set(PER_PHASE) == set(Metric)
    measured = {
        metric: [measure_phase(metric, phase) for phase in world.phases] for metric in Metric
    }
    assert measured == PER_PHASE


def measure_phase(metric, phase):
    return metrics.measure(metric, metrics.phase_period(phase))


def test_every_metric_from_the_project_start_to_the_end_of_a_phase(world):
    _p1, p2, p3 = world.phases
    assert metrics.goal_period(p3) == Period(datetime.date(2013, 1, 1), p3.end_date)
    measured = {
        metric: [metrics.measure(metric, metrics.goal_period(phase)) for phase in (p2, p3)]
        for metric in Metric
    }
    assert measured == GOAL_PERIODS
    # Phase 1 is where the project starts: its goal period is the phase itself.
    p1 = world.phases[0]
    assert metrics.goal_period(p1) == metrics.phase_period(p1)


def test_a_period_without_anything_counts_zero_and_no_rating(world):
    empty = Period(datetime.date(2010, 1, 1), datetime.date(2010, 12, 31))
    assert {metric: metrics.measure(metric, empty) for metric in Metric} == {
        **dict.fromkeys(Metric, 0),
        Metric.MODULE_RATING: None,
    }
    with pytest.raises(ValueError, match="Unknown metric"):
        metrics.measure("coffee_drunk", empty)


def test_what_must_not_count_does_not(world):
    """Withdrawn events, events not yet over, unmarked registrations, translations, planned and
    cancelled initiatives and cooperations, questionnaires without a module."""
    everything = Period(datetime.date(2000, 1, 1), timezone.localdate() + datetime.timedelta(99))
    held = set(
        event_selectors.events_held(start=everything.start, end=everything.end).values_list(
            "title", flat=True
        )
    )
    assert held == {
        "Netzwerktreffen im März",
        "Modul 1, erster Termin",
        "Netzwerktreffen im September",
        "Modul 1, zweiter Termin",
        "Modul 2, einziger Termin",
        "Sommerfest der Vereine",
    }
    assert metrics.measure(Metric.PARTICIPANTS, everything) == 19
    # The initiative of 2012 counts too, in a period that reaches back that far.
    assert metrics.measure(Metric.INITIATIVES, everything) == 4
    assert metrics.measure(Metric.COOPERATIONS, everything) == 2
    assert metrics.measure(Metric.MODULE_RATING, everything) == 3.7


# Goal status --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "target", "status"),
    [
        (datetime.date(2013, 6, 15), 4, GoalStatus.ON_TRACK),  # before the phase
        (datetime.date(2013, 7, 20), 4, GoalStatus.ON_TRACK),  # ahead of the pace
        (datetime.date(2013, 12, 1), 4, GoalStatus.AT_RISK),  # behind the pace
        (datetime.date(2013, 12, 30), 4, GoalStatus.AT_RISK),  # the day before the end
        (datetime.date(2013, 12, 31), 4, GoalStatus.MISSED),  # the end: the report's day
        (datetime.date(2014, 1, 1), 4, GoalStatus.MISSED),  # over, below the target
        (datetime.date(2013, 6, 15), 2, GoalStatus.MET),
        (datetime.date(2013, 12, 1), 2, GoalStatus.MET),
        (datetime.date(2020, 1, 1), 2, GoalStatus.MET),
    ],
)
def test_the_status_of_a_measured_goal_on_a_given_day(world, today, target, status):
    # Two network meetings from the project start to the end of phase 2 (1 July–31 Dec 2013).
    goal = GoalFactory(
        number=50, phase=world.phases[1], metric=Metric.NETWORK_MEETINGS, target=Decimal(target)
    )
    row = metrics.goal_row(goal, today=today)
    assert row.actual == 2
    assert row.status == status
    assert row.status_label == de(GoalStatus(status).label)
    assert row.evidence_url == metrics.evidence_url(
        Metric.NETWORK_MEETINGS, Period(datetime.date(2013, 1, 1), datetime.date(2013, 12, 31))
    )


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (datetime.date(2013, 6, 15), GoalStatus.ON_TRACK),
        (datetime.date(2013, 9, 1), GoalStatus.AT_RISK),
        (datetime.date(2014, 2, 1), GoalStatus.MISSED),
    ],
)
def test_a_rating_without_answers_yet(world, today, status):
    goal = GoalFactory.build(phase=world.phases[1], metric=Metric.MODULE_RATING, target=4)
    assert metrics.goal_status(goal, None, today) == status


def test_a_goal_assessed_by_hand(world):
    goal = GoalFactory(
        number=51,
        phase=world.phases[1],
        target_description="Konsens festgestellt",
        assessment=GoalStatus.AT_RISK,
    )
    for today in (datetime.date(2013, 1, 1), datetime.date(2030, 1, 1)):
        assert metrics.goal_status(goal, None, today) == GoalStatus.AT_RISK
    row = metrics.goal_row(goal, today=datetime.date(2013, 9, 1))
    assert (row.target, row.actual, row.status, row.evidence_url) == (
        "Konsens festgestellt",
        None,
        GoalStatus.AT_RISK,
        "",
    )

    goal.assessment = ""
    assert metrics.goal_status(goal, None, datetime.date(2013, 9, 1)) == ""
    row = metrics.goal_row(goal, today=datetime.date(2013, 9, 1))
    assert row.status == ""
    assert row.status_label == de("Not assessed yet")


# Validation and the demo goals --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"metric": Metric.INITIATIVES}, "target"),
        ({"target": Decimal(3)}, "metric"),
        (
            {"metric": Metric.INITIATIVES, "target": Decimal(3), "assessment": GoalStatus.MET},
            "assessment",
        ),
        ({"phase": None, "metric": Metric.INITIATIVES, "target": Decimal(3)}, "phase"),
    ],
)
def test_a_goal_is_measured_or_assessed_never_half_or_both(world, fields, field_in_error):
    goal = GoalFactory.build(**{"number": 60, "phase": world.phases[0], **fields})
    with pytest.raises(ValidationError) as error:
        goal.full_clean()
    assert set(error.value.message_dict) == {field_in_error}


@pytest.mark.parametrize(
    "fields",
    [
        {"metric": Metric.INITIATIVES, "target": Decimal(3)},
        {"target_description": "Konsens", "assessment": GoalStatus.MET},
        {"target_description": "Konsens"},
    ],
)
def test_valid_goals(world, fields):
    GoalFactory.build(number=61, phase=world.phases[0], **fields).full_clean()
    GoalFactory.build(kind=Goal.Kind.IMPACT, number=61, phase=None).full_clean()


def test_the_seeded_demo_goals(world):

    Goal.objects.all().delete()
    for number, title, start, end in PHASES:
        ProjectPhase.objects.update_or_create(
            number=number, defaults={"title": title, "start_date": start, "end_date": end}
        )
    logged = []

    seed_goals(log=logged.append)
    seed_goals(log=logged.append)  # idempotent

    assert Goal.objects.filter(kind=Goal.Kind.IMPACT).count() == 2
    action = list(Goal.objects.filter(kind=Goal.Kind.ACTION).select_related("phase"))
    assert len(action) == 10
    assert sorted(goal.phase.number for goal in action) == [1, 1, 2, 2, 2, 3, 3, 3, 4, 4]
    for goal in action:
        goal.full_clean()
        measured = bool(goal.metric) and goal.target is not None and not goal.assessment
        assessed = (
            not goal.metric
            and goal.target is None
            and bool(goal.target_description)
            and bool(goal.assessment)
        )
        assert measured or assessed, goal
        assert goal.target_description, goal
    assert len([line for line in logged if line.startswith("Action goal created")]) == 10
    # Every seeded goal gets a row with a status on the dashboard.
    rows = [row for block in metrics.goals_by_phase() for row in block["goals"]]
    assert len(rows) == 10 and all(row.status_label for row in rows)


# The dashboard ------------------------------------------------------------------------------------


def login(client, user):
    client.force_login(user)


def goal_rows(page) -> dict[str, list]:
    """Goal statement → [target, actual, actual's link, status] from the dashboard's tables."""
    rows = {}
    for table in page.select("table.report-goals"):
        for row in table.select("tbody tr"):
            header = row.find("th")
            if header is None:
                continue
            target, actual, status = row.find_all("td")
            link = actual.find("a")
            number = header.select_one(".report-goals__number").get_text(strip=True)
            statement = header.get_text(" ", strip=True).removeprefix(number).strip()
            rows[statement] = [
                target.get_text(strip=True),
                actual.get_text(strip=True),
                link["href"] if link else None,
                status.get_text(strip=True),
            ]
    return rows


def test_the_dashboard_shows_each_goals_target_actual_and_status(client, world):
    login(client, world.cast.manager)
    response = client.get(reverse("evaluation:dashboard"))
    assert response.status_code == 200
    page = soup(response)
    p1, p2, p3 = world.phases

    def figure(metric, value):
        return f"{de(Metric(metric).label)}: {value}"

    def goal_link(metric, phase):
        return metrics.evidence_url(metric, metrics.goal_period(phase))

    assert goal_rows(page) == {
        "Das Netzwerk trifft sich.": [
            f"ein Netzwerktreffen ({figure(Metric.NETWORK_MEETINGS, 1)})",
            "1",
            goal_link(Metric.NETWORK_MEETINGS, p1),
            de(GoalStatus.MET.label),
        ],
        "Ein Konzept liegt vor.": [
            "Konzept beschlossen",
            "Im Netzwerktreffen am 20.03.2013 beschlossen.",
            None,
            de(GoalStatus.MET.label),
        ],
        "Drei Module sind gelaufen.": [
            f"drei Module ({figure(Metric.MODULES_HELD, 3)})",
            "2",
            goal_link(Metric.MODULES_HELD, p2),
            de(GoalStatus.MISSED.label),
        ],
        "Die Module gefallen.": [
            figure(Metric.MODULE_RATING, 4),
            "3,7",
            goal_link(Metric.MODULE_RATING, p2),
            de(GoalStatus.MISSED.label),
        ],
        "Es gibt einen Konsens.": ["Konsens im Dialog", "–", None, de("Not assessed yet")],
        "Vorhaben laufen.": [
            f"zwei Vorhaben ({figure(Metric.INITIATIVES, 2)})",
            "3",
            goal_link(Metric.INITIATIVES, p3),
            de(GoalStatus.MET.label),
        ],
        "Viele nehmen teil.": [
            f"tausend Teilnahmen ({figure(Metric.PARTICIPANTS, 1000)})",
            "19",
            goal_link(Metric.PARTICIPANTS, p3),
            de(GoalStatus.AT_RISK.label),
        ],
        "Vereine machen mit.": [
            f"fünf Vereine ({figure(Metric.ORGANISATIONS, 5)})",
            "3",
            goal_link(Metric.ORGANISATIONS, p3),
            de(GoalStatus.ON_TRACK.label),
        ],
    }
    # Each phase has its own table, its goals in order.
    captions = [
        table.caption.get_text(" ", strip=True) for table in page.select("table.report-goals")
    ]
    assert [caption.split(" (")[0] for caption in captions] == [str(p) for p in world.phases]
    assert "Ein Netzwerk ist fest etabliert." in page.select_one(".report-impact").get_text()


def test_each_key_figure_links_to_the_evidence_that_shows_the_same_figure(client, world):
    login(client, world.cast.manager)
    page = soup(client.get(reverse("evaluation:dashboard")))
    table = page.select_one("#figures-heading").find_next("table")
    shown = {}
    for row in table.select("tbody tr"):
        label = row.find("th").get_text(strip=True)
        shown[label] = [(cell.a.get_text(strip=True), cell.a["href"]) for cell in row("td")]

    def text(value):
        if value is None:
            return "–"
        if isinstance(value, float):
            return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
        return str(value)

    expected = {
        de(Metric(metric).label): [
            (text(value), metrics.evidence_url(metric, metrics.phase_period(phase)))
            for value, phase in zip(values, world.phases, strict=True)
        ]
        for metric, values in PER_PHASE.items()
        if metric in metrics.KEY_FIGURES
    }
    assert shown == expected

    # The list behind each figure shows the same figure.
    for cells in shown.values():
        for value, href in cells:
            evidence = client.get(href)
            assert evidence.status_code == 200, href
            assert soup(evidence).select_one(".report-total strong").get_text() == value, href


# The evidence -------------------------------------------------------------------------------------


def evidence_page(client, metric, period: Period):
    response = client.get(metrics.evidence_url(metric, period))
    assert response.status_code == 200
    return soup(response)


def evidence_rows(page) -> list[list]:
    """Each row's cells as text, links as (text, href) pairs in the cell's place."""
    rows = []
    for row in page.select("table.report-table tbody tr"):
        cells = []
        for cell in row.find_all(["th", "td"]):
            links = cell.find_all("a")
            cells.append(
                [(a.get_text(strip=True), a["href"]) for a in links]
                if links
                else cell.get_text(strip=True)
            )
        rows.append(cells)
    return rows


def test_the_meetings_counted_with_their_minutes(client, world):
    login(client, world.cast.manager)
    march, september = world.events["march"], world.events["september"]
    page = evidence_page(client, Metric.NETWORK_MEETINGS, metrics.goal_period(world.phases[1]))

    assert page.select_one(".report-total strong").get_text() == "2"
    attendance = de("Attendance list")
    assert evidence_rows(page) == [
        [
            [(march.title, reverse("wagtailadmin_pages:edit", args=[march.pk]))],
            "20.03.2013",
            "3",
            "7",
            [
                (attendance, reverse("events:attendance", args=[march.pk])),
                (de("Minutes"), world.minutes.url),
            ],
        ],
        [
            [(september.title, reverse("wagtailadmin_pages:edit", args=[september.pk]))],
            "11.09.2013",
            "3",
            "5",
            [(attendance, reverse("events:attendance", args=[september.pk]))],
        ],
    ]
    body = str(page)
    for not_counted in ("Netzwerktreffen im April", "Network meeting in March", "demnächst"):
        assert not_counted not in body
    assert client.get(world.minutes.url).status_code == 200


def test_the_initiatives_cooperations_organisations_and_ratings_counted(client, world):
    login(client, world.cast.manager)
    _p1, p2, p3 = world.phases

    initiatives = evidence_rows(evidence_page(client, Metric.INITIATIVES, metrics.goal_period(p3)))
    assert sorted(row[0][0][0] for row in initiatives) == [
        "Elternabend",
        "Lesepatenschaften",
        "Sprachcafé",
    ]
    assert {row[1] for row in initiatives} == {
        de(Status.RUNNING.label),
        de(Status.COMPLETED.label),
    }
    assert [row[3] for row in initiatives] == ["Verein A e.V., Verein B e.V."] * 3
    assert all("/admin/snippets/members/jointinitiative/" in row[0][0][1] for row in initiatives)

    cooperations = evidence_rows(
        evidence_page(client, Metric.COOPERATIONS, metrics.phase_period(p2))
    )
    assert sorted((row[0][0][0], row[3]) for row in cooperations) == [
        ("Grundschule Am Markt", "Verein C e.V."),
        ("Kita Regenbogen", "Verein C e.V."),
    ]

    organisations = evidence_rows(
        evidence_page(client, Metric.ORGANISATIONS, metrics.phase_period(p2))
    )
    assert [(row[0][0][0], row[1], row[2]) for row in organisations] == [
        ("Verein A e.V.", "1", "1"),
        ("Verein B e.V.", "2", "3"),
        ("Verein C e.V.", "2", "2"),
    ]

    period = metrics.phase_period(world.phases[0])
    ratings = evidence_rows(evidence_page(client, Metric.MODULE_RATING, period))
    results = reverse("evaluation_results:results", args=[world.questionnaire.pk])
    assert ratings == [
        [[("Bewertung Modul 1", f"{results}?{period.query()}")], "2", "4,5"],
    ]


def test_a_period_that_ends_before_it_starts_is_refused_with_a_message(client, world):
    login(client, world.cast.manager)
    url = reverse("evaluation:evidence", args=[Metric.NETWORK_MEETINGS])

    response = client.get(url, {"start": "2013-12-31", "end": "2013-01-01"})

    assert response.status_code == 400
    errors = [li.get_text(strip=True) for li in soup(response).select("[role=alert] li")]
    assert errors == [f"{de('Until')}: {de('The end of the period must not be before its start.')}"]
    assert soup(response).select("table") == []  # no figures, no list

    for query in ({}, {"start": "gestern", "end": "2013-01-01"}, {"start": "2013-01-01"}):
        assert client.get(url, query).status_code == 400, query


def test_an_unknown_metric_is_not_found_in_the_admin(client, world):
    login(client, world.cast.manager)
    unknown = reverse("evaluation:evidence", args=["coffee_drunk"])

    response = client.get(unknown, {"start": "2013-01-01", "end": "2013-12-31"})

    # Not a redirect out of the admin to /de/admin/… (the public site's page tree).
    assert response.status_code == 404, response.get("Location")


# The organisations × modules matrix ---------------------------------------------------------------


def test_the_matrix_marks_who_took_part_in_which_module(client, world):
    login(client, world.cast.manager)
    response = client.get(reverse("evaluation:matrix"))
    assert response.status_code == 200
    table = soup(response).select_one("table.report-matrix")

    headers = [th.get_text(strip=True) for th in table.select("thead th")][1:-1]
    assert headers == ["1. Kommunale Strukturen", "2. Öffentlichkeitsarbeit", "3. Fördermittel"]
    cells = {}
    for row in table.select("tbody tr"):
        name = row.th.get_text(strip=True)
        tds = row.find_all("td")
        cells[name] = (
            [
                td.get_text(strip=True) if "report-matrix__yes" in td["class"] else "missing"
                for td in tds[:-1]
            ],
            tds[-1].get_text(strip=True),
            "report-matrix__none" in (row.get("class") or []),
        )
    assert cells == {
        # A's session of module 3 was withdrawn; B was registered for module 1 but not there.
        "Verein A e.V.": (["✓ 1", "✓ 1", "missing"], "2 / 3", False),
        "Verein B e.V.": (["missing", "✓ 1", "missing"], "1 / 3", False),
        "Verein C e.V.": (["✓ 1", "missing", "missing"], "1 / 3", False),
        "Verein D e.V.": (["missing", "missing", "missing"], "0 / 3", True),
    }
    missing = table.select_one("td.report-matrix__missing")
    assert missing.select_one(".visually-hidden").get_text() == de("not yet")
    totals = [td.get_text(strip=True) for td in table.select("tfoot td")]
    assert totals == ["2", "2", "0", ""]


# The interim report and the language --------------------------------------------------------------


def test_the_interim_report_of_a_finished_phase_shows_a_goal_below_target_as_missed(world):
    """Phase 2 ended on 31 December 2013 with two modules held of three: the dashboard says
    "missed"; the interim report of phase 2, made today, must say the same."""
    dashboard = {
        row.goal.number: row.status for block in metrics.goals_by_phase() for row in block["goals"]
    }
    report = {
        row["number"]: row["status"] for row in phase_reports.report_data(world.phases[1])["goals"]
    }

    assert dashboard[3] == GoalStatus.MISSED
    assert report == {3: dashboard[3], 4: dashboard[4], 5: dashboard[5]}


def test_the_words_of_the_goals_and_figures_are_german(world):
    """The admin speaks German: every label the dashboard and the evidence show is translated."""
    words = [
        *GoalStatus.labels,
        *Metric.labels,
        "Not assessed yet",
        "Goals and indicators",
        "Evaluation",
        "The end of the period must not be before its start.",
        "Attendance list",
        "not yet",
        "Until",
        "Report",  # the page listing's button
    ]
    with translation.override(None):
        sources = [str(word) for word in words]
    with translation.override("de"):
        untranslated = [source for source in sources if gettext(source) == source]
    assert untranslated == []
