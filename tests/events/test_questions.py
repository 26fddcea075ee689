"""Registration questions: asked in the form in the visitor's language, stored with the
registration, shown only to the network management (door list, CSV, XLSX), refused with a
message when malformed, and removed with the registration's personal data."""

import csv
import io
import re

import openpyxl
import pytest
from django.core import mail
from wagtail.models import Locale

from events import questions, services
from events.factories import RegistrationFactory
from events.models import Registration
from members.models import SpokenLanguage
from tests.events.conftest import QUESTIONS, in_days, login
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(cast, question_event):
    """The cast brings the spoken languages that the interpreting question offers."""
    return question_event


def _keys(event) -> dict[str, str]:
    return {q.kind: q.key for q in questions.event_questions(event)}


def _public_post(client, event, language="de", **answers):
    keys = _keys(event)
    data = {
        "name": "Derya Aksoy",
        "email": "derya@example.org",
        "organisation_name": "Elternverein",
        "consent": "on",
    }
    data |= {f"question_{keys[kind]}": value for kind, value in answers.items()}
    url = (
        event.url
        if language == "de"
        else event.get_translation(Locale.objects.get(language_code=language)).url
    )
    return client.post(f"{url}anmelden/", data)


def test_the_form_asks_the_questions_in_the_visitors_language(client, event):
    page = soup(client.get(event.get_translation(Locale.objects.get(language_code="tr")).url))
    labels = [label.get_text(" ", strip=True) for label in page.select("form label")]
    assert any(label.startswith("Yemek") for label in labels)
    # Not yet translated: asked in German rather than not at all, and marked as German.
    assert any("Kinder" in label for label in labels)
    german = page.select_one(f"label[for=id_question_{_keys(event)['childcare']}] [lang=de]")
    assert german is not None and german["dir"] == "ltr"
    assert not page.select_one(f"label[for=id_question_{_keys(event)['food']}] [lang]")
    interpreting = page.select_one(f"select[name=question_{_keys(event)['interpreting']}]")
    assert "Türkçe" in interpreting.get_text()


def test_a_visitors_answers_are_stored_with_the_registration(client, event):
    turkish = SpokenLanguage.objects.get(code="tr")
    response = _public_post(
        client,
        event,
        language="tr",
        interpreting=turkish.code,
        childcare="2",
        accessibility="Rollstuhl",
        food="halal",
    )
    assert response.status_code == 200
    registration = Registration.objects.get(email="derya@example.org")
    keys = _keys(event)
    assert registration.answers == {
        keys["interpreting"]: "tr",
        keys["childcare"]: 2,
        keys["accessibility"]: "Rollstuhl",
        keys["food"]: "halal",
    }


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"food": ""}, "Dieses Feld muss ausgefüllt werden."),
        ({"food": "pizza"}, "gültige Auswahl"),
        ({"food": "vegan", "childcare": "99"}, "10"),
        ({"food": "vegan", "interpreting": "klingonisch"}, "gültige Auswahl"),
    ],
)
def test_a_bad_answer_is_refused_with_a_message_and_nothing_saved(client, event, answers, message):
    response = _public_post(client, event, **answers)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Registration.objects.filter(event=event).exists()


def test_a_member_answers_for_the_person_they_register(client, cast, event):
    login(client, cast.member_a)
    keys = _keys(event)
    response = client.post(
        f"{event.url}anmelden/",
        {"for_whom": "self", f"question_{keys['food']}": "vegetarian"},
    )
    assert response.status_code == 302
    assert Registration.objects.get(user=cast.member_a).answers == {keys["food"]: "vegetarian"}


def test_the_service_keeps_only_answers_to_the_events_questions(cast, event):
    keys = _keys(event)
    registration = services.registration_member(
        event=event,
        by=cast.member_a,
        language="de",
        answers={keys["childcare"]: "x", keys["food"]: "vegan", "made-up": "secret"},
    )
    assert registration.answers == {keys["food"]: "vegan"}


@pytest.fixture
def answered(cast, event):
    keys = _keys(event)
    return RegistrationFactory(
        event=event,
        name="Derya Aksoy",
        answers={keys["food"]: "halal", keys["childcare"]: 2, keys["accessibility"]: "Rampe"},
    )


ROLES = {"anonymous": 302, "editor": 302, "member_a": 403, "contact_a": 403, "manager": 200}


@pytest.mark.parametrize(("role", "status"), ROLES.items())
def test_only_the_network_management_sees_the_answers(client, cast, answered, role, status):
    user = cast.by_role(role)
    if user is not None:
        login(client, user)
    response = client.get(f"/de/extranet/veranstaltungen/{answered.event_id}/anwesenheit/")
    assert response.status_code == status
    assert ("Rampe" in response.content.decode()) == (role == "manager")
    # The event page never shows them, not even to the person's own organisation.
    assert "Rampe" not in client.get(answered.event.url).content.decode()


def test_the_door_list_shows_the_answers_in_the_managers_language(client, cast, answered):
    login(client, cast.manager)
    page = soup(client.get(f"/tr/extranet/veranstaltungen/{answered.event_id}/anwesenheit/"))
    text = page.select_one(".registration-answers").get_text(" ", strip=True)
    assert "Yemek" in text
    assert "Helal" in text or "Halal" in text
    assert "Rampe" in text


def test_the_exports_have_a_column_per_question(client, cast, answered):
    login(client, cast.manager)
    url = f"/de/extranet/veranstaltungen/{answered.event_id}/teilnehmende"
    rows = list(csv.reader(io.StringIO(client.get(f"{url}.csv").content.decode("utf-8-sig"))))
    header, row = rows[0], rows[1]
    assert header[-4:] == [label for _kind, label in [(k, v["question"]) for k, v in QUESTIONS]]
    assert row[-4:] == ["", "2 Kinder", "Rampe", "Halal"]
    sheet = openpyxl.load_workbook(io.BytesIO(client.get(f"{url}.xlsx").content)).active
    values = [cell.value for cell in sheet[5]]
    assert "Rampe" in values and "Halal" in values


def test_the_answers_go_with_the_personal_data(answered):
    answered.event.end = in_days(-400)
    answered.event.start = in_days(-401)
    answered.event.save()
    assert services.registrations_anonymise() == 1
    answered.refresh_from_db()
    assert answered.answers == {}


def test_the_answers_go_when_the_account_is_deleted(cast, event):
    keys = _keys(event)
    registration = services.registration_member(
        event=event, by=cast.member_a, language="de", answers={keys["food"]: "vegan"}
    )
    services.registrations_of_user_anonymise(user=cast.member_a)
    registration.refresh_from_db()
    assert registration.answers == {}


def test_an_event_without_questions_asks_nothing_more(client, publish_event):
    event = publish_event(title="Ohne Fragen")
    page = soup(client.get(event.url))
    assert not page.select("[name^=question_]")
    assert not re.search("Verdolmetschung", str(page))
    assert not mail.outbox


def test_the_members_own_data_export_reads_the_answers(cast, event):
    from events.wagtail_hooks import registrations_personal_data  # noqa: PLC0415

    keys = _keys(event)
    services.registration_member(
        event=event, by=cast.member_a, language="de", answers={keys["food"]: "vegan"}
    )
    [exported] = registrations_personal_data(user=cast.member_a)["event_registrations"]
    assert exported["answers"] == {"Essen": "Vegan"}
