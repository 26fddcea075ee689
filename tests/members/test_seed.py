"""The demo data of the members app: the concept's nine organisations with logins, the
directory, three meetings' minutes and the five modules' materials, all members-only."""

import pytest
from django.test import Client

from members.access import collection_is_members_only
from members.models import Membership, MinutesPage, ModuleMaterialsPage, Organisation
from members.seed import MEMBER_PASSWORD

pytestmark = pytest.mark.django_db


def test_every_organisation_has_a_contact_person_and_a_member(seeded):
    assert Organisation.objects.count() == 9
    for organisation in Organisation.objects.all():
        roles = sorted(organisation.memberships.values_list("role", flat=True))
        assert roles == ["contact", "member"], organisation.name
    assert Membership.objects.count() == 18


def test_minutes_and_materials_exist_in_every_language_with_private_documents(seeded):
    assert MinutesPage.objects.filter(locale__language_code="de").count() == 3
    assert ModuleMaterialsPage.objects.filter(locale__language_code="de").count() == 5
    assert MinutesPage.objects.filter(locale__language_code="ar").count() == 3
    for page in ModuleMaterialsPage.objects.filter(locale__language_code="de"):
        document = page.documents.get().document
        assert collection_is_members_only(document.collection)


def test_demo_contact_person_logs_in_and_edits_the_profile(seeded):
    client = Client()

    login = client.post(
        "/de/konto/anmelden/", {"username": "mehmet-aydin", "password": MEMBER_PASSWORD}
    )
    edit = client.get("/de/extranet/organisation/mevlana-moschee/bearbeiten/")
    directory = Client().get("/de/verzeichnis/").content.decode()

    assert login.status_code == 302 and login["Location"] == "/de/extranet/"
    assert edit.status_code == 200
    assert "Mevlana Moschee" in directory
    # The organisation that chose not to be listed is only in the extranet.
    assert "World Christian Revival Center" not in directory
