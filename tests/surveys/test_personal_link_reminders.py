"""Sending personal questionnaire links again, as the network manager does from the codes page:
whoever got a link is reminded with the same code (never a second one), whoever answered is
left alone, a person added at the door since is newly invited, and the manager reads how many
of each. The invitation record ties nobody to a code."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from events import services as event_services
from events.factories import RegistrationFactory, in_days
from surveys import services
from surveys.factories import steps_data
from surveys.models import AccessCode, CodeBatch, PersonalInvitation
from tests.html import soup

from .test_codes import STEPS, answer_with_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def coded(publish_questionnaire):
    return publish_questionnaire(access="codes", steps=steps_data(STEPS))


@pytest.fixture
def session(publish_event):
    """A module session yesterday that three people attended."""
    event = publish_event(title="Modul 5: Netzwerkarbeit", start=in_days(-1))
    for name in ("Anna", "Berk", "Cansu"):
        RegistrationFactory(
            event=event, name=name, email=f"{name.lower()}@example.org", attended=True
        )
    return event


def codes_by_address() -> dict[str, str]:
    found = {}
    for message in mail.outbox:
        (url,) = re.findall(r"https?://\S+\?code=\S+", message.body)
        found[message.to[0]] = parse_qs(urlsplit(url).query)["code"][0]
    return found


def send_from_the_codes_page(client, coded, session):
    return client.post(
        reverse("surveys_admin:codes", args=[coded.pk]),
        {"action": "links", "event": session.pk, "audience": "attended"},
        follow=True,
    )


def said(message: str, **values) -> str:
    with translation.override("de"):
        return translation.gettext(message) % values


def shown(response) -> str:
    return " ".join(soup(response).get_text(" ").split())


def test_sending_again_reminds_with_the_first_code_and_invites_the_newcomer(
    client, cast, coded, session, django_capture_on_commit_callbacks
):
    client.force_login(cast.manager)
    with django_capture_on_commit_callbacks(execute=True):
        first = send_from_the_codes_page(client, coded, session)
    assert said(
        "Personal links sent: %(invited)s newly invited, %(reminded)s reminded with the link "
        "they already had.",
        invited=3,
        reminded=0,
    ) in shown(first)
    first_codes = codes_by_address()
    assert len(set(first_codes.values())) == 3
    mail.outbox.clear()
    # Someone came without registering and left their address at the door.
    event_services.walk_in_add(
        by=cast.manager, event=session, name="Deniz", email="deniz@example.org"
    )

    with django_capture_on_commit_callbacks(execute=True):
        again = send_from_the_codes_page(client, coded, session)

    assert said(
        "Personal links sent: %(invited)s newly invited, %(reminded)s reminded with the link "
        "they already had.",
        invited=1,
        reminded=3,
    ) in shown(again)
    second_codes = codes_by_address()
    assert set(second_codes) == {*first_codes, "deniz@example.org"}
    for address, code in first_codes.items():
        assert second_codes[address] == code, address
    assert second_codes["deniz@example.org"] not in first_codes.values()
    reminders = [m for m in mail.outbox if m.to[0] in first_codes]
    with translation.override("de"):
        prefix = translation.gettext("Reminder: your opinion on “{event}”").split("{event}")[0]
    assert all(m.subject.startswith(prefix) for m in reminders)
    assert not next(m for m in mail.outbox if m.to == ["deniz@example.org"]).subject.startswith(
        prefix
    )
    # Four people, four codes: no second code for anyone.
    assert AccessCode.objects.count() == 4
    assert sorted(CodeBatch.objects.values_list("mailed", flat=True)) == [1, 3]
    assert sorted(PersonalInvitation.objects.values_list("reminders", flat=True)) == [0, 1, 1, 1]


def test_whoever_answered_is_not_written_to_again(
    client, cast, coded, session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.personal_links_send(questionnaire=coded, event=session, attended_only=True)
    codes = codes_by_address()
    assert answer_with_code(client, coded, codes["anna@example.org"])["Location"].endswith(
        "/danke/"
    )
    mail.outbox.clear()
    client.cookies.clear()
    client.force_login(cast.manager)

    with django_capture_on_commit_callbacks(execute=True):
        again = send_from_the_codes_page(client, coded, session)

    assert sorted(codes_by_address()) == ["berk@example.org", "cansu@example.org"]
    text = shown(again)
    assert (
        said(
            "Personal links sent: %(invited)s newly invited, %(reminded)s reminded with the link "
            "they already had.",
            invited=0,
            reminded=2,
        )
        in text
    )
    assert said("%(count)s have already answered and were not written to again.", count=1) in text
    assert AccessCode.objects.count() == 3


def test_a_reminder_survives_a_new_secret_key(
    settings, coded, session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.personal_links_send(questionnaire=coded, event=session, attended_only=True)
    before = codes_by_address()
    mail.outbox.clear()
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-" + "x" * 40

    with django_capture_on_commit_callbacks(execute=True):
        sent = services.personal_links_send(questionnaire=coded, event=session, attended_only=True)

    assert (sent.invited, sent.reminded, sent.batch) == (0, 3, None)
    assert codes_by_address() == before


def test_a_code_that_expired_is_replaced_not_repeated(
    coded, session, django_capture_on_commit_callbacks
):
    yesterday = timezone.now() - datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        services.personal_links_send(
            questionnaire=coded, event=session, attended_only=True, expires_at=yesterday
        )
    before = codes_by_address()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        sent = services.personal_links_send(questionnaire=coded, event=session, attended_only=True)

    assert (sent.invited, sent.reminded) == (3, 0)
    after = codes_by_address()
    assert set(after) == set(before)
    assert not set(after.values()) & set(before.values())


def test_the_invitations_store_no_code(coded, session, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.personal_links_send(questionnaire=coded, event=session, attended_only=True)
    codes = set(codes_by_address().values())

    fields = {field.name for field in PersonalInvitation._meta.get_fields()}
    assert not {name for name in fields if "code" in name or "batch" in name}
    stored = " ".join(
        str(value) for row in PersonalInvitation.objects.values() for value in row.values()
    )
    assert not any(code in stored for code in codes)
    assert PersonalInvitation.objects.count() == 3


def test_the_manager_sees_invited_reminded_and_answered_as_counts_only(
    client, cast, coded, session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.personal_links_send(questionnaire=coded, event=session, attended_only=True)
    codes = codes_by_address()
    answer_with_code(client, coded, codes["anna@example.org"])
    client.cookies.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.personal_links_send(questionnaire=coded, event=session, attended_only=True)
        services.personal_links_send(questionnaire=coded, event=session, attended_only=True)
    client.force_login(cast.manager)

    page = client.get(reverse("surveys_admin:codes", args=[coded.pk]))
    table = soup(page).select_one("table.personal-links")
    rows = [
        [cell.get_text(strip=True) for cell in row.select("th, td")]
        for row in table.select("tbody tr")
    ]
    # Three invited; Berk and Cansu reminded twice each; Anna answered.
    assert rows[0] == [session.title, "3", "2", "4", "1", "2"]
    assert rows[-1][1:] == ["3", "2", "4", "1", "2"]
    # No name or address on the page says who answered.
    text = table.get_text(" ")
    assert not any(name in text for name in ("Anna", "Berk", "Cansu", "example.org"))

    # Only the network manager sees it.
    for user in (cast.evaluator, cast.editor, cast.member_a):
        client.force_login(user)
        assert client.get(reverse("surveys_admin:codes", args=[coded.pk])).status_code in (
            302,
            403,
        )
