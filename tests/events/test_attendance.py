"""Attendance from the outside: who may mark it, the fast list, walk-ins and guests, the counts
per event, module, organisation and phase that the reports read, the participant list as CSV
and XLSX, and the certificate of attendance as PDF in the participant's language."""

import csv
import datetime
import io

import openpyxl
import pytest
from pypdf import PdfReader

from events import selectors, services
from events.factories import QualificationModuleFactory, RegistrationFactory
from events.models import EventAttendance, EventKind, Registration
from members.factories import ProjectPhaseFactory
from tests.events.conftest import berlin, in_days, login

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(cast, publish_event):
    """A past module session with three registrations: two of organisation A, one visitor."""
    module = QualificationModuleFactory(number=1, title="Kommunale Strukturen")
    event = publish_event(
        title="Modul 1, Termin 1",
        kind=EventKind.MODULE_SESSION,
        module=module,
        start=in_days(-2, hour=10),
        capacity=20,
    )
    RegistrationFactory(event=event, name="Aylin", organisation=cast.organisation_a)
    RegistrationFactory(event=event, name="Bora", organisation=cast.organisation_a, language="tr")
    RegistrationFactory(event=event, name='=HYPERLINK("x")', organisation_name="Gast")
    return event


ROLES = {
    "anonymous": 302,
    "editor": 302,
    "member_a": 403,
    "contact_a": 403,
    "manager": 200,
}


@pytest.mark.parametrize(("role", "status"), ROLES.items())
def test_only_the_network_manager_marks_attendance_and_exports(client, cast, session, role, status):
    user = cast.by_role(role)
    if user is not None:
        login(client, user)
    for url in (
        f"/de/extranet/veranstaltungen/{session.pk}/anwesenheit/",
        f"/de/extranet/veranstaltungen/{session.pk}/teilnehmende.csv",
        f"/de/extranet/veranstaltungen/{session.pk}/teilnehmende.xlsx",
    ):
        assert client.get(url).status_code == status, url
    response = client.post(
        f"/de/extranet/veranstaltungen/{session.pk}/anwesenheit/",
        {"present": [r.pk for r in Registration.objects.all()], "walk_ins": 5, "guests": 1},
    )
    assert response.status_code == (302 if status == 200 else status)
    marked = Registration.objects.filter(attended=True).count()
    assert marked == (3 if status == 200 else 0)


def test_marking_attendance_and_counting_walk_ins(client, cast, session):
    login(client, cast.manager)
    aylin, bora, guest = Registration.objects.order_by("pk")

    page = client.get(f"/de/extranet/veranstaltungen/{session.pk}/anwesenheit/")
    assert page.status_code == 200
    assert page.content.decode().count('name="present"') == 3

    response = client.post(
        f"/de/extranet/veranstaltungen/{session.pk}/anwesenheit/",
        {"present": [aylin.pk, guest.pk], "walk_ins": 4, "guests": 2},
    )

    assert response.status_code == 302
    assert list(Registration.objects.order_by("pk").values_list("attended", flat=True)) == [
        True,
        False,
        True,
    ]
    counts = selectors.attendance_for_event(session)
    assert counts == {
        "registered": 3,
        "added_at_door": 0,
        "attended": 2,
        "walk_ins": 4,
        "guests": 2,
        "total": 8,
    }


@pytest.mark.parametrize(
    "data",
    [
        {"walk_ins": -1, "guests": 0},
        {"walk_ins": "viele", "guests": 0},
        {"walk_ins": 1, "guests": 0, "present": ["abc"]},
    ],
)
def test_bad_attendance_input_changes_nothing(client, cast, session, data):
    login(client, cast.manager)
    response = client.post(f"/de/extranet/veranstaltungen/{session.pk}/anwesenheit/", data)
    assert response.status_code == 400
    assert not Registration.objects.filter(attended__isnull=False).exists()
    assert not EventAttendance.objects.exists()


def test_counts_per_event_module_organisation_and_phase(cast, publish_event):
    phase_1 = ProjectPhaseFactory(
        number=1, start_date=datetime.date(2013, 1, 1), end_date=datetime.date(2013, 12, 31)
    )
    ProjectPhaseFactory(
        number=2, start_date=datetime.date(2014, 1, 1), end_date=datetime.date(2014, 12, 31)
    )
    module = QualificationModuleFactory(number=3, title="PR", phase=phase_1)
    meeting = publish_event(kind=EventKind.NETWORK_MEETING, start=berlin(2013, 3, 20))
    session = publish_event(
        kind=EventKind.MODULE_SESSION, module=module, start=berlin(2013, 6, 8, 10)
    )
    later = publish_event(kind=EventKind.NETWORK_MEETING, start=berlin(2014, 2, 5))
    for event, people in ((meeting, 3), (session, 2), (later, 1)):
        for _number in range(people):
            RegistrationFactory(event=event, organisation=cast.organisation_a, attended=True)
        RegistrationFactory(event=event, organisation=cast.organisation_b, attended=False)
    EventAttendance.objects.create(event=meeting, walk_ins=2, guests=1)

    phases = {row["phase"].number: row for row in selectors.attendance_by_phase()}
    modules = {row["module"].number: row for row in selectors.attendance_by_module()}
    organisations = {
        row["organisation__name"]: row for row in selectors.attendance_by_organisation()
    }

    assert phases[1]["network_meetings"] == 1
    assert phases[1]["module_sessions"] == 1
    assert phases[1]["attended"] == 5
    assert phases[1]["total"] == 8
    assert phases[1]["organisations"] == 1
    assert phases[2]["network_meetings"] == 1
    assert phases[2]["total"] == 1
    assert modules[3]["events"] == 1
    assert modules[3]["attended"] == 2
    assert organisations["Verein A e.V."] == {
        "organisation__pk": cast.organisation_a.pk,
        "organisation__name": "Verein A e.V.",
        "people": 6,
        "events": 3,
    }
    assert "Verein B e.V." not in organisations


def test_participant_list_as_csv_and_xlsx(client, cast, session):
    login(client, cast.manager)
    csv_response = client.get(f"/de/extranet/veranstaltungen/{session.pk}/teilnehmende.csv")
    xlsx_response = client.get(f"/de/extranet/veranstaltungen/{session.pk}/teilnehmende.xlsx")

    assert csv_response["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Name", "E-Mail", "Organisation", "Status"]
    names = [row[0] for row in rows[1:]]
    assert sorted(names) == sorted(["Aylin", "Bora", '\'=HYPERLINK("x")'])
    assert {row[2] for row in rows[1:]} == {"Verein A e.V.", "Gast"}

    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_response.content))
    sheet = workbook.active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Modul 1, Termin 1"
    header = values[3]
    assert header[:3] == ["Name", "E-Mail", "Organisation"]
    people = {row[0] for row in values[4:]}
    assert people == {"Aylin", "Bora", '=HYPERLINK("x")'}
    # Written as text, never as a formula.
    assert all(cell.data_type == "s" for row in sheet.iter_rows(min_row=5) for cell in row[:1])


def _pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_certificate_for_who_attended_in_their_language(client, cast, session):
    aylin, bora, _guest = Registration.objects.order_by("pk")
    services.attendance_record(
        by=cast.manager,
        event=session,
        present={aylin.pk, bora.pk},
        listed={aylin.pk, bora.pk},
        walk_ins=0,
        guests=0,
    )

    german = client.get(
        f"/de/anmeldung/{services.registration_token(aylin)}/teilnahmebescheinigung.pdf"
    )
    turkish = client.get(
        f"/tr/anmeldung/{services.registration_token(bora)}/teilnahmebescheinigung.pdf"
    )

    assert german["Content-Type"] == "application/pdf"
    text = _pdf_text(german.content)
    assert "Teilnahmebescheinigung" in text
    assert "Aylin" in text
    assert "Kommunale Strukturen" in text
    assert "Verein A e.V." in text
    turkish_text = _pdf_text(turkish.content)
    assert "Bora" in turkish_text
    assert "Teilnahmebescheinigung" not in turkish_text
    # The registration page offers it.
    page = client.get(f"/de/anmeldung/{services.registration_token(aylin)}/")
    assert "teilnahmebescheinigung.pdf" in page.content.decode()


def test_no_certificate_without_attendance(client, session):
    registration = Registration.objects.first()
    response = client.get(
        f"/de/anmeldung/{services.registration_token(registration)}/teilnahmebescheinigung.pdf"
    )
    assert response.status_code == 404
