"""The weekly digest: what is new for each member, in their language, only when something is
new, with a one-click unsubscribe and a setting in the account."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.users.models import UserProfile

from participation import services
from participation.digest import unsubscribe_token
from participation.factories import ProposalFactory
from participation.models import DigestSetting, WorkingGroup
from participation.services import AgreementDraft

pytestmark = pytest.mark.django_db


def _mails_to(user) -> list:
    return [message for message in mail.outbox if message.to == [user.email]]


@pytest.fixture
def news(cast, proposals):
    """A new proposal by B, an answer to A's proposal, an agreement of A due in three days."""
    ProposalFactory(
        process=proposals.process,
        author=cast.contact_b,
        organisation=cast.organisation_b,
        title="Sprachcafé für Eltern",
    )
    services.proposal_answer(
        proposal=proposals.proposal, by=cast.manager, status="planned", reason="Im Frühjahr"
    )
    group = WorkingGroup.objects.create(name="AG Bildung", slug="ag-bildung")
    group.organisations.set([cast.organisation_a])
    group.save()
    services.agreement_add(
        group=group,
        by=cast.manager,
        draft=AgreementDraft(
            "Raum buchen", cast.organisation_a, timezone.localdate() + datetime.timedelta(days=3)
        ),
    )
    mail.outbox.clear()


def test_each_member_gets_what_is_new_for_them_in_their_language_once(cast, news):
    profile = UserProfile.get_for_user(cast.member_a)
    profile.preferred_language = "fr"
    profile.save()

    services.digests_send()
    services.digests_send()  # again in the same week: nothing new since

    [digest] = _mails_to(cast.member_a)
    assert "Sprachcafé für Eltern" in digest.body
    assert "Besuch im Integrationsrat" in digest.body  # the answer to A's proposal
    assert "Raum buchen" in digest.body
    assert "Nouvelles propositions" in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/fr/zusammenfassung/abbestellen/" in digest.extra_headers["List-Unsubscribe"]
    [for_b] = _mails_to(cast.contact_b)  # B's own proposal is not news to B, A's answer is
    assert "Sprachcafé für Eltern" not in for_b.body
    assert not _mails_to(cast.manager) and not _mails_to(cast.editor)  # not in an organisation


def test_nothing_is_sent_when_nothing_is_new(cast):
    mail.outbox.clear()

    assert services.digests_send() == 0
    assert mail.outbox == []


def test_one_click_unsubscribes_without_a_login_and_a_look_changes_nothing(cast, news):
    url = f"/de/zusammenfassung/abbestellen/{unsubscribe_token(cast.member_a)}/"
    anonymous = Client(enforce_csrf_checks=True)

    looked = anonymous.get(url)
    assert looked.status_code == 200
    assert not DigestSetting.objects.filter(user=cast.member_a, enabled=False).exists()
    clicked = anonymous.post(url, {"List-Unsubscribe": "One-Click"})

    assert clicked.status_code == 200
    assert DigestSetting.objects.get(user=cast.member_a).enabled is False
    services.digests_send()
    assert not _mails_to(cast.member_a)
    assert _mails_to(cast.contact_a)


def test_a_forged_unsubscribe_link_gets_a_404(cast):
    response = Client().post("/de/zusammenfassung/abbestellen/not-a-token/")

    assert response.status_code == 404
    assert "nicht gültig" in response.content.decode()


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", "login"),
        ("editor", "login"),
        ("evaluator", "login"),
        ("member_a", 200),
        ("contact_b", 200),
        ("manager", 200),
    ],
)
def test_the_digest_setting_is_in_each_members_account(role, expected, cast):
    client = Client()
    if (user := cast.by_role(role)) is not None:
        client.force_login(user)

    response = client.get("/de/extranet/zusammenfassung/")

    if expected == "login":
        assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]
        return
    assert response.status_code == 200
    assert "/de/extranet/zusammenfassung/" in client.get("/de/konto/").content.decode()
    assert client.post("/de/extranet/zusammenfassung/", {}).status_code == 302
    assert DigestSetting.objects.get(user=user).enabled is False
