"""An organisation's participation: the figures per project phase and per qualification module
that `organisation_participation` counts from attended registrations, and the panel that shows
them to the organisation's contact persons, and to nobody else, on the extranet dashboard."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from events import selectors
from events.factories import QualificationModuleFactory, RegistrationFactory
from events.models import EventKind
from members.factories import OrganisationFactory, ProjectPhaseFactory
from members.services import membership_add
from tests.events.conftest import berlin, login
from tests.html import soup

pytestmark = pytest.mark.django_db

PANEL = "section[aria-labelledby^=panel-participation-]"


@pytest.fixture
def participation(cast, publish_event):
    """Two phases (2013, 2014), two modules, and attendance:

    - A: two network meetings in phase 1 (two people at the first, one at the second), one
      session of module 1 in phase 2, and another event in 2016, outside every phase. Not counted:
      a meeting where A's registrations were not marked as attended, and an attended
      registration at an event that is no longer published.
    - B: the first network meeting (one person) and a session of module 2 in phase 2 (three).
    """
    a, b = cast.organisation_a, cast.organisation_b
    phase_1 = ProjectPhaseFactory(
        number=1,
        title="Aufbau",
        start_date=datetime.date(2013, 1, 1),
        end_date=datetime.date(2013, 12, 31),
    )
    phase_2 = ProjectPhaseFactory(
        number=2,
        title="Verstetigung",
        start_date=datetime.date(2014, 1, 1),
        end_date=datetime.date(2014, 12, 31),
    )
    module_1 = QualificationModuleFactory(number=1, title="Kommunale Strukturen", phase=phase_1)
    module_2 = QualificationModuleFactory(number=2, title="Öffentlichkeitsarbeit", phase=phase_2)

    meeting_1 = publish_event(kind=EventKind.NETWORK_MEETING, start=berlin(2013, 3, 20))
    meeting_2 = publish_event(kind=EventKind.NETWORK_MEETING, start=berlin(2013, 9, 11))
    missed = publish_event(kind=EventKind.NETWORK_MEETING, start=berlin(2013, 11, 6))
    session_1 = publish_event(
        kind=EventKind.MODULE_SESSION, module=module_1, start=berlin(2014, 2, 8, 10)
    )
    session_2 = publish_event(
        kind=EventKind.MODULE_SESSION, module=module_2, start=berlin(2014, 5, 17, 10)
    )
    other = publish_event(kind=EventKind.OTHER, start=berlin(2016, 4, 2))
    withdrawn = publish_event(
        kind=EventKind.MODULE_SESSION, module=module_2, start=berlin(2014, 6, 14, 10)
    )
    withdrawn.unpublish()

    for event, organisation, people in (
        (meeting_1, a, 2),
        (meeting_2, a, 1),
        (session_1, a, 1),
        (other, a, 1),
        (withdrawn, a, 2),
        (meeting_1, b, 1),
        (session_2, b, 3),
    ):
        for _person in range(people):
            RegistrationFactory(event=event, organisation=organisation, attended=True)
    RegistrationFactory(event=missed, organisation=a, attended=False)
    RegistrationFactory(event=missed, organisation=a, attended=None)
    RegistrationFactory(event=session_1, organisation=a, attended=False)
    return {"phases": (phase_1, phase_2), "modules": (module_1, module_2)}


def _figures(row: dict) -> tuple:
    return (row["events"], row["people"], row["network_meetings"], row["module_sessions"])


def test_the_figures_of_organisation_a(cast, participation):
    result = selectors.organisation_participation(cast.organisation_a)

    assert [row["phase"] for row in result["phases"]] == list(participation["phases"])
    assert [_figures(row) for row in result["phases"]] == [(2, 3, 2, 0), (1, 1, 0, 1)]
    # The other event of 2016 lies outside every phase: counted in the totals only.
    assert result["totals"] == {
        "events": 4,
        "people": 5,
        "network_meetings": 2,
        "module_sessions": 1,
    }
    assert [
        (row["module"], row["title"], row["sessions"], row["attended"]) for row in result["modules"]
    ] == [
        (participation["modules"][0], "Kommunale Strukturen", 1, True),
        (participation["modules"][1], "Öffentlichkeitsarbeit", 0, False),
    ]
    assert result["recorded"] is True


def test_the_figures_of_organisation_b(cast, participation):
    result = selectors.organisation_participation(cast.organisation_b)

    assert [_figures(row) for row in result["phases"]] == [(1, 1, 1, 0), (1, 3, 0, 1)]
    assert _figures(result["totals"]) == (2, 4, 1, 1)
    assert [(row["sessions"], row["attended"]) for row in result["modules"]] == [
        (0, False),
        (1, True),
    ]


def test_an_organisation_without_attendance_has_nothing_recorded(participation):
    result = selectors.organisation_participation(OrganisationFactory(name="Verein C e.V."))

    assert result["recorded"] is False
    assert [_figures(row) for row in result["phases"]] == [(0, 0, 0, 0), (0, 0, 0, 0)]
    assert _figures(result["totals"]) == (0, 0, 0, 0)
    assert [row["attended"] for row in result["modules"]] == [False, False]


def test_module_titles_in_the_viewers_language_where_translated(cast, participation):
    module_1, _module_2 = participation["modules"]
    english = Locale.objects.get(language_code="en")
    translated = module_1.copy_for_translation(english)
    translated.title = "Municipal structures"
    translated.save()

    in_english = selectors.organisation_participation(cast.organisation_a, locale=english)
    with translation.override("en"):
        active = selectors.organisation_participation(cast.organisation_a)
    german = selectors.organisation_participation(cast.organisation_a)

    for result in (in_english, active):
        assert [row["title"] for row in result["modules"]] == [
            "Municipal structures",
            "Öffentlichkeitsarbeit",
        ]
        assert result["modules"][0]["module"] == module_1  # the default-language row
    assert [row["title"] for row in german["modules"]] == [
        "Kommunale Strukturen",
        "Öffentlichkeitsarbeit",
    ]


def test_the_counts_take_a_fixed_number_of_queries(cast, participation, publish_event):
    selectors.organisation_participation(cast.organisation_a)  # the locales, remembered after
    with CaptureQueriesContext(connection) as before:
        selectors.organisation_participation(cast.organisation_a)
    for day in range(1, 11):
        RegistrationFactory(
            event=publish_event(kind=EventKind.NETWORK_MEETING, start=berlin(2014, 3, day)),
            organisation=cast.organisation_a,
            attended=True,
        )
    with CaptureQueriesContext(connection) as after:
        result = selectors.organisation_participation(cast.organisation_a)

    assert result["totals"]["people"] == 15
    assert result["phases"][1]["network_meetings"] == 10
    # One more than the counts themselves: the phases' titles in the other languages.
    assert len(after) == len(before) <= 8


# The dashboard -------------------------------------------------------------------------------


def _rows(table) -> dict[str, list[str]]:
    """The rows of a table, keyed by the first line of their header cell."""
    rows = {}
    for row in table.select("tbody tr, tfoot tr"):
        header = row.find("th", scope="row")
        rows[header.find(string=True).strip()] = [td.get_text(strip=True) for td in row("td")]
    return rows


def _panels(client, path="/de/extranet/"):
    response = client.get(path)
    assert response.status_code == 200
    return soup(response).select(PANEL)


def test_the_contact_person_sees_the_figures_of_their_organisation(
    client, cast, extranet, participation
):
    login(client, cast.contact_a)

    [panel] = _panels(client)
    phases, modules = panel.select("table")

    assert "Verein A e.V." in panel.h2.get_text()
    assert "Verein B" not in panel.get_text()
    heading_id = panel["aria-labelledby"]
    assert panel.select_one(f"#{heading_id}") is panel.h2
    assert phases.caption and modules.caption
    assert modules.caption.get_text(strip=True) == "Qualifizierungsmodule"
    assert len(phases.select("thead th[scope=col]")) == 5
    assert _rows(phases) == {
        "1. Aufbau": ["2", "3", "2", "0"],
        "2. Verstetigung": ["1", "1", "0", "1"],
        phases.tfoot.th.get_text(strip=True): ["4", "5", "2", "1"],
    }
    assert _rows(modules) == {
        "1. Kommunale Strukturen": ["Ja", "1"],
        "2. Öffentlichkeitsarbeit": ["Nein", "0"],
    }


def test_the_contact_person_of_b_sees_b_and_not_a(client, cast, extranet, participation):
    login(client, cast.contact_b)

    [panel] = _panels(client)
    phases, modules = panel.select("table")

    assert "Verein B e.V." in panel.h2.get_text()
    assert "Verein A" not in panel.get_text()
    assert _rows(phases)["1. Aufbau"] == ["1", "1", "1", "0"]
    assert _rows(modules)["2. Öffentlichkeitsarbeit"] == ["Ja", "1"]


def test_module_titles_follow_the_dashboards_language(client, cast, extranet, participation):
    module_1, _module_2 = participation["modules"]
    translated = module_1.copy_for_translation(Locale.objects.get(language_code="en"))
    translated.title = "Municipal structures"
    translated.save()
    login(client, cast.contact_a)

    [panel] = _panels(client, "/en/extranet/")

    assert "1. Municipal structures" in panel.get_text()
    assert "Kommunale Strukturen" not in panel.get_text()


@pytest.mark.parametrize("role", ["member_a", "manager"])
def test_members_and_the_network_manager_get_no_panel(client, cast, extranet, participation, role):
    login(client, cast.by_role(role))

    page = client.get("/de/extranet/")

    assert page.status_code == 200
    assert soup(page).select(PANEL) == []
    assert "Kommunale Strukturen" not in page.content.decode()


def test_a_contact_person_of_two_organisations_gets_a_panel_for_each(
    client, cast, extranet, participation
):

    membership_add(user=cast.contact_a, organisation=cast.organisation_b, role="contact")
    login(client, cast.contact_a)

    panels = _panels(client)

    assert len(panels) == 2
    assert "Verein A e.V." in panels[0].h2.get_text()
    assert "Verein B e.V." in panels[1].h2.get_text()
    assert len({panel["aria-labelledby"] for panel in panels}) == 2


def test_nothing_recorded_yet(client, cast, extranet):
    login(client, cast.contact_b)

    [panel] = _panels(client)

    with translation.override("de"):
        nothing = translation.gettext("No participation recorded yet.")
    assert nothing in panel.get_text()
    assert panel.select("table") == []
    assert "Verein B e.V." in panel.h2.get_text()
