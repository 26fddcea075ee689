"""Every figure of a phase report and of the final report is bounded by its period, and every
questionnaire and event of the period is in it.

The world puts records on both sides of every phase boundary (the day before, the first day,
the last day, the day after), late in the evening and early in the morning in Berlin, which is
another day in UTC or in the reader's own time zone; and a questionnaire for every module: its
own module, a module chosen in another language, a module only through its event, and none. The
records inside the periods rate 4, those outside 1, so a mean that lets one in shows it.
"""

import datetime
import uuid
import zoneinfo
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from events.factories import QualificationModuleFactory, RegistrationFactory
from events.models import EventKind
from members.factories import OrganisationFactory, ProjectPhaseFactory, UserFactory
from surveys import services
from surveys.factories import steps_data
from surveys.services import AnswerValue
from tests.html import soup

from .reporting import (
    Pages,
    Reader,
    csv_rows,
    de,
    de_plural,
    manager,
    pdf_text,
    spec_of,
    text_of,
    workbook_of,
    world_once,
)

pytestmark = pytest.mark.django_db

D = datetime.date
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
RATING = "Wie zufrieden sind Sie mit dem Modul?"
# Phase 1: 1 July 2012 to 30 June 2013; phase 2: 1 July 2013 to 30 June 2014.
INSIDE = [(D(2012, 7, 1), 0, 30), (D(2013, 6, 30), 23, 30)]  # phase 1, first and last day
INSIDE += [(D(2013, 7, 1), 0, 30), (D(2014, 6, 30), 23, 30)]  # phase 2
OUTSIDE = [(D(2012, 6, 30), 23, 30), (D(2014, 7, 1), 0, 30), (D(2026, 11, 30), 12, 0)]
TITLES = {
    "own": "Bewertung Modul 1",
    "translated": "Bewertung Modul 2",
    "by_event": "Bewertung des Termins von Modul 3",
    "none": "Allgemeine Rückmeldung",
}


def berlin(day: D, hour: int, minute: int) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BERLIN)


def answer(page, moment: datetime.datetime, rating: int):
    services.response_submit(
        questionnaire=page,
        language="de",
        answers=[AnswerValue(spec_of(page, RATING).id, number=rating)],
        submission_key=uuid.uuid4(),
        now=moment,
    )


def reader_in(zone: str) -> Reader:
    user = UserFactory(username=f"netzwerk-{zone.lower()}", is_superuser=True, is_staff=True)
    profile = UserProfile.get_for_user(user)
    profile.current_time_zone = zone
    profile.save()
    return Reader(user)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with world_once(django_db_blocker):
        ProjectPhaseFactory(number=1)
        ProjectPhaseFactory(number=2)
        pages = Pages()
        modules = [QualificationModuleFactory(number=n, title=f"Modul {n}") for n in (1, 2, 3)]
        english = modules[1].copy_for_translation(Locale.objects.get(language_code="en"))
        english.title = "Module 2"
        english.save()
        verein = OrganisationFactory(name="Verein A e.V.", slug="verein-a")
        # A module 3 session in the middle of phase 1, and network meetings at the boundaries.
        session = pages.event(
            title="Modul 3, Termin",
            kind=EventKind.MODULE_SESSION,
            module=modules[2],
            start=berlin(D(2013, 1, 15), 18, 0),
        )
        RegistrationFactory(event=session, organisation=verein, attended=True)
        # 1 to 6 people each, so that a meeting counted in the wrong phase shows in the sum
        # even where another one left it.
        for people, (day, hour, minute) in enumerate(INSIDE + OUTSIDE[:2], start=1):
            meeting = pages.event(
                title=f"Netzwerktreffen {day:%d.%m.%Y} {hour}:{minute:02d}",
                kind=EventKind.NETWORK_MEETING,
                start=berlin(day, hour, minute),
            )
            for _person in range(people):
                RegistrationFactory(event=meeting, organisation=verein, attended=True)
        steps = steps_data([("Bewertung", [("rating", RATING, {})])])
        questionnaires = {
            "own": pages.questionnaire(
                title=TITLES["own"], slug="own", module=modules[0], steps=steps
            ),
            "translated": pages.questionnaire(
                title=TITLES["translated"], slug="translated", module=english, steps=steps
            ),
            "by_event": pages.questionnaire(
                title=TITLES["by_event"], slug="by-event", event=session, steps=steps
            ),
            "none": pages.questionnaire(title=TITLES["none"], slug="none", steps=steps),
        }
        for page in questionnaires.values():
            for day, _hour, _minute in INSIDE:
                # Two each day: early in the morning and late in the evening.
                answer(page, berlin(day, 0, 30), 4)
                answer(page, berlin(day, 23, 30), 4)
            for day, hour, minute in OUTSIDE:
                answer(page, berlin(day, hour, minute), 1)
        network_manager = manager()
        yield SimpleNamespace(
            pages=pages,
            manager=network_manager,
            questionnaires=questionnaires,
            readers={
                "site": Reader(network_manager),
                "New York": reader_in("America/New_York"),
                "Kiritimati": reader_in("Pacific/Kiritimati"),
            },
        )


@pytest.fixture(autouse=True)
def _german(settings):
    # These tests count what each period holds; the small-group rule that withholds small
    # groups has its own tests (test_disclosure.py), so every group is shown here.
    settings.SURVEY_MIN_GROUP_SIZE = 1
    with translation.override("de"):
        yield


def report_url(number: int | None, kind: str = "") -> str:
    if number is None:
        return reverse(f"evaluation:final_report{kind}")
    return reverse(f"evaluation:phase_report{kind}", args=[number])


def key_figures(page) -> dict[str, str]:
    table = page.find(id="report-figures").find_parent("section").table
    return {text_of(row.th): text_of(row.td) for row in table.tbody("tr")}


def sections(page) -> list[tuple[str, list[tuple[str, str]]]]:
    """(module heading, [(questionnaire, its count of responses)]) as the report lists them."""
    found = []
    for heading in page.find(id="report-modules").find_parent("section").find_all("h3"):
        entries = []
        for sibling in heading.find_next_siblings():
            if sibling.name == "h3":
                break
            if "report-questionnaire" in sibling.get("class", []):
                entries.append((text_of(sibling.h4), text_of(sibling.p)))
        found.append((text_of(heading), entries))
    return found


def responses(count: int) -> str:
    return de_plural("%(count)s response", "%(count)s responses", count)


def expected_sections(count: int) -> list:
    return [
        ("1. Modul 1", [(TITLES["own"], responses(count))]),
        ("2. Modul 2", [(TITLES["translated"], responses(count))]),
        ("3. Modul 3", [(TITLES["by_event"], responses(count))]),
        (de("Other questionnaires"), [(TITLES["none"], responses(count))]),
    ]


def figures(meetings: int, sessions: int, participants: int) -> dict[str, str]:
    return {
        de("Network meetings held"): str(meetings),
        de("Module sessions held"): str(sessions),
        de("Qualification modules held"): str(sessions),
        de("Participants (attendance)"): str(participants),
        de("Organisations taking part in the network"): "1",
        de("Joint initiatives"): "0",
        de("Cooperations with local institutions"): "0",
        de("Mean module rating"): "4",
    }


# number: (meetings, module sessions, participants, responses per questionnaire)
EXPECTED = {1: (2, 1, 4, 4), 2: (2, 0, 7, 4), None: (4, 1, 11, 8)}


@pytest.mark.parametrize("who", ["site", "New York", "Kiritimati"])
@pytest.mark.parametrize("number", [1, 2, None])
def test_a_report_counts_exactly_the_days_of_its_period(world, number, who):
    """In whatever time zone the reader's admin runs, every figure is the site's."""
    meetings, sessions, participants, count = EXPECTED[number]

    page = soup(world.readers[who].get(report_url(number)))

    assert key_figures(page) == figures(meetings, sessions, participants)
    assert sections(page) == expected_sections(count)
    summaries = [text_of(line) for line in page.select(".report-question__figures")]
    assert summaries == [f"{RATING}: {de('mean')} 4, {de('median')} 4 (n = {count})"] * 4


@pytest.mark.parametrize("number", [1, 2, None])
def test_the_pdf_counts_the_same(world, number):
    meetings, _sessions, _participants, count = EXPECTED[number]

    text = pdf_text(world.readers["New York"].get(report_url(number, "_pdf")).content)

    for title in TITLES.values():
        assert title in text
    assert text.count(f"{RATING}: {de('mean')} 4, {de('median')} 4 (n = {count})") == 4
    assert f"{de('Network meetings held')} {meetings}" in text


def test_the_exports_of_a_phase_hold_its_responses_only(world):
    reader = world.readers["Kiritimati"]
    page = world.questionnaires["own"]
    results = reverse("evaluation_results:results", args=[page.pk])

    report = soup(reader.get(results, {"phase": "1"}))
    rows = csv_rows(
        reader.client.get(reverse("evaluation_results:results_csv", args=[page.pk]), {"phase": "1"})
    )
    workbook = workbook_of(
        reader.client.get(
            reverse("evaluation_results:results_xlsx", args=[page.pk]), {"phase": "1"}
        )
    )

    assert text_of(report.select_one(".report-total")).startswith(responses(4))
    assert sorted(row[1] for row in rows[1:]) == ["2012-07-01"] * 2 + ["2013-06-30"] * 2
    summary = list(workbook[de("Summary")].iter_rows(values_only=True))
    assert (de("Responses"), 4) in [row[:2] for row in summary]


# The appendix ------------------------------------------------------------------------------------


def appendix(page) -> list[list[str]]:
    table = page.find(id="report-appendix").find_parent("section").table
    return [[text_of(cell) for cell in row(["th", "td"])] for row in table.tbody("tr")]


def records(singular: str, plural: str, count: int) -> str:
    return de_plural(singular, plural, count)


def test_the_appendix_says_what_each_key_figure_counts_its_period_and_records(world):
    page = soup(world.readers["New York"].get(report_url(1)))
    pdf = pdf_text(world.readers["site"].get(report_url(1, "_pdf")).content)

    rows = appendix(page)
    period = "01.07.2012 – 30.06.2013"
    meetings = records("%(count)s network meeting", "%(count)s network meetings", 2)
    sessions = records("%(count)s module session", "%(count)s module sessions", 1)
    present = records(
        "%(count)s registration marked present", "%(count)s registrations marked present", 4
    )
    assert [(row[0], row[1], row[3], row[4]) for row in rows] == [
        (de("Network meetings held"), "2", period, meetings),
        (de("Module sessions held"), "1", period, sessions),
        (de("Qualification modules held"), "1", period, sessions),
        (de("Participants (attendance)"), "4", period, present),
        (de("Organisations taking part in the network"), "1", period, present),
        (
            de("Joint initiatives"),
            "0",
            period,
            records("%(count)s joint initiative", "%(count)s joint initiatives", 0),
        ),
        (
            de("Cooperations with local institutions"),
            "0",
            period,
            records("%(count)s cooperation", "%(count)s cooperations", 0),
        ),
        # The module questionnaires' responses in the phase: three questionnaires, four each.
        (de("Mean module rating"), "4", period, responses(12)),
    ]
    explanations = [row[2] for row in rows]
    assert all(explanations) and len(set(explanations)) == len(rows), "a sentence for each"
    assert explanations[0] == de(
        "Network meetings that started in the period and are over, as published in the calendar."
    )
    assert de("Appendix: what the key figures count") in pdf
    assert " ".join(explanations[0].split()) in pdf and meetings in pdf


def test_the_final_reports_appendix_covers_the_whole_project(world):
    rows = appendix(soup(world.readers["Kiritimati"].get(report_url(None))))

    assert {row[3] for row in rows} == {"01.07.2012 – 30.06.2014"}
    assert rows[0][1] == "4"
    assert rows[-1][4] == responses(24)


def test_a_sent_report_keeps_its_appendix_as_it_was(client, world):
    client.force_login(world.manager)
    client.post(report_url(2, "_send"))
    before = appendix(soup(client.get(report_url(2))))

    # A further meeting on the last day of phase 2, and the manager now reads in English.
    meeting = world.pages.event(
        title="Netzwerktreffen nachgetragen",
        kind=EventKind.NETWORK_MEETING,
        start=berlin(D(2014, 6, 30), 12, 0),
    )
    RegistrationFactory(event=meeting, attended=True)
    profile = UserProfile.get_for_user(world.manager)
    profile.preferred_language = "en"
    profile.save()
    after = appendix(soup(client.get(report_url(2))))
    pdf = pdf_text(client.get(report_url(2, "_pdf")).content)
    final = appendix(soup(client.get(report_url(None))))

    assert after == before
    assert before[0][:2] == [de("Network meetings held"), "2"]
    assert before[0][4] == records("%(count)s network meeting", "%(count)s network meetings", 2)
    assert before[0][4] in pdf
    assert final[0][:2] == ["Network meetings held", "5"], "unsent: live, in English"
    assert final[0][4] == "5 network meetings"
