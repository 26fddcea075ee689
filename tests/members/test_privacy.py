"""A member takes their data away and deletes their account; the organisation's history stays
readable and nothing else is lost."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from members import services
from members.models import JointInitiative, Membership, ProfileChange
from tests.members.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_data_export_holds_the_members_data_and_nothing_of_anyone_elses(cast, extranet):
    services.update_profile(
        user=cast.contact_a, organisation=cast.organisation_a, data={"public_phone": "0208 77"}
    )
    services.update_profile(
        user=cast.contact_b, organisation=cast.organisation_b, data={"public_phone": "0208 99"}
    )

    response = _logged_in(cast.contact_a).get("/de/konto/meine-daten.json")
    data = json.loads(response.content)
    text = response.content.decode()

    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    assert data["account"]["username"] == "contact-a"
    assert data["account"]["email"] == cast.contact_a.email
    assert data["memberships"] == [
        {
            "organisation": "Verein A e.V.",
            "role": "contact",
            "since": data["memberships"][0]["since"],
        }
    ]
    assert data["profile_changes"][0]["fields"] == ["public_phone"]
    for other in (cast.member_a, cast.contact_b, cast.manager):
        assert other.email not in text
    assert "0208 99" not in text and "Verein B" not in text


def test_organisation_export_for_its_contact_person(cast, extranet):
    response = _logged_in(cast.contact_a).get("/de/extranet/organisation/verein-a/export.json")
    data = json.loads(response.content)

    assert data["organisation"]["board_members"] == "Vorstand A: Ada Geheim"
    assert "manager_notes" not in data["organisation"]
    assert {m["email"] for m in data["members"]} == {cast.member_a.email, cast.contact_a.email}
    assert "Verein B" not in response.content.decode()


def test_deleting_the_account_keeps_the_history_as_deleted_user(cast, extranet):
    services.update_profile(
        user=cast.contact_a, organisation=cast.organisation_a, data={"public_phone": "0208 55"}
    )
    initiative = JointInitiative(title="Sommerfest")
    services.initiative_save(
        by=cast.contact_a,
        organisation=cast.organisation_a,
        initiative=initiative,
        partners=[cast.organisation_b],
    )
    client = _logged_in(cast.contact_a)

    wrong = client.post("/de/konto/loeschen/", {"password": "falsch"})
    deleted = client.post("/de/konto/loeschen/", {"password": PASSWORD})

    assert wrong.status_code == 400
    assert deleted.status_code == 302
    assert not get_user_model().objects.filter(username="contact-a").exists()
    change = ProfileChange.objects.get(organisation=cast.organisation_a)
    assert change.user is None and change.changes[0]["new"] == "0208 55"
    assert JointInitiative.objects.get(pk=initiative.pk).partners.count() == 2
    assert Membership.objects.filter(organisation=cast.organisation_a).count() == 1
    history = _logged_in(cast.manager).get("/de/extranet/organisation/verein-a/verlauf/")
    assert "0208 55" in history.content.decode()
    assert client.get("/de/extranet/").status_code == 302  # logged out


def test_staff_accounts_are_not_deleted_from_the_extranet(cast, extranet):
    response = _logged_in(cast.editor).post("/de/konto/loeschen/", {"password": PASSWORD})

    assert response.status_code == 403
    assert get_user_model().objects.filter(username="editor").exists()
