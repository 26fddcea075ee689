"""Who reads and who changes the reports, tried from the outside with every role on every report
and export URL: the network manager (by group and as superuser) reads and writes; the evaluator
(group "Evaluation") reads, and every write is refused and changes nothing; editors, members,
contact persons and visitors get no report content at all. Also the admin menu item, the page
listing's report button, and a contact person who sees their own figures in the extranet but no
admin report.

The data is built once for the module (inside a transaction that is rolled back at its end),
each test runs in its own savepoint on top of it."""

import datetime
from urllib.parse import urlparse

import pytest
from django.contrib.messages import constants as message_levels
from django.contrib.messages import get_messages
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from evaluation import metrics
from evaluation.factories import GoalFactory
from evaluation.models import Metric, SentReport
from events.factories import QualificationModuleFactory
from events.models import EventKind
from members.factories import ProjectPhaseFactory
from members.models import MinutesPage
from surveys.models import Answer
from tests.html import soup

from .test_indicators import (
    attended,
    berlin,
    build_cast,
    build_site,
    publish_event,
    publish_questionnaire,
    rating_steps,
    respond,
)

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member_a", "contact_a", "editor", "evaluator", "manager", "superuser"]
READERS = {"evaluator", "manager", "superuser"}
MANAGERS = {"manager", "superuser"}

QUESTIONNAIRE = "Fragebogen Leckprüfung"
MEETING = "Netzwerktreffen Leckprüfung"
GOAL = "Ziel Leckprüfung 0815"
QUOTE = "Zitat Nummer 4711"
# What no one without the right to read the reports may see in any response.
SECRETS = [QUESTIONNAIRE, MEETING, GOAL, QUOTE, "Verein A e.V."]

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def de(message: str) -> str:
    with translation.override("de"):
        return gettext(message)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """One phase (2013) with a network meeting (A: 2, B: 1 attended) and a module session (A:
    1), a goal measured by meetings, and a module questionnaire with three responses, one of
    them with a remark that could be quoted."""
    with django_db_blocker.unblock(), transaction.atomic():
        site = build_site()
        cast = build_cast()
        phase = ProjectPhaseFactory(
            number=1,
            title="Aufbau",
            start_date=datetime.date(2013, 1, 1),
            end_date=datetime.date(2013, 12, 31),
        )
        module = QualificationModuleFactory(number=1, title="Kommunale Strukturen", phase=phase)
        meeting = publish_event(
            site.calendar, title=MEETING, kind=EventKind.NETWORK_MEETING, start=berlin(2013, 3, 20)
        )
        session = publish_event(
            site.calendar,
            title="Modul 1, Termin 1",
            kind=EventKind.MODULE_SESSION,
            module=module,
            start=berlin(2013, 5, 4, 10),
        )
        attended(meeting, cast.organisation_a, 2)
        attended(meeting, cast.organisation_b, 1)
        attended(session, cast.organisation_a, 1)
        GoalFactory(number=1, phase=phase, statement=GOAL, metric=Metric.NETWORK_MEETINGS, target=1)
        questionnaire = publish_questionnaire(
            site.survey_index, title=QUESTIONNAIRE, steps=rating_steps(), module=module
        )
        respond(questionnaire, berlin(2013, 5, 5, 12), rating=4, recommend=9, text=QUOTE)
        respond(questionnaire, berlin(2013, 5, 6, 12), rating=5, recommend=10)
        respond(questionnaire, berlin(2013, 5, 7, 12), rating=3, recommend=7)
        minutes = site.minutes_index.add_child(
            instance=MinutesPage(
                title="Protokoll Leckprüfung",
                slug="protokoll",
                meeting_date=datetime.date(2013, 3, 20),
            )
        )
        minutes.save_revision().publish()
        quote = Answer.objects.get(text=QUOTE)
        yield {
            "site": site,
            "cast": cast,
            "phase": phase,
            "questionnaire": questionnaire,
            "quote": quote,
        }
        transaction.set_rollback(True)


def login_as(client, world, role: str) -> None:
    client.logout()
    user = world["cast"].by_role(role)
    if user is not None:
        client.force_login(user)


def path_of(response) -> str:
    return urlparse(response["Location"]).path


def errors_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request) if m.level == message_levels.ERROR]


def body(response) -> bytes:
    return b"".join(response) if response.streaming else response.content


def reads(world) -> dict[str, tuple[str, bytes]]:
    """Every report and export a reader opens: URL → (content type, what only it shows)."""
    pk = world["questionnaire"].pk
    period = metrics.phase_period(world["phase"])
    return {
        reverse("evaluation_results:results", args=[pk]): ("text/html", QUESTIONNAIRE.encode()),
        reverse("evaluation_results:results_csv", args=[pk]): ("text/csv", QUOTE.encode()),
        reverse("evaluation_results:results_xlsx", args=[pk]): (XLSX, b"PK"),
        reverse("evaluation:dashboard"): ("text/html", GOAL.encode()),
        metrics.evidence_url(Metric.NETWORK_MEETINGS, period): ("text/html", MEETING.encode()),
        reverse("evaluation:matrix"): ("text/html", b"Verein A e.V."),
        reverse("evaluation:matrix_csv") + "?phase=1": ("text/csv", b"Verein A e.V."),
        reverse("evaluation:matrix_xlsx"): (XLSX, b"PK"),
        reverse("evaluation:phase_report", args=[1]): ("text/html", GOAL.encode()),
        reverse("evaluation:phase_report_pdf", args=[1]): ("application/pdf", b"%PDF"),
        reverse("evaluation:final_report"): ("text/html", GOAL.encode()),
        reverse("evaluation:final_report_pdf"): ("application/pdf", b"%PDF"),
    }


def writes(world) -> dict[str, dict]:
    """Every change a report offers: URL → POST data."""
    pk = world["questionnaire"].pk
    results = reverse("evaluation_results:results", args=[pk])
    return {
        reverse("evaluation_results:answer_quote", args=[pk, world["quote"].pk]): {
            "quoted": "1",
            "next": results,
        },
        reverse("evaluation:phase_report_send", args=[1]): {},
        reverse("evaluation:final_report_send"): {},
    }


def state() -> tuple:
    return (
        sorted(Answer.objects.filter(quoted=True).values_list("pk", flat=True)),
        sorted(SentReport.objects.values_list("scope", "phase__number")),
    )


def refused(role: str, response) -> bool:
    """No report content: the admin's login for those without an admin account; the admin home
    with Wagtail's error (its answer to a view's PermissionDenied), or a 403, for the others."""
    if role in {"anonymous", "member_a", "contact_a"}:
        return response.status_code == 302 and path_of(response) == reverse("wagtailadmin_login")
    if response.status_code == 403:
        return True
    return (
        response.status_code == 302
        and path_of(response) == reverse("wagtailadmin_home")
        and errors_of(response) != []
    )


@pytest.mark.parametrize("role", ROLES)
def test_every_report_and_export_by_role(client, world, role):
    login_as(client, world, role)
    before = state()

    for url, (content_type, marker) in reads(world).items():
        response = client.get(url)
        content = body(response)
        if role in READERS:
            assert response.status_code == 200, (url, response.get("Location"))
            assert response["Content-Type"].startswith(content_type), url
            assert content.startswith(marker) if marker in (b"PK", b"%PDF") else marker in content
        else:
            assert refused(role, response), (url, response.status_code, response.get("Location"))
            for secret in SECRETS:
                assert secret.encode() not in content, (url, secret)

    for url, data in writes(world).items():
        response = client.post(url, data)
        if role in MANAGERS:
            assert response.status_code == 302, url
            assert path_of(response).startswith("/admin/"), url
            assert errors_of(response) == [], url
        else:
            assert refused(role, response), (url, response.status_code, response.get("Location"))
            for secret in SECRETS:
                assert secret.encode() not in body(response), (url, secret)

    if role in MANAGERS:
        quote = world["quote"].pk
        assert state() == ([quote], [("final", None), ("phase", 1)])
    else:
        assert state() == before == ([], [])


def test_the_managers_writes_land_where_they_belong(client, world):
    """The quote goes back to the report it came from; a report is sent once and stays."""
    login_as(client, world, "manager")
    quote_url, phase_send, final_send = writes(world)
    results = reverse("evaluation_results:results", args=[world["questionnaire"].pk])

    response = client.post(quote_url, {"quoted": "1", "next": f"{results}?language=de"})
    assert response["Location"] == f"{results}?language=de"
    outside = client.post(quote_url, {"quoted": "0", "next": "https://example.org/"})
    assert outside["Location"] == results
    assert not Answer.objects.get(pk=world["quote"].pk).quoted

    response = client.post(phase_send)
    assert response["Location"] == reverse("evaluation:phase_report", args=[1])
    sent = SentReport.objects.get()
    assert sent.sent_by == world["cast"].manager
    again = client.post(phase_send)
    assert errors_of(again) == [de("This report has already been sent; it stays as it was sent.")]
    assert SentReport.objects.get() == sent
    assert client.post(final_send)["Location"] == reverse("evaluation:final_report")
    assert SentReport.objects.count() == 2


@pytest.mark.parametrize("role", ["evaluator", "manager"])
def test_the_evaluator_reads_without_the_managers_controls(client, world, role):
    login_as(client, world, role)
    pk = world["questionnaire"].pk
    is_manager = role == "manager"

    report = soup(client.get(reverse("evaluation_results:results", args=[pk])))
    quote_forms = report.select("form[action*='/zitat/']")
    assert (len(quote_forms) > 0) is is_manager
    codes = reverse("surveys_admin:codes", args=[pk])
    assert (report.select_one(f"a[href='{codes}']") is not None) is is_manager

    for url in (
        reverse("evaluation:phase_report", args=[1]),
        reverse("evaluation:final_report"),
    ):
        page = soup(client.get(url))
        assert (page.select_one("form.report-send") is not None) is is_manager, url

    period = metrics.phase_period(world["phase"])
    evidence = soup(client.get(metrics.evidence_url(Metric.NETWORK_MEETINGS, period)))
    assert MEETING in evidence.get_text()
    # The attendance list is the network manager's tool, not a reader's.
    assert (de("Attendance list") in evidence.get_text()) is is_manager

    # The questionnaire's report is reached from the dashboard.
    dashboard = soup(client.get(reverse("evaluation:dashboard")))
    results = reverse("evaluation_results:results", args=[pk])
    assert dashboard.select_one(f"#questionnaires-heading ~ table a[href='{results}']")


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("editor", False),
        ("evaluator", True),
        ("manager", True),
        ("superuser", True),
    ],
)
def test_the_evaluation_menu_item(client, world, role, shown):
    login_as(client, world, role)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    content = response.content.decode()
    dashboard = reverse("evaluation:dashboard")
    # The sidebar's menu is rendered as JSON props: the item's URL is in the page iff shown.
    assert (f'"{dashboard}"' in content) is shown
    assert (f'"{de("Evaluation")}"' in content) is shown


@pytest.mark.parametrize(
    ("role", "report", "codes"),
    [
        ("editor", False, False),
        ("manager", True, True),
        ("superuser", True, True),
    ],
)
def test_the_report_button_in_the_page_listing(client, world, role, report, codes):
    login_as(client, world, role)
    questionnaire = world["questionnaire"]
    listing = reverse("wagtailadmin_explore", args=[world["site"].survey_index.pk])

    response = client.get(listing)

    assert response.status_code == 200
    content = response.content.decode()
    results = reverse("evaluation_results:results", args=[questionnaire.pk])
    assert (f'href="{results}"' in content) is report
    assert (f'href="{reverse("surveys_admin:codes", args=[questionnaire.pk])}"' in content) is codes


def test_the_evaluator_has_no_page_listing_and_so_no_report_button_there(client, world):
    """Evaluators have no page permissions: the page explorer is not theirs, the dashboard's
    list of questionnaires is their way to a report (see above)."""
    login_as(client, world, "evaluator")
    listing = reverse("wagtailadmin_explore", args=[world["site"].survey_index.pk])

    response = client.get(listing)

    assert refused("evaluator", response)
    assert QUESTIONNAIRE.encode() not in response.content


def test_a_contact_person_sees_their_own_figures_in_the_extranet_but_no_admin_report(client, world):
    cast = world["cast"]
    login_as(client, world, "contact_a")

    extranet = client.get("/de/extranet/")

    assert extranet.status_code == 200
    panels = soup(extranet).select("section[aria-labelledby^=panel-participation-]")
    assert [panel.h2.get_text(strip=True) for panel in panels] == [
        de("Participation of %(name)s") % {"name": cast.organisation_a.name}
    ]
    [panel] = panels
    phase_row = panel.select_one("tbody tr")
    assert phase_row.th.get_text(" ", strip=True).startswith("1. Aufbau")
    # Events, people, network meetings, module sessions of A in phase 1.
    assert [td.get_text(strip=True) for td in phase_row("td")] == ["2", "3", "1", "1"]
    assert "Verein B" not in extranet.content.decode()

    for url in (
        reverse("evaluation:dashboard"),
        reverse("evaluation:matrix"),
        reverse("evaluation_results:results", args=[world["questionnaire"].pk]),
    ):
        response = client.get(url)
        assert refused("contact_a", response), url
        assert b"Verein A" not in body(response)


def test_every_link_in_the_evaluators_evidence_opens_for_the_evaluator(client, world):
    """The evidence is the evaluator's to read; a link in it that only leads to "no
    permission" (the page editor, the snippet editor, members-only minutes) is a dead end."""
    login_as(client, world, "evaluator")
    period = metrics.phase_period(world["phase"])
    dead = []
    for metric in (Metric.NETWORK_MEETINGS, Metric.ORGANISATIONS, Metric.MODULE_RATING):
        page = soup(client.get(metrics.evidence_url(metric, period)))
        links = page.select("table a")
        # Only the questionnaire reports behind the mean rating are the evaluator's to open.
        assert bool(links) is (metric == Metric.MODULE_RATING), metric
        for link in links:
            response = client.get(link["href"])
            if response.status_code != 200:
                dead.append((metric.value, link.get_text(strip=True), link["href"]))
    assert dead == []
