"""The network manager reads the reports in the Wagtail admin, in German, in a real Chromium: the
goals with their status and the key figures (axe-core checks the page), the list behind a figure,
a questionnaire's report with its charts and tables (checked by axe too), a filter on the
Turkish responses whose Excel export holds exactly those, and an impossible period that is
refused with an alert that links to its field and shows no figures."""

import datetime
import uuid
from urllib.parse import parse_qs, urlparse

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from evaluation import metrics
from evaluation.factories import GoalFactory
from evaluation.models import Goal, GoalStatus, Metric
from events.factories import QualificationModuleFactory, RegistrationFactory
from events.models import EventKind
from members.factories import ProjectPhaseFactory
from surveys import services
from surveys.factories import steps_data
from surveys.services import AnswerValue
from tests.accessibility import assert_accessible
from tests.events.conftest import berlin
from tests.members.conftest import PASSWORD

from .conftest import CHOICES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RATING = "Wie zufrieden sind Sie insgesamt?"
CHOICE = "Wie haben Sie vom Modul erfahren?"
IMPROVE = "Was sollten wir verbessern?"
MEETING = "Netzwerktreffen im Rathaus"
TITLE = "Rückmeldung Modul 1"

# (language, day, rating, choice, text): five German and three Turkish responses in two phases.
RESPONSES = [
    ("de", datetime.date(2023, 3, 21), 5, 0, "Mehr Beispiele aus der Praxis."),
    ("tr", datetime.date(2023, 3, 21), 4, 1, "Daha fazla örnek."),
    ("de", datetime.date(2023, 5, 10), 4, 1, ""),
    ("de", datetime.date(2023, 9, 12), 3, 2, "Längere Pausen."),
    ("tr", datetime.date(2023, 10, 2), 5, 0, ""),
    ("de", datetime.date(2024, 2, 8), 2, 0, ""),
    ("tr", datetime.date(2024, 4, 15), 4, 1, "Teşekkürler."),
    ("de", datetime.date(2024, 6, 3), 5, 1, ""),
]
TURKISH = sum(1 for response in RESPONSES if response[0] == "tr")


def de(message) -> str:
    """`message` (a msgid or a lazy label) as the German admin shows it: its translation, or the
    English text itself while the catalog has none yet (the translations are done separately)."""
    with translation.override("de"):
        return gettext(message) if isinstance(message, str) else str(message)


def de_count(singular: str, plural: str, count: int) -> str:
    with translation.override("de"):
        return ngettext(singular, plural, count) % {"count": count}


def _spec(questionnaire, text: str):
    return next(
        question
        for step in questionnaire.original.step_specs()
        for question in step.questions
        if question.text == text
    )


@pytest.fixture
def reports_world(page_tree, cast, publish_event, publish_questionnaire):
    """(The page tree first: after a transactional test's flush, the staff roles need Wagtail's
    root page to grant their page permissions on.)

    Two past phases; an impact goal and three action goals (met and missed by the number of
    network meetings, one assessed by hand); a network meeting in phase 1 attended by two people
    of organisation A; an anonymous questionnaire on module 1 with the eight RESPONSES."""
    phase_1 = ProjectPhaseFactory(
        number=1,
        title="Aufbau",
        start_date=datetime.date(2023, 1, 1),
        end_date=datetime.date(2023, 12, 31),
    )
    phase_2 = ProjectPhaseFactory(
        number=2,
        title="Verstetigung",
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2024, 12, 31),
    )
    GoalFactory(
        kind=Goal.Kind.IMPACT, number=1, statement="Die Vereine arbeiten dauerhaft zusammen."
    )
    GoalFactory(
        number=1,
        phase=phase_1,
        statement="Das Netzwerk trifft sich regelmäßig.",
        target_description="mindestens ein Netzwerktreffen",
        metric=Metric.NETWORK_MEETINGS,
        target=1,
    )
    GoalFactory(
        number=2,
        phase=phase_2,
        statement="Die Vereine kennen die Angebote der Stadt.",
        assessment=GoalStatus.ON_TRACK,
        assessment_note="Wirkungsdialog im Mai 2024",
    )
    GoalFactory(
        number=3,
        phase=phase_2,
        statement="Das Netzwerk ist fest verankert.",
        target_description="drei Netzwerktreffen",
        metric=Metric.NETWORK_MEETINGS,
        target=3,
    )
    module = QualificationModuleFactory(number=1, title="Vereinsfinanzen", phase=phase_1)
    meeting = publish_event(
        title=MEETING, kind=EventKind.NETWORK_MEETING, start=berlin(2023, 3, 20)
    )
    for _person in range(2):
        RegistrationFactory(event=meeting, organisation=cast.organisation_a, attended=True)

    questionnaire = publish_questionnaire(
        title=TITLE,
        slug="rueckmeldung-modul-1",
        module=module,
        steps=steps_data(
            [
                (
                    "Ihre Bewertung",
                    [
                        (
                            "rating",
                            RATING,
                            {"faces": True, "low_label": "unzufrieden", "high_label": "zufrieden"},
                        ),
                        ("single_choice", CHOICE, {"code": "F1", "choices": CHOICES}),
                        ("long_text", IMPROVE, {}),
                    ],
                )
            ]
        ),
    )
    rating, choice, improve = (_spec(questionnaire, text) for text in (RATING, CHOICE, IMPROVE))
    for language, day, stars, chosen, text in RESPONSES:
        answers = [
            AnswerValue(rating.id, number=stars),
            AnswerValue(choice.id, choice=choice.choices[chosen][0]),
        ]
        if text:
            answers.append(AnswerValue(improve.id, text=text))
        services.response_submit(
            questionnaire=questionnaire,
            language=language,
            answers=answers,
            submission_key=uuid.uuid4(),
            now=timezone.make_aware(datetime.datetime.combine(day, datetime.time(10))),
        )
    return {"phases": (phase_1, phase_2), "questionnaire": questionnaire}


def _log_in(page, live_server) -> None:
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "manager")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.press("#id_password", "Enter")
    assert urlparse(page.url).path == "/admin/"


def _goal_row(page, statement: str):
    return page.locator("table.report-goals tbody tr", has_text=statement)


def _apply_filters(page):
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name=de("Apply filters")).click()
    return navigation.value


def test_manager_follows_goals_figures_and_a_filtered_questionnaire_report(
    live_server, reports_world, desktop, tmp_path
):
    page = desktop
    phase_1, _phase_2 = reports_world["phases"]
    questionnaire = reports_world["questionnaire"]
    _log_in(page, live_server)
    assert page.locator("html").get_attribute("lang") == "de"

    # The "Evaluation" item of the admin menu leads to the goals and indicators.
    dashboard_path = reverse("evaluation:dashboard")
    menu_item = page.locator(f'#wagtail-sidebar a[href="{dashboard_path}"]')
    assert de("Evaluation") in menu_item.inner_text()
    with page.expect_navigation():
        menu_item.click()
    assert urlparse(page.url).path == dashboard_path == "/admin/berichte/"
    assert de("Goals and indicators") in page.locator("h1").inner_text()

    # The goals with their status: met and missed by the figure, and assessed by hand.
    assert page.locator(".report-impact").inner_text().strip() == (
        "Die Vereine arbeiten dauerhaft zusammen."
    )
    met = _goal_row(page, "Das Netzwerk trifft sich regelmäßig.")
    assert met.locator(".status-tag--met").inner_text() == de(GoalStatus.MET.label)
    assert met.locator("td").nth(1).inner_text() == "1"
    assert de(Metric.NETWORK_MEETINGS.label) in met.locator("td").first.inner_text()
    missed = _goal_row(page, "Das Netzwerk ist fest verankert.")
    assert missed.locator(".status-tag--missed").inner_text() == de(GoalStatus.MISSED.label)
    assessed = _goal_row(page, "Die Vereine kennen die Angebote der Stadt.")
    assert assessed.locator(".status-tag--on_track").inner_text() == de(GoalStatus.ON_TRACK.label)
    assert "Wirkungsdialog im Mai 2024" in assessed.inner_text()

    # The key figures, a column per phase, each linking to the list it counts.
    figures = page.locator("section[aria-labelledby=figures-heading] table")
    assert figures.locator("thead th").count() == 3
    meetings_row = figures.locator("tbody tr", has_text=de(Metric.NETWORK_MEETINGS.label))
    assert meetings_row.locator("td").all_inner_texts() == ["1", "0"]
    participants_row = figures.locator("tbody tr", has_text=de(Metric.PARTICIPANTS.label))
    assert participants_row.locator("td").first.inner_text() == "2"
    assert_accessible(page)

    # A figure's link: the meeting it counts, with its attendance.
    evidence_url = metrics.evidence_url(Metric.NETWORK_MEETINGS, metrics.phase_period(phase_1))
    with page.expect_navigation():
        meetings_row.locator(f'a[href="{evidence_url}"]').click()
    assert page.url == live_server.url + evidence_url
    assert de(Metric.NETWORK_MEETINGS.label) in page.locator("h1").inner_text()
    listed = page.locator("table.report-table tbody tr")
    assert listed.count() == 1
    assert MEETING in listed.locator("th").inner_text()
    assert listed.locator("td").all_inner_texts()[:3] == ["20.03.2023", "2", "2"]
    assert_accessible(page)

    # Back to the dashboard, and from its table of questionnaires to the report.
    with page.expect_navigation():
        page.go_back()
    assert urlparse(page.url).path == dashboard_path
    questionnaires = page.locator("section[aria-labelledby=questionnaires-heading] table")
    row = questionnaires.locator("tbody tr", has_text=TITLE)
    assert row.locator("td").all_inner_texts() == ["Vereinsfinanzen", str(len(RESPONSES))]
    with page.expect_navigation():
        row.get_by_role("link", name=TITLE).click()
    report_path = reverse("evaluation_results:results", args=[questionnaire.pk])
    assert urlparse(page.url).path == report_path
    total = page.locator(".report-total")
    assert de_count("%(count)s response", "%(count)s responses", len(RESPONSES)) in (
        total.inner_text()
    )
    # The charts are inline SVG images with a name, each beside a table of its numbers.
    charts = page.locator("figure.chart svg[role=img]")
    assert charts.count() >= 3
    for index in range(charts.count()):
        chart = charts.nth(index)
        assert chart.get_attribute("aria-labelledby") or chart.locator("title").count()
    assert page.locator("figure.chart table").count() >= 3
    assert_accessible(page)

    # Only the Turkish responses.
    page.select_option("#id_language", label=de("Turkish"))
    response = _apply_filters(page)
    assert response.status == 200
    assert parse_qs(urlparse(page.url).query).get("language") == ["tr"]
    total_text = total.inner_text()
    assert de_count("%(count)s response", "%(count)s responses", TURKISH) in total_text
    assert de_count("%(count)s response", "%(count)s responses", len(RESPONSES)) not in total_text
    assert page.locator("#id_language").input_value() == "tr"

    # The Excel export of what is shown: the Turkish responses, and no others.
    xlsx = page.locator("a[href*='ergebnisse.xlsx']")
    assert "language=tr" in xlsx.get_attribute("href")
    with page.expect_download() as download_info:
        xlsx.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    workbook = openpyxl.load_workbook(saved, read_only=True)
    try:
        sheet = workbook[de("Responses")]
        rows = [row for row in sheet.iter_rows(values_only=True) if any(row)]
    finally:
        workbook.close()
    header, data = rows[0], rows[1:]
    assert len(data) == TURKISH
    language_column = header.index(de("Language"))
    assert {row[language_column] for row in data} == {"tr"}

    # An impossible period: refused in an alert that links to its field, and no figures.
    page.fill("#id_start", "2024-06-30")
    page.fill("#id_end", "2024-01-01")
    response = _apply_filters(page)
    assert response.status == 400
    alert = page.locator(".report-filters [role=alert]")
    assert alert.is_visible()
    assert de("The end of the period must not be before its start.") in alert.inner_text()
    link = alert.locator('a[href="#id_end"]')
    assert link.count() == 1
    link.click()
    assert page.evaluate("document.activeElement.id") == "id_end"
    assert page.input_value("#id_end") == "2024-01-01"
    assert page.locator("#id_end").get_attribute("aria-invalid") == "true"
    assert page.locator(".report-total").count() == 0
    assert page.locator("figure.chart").count() == 0
    assert page.locator("a[href*='ergebnisse.xlsx'], a[href*='ergebnisse.csv']").count() == 0
    assert_accessible(page)
