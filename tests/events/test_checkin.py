"""Check-in at the door: the admission code (QR on the registration page, or typed) is not
guessable and opens nothing for anyone but the network manager; checking in twice is harmless;
the door list can be searched on a phone; the sign-in sheet is a PDF for the manager only."""

import datetime
import io

import pytest
from django.utils import timezone
from pypdf import PdfReader

from events import checkin, services
from events.factories import RegistrationFactory
from events.models import Registration, RegistrationStatus
from tests.events.conftest import login
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def door(cast, publish_event):
    """An event that began ten minutes ago: Aylin and Bora registered, Carla waits."""
    event = publish_event(
        title="Netzwerktreffen", capacity=2, start=timezone.now() - datetime.timedelta(minutes=10)
    )
    people = {
        "aylin": RegistrationFactory(
            event=event, name="Aylin Demir", organisation=cast.organisation_a
        ),
        "bora": RegistrationFactory(event=event, name="Bora Yılmaz", organisation_name="Elternrat"),
        "carla": RegistrationFactory(
            event=event, name="Carla Haddad", status=RegistrationStatus.WAITING
        ),
    }
    return event, people


def test_a_code_cannot_be_guessed_or_turned_into_another(door):
    _event, people = door
    code = checkin.admission_code(people["aylin"])
    assert checkin.registration_from_code(code) == people["aylin"]
    number, mac = code.split("-")
    other = people["bora"].pk
    for forged in (
        f"{other}-{mac}",
        f"{number}-{'A' * len(mac)}",
        f"{number}",
        "",
        "../../admin",
        f"{number}-{mac}x",
    ):
        assert checkin.registration_from_code(forged) is None, forged


def test_a_code_is_read_leniently_as_typed_or_scanned(door):
    _event, people = door
    code = checkin.admission_code(people["aylin"])
    typed = code.lower().replace("o", "0").replace("i", "1").replace("b", "8")
    assert checkin.registration_from_code(f"  {typed} ") == people["aylin"]
    assert checkin.registration_from_code(checkin.admission_url(people["aylin"])) == people["aylin"]


def test_the_registration_page_shows_the_qr_code_and_the_code(client, door):
    _event, people = door
    path = services.registration_url(people["carla"]).split("localhost", 1)[-1]
    page = soup(client.get(path))
    assert page.select_one(".admission-qr svg[role=img] title")
    code = page.select_one(".admission-code bdi[dir=ltr]").get_text()
    assert code == checkin.admission_code(people["carla"])


ROLES = {"anonymous": 302, "editor": 302, "member_a": 403, "contact_a": 403}


@pytest.mark.parametrize(("role", "status"), ROLES.items())
def test_nobody_but_the_network_manager_checks_in_or_prints(client, cast, door, role, status):
    event, people = door
    user = cast.by_role(role)
    if user is not None:
        login(client, user)
    code = checkin.admission_code(people["aylin"])
    assert client.get(f"/de/extranet/einlass/{code}/").status_code == status
    assert client.post(f"/de/extranet/einlass/{code}/").status_code == status
    url = f"/de/extranet/veranstaltungen/{event.pk}/einlass/"
    assert client.post(url, {"code": code}).status_code == status
    assert (
        client.get(f"/de/extranet/veranstaltungen/{event.pk}/unterschriftenliste.pdf").status_code
        == status
    )
    assert Registration.objects.get(pk=people["aylin"].pk).attended is None


def test_scanning_shows_the_person_and_checking_in_twice_is_harmless(client, cast, door):
    event, people = door
    login(client, cast.manager)
    url = f"/de/extranet/einlass/{checkin.admission_code(people['carla'])}/"
    page = soup(client.get(url))
    assert "Carla Haddad" in page.select_one(".checkin-name").get_text()
    assert Registration.objects.get(pk=people["carla"].pk).attended is None  # GET changes nothing

    response = client.post(url, follow=True)
    assert "ist eingecheckt" in soup(response).select_one(".messages").get_text()
    carla = Registration.objects.get(pk=people["carla"].pk)
    # Came from the waiting list: registered now, as when ticked.
    assert carla.attended and carla.status == RegistrationStatus.REGISTERED

    again = client.post(url, follow=True)
    assert again.status_code == 200
    assert "bereits eingecheckt" in soup(again).select_one(".messages").get_text()
    assert Registration.objects.filter(event=event, attended=True).count() == 1


def test_a_typed_code_checks_in_and_bad_codes_get_a_message(client, cast, door, publish_event):
    event, people = door
    login(client, cast.manager)
    url = f"/de/extranet/veranstaltungen/{event.pk}/einlass/"
    response = client.post(url, {"code": checkin.admission_code(people["bora"])})
    assert response.status_code == 302
    assert Registration.objects.get(pk=people["bora"].pk).attended

    for bad, message in (
        ("", "Dieses Feld muss ausgefüllt werden."),
        ("123-AAAAAAAA", "Dieser Code ist ungültig."),
    ):
        response = client.post(url, {"code": bad})
        assert response.status_code == 400
        assert message in response.content.decode()

    elsewhere = publish_event(title="Anderer Abend")
    stranger = RegistrationFactory(event=elsewhere, name="Dilek")
    response = client.post(url, {"code": checkin.admission_code(stranger)})
    assert response.status_code == 400
    assert "Anderer Abend" in response.content.decode()
    assert not Registration.objects.get(pk=stranger.pk).attended


def test_check_in_opens_an_hour_before_the_start(client, cast, publish_event):
    event = publish_event(start=timezone.now() + datetime.timedelta(hours=3))
    registration = RegistrationFactory(event=event)
    login(client, cast.manager)
    response = client.post(f"/de/extranet/einlass/{checkin.admission_code(registration)}/")
    assert response.status_code == 409
    assert "eine Stunde vor Beginn" in soup(response).select_one("[role=alert]").get_text()
    event.start = timezone.now() + datetime.timedelta(minutes=30)
    event.end = event.start + datetime.timedelta(hours=2)
    event.save()
    _registration, already = services.registration_check_in(
        by=cast.manager, registration=registration
    )
    assert not already


def test_an_unconfirmed_registration_is_not_checked_in(cast, door):
    event, _people = door
    pending = RegistrationFactory(event=event, status=RegistrationStatus.PENDING)
    with pytest.raises(services.RegistrationError) as error:
        services.registration_check_in(by=cast.manager, registration=pending)
    assert error.value.code == "unconfirmed"


def test_the_door_list_is_searched_by_name_and_organisation(client, cast, door):
    event, people = door
    login(client, cast.manager)
    url = f"/de/extranet/veranstaltungen/{event.pk}/anwesenheit/"
    names = lambda q: [  # noqa: E731
        row.select_one("strong").get_text()
        for row in soup(client.get(url, {"q": q})).select(".attendance-row")
    ]
    assert names("yıl") == ["Bora Yılmaz"]
    assert names("eltern") == ["Bora Yılmaz"]
    assert names(cast.organisation_a.name.split()[0]) == ["Aylin Demir"]
    assert len(names("")) == 3


def test_saving_a_searched_list_leaves_the_others_marks_alone(client, cast, door):
    event, people = door
    Registration.objects.filter(pk=people["aylin"].pk).update(attended=True)
    login(client, cast.manager)
    url = f"/de/extranet/veranstaltungen/{event.pk}/anwesenheit/"
    counts = {"walk_ins": 0, "guests": 0, "shown_only": "1"}
    bora = people["bora"].pk
    response = client.post(url, {"listed": [bora], "present": [bora], **counts})
    assert response.status_code == 302
    assert Registration.objects.get(pk=people["aylin"].pk).attended is True
    assert Registration.objects.get(pk=bora).attended is True
    # A search that found nobody, saved: nobody's mark changes.
    assert client.post(url, counts).status_code == 302
    assert Registration.objects.filter(event=event, attended=True).count() == 2


def test_the_sign_in_sheet_lists_everyone_in_the_managers_language(client, cast, door):
    """Rendered once: PDFs are slow."""
    event, _people = door
    login(client, cast.manager)
    response = client.get(f"/ar/extranet/veranstaltungen/{event.pk}/unterschriftenliste.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    for name in ("Aylin Demir", "Bora", "Carla Haddad"):
        assert name in text
    assert "التوقيع" in text


def test_the_door_pages_read_right_to_left_in_arabic(client, cast, door):
    event, people = door
    login(client, cast.manager)
    code = checkin.admission_code(people["bora"])
    for url in (
        f"/ar/extranet/veranstaltungen/{event.pk}/anwesenheit/?q=bora",
        f"/ar/extranet/einlass/{code}/",
        f"/ar/extranet/veranstaltungen/{event.pk}/nachricht/",
    ):
        page = soup(client.get(url))
        assert (page.html["lang"], page.html["dir"]) == ("ar", "rtl"), url
    # The name in Latin letters is isolated, so it keeps its order in the Arabic sentence.
    assert page.select_one("h1").get_text()
    scan = soup(client.get(f"/ar/extranet/einlass/{code}/"))
    assert scan.select_one(".checkin-name bdi").get_text() == "Bora Yılmaz"
    assert "تسجيل الحضور" in scan.select_one(".checkin-form button").get_text()
