"""The proposals in the extranet, from the outside: who may open and do what, bad input, the
language each text is marked with."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from participation import services
from participation.factories import ProposalFactory
from participation.models import Proposal, ProposalComment, ProposalSupport

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member_a", "contact_a", "contact_b", "manager", "editor", "evaluator"]
LOGIN = "login"  # a redirect to the login page
OUTSIDERS = {"anonymous": LOGIN, "editor": LOGIN, "evaluator": LOGIN}
NETWORK = {"member_a": 200, "contact_a": 200, "contact_b": 200, "manager": 200} | OUTSIDERS
# A write that succeeds answers with a redirect to the page it changed.
DONE = 302
MEMBERS_WRITE = {"member_a": DONE, "contact_a": DONE, "contact_b": DONE, "manager": DONE}
MANAGER_WRITE = {"member_a": 403, "contact_a": 403, "contact_b": 403, "manager": DONE}


def _client(cast, role: str) -> Client:
    client = Client()
    user = cast.by_role(role)
    if user is not None:
        client.force_login(user)
    return client


def _expected(response, expected) -> bool:
    if expected == LOGIN:
        return response.status_code == 302 and "/konto/anmelden/" in response["Location"]
    return response.status_code == expected


@pytest.mark.parametrize("role", ROLES)
def test_every_view_answers_each_role_as_the_matrix_says(role, cast, proposals):
    process, proposal = proposals.process, proposals.proposal
    comment = ProposalComment.objects.create(
        proposal=proposal, author=cast.contact_b, text="Gut", language="de"
    )
    reads = {
        "/de/extranet/beteiligung/": NETWORK,
        "/ar/extranet/beteiligung/": NETWORK,
        f"/de/extranet/beteiligung/{process.pk}/": NETWORK,
        f"/de/extranet/beteiligung/{process.pk}/vorschlagen/": NETWORK,
        f"/de/extranet/vorschlaege/{proposal.pk}/": NETWORK,
        f"/ar/extranet/vorschlaege/{proposal.pk}/": NETWORK,
    }
    writes = {
        f"/de/extranet/vorschlaege/{proposal.pk}/kommentieren/": (
            {"text": "Meine Meinung", "language": "de"},
            MEMBERS_WRITE | OUTSIDERS,
        ),
        f"/de/extranet/vorschlaege/{proposal.pk}/unterstuetzen/": (
            {},
            {"member_a": DONE, "contact_a": DONE, "contact_b": DONE, "manager": 403} | OUTSIDERS,
        ),
        f"/de/extranet/vorschlaege/{proposal.pk}/antworten/": (
            {"status": "accepted", "reason": "Passt ins Modul."},
            MANAGER_WRITE | OUTSIDERS,
        ),
        f"/de/extranet/kommentare/{comment.pk}/ausblenden/": (
            {"reason": "Doppelt"},
            MANAGER_WRITE | OUTSIDERS,
        ),
        f"/de/extranet/beteiligung/{process.pk}/vorschlagen/": (
            {"title": "Neu", "text": "Neuer Vorschlag", "language": "de"},
            MEMBERS_WRITE | OUTSIDERS,
        ),
    }
    client = _client(cast, role)
    wrong = []
    for url, expected_by_role in reads.items():
        response = client.get(url)
        if not _expected(response, expected_by_role[role]):
            wrong.append(f"GET {url}: expected {expected_by_role[role]}, got {response}")
        if response.status_code == 200:
            assert "private" in response["Cache-Control"]
    for url, (data, expected_by_role) in writes.items():
        organisation = cast.by_role(role) and _own_organisation(cast, role)
        if organisation:
            data = data | {"organisation": organisation.pk}
        response = client.post(url, data)
        if not _expected(response, expected_by_role[role]):
            wrong.append(f"POST {url}: expected {expected_by_role[role]}, got {response}")
    assert wrong == []


def _own_organisation(cast, role):
    return {
        "member_a": cast.organisation_a,
        "contact_a": cast.organisation_a,
        "contact_b": cast.organisation_b,
    }.get(role)


def test_staff_outside_the_network_cannot_list_proposal_processes_in_the_admin(cast, proposals):
    response = _client(cast, "editor").get("/admin/snippets/participation/proposalprocess/")

    assert response.status_code in (302, 403)
    assert "Modul 1: Ihre Themen" not in response.content.decode()


def test_a_proposal_without_a_title_is_refused_in_the_members_language(cast, proposals):
    url = f"/en/extranet/beteiligung/{proposals.process.pk}/vorschlagen/"

    response = _client(cast, "member_a").post(url, {"title": "", "text": "x", "language": "en"})

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert Proposal.objects.count() == 1


def test_a_document_whose_content_does_not_match_its_type_is_refused(cast, proposals):
    fake = SimpleUploadedFile("plan.pdf", b"<html>not a pdf</html>", content_type="application/pdf")
    url = f"/de/extranet/beteiligung/{proposals.process.pk}/vorschlagen/"

    response = _client(cast, "member_a").post(
        url, {"title": "Plan", "text": "Anbei", "language": "de", "document": fake}
    )

    assert response.status_code == 400
    assert "passt nicht zu ihrem Typ" in response.content.decode()
    assert Proposal.objects.count() == 1


def test_a_second_support_of_one_organisation_gets_a_409_with_a_message(cast, proposals):
    url = f"/en/extranet/vorschlaege/{proposals.proposal.pk}/unterstuetzen/"
    _client(cast, "member_a").post(url)

    response = _client(cast, "contact_a").post(url)

    assert response.status_code == 409
    assert "Your organisation already supports this proposal." in response.content.decode()
    assert ProposalSupport.objects.count() == 1


def test_an_unknown_order_or_status_gets_a_400_with_a_message(cast, proposals):
    url = f"/de/extranet/beteiligung/{proposals.process.pk}/?sort=loudest&status=maybe"

    response = _client(cast, "member_a").get(url)

    assert response.status_code == 400
    assert "gültige Auswahl" in response.content.decode()


def test_proposals_are_listed_by_support_by_date_and_by_status(cast, proposals):
    newer = ProposalFactory(process=proposals.process, title="Neuerer Vorschlag")
    for user, organisation in (
        (cast.member_a, cast.organisation_a),
        (cast.contact_b, cast.organisation_b),
    ):
        services.support_give(proposal=proposals.proposal, user=user, organisation=organisation)
    services.proposal_answer(proposal=newer, by=cast.manager, status="declined", reason="Nein")
    client = _client(cast, "member_a")
    base = f"/de/extranet/beteiligung/{proposals.process.pk}/"

    by_support = client.get(base).content.decode()
    by_date = client.get(base + "?sort=new").content.decode()
    declined = client.get(base + "?status=declined").content.decode()

    assert by_support.index("Besuch im Integrationsrat") < by_support.index("Neuerer Vorschlag")
    assert by_date.index("Neuerer Vorschlag") < by_date.index("Besuch im Integrationsrat")
    assert "Neuerer Vorschlag" in declined and "Besuch im Integrationsrat" not in declined


def test_a_turkish_proposal_on_the_german_page_is_marked_as_turkish(cast, proposals):
    turkish = ProposalFactory(
        process=proposals.process, title="Belediye bütçesi", text="Bütçe", language="tr"
    )

    german = _client(cast, "member_a").get(f"/de/extranet/vorschlaege/{turkish.pk}/")
    listing = _client(cast, "member_a").get(f"/ar/extranet/beteiligung/{proposals.process.pk}/")

    assert '<article class="proposal" lang="tr" dir="ltr">' in german.content.decode()
    assert 'lang="tr" dir="ltr"><strong>Belediye bütçesi' in listing.content.decode()
    assert 'dir="rtl"' in listing.content.decode()


def test_members_see_why_a_comment_was_hidden_and_only_the_manager_sees_its_text(cast, proposals):
    comment = services.comment_add(
        proposal=proposals.proposal,
        author=cast.contact_b,
        organisation=cast.organisation_b,
        text="Unfreundlicher Satz",
        language="de",
    )
    services.comment_hide(comment=comment, by=cast.manager, reason="Beleidigend")
    url = f"/de/extranet/vorschlaege/{proposals.proposal.pk}/"

    member_sees = _client(cast, "member_a").get(url).content.decode()
    manager_sees = _client(cast, "manager").get(url).content.decode()

    assert "Beleidigend" in member_sees and "Unfreundlicher Satz" not in member_sees
    assert "Unfreundlicher Satz" in manager_sees


def test_no_one_can_change_a_proposals_text_through_its_page(cast, proposals):
    url = f"/de/extranet/vorschlaege/{proposals.proposal.pk}/"

    response = _client(cast, "manager").post(url, {"text": "Geändert"})

    assert response.status_code == 405
    proposals.proposal.refresh_from_db()
    assert proposals.proposal.text == "Eine Sitzung gemeinsam besuchen."
