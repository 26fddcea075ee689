"""The phase and final reports for the funder: each phase's action goals with target, actual
value and status, the key figures and what participants said, as a page and as a PDF; answers
the network manager chose to quote; a sent report frozen with its figures and its PDF while the
dashboard goes on counting; and the read-only evaluator, who reads everything and changes
nothing."""

import datetime
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from evaluation import metrics
from evaluation.factories import GoalFactory
from evaluation.models import Goal, GoalStatus, Metric, SentReport
from events.factories import QualificationModuleFactory, RegistrationFactory
from events.models import EventKind
from members.factories import OrganisationFactory, ProjectPhaseFactory
from surveys.factories import steps_data
from surveys.models import Answer
from tests.html import soup

from .reporting import (
    Pages,
    Reader,
    berlin,
    de,
    de_plural,
    evaluator,
    manager,
    pdf_text,
    submit,
    text_of,
    world_once,
)

pytestmark = pytest.mark.django_db

IMPACT = "Die Migrantenorganisationen sind in der Stadt verlässlich vernetzt."
MEETINGS_GOAL = "Zwei Netzwerktreffen haben stattgefunden."
KNOWN_GOAL = "Die Vereine kennen die Angebote der Kommune."
KNOWN_NOTE = "Im Wirksamkeitsdialog am 12.06.2013 bestätigt."
LATER_GOAL = "Vier Netzwerktreffen bis zum Ende der Phase 2."
MEMBERS_GOAL = "Zwei neue Vereine treten dem Netzwerk bei."
MEMBERS_NOTE = "Ein Verein ist ausgetreten."
TITLE = "Rückmeldung Vereinsfinanzen"
RATING = "Wie zufrieden sind Sie mit dem Modul?"
TAKEAWAY = "Was nehmen Sie mit?"
D = datetime.date
# day, rating, what they take with them
PHASE_1_ANSWERS = [
    (D(2013, 1, 20), 4, "Ich kenne jetzt die Förderprogramme."),
    (D(2013, 2, 10), 5, "Mehr Zeit für Fragen wäre gut."),
    (D(2013, 4, 5), 3, "Danke für die Beispiele aus der Praxis."),
]
PHASE_2_ANSWERS = [
    (D(2013, 12, 1), 5, "Sehr praxisnah."),
    (D(2014, 1, 15), 5, ""),
    (D(2014, 3, 3), 4, "Bitte mit Kinderbetreuung."),
]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Two phases that have ended; an impact goal; per phase a measured goal (network meetings)
    and one assessed by hand; two network meetings in phase 1 and one in phase 2 with their
    attendance; a module's questionnaire with three responses in each phase; the network
    manager and an evaluator, each with a browser."""
    with world_once(django_db_blocker):
        phase_1 = ProjectPhaseFactory(number=1)  # 1 July 2012 to 30 June 2013
        phase_2 = ProjectPhaseFactory(number=2)  # 1 July 2013 to 30 June 2014
        GoalFactory(kind=Goal.Kind.IMPACT, number=1, statement=IMPACT)
        meetings_goal = GoalFactory(
            number=1,
            phase=phase_1,
            statement=MEETINGS_GOAL,
            target_description="mindestens zwei Treffen",
            metric=Metric.NETWORK_MEETINGS,
            target=2,
        )
        GoalFactory(
            number=2,
            phase=phase_1,
            statement=KNOWN_GOAL,
            assessment=GoalStatus.MET,
            assessment_note=KNOWN_NOTE,
        )
        GoalFactory(
            number=3,
            phase=phase_2,
            statement=LATER_GOAL,
            metric=Metric.NETWORK_MEETINGS,
            target=4,
        )
        GoalFactory(
            number=4,
            phase=phase_2,
            statement=MEMBERS_GOAL,
            assessment=GoalStatus.AT_RISK,
            assessment_note=MEMBERS_NOTE,
        )
        pages = Pages()
        verein_a = OrganisationFactory(name="Verein A e.V.", slug="verein-a")
        verein_b = OrganisationFactory(name="Verein B e.V.", slug="verein-b")
        for day, attended in (
            (berlin(2012, 10, 10), [verein_a, verein_a]),
            (berlin(2013, 3, 20), [verein_b]),
            (berlin(2013, 11, 6), [verein_a]),
        ):
            meeting = pages.event(
                title=f"Netzwerktreffen {day:%d.%m.%Y}", kind=EventKind.NETWORK_MEETING, start=day
            )
            for organisation in attended:
                RegistrationFactory(event=meeting, organisation=organisation, attended=True)
            RegistrationFactory(event=meeting, organisation=verein_b, attended=False)
        module = QualificationModuleFactory(number=1, title="Vereinsfinanzen")
        page = pages.questionnaire(
            title=TITLE,
            slug="rueckmeldung-vereinsfinanzen",
            module=module,
            steps=steps_data(
                [("Rückmeldung", [("rating", RATING, {}), ("long_text", TAKEAWAY, {})])]
            ),
        )
        answers = {}
        for day, rating, text in PHASE_1_ANSWERS + PHASE_2_ANSWERS:
            given = {RATING: rating, TAKEAWAY: text} if text else {RATING: rating}
            response = submit(page, language="de", day=day, answers=given)
            if text:
                answers[text] = Answer.objects.get(response=response, text=text)
        network_manager, reader = manager(), evaluator()
        yield SimpleNamespace(
            phase_1=phase_1,
            phase_2=phase_2,
            meetings_goal=meetings_goal,
            pages=pages,
            verein_a=verein_a,
            page=page,
            answers=answers,
            manager=network_manager,
            evaluator=reader,
            as_manager=Reader(network_manager),
            as_evaluator=Reader(reader),
        )


@pytest.fixture(autouse=True)
def _german():
    with translation.override("de"):
        yield


@pytest.fixture
def manager_client(client, world):
    """For what changes the data; read-only pages come from `world.as_manager`."""
    client.force_login(world.manager)
    return client


@pytest.fixture
def evaluator_client(client, world):
    client.force_login(world.evaluator)
    return client


def phase_url(number: int, kind: str = "") -> str:
    return reverse(f"evaluation:phase_report{kind}", args=[number])


def key_figure_labels() -> list[str]:
    return [str(metric.label) for metric in metrics.KEY_FIGURES]


def goal_rows(page) -> list[list[str]]:
    """The rows of the goals tables (the dashboard has one per phase)."""
    return [
        [text_of(cell) for cell in row.find_all(["th", "td"])]
        for table in page.select("table.report-goals")
        for row in table.tbody("tr")
    ]


def refused(response) -> bool:
    """Wagtail answers a denied admin view with a redirect to the dashboard and a message; a
    plain 403 would do as well."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code == 403


def key_figures(page) -> dict[str, str]:
    caption = page.find("caption", string=de("Key figures of the phase"))
    rows = caption.find_parent("table").tbody("tr")
    return {text_of(row.th): text_of(row.td) for row in rows}


def quotes(page) -> list[str]:
    return [text_of(quote) for quote in page.select(".report-quotes blockquote")]


def measured(description: str, target: int) -> str:
    figure = f"{de('Network meetings held')}: {target}"
    return f"{description} ({figure})" if description else figure


# The report of a phase ----------------------------------------------------------------------------


def test_the_phase_report_shows_its_goals_with_target_actual_and_status(world):
    response = world.as_manager.get(phase_url(1))

    assert response.status_code == 200
    page = soup(response)
    title = de("Interim report, phase %(number)s: %(title)s") % {
        "number": 1,
        "title": "Projektphase 1",
    }
    assert text_of(page.h1) == title
    assert [text_of(item) for item in page.select("#report-goals ~ ol li")] == [IMPACT]
    assert goal_rows(page) == [
        [f"1. {MEETINGS_GOAL}", measured("mindestens zwei Treffen", 2), "2", de("Met")],
        [f"2. {KNOWN_GOAL}", "–", KNOWN_NOTE, de("Met")],
    ]
    statuses = page.select("table.report-goals .status-tag")
    assert [tag["class"][-1] for tag in statuses] == ["status-tag--met", "status-tag--met"]
    assert key_figures(page) == dict(
        zip(key_figure_labels(), ["2", "0", "0", "3", "2", "0", "0", "4"], strict=True)
    )
    section = page.select_one(".report-questionnaire")
    assert text_of(section.h4) == TITLE
    assert text_of(section.p) == de_plural("%(count)s response", "%(count)s responses", 3)
    figures = text_of(section.select_one(".report-question__figures"))
    assert figures == f"{RATING}: {de('mean')} 4, {de('median')} 4 (n = 3)"
    assert TAKEAWAY not in text_of(section), "free texts appear only as chosen quotes"


def test_the_pdf_of_a_phase_has_its_goals_title_and_key_figures(world):
    response = world.as_manager.get(phase_url(1, "_pdf"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="zwischenbericht-phase-1.pdf"'
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert "Projektphase 1" in text
    for words in [IMPACT, MEETINGS_GOAL, KNOWN_GOAL, KNOWN_NOTE, TITLE, *key_figure_labels()]:
        assert words in text
    assert f"{RATING}: {de('mean')} 4, {de('median')} 4 (n = 3)" in text
    assert LATER_GOAL not in text and MEMBERS_GOAL not in text, "goals of another phase"


def test_the_final_report_holds_every_phases_goals(world):
    page = soup(world.as_manager.get(reverse("evaluation:final_report")))
    pdf = world.as_manager.get(reverse("evaluation:final_report_pdf"))

    assert text_of(page.h1) == de("Final report")
    assert [row[0] for row in goal_rows(page)] == [
        f"1. {MEETINGS_GOAL} (1. Projektphase 1)",
        f"2. {KNOWN_GOAL} (1. Projektphase 1)",
        f"3. {LATER_GOAL} (2. Projektphase 2)",
        f"4. {MEMBERS_GOAL} (2. Projektphase 2)",
    ]
    assert [row[2] for row in goal_rows(page)] == ["2", KNOWN_NOTE, "3", MEMBERS_NOTE]
    by_phase = page.find("caption", string=de("Key figures per phase")).find_parent("table")
    meetings = next(
        row for row in by_phase.tbody("tr") if text_of(row.th) == de("Network meetings held")
    )
    assert [text_of(cell) for cell in meetings("td")] == ["2", "1"]
    assert pdf["Content-Type"] == "application/pdf"
    assert 'filename="abschlussbericht.pdf"' in pdf["Content-Disposition"]
    text = pdf_text(pdf.content)
    for statement in (MEETINGS_GOAL, KNOWN_GOAL, LATER_GOAL, MEMBERS_GOAL):
        assert statement in text
    # Six responses over both phases: 4, 5, 3, 5, 5, 4.
    assert f"{RATING}: {de('mean')} 4,3, {de('median')} 4,5 (n = 6)" in text


def test_a_goal_missed_by_the_end_of_its_phase_is_missed_in_the_phase_report(world):
    """Phase 2 ended long ago with three of four network meetings: the dashboard says missed,
    and so must the interim report of that phase (and not "at risk", as on its last day)."""
    dashboard = soup(world.as_manager.get(reverse("evaluation:dashboard")))
    report = soup(world.as_manager.get(phase_url(2)))

    later = [row for row in goal_rows(dashboard) if LATER_GOAL in row[0]]
    assert later and later[0][2:] == ["3", de("Missed")]
    assert goal_rows(report) == [
        [f"3. {LATER_GOAL}", measured("", 4), "3", de("Missed")],
        [f"4. {MEMBERS_GOAL}", "–", MEMBERS_NOTE, de("At risk")],
    ]


# Quotes ------------------------------------------------------------------------------------------


def quote(client, world, text: str, quoted: str = "1"):
    answer = world.answers[text]
    results = reverse("evaluation_results:results", args=[world.page.pk])
    return client.post(
        reverse("evaluation_results:answer_quote", args=[world.page.pk, answer.pk]),
        {"quoted": quoted, "next": f"{results}#question-x"},
    )


def test_a_quoted_answer_appears_in_the_report_of_its_phase(manager_client, world):
    chosen, later = PHASE_1_ANSWERS[1][2], PHASE_2_ANSWERS[0][2]

    response = quote(manager_client, world, chosen)
    quote(manager_client, world, later)

    assert response.status_code == 302
    results = reverse("evaluation_results:results", args=[world.page.pk])
    assert response["Location"] == f"{results}#question-x"
    assert Answer.objects.get(pk=world.answers[chosen].pk).quoted
    page = soup(manager_client.get(phase_url(1)))
    heading = page.find("h5", string=de("Selected answers"))
    assert heading is not None
    assert quotes(page) == [chosen], "only the chosen answer, and only of this phase"
    assert quotes(soup(manager_client.get(phase_url(2)))) == [later]
    report = soup(manager_client.get(results))
    marked = [
        text_of(item.blockquote)
        for item in report.select(".report-texts li")
        if de("quoted in the phase report") in text_of(item)
    ]
    assert sorted(marked) == sorted([chosen, later])

    quote(manager_client, world, chosen, quoted="0")

    assert quotes(soup(manager_client.get(phase_url(1)))) == []


def test_an_evaluator_cannot_quote(evaluator_client, world):
    text = PHASE_1_ANSWERS[0][2]

    response = quote(evaluator_client, world, text)

    assert refused(response)
    assert not Answer.objects.get(pk=world.answers[text].pk).quoted
    results = reverse("evaluation_results:results", args=[world.page.pk])
    report = soup(world.as_evaluator.get(results))
    assert text in [text_of(item) for item in report.select(".report-texts blockquote")]
    assert report.select("form.report-texts__quote") == [], "no buttons for the evaluator"
    assert soup(world.as_manager.get(results)).select("form.report-texts__quote")


# Sending freezes the report ----------------------------------------------------------------------


def send(client, number: int):
    return client.post(phase_url(number, "_send"))


def test_a_sent_report_keeps_its_figures_and_pdf_while_the_dashboard_counts_on(
    manager_client, world
):
    response = send(manager_client, 1)

    assert response.status_code == 302
    assert response["Location"] == phase_url(1)
    sent = SentReport.objects.get()
    assert (sent.scope, sent.phase, sent.sent_by) == ("phase", world.phase_1, world.manager)
    assert [goal["actual"] for goal in sent.figures["goals"]] == [2, None]
    assert sent.figures["key_figures"][0] == {"label": de("Network meetings held"), "value": 2}
    stored = bytes(sent.pdf)
    assert stored.startswith(b"%PDF")
    assert "Projektphase 1" in pdf_text(stored)

    # The data goes on: a third meeting in phase 1, a higher target, a poor rating.
    meeting = world.pages.event(
        title="Netzwerktreffen Sommer", kind=EventKind.NETWORK_MEETING, start=berlin(2013, 6, 5)
    )
    RegistrationFactory(event=meeting, organisation=world.verein_a, attended=True)
    Goal.objects.filter(pk=world.meetings_goal.pk).update(target=5)
    submit(world.page, language="de", day=D(2013, 6, 1), answers={RATING: 1})

    page = soup(manager_client.get(phase_url(1)))
    assert goal_rows(page)[0] == [
        f"1. {MEETINGS_GOAL}",
        measured("mindestens zwei Treffen", 2),
        "2",
        de("Met"),
    ]
    assert key_figures(page)[de("Network meetings held")] == "2"
    section = page.select_one(".report-questionnaire")
    assert text_of(section.p) == de_plural("%(count)s response", "%(count)s responses", 3)
    assert text_of(section.select_one(".report-question__figures")).endswith("(n = 3)")
    day = timezone.localtime(sent.sent_at)
    assert de("As sent on %(day)s", day=f"{day:%d.%m.%Y}") in text_of(page)
    assert page.select("form.report-send") == [], "nothing left to send"
    pdf = manager_client.get(phase_url(1, "_pdf"))
    assert pdf.content == stored

    dashboard = soup(manager_client.get(reverse("evaluation:dashboard")))
    assert goal_rows(dashboard)[0] == [
        f"1. {MEETINGS_GOAL}",
        measured("mindestens zwei Treffen", 5),
        "3",
        de("Missed"),
    ]
    figures = dashboard.find("caption", string=de("Key figures per phase")).find_parent("table")
    meetings = next(
        row for row in figures.tbody("tr") if text_of(row.th) == de("Network meetings held")
    )
    assert [text_of(cell) for cell in meetings("td")] == ["3", "1"]
    live = soup(manager_client.get(phase_url(2)))
    assert key_figures(live)[de("Network meetings held")] == "1", "unsent: live"


def test_a_report_is_sent_once(manager_client, world):
    send(manager_client, 1)
    stored = bytes(SentReport.objects.get().pdf)

    response = send(manager_client, 1)

    assert response.status_code == 302
    assert SentReport.objects.count() == 1
    assert bytes(SentReport.objects.get().pdf) == stored
    page = manager_client.get(response["Location"])
    message = de("This report has already been sent; it stays as it was sent.")
    assert message in page.content.decode()


def test_the_evaluator_cannot_send_a_report(evaluator_client, world):
    response = send(evaluator_client, 1)
    final = evaluator_client.post(reverse("evaluation:final_report_send"))

    assert refused(response) and refused(final)
    assert not SentReport.objects.exists()


# The evaluator -----------------------------------------------------------------------------------


def test_the_evaluator_reads_every_report_and_the_pdf(world):
    urls = [
        reverse("evaluation:dashboard"),
        phase_url(1),
        reverse("evaluation:final_report"),
        reverse("evaluation_results:results", args=[world.page.pk]),
    ]

    for url in urls:
        assert world.as_evaluator.get(url).status_code == 200, url
    page = soup(world.as_evaluator.get(phase_url(1)))
    assert goal_rows(page)[0][2:] == ["2", de("Met")]
    assert page.select("form.report-send") == [], "no sending for the evaluator"
    assert soup(world.as_manager.get(phase_url(1))).select("form.report-send")
    pdf = world.as_evaluator.get(phase_url(1, "_pdf"))
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert MEETINGS_GOAL in pdf_text(pdf.content)


def test_without_a_role_the_reports_stay_closed(client, world):
    urls = [reverse("evaluation:dashboard"), phase_url(1), phase_url(1, "_pdf")]

    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url
