"""The organisations × modules matrix by project phase, as the network manager and the evaluator
read it: on the page, as CSV and as XLSX (the same figures), with a clear 400 for a phase that
does not exist, and a person added at the door counting for their organisation. The world of
the indicator tests is built once for this module."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from events.models import Registration
from tests.evaluation.test_indicators import build_world
from tests.html import soup
from tests.worlds import world_once

pytestmark = pytest.mark.django_db

MODULES = ["1. Kommunale Strukturen", "2. Öffentlichkeitsarbeit", "3. Fördermittel"]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with world_once(django_db_blocker):
        yield build_world()


def de(message: str) -> str:
    with translation.override("de"):
        return gettext(message)


def page_matrix(response) -> dict[str, list[str]]:
    """Organisation → its cells as shown ("✓ 1" or "–"), and the footer's totals."""
    table = soup(response).select_one("table.report-matrix")
    assert [th.get_text(strip=True) for th in table.select("thead th")][1:-1] == MODULES
    rows = {
        row.th.get_text(strip=True): [
            td.get_text(strip=True) if "report-matrix__yes" in td["class"] else "–"
            for td in row.find_all("td")[:-1]
        ]
        for row in table.select("tbody tr")
    }
    rows["totals"] = [td.get_text(strip=True) for td in table.select("tfoot td")][:-1]
    return rows


def test_the_matrix_of_one_phase_counts_that_phase_alone(client, world):
    client.force_login(world.cast.manager)

    every = page_matrix(client.get(reverse("evaluation:matrix")))
    first = page_matrix(client.get(reverse("evaluation:matrix"), {"phase": 1}))
    second = client.get(reverse("evaluation:matrix"), {"phase": 2})

    assert every["Verein A e.V."] == ["✓ 1", "✓ 1", "–"]
    # Phase 1 (January to June 2013): the first session of module 1 only.
    assert first == {
        "Verein A e.V.": ["✓ 1", "–", "–"],
        "Verein B e.V.": ["–", "–", "–"],
        "Verein C e.V.": ["–", "–", "–"],
        "Verein D e.V.": ["–", "–", "–"],
        "totals": ["1", "0", "0"],
    }
    # Phase 2: the second session of module 1 (C) and module 2 (A and B).
    assert page_matrix(second) == {
        "Verein A e.V.": ["–", "✓ 1", "–"],
        "Verein B e.V.": ["–", "✓ 1", "–"],
        "Verein C e.V.": ["✓ 1", "–", "–"],
        "Verein D e.V.": ["–", "–", "–"],
        "totals": ["1", "2", "0"],
    }
    page = soup(second)
    assert page.select_one("#id_phase option[selected]")["value"] == "2"
    exports = {a.get_text(strip=True): a["href"] for a in page.select("ul.report-links a")}
    assert exports[de("Matrix as CSV")] == reverse("evaluation:matrix_csv") + "?phase=2"
    assert exports[de("Matrix as Excel workbook")] == reverse("evaluation:matrix_xlsx") + "?phase=2"


def test_the_exports_hold_the_figures_of_the_page(client, world):
    client.force_login(world.cast.evaluator)

    response = client.get(reverse("evaluation:matrix_csv"), {"phase": 2})
    workbook = client.get(reverse("evaluation:matrix_xlsx"), {"phase": 2})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="organisationen-und-module-phase-2.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1] == [de("Project phase"), "2. Verstetigung (01.07.2013–31.12.2013)"]
    header = rows.index([de("Organisation"), *MODULES, de("Modules taken part in")])
    assert rows[header + 1 :] == [
        ["Verein A e.V.", "0", "1", "0", "1"],
        ["Verein B e.V.", "0", "1", "0", "1"],
        ["Verein C e.V.", "1", "0", "0", "1"],
        ["Verein D e.V.", "0", "0", "0", "0"],
        [de("Organisations taking part"), "1", "2", "0", ""],
    ]

    assert workbook.status_code == 200
    assert 'filename="organisationen-und-module-phase-2.xlsx"' in workbook["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(workbook.content)).active
    values = [
        [cell for cell in row if cell is not None] for row in sheet.iter_rows(values_only=True)
    ]
    assert values[header + 1] == ["Verein A e.V.", 0, 1, 0, 1]
    assert values[-1] == [de("Organisations taking part"), 1, 2, 0]
    assert values[1] == rows[1]


def test_the_whole_project_is_exported_without_a_phase(client, world):
    client.force_login(world.cast.manager)

    response = client.get(reverse("evaluation:matrix_csv"))

    assert 'filename="organisationen-und-module.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1] == [de("Project phase"), de("All phases")]
    assert ["Verein A e.V.", "1", "1", "0", "2"] in rows


@pytest.mark.parametrize("phase", ["9", "zwei"])
def test_a_phase_that_does_not_exist_gets_a_clear_400(client, world, phase):
    client.force_login(world.cast.manager)

    response = client.get(reverse("evaluation:matrix"), {"phase": phase})
    export = client.get(reverse("evaluation:matrix_csv"), {"phase": phase}, follow=True)

    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("table.report-matrix") is None
    assert page.select_one("[role=alert]") is not None
    assert page.select_one("#id_phase").find_parent(class_="report-filters__field--error")
    assert export.redirect_chain[-1][0] == reverse("evaluation:matrix")
    assert export["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("role", ["member_a", "contact_a"])
def test_the_matrix_exports_are_for_report_readers_only(client, world, role):
    client.force_login(getattr(world.cast, role))

    for name in ("evaluation:matrix_csv", "evaluation:matrix_xlsx"):
        response = client.get(reverse(name), {"phase": 2})
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
        assert b"Verein A" not in response.content


def test_a_person_added_at_the_door_counts_for_their_organisation(client, world):
    """Verein D took part in nothing; one of its people came to module 2 unregistered."""
    client.force_login(world.cast.manager)
    event = world.events["m2"]

    added = client.post(
        f"/de/extranet/veranstaltungen/{event.pk}/anwesenheit/person-hinzufuegen/",
        {"name": "Nilay", "organisation": world.cast.organisation_d.pk, "language": "de"},
    )

    assert added.status_code == 302
    assert Registration.objects.get(name="Nilay").walk_in
    second = page_matrix(client.get(reverse("evaluation:matrix"), {"phase": 2}))
    assert second["Verein D e.V."] == ["–", "✓ 1", "–"]
    assert second["totals"] == ["1", "3", "0"]
    rows = list(
        csv.reader(
            io.StringIO(
                client.get(reverse("evaluation:matrix_csv"), {"phase": 2}).content.decode(
                    "utf-8-sig"
                )
            )
        )
    )
    assert ["Verein D e.V.", "0", "1", "0", "1"] in rows
