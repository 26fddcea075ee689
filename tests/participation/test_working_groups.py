"""Working groups: minutes with the agreements taken in them, documents, agreements on each
organisation's dashboard, and one reminder for an agreement past its date."""

import datetime
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import Client
from django.utils import timezone
from wagtail.users.models import UserProfile

from members.access import collection_is_members_only
from members.selectors import dashboard_panels
from participation import services
from participation.errors import ParticipationError
from participation.models import Agreement, AgreementStatus, WorkingGroup
from participation.services import AgreementDraft

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member_a", "contact_a", "contact_b", "manager", "editor", "evaluator"]
LOGIN = "login"


@pytest.fixture
def group(cast):
    """A working group of organisation A only; B is in the network but not in the group."""
    group = WorkingGroup.objects.create(name="AG Bildung", slug="ag-bildung")
    group.organisations.set([cast.organisation_a])
    group.save()  # a cluster's relations are written when it is saved
    return group


def _client(cast, role: str) -> Client:
    client = Client()
    if (user := cast.by_role(role)) is not None:
        client.force_login(user)
    return client


def _in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def test_minutes_record_the_agreements_taken_in_the_meeting(cast, group):
    minutes = services.minutes_record(
        group=group,
        by=cast.member_a,
        meeting_date=_in_days(-1),
        text="Wir sprechen eine Schule an.",
        agreements=[AgreementDraft("Schule anrufen", cast.organisation_a, _in_days(7))],
    )

    [agreement] = minutes.agreements.all()
    assert agreement.group == group and agreement.status == AgreementStatus.OPEN
    assert agreement.created_by == cast.member_a


def test_only_the_groups_organisations_and_the_manager_write_in_it(cast, group):
    draft = AgreementDraft("Etwas tun", cast.organisation_a, _in_days(3))

    with pytest.raises(ParticipationError, match="not_in_group"):
        services.agreement_add(group=group, by=cast.contact_b, draft=draft)
    with pytest.raises(ParticipationError, match="not_member"):
        services.agreement_add(group=group, by=cast.editor, draft=draft)
    services.agreement_add(group=group, by=cast.manager, draft=draft)


def test_an_agreement_is_taken_on_by_one_of_the_groups_organisations(cast, group):
    with pytest.raises(ParticipationError, match="organisation_not_in_group"):
        services.minutes_record(
            group=group,
            by=cast.member_a,
            meeting_date=_in_days(0),
            text="Protokoll",
            agreements=[AgreementDraft("Fremd", cast.organisation_b, _in_days(3))],
        )

    assert not group.minutes.exists()  # all or nothing


def test_a_groups_document_lives_in_the_members_only_collection(cast, group):
    upload = SimpleUploadedFile("plan.txt", b"Plan", content_type="text/plain")

    item = services.group_document_add(group=group, by=cast.member_a, upload=upload, title="Plan")

    assert collection_is_members_only(item.document.collection)


def test_an_agreement_past_its_date_reminds_its_owner_once_in_their_language(cast, group):
    profile = UserProfile.get_for_user(cast.member_a)
    profile.preferred_language = "tr"
    profile.save()
    overdue = services.agreement_add(
        group=group,
        by=cast.manager,
        draft=AgreementDraft("Raum buchen", cast.organisation_a, _in_days(-2), cast.member_a),
    )
    services.agreement_add(
        group=group,
        by=cast.manager,
        draft=AgreementDraft("Später", cast.organisation_a, _in_days(5)),
    )
    ownerless = services.agreement_add(
        group=group,
        by=cast.manager,
        draft=AgreementDraft("Flyer drucken", cast.organisation_a, _in_days(-1)),
    )
    mail.outbox.clear()

    call_command("send_agreement_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("send_agreement_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115

    told = {(message.to[0], message.subject) for message in mail.outbox}
    assert len(mail.outbox) == 2
    assert any(to == cast.member_a.email and "Raum buchen" in s for to, s in told)
    assert any(to == cast.contact_a.email and "Flyer drucken" in s for to, s in told)
    turkish = next(m for m in mail.outbox if m.to == [cast.member_a.email])
    assert "Merhaba" in turkish.body
    assert Agreement.objects.get(pk=overdue.pk).reminded_at is not None
    assert Agreement.objects.get(pk=ownerless.pk).reminded_at is not None


def test_each_organisations_dashboard_shows_its_open_agreements(cast, group, rf):
    services.agreement_add(
        group=group,
        by=cast.manager,
        draft=AgreementDraft("Elternabend planen", cast.organisation_a, _in_days(4)),
    )

    def panel_for(user) -> str:
        request = rf.get("/de/extranet/")
        request.user = user
        [panel] = [
            panel
            for panel in dashboard_panels(request=request, extranet=SimpleNamespace(locale=None))
            if panel["template"] == "participation/panels/agreements.html"
        ]
        return render_to_string(panel["template"], {"panel": panel})

    assert "Elternabend planen" in panel_for(cast.member_a)
    assert "Elternabend planen" not in panel_for(cast.contact_b)


@pytest.mark.parametrize("role", ROLES)
def test_every_group_view_answers_each_role_as_the_matrix_says(role, cast, group):
    agreement = services.agreement_add(
        group=group,
        by=cast.manager,
        draft=AgreementDraft("Etwas", cast.organisation_a, _in_days(3)),
    )
    outsiders = {"anonymous": LOGIN, "editor": LOGIN, "evaluator": LOGIN}
    read = {"member_a": 200, "contact_a": 200, "contact_b": 200, "manager": 200} | outsiders
    write = {"member_a": 302, "contact_a": 302, "contact_b": 403, "manager": 302} | outsiders
    form = {"member_a": 200, "contact_a": 200, "contact_b": 403, "manager": 200} | outsiders
    base = f"/de/extranet/arbeitsgruppen/{group.slug}/"
    minutes = {
        "meeting_date": "2026-11-30",
        "text": "Protokoll",
        "agreements-TOTAL_FORMS": "1",
        "agreements-INITIAL_FORMS": "0",
        "agreements-0-what": "Anrufen",
        "agreements-0-organisation": str(cast.organisation_a.pk),
        "agreements-0-due_on": "2026-12-31",
    }
    requests = [
        ("get", "/de/extranet/arbeitsgruppen/", {}, read),
        ("get", base, {}, read),
        ("get", "/ar" + base[3:], {}, read),
        ("get", base + "protokoll/", {}, form),
        ("post", base + "protokoll/", minutes, write),
        (
            "post",
            base + "vereinbarungen/neu/",
            {"what": "Neu", "organisation": cast.organisation_a.pk, "due_on": "2026-12-24"},
            write,
        ),
        ("post", base + f"vereinbarungen/{agreement.pk}/status/", {"status": "done"}, write),
    ]
    client = _client(cast, role)
    wrong = []
    for method, url, data, expected_by_role in requests:
        expected = expected_by_role[role]
        response = getattr(client, method)(url, data)
        if expected == LOGIN:
            ok = response.status_code == 302 and "/konto/anmelden/" in response["Location"]
        else:
            ok = response.status_code == expected
        if not ok:
            wrong.append(f"{method} {url}: expected {expected}, got {response.status_code}")
    assert wrong == []


def test_an_agreement_without_a_date_gets_a_400_in_the_members_language(cast, group):
    response = _client(cast, "member_a").post(
        f"/fr/extranet/arbeitsgruppen/{group.slug}/vereinbarungen/neu/",
        {"what": "Sans date", "organisation": cast.organisation_a.pk, "due_on": "morgen"},
    )

    assert response.status_code == 400
    assert "Saisissez une date valide." in response.content.decode()
    assert not Agreement.objects.exists()
