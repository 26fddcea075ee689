"""Questionnaire codes are short, and anyone can send an open questionnaire: code entry and the
final submissions of visitors who are not logged in are throttled per address, with a 429 page
in the participant's language; a refused submission keeps its answers for later."""

import pytest
from django.test import Client
from wagtail.models import Locale

from surveys import services
from surveys.factories import steps_data
from surveys.models import AccessCode, Response
from tests.throttling import assert_throttled, later

from .conftest import Wizard

pytestmark = pytest.mark.django_db

ATTACKER, OTHER = "203.0.113.5", "198.51.100.7"
STEPS = [("Bewertung", [("rating", "Wie zufrieden sind Sie?", {})])]


def arabic(page):
    return page.get_translation(Locale.objects.get(language_code="ar")).specific


def test_wrong_codes_are_limited_per_address(publish_questionnaire, monkeypatch):
    page = publish_questionnaire(access="codes", steps=steps_data(STEPS), translate=True)
    code = services.codes_generate(questionnaire=page, count=1).codes.get().code
    guesser = Client(REMOTE_ADDR=ATTACKER)
    for number in range(20):
        assert guesser.get(page.url, {"code": f"ABCD-{number:04d}"}).status_code in (400, 404)

    # Even the right code is refused now, in German and in Arabic, and is not used up.
    assert_throttled(guesser.get(page.url, {"code": code}))
    assert_throttled(Wizard(guesser, arabic(page)).start(code=code), language="ar")
    assert not AccessCode.objects.get(code=code).used
    # A participant elsewhere starts with it; the guesser may try again after ten minutes.
    assert Wizard(Client(REMOTE_ADDR=OTHER), page).start(code=code).status_code == 302
    later(monkeypatch, 601)
    assert guesser.get(page.url, {"code": "ABCD-9999"}).status_code == 404


def test_a_room_behind_one_router_starts_with_its_own_codes(publish_questionnaire):
    page = publish_questionnaire(access="codes", steps=steps_data(STEPS))
    codes = [
        code.code for code in services.codes_generate(questionnaire=page, count=25).codes.all()
    ]
    for code in codes:
        participant = Client(REMOTE_ADDR=ATTACKER)
        # The code link is accepted: exchanged for the session, and off to the plain address.
        response = participant.get(page.url, {"code": code})
        assert response.status_code == 303 and response["Location"] == page.url
        assert Wizard(participant, page).start(code=code).status_code == 302


def answer(ip: str, page):
    wizard = Wizard(Client(REMOTE_ADDR=ip), page)
    assert wizard.start().status_code == 302
    assert wizard.post("1", {wizard.field("1", "Wie zufrieden"): "4"}).status_code == 302
    return wizard


def test_anonymous_submissions_are_limited_per_address_and_keep_the_answers(
    publish_questionnaire, settings, monkeypatch
):
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "survey_submission_ip": "2/h"}
    page = publish_questionnaire(access="open", steps=steps_data(STEPS), translate=True)
    for _participant in range(2):
        assert answer(ATTACKER, page).review()["Location"].endswith("/danke/")

    third = answer(ATTACKER, arabic(page))
    assert_throttled(third.review(), language="ar")
    assert Response.objects.count() == 2
    # Another address sends; the refused participant sends the same answers after the hour,
    # once: sending again is not stored twice.
    assert answer(OTHER, page).review()["Location"].endswith("/danke/")
    later(monkeypatch, 3601)
    assert third.review()["Location"].endswith("/danke/")
    assert third.review().status_code == 302
    assert Response.objects.count() == 4
    assert Response.objects.filter(language="ar").count() == 1


def test_the_default_submission_rate_allows_a_meeting_behind_one_router(publish_questionnaire):
    page = publish_questionnaire(access="open", steps=steps_data(STEPS))
    wizards = [answer(ATTACKER, page) for _participant in range(40)]

    sent = [wizard.review() for wizard in wizards]

    assert {response.status_code for response in sent} == {302}
    assert Response.objects.count() == 40
