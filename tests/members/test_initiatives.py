"""Joint initiatives and cooperations, recorded by contact persons in the extranet."""

import pytest
from django.test import Client

from members.models import Cooperation, JointInitiative, LocalInstitution

pytestmark = pytest.mark.django_db


def _logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_contact_records_a_joint_initiative_with_own_organisation_as_partner(cast, extranet):
    response = _logged_in(cast.contact_a).post(
        "/de/extranet/organisation/verein-a/vorhaben/neu/",
        {
            "title": "Gemeinsames Fastenbrechen",
            "partners": [cast.organisation_b.pk],
            "status": "planned",
            "start_date": "2014-07-01",
            "end_date": "2014-07-01",
        },
    )

    assert response.status_code == 302
    initiative = JointInitiative.objects.get()
    assert set(initiative.partners.values_list("slug", flat=True)) == {"verein-a", "verein-b"}
    assert initiative.created_by == cast.contact_a
    listing = _logged_in(cast.member_a).get("/de/extranet/vorhaben/").content.decode()
    assert "Gemeinsames Fastenbrechen" in listing


def test_end_before_start_is_refused_with_a_message(cast, extranet):
    response = _logged_in(cast.contact_a).post(
        "/de/extranet/organisation/verein-a/vorhaben/neu/",
        {
            "title": "Falsch datiert",
            "status": "planned",
            "start_date": "2014-07-02",
            "end_date": "2014-07-01",
        },
    )

    assert response.status_code == 400
    assert "Ende darf nicht vor dem Beginn" in response.content.decode()
    assert not JointInitiative.objects.exists()


def test_contact_records_a_cooperation_with_a_new_institution(cast, extranet):
    response = _logged_in(cast.contact_a).post(
        "/de/extranet/organisation/verein-a/kooperationen/neu/",
        {
            "new_institution": "Grundschule am Park",
            "new_institution_kind": "school",
            "description": "Sprachcafé für Eltern",
            "status": "running",
        },
    )

    assert response.status_code == 302
    cooperation = Cooperation.objects.get()
    assert cooperation.institution == LocalInstitution.objects.get(name="Grundschule am Park")
    assert list(cooperation.organisations.values_list("slug", flat=True)) == ["verein-a"]


def test_partner_of_an_initiative_is_the_only_contact_who_edits_it(cast, extranet):
    initiative = JointInitiative.objects.create(title="Nur A")
    initiative.partners.set([cast.organisation_a])
    initiative.save()

    outsider = _logged_in(cast.contact_b).get(
        f"/de/extranet/organisation/verein-b/vorhaben/{initiative.pk}/"
    )
    partner = _logged_in(cast.contact_a).get(
        f"/de/extranet/organisation/verein-a/vorhaben/{initiative.pk}/"
    )

    assert outsider.status_code == 403
    assert partner.status_code == 200
