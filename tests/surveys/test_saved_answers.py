"""Nothing is lost: when the session runs out in the middle, the participant is told so and goes
on with the answers kept; "continue later" gives a code that carries no identity and brings the
answers back on another device. The kept answers hold no code, account, CSRF token or
submission key, and are deleted when the answers are sent."""

import datetime
import json

import pytest
from django.contrib.messages import constants as message_levels
from django.test import Client

from surveys import services
from surveys.models import AccessCode, Response, SavedAnswers
from surveys.wizard import saved_cookie_name
from tests.html import soup

from .conftest import Wizard
from .test_access import (
    ALL_SESSIONS,
    RECOMMEND,
    SATISFIED,
    access_steps,
    login_as,
    login_path,
    messages_of,
    path_of,
    step1,
)

pytestmark = pytest.mark.django_db


def lose_session(client) -> None:
    """What two hours without a request do: the server forgets the session, the browser keeps
    its other cookies."""
    client.session.flush()
    client.cookies.pop("sessionid", None)


def step2(wizard: Wizard) -> dict:
    return {wizard.field("2", SATISFIED): "4"}


def test_a_lost_session_loses_no_answers(client, publish_questionnaire):
    wizard = Wizard(client, publish_questionnaire(steps=access_steps()))
    wizard.start()
    assert wizard.post("1", step1(wizard)).status_code == 302
    lose_session(client)

    # Step 2 is sent after the session ran out: it is taken, with step 1 brought back.
    response = wizard.post("2", step2(wizard))
    assert response.status_code == 302 and response["Location"].endswith("/schritt/3/")
    told = messages_of(response, message_levels.WARNING)
    assert told and "120" in told[0]
    assert wizard.post("3", {wizard.field("3", RECOMMEND): "9"}).status_code == 302
    sent = wizard.review()
    assert sent["Location"].endswith("/danke/")
    response = Response.objects.get()
    assert {a.question.text for a in response.answers.all()} >= {ALL_SESSIONS, SATISFIED}
    # Sent: the kept copy is gone, and the thank-you page makes the browser forget the code.
    assert not SavedAnswers.objects.exists()
    thanks = client.get(sent["Location"])
    assert thanks.cookies[saved_cookie_name(wizard.page)]["max-age"] == 0


def test_a_lost_session_without_kept_answers_says_so(client, publish_questionnaire):
    wizard = Wizard(client, publish_questionnaire(steps=access_steps()))
    wizard.start()
    assert wizard.post("1", step1(wizard)).status_code == 302
    lose_session(client)
    client.cookies.pop(saved_cookie_name(wizard.page))
    response = wizard.post("2", step2(wizard))
    assert response.status_code == 302 and response["Location"] == wizard.url()
    assert "120" in messages_of(response, message_levels.WARNING)[0]


def test_continue_later_gives_a_code_that_works_on_another_device(client, publish_questionnaire):
    page = publish_questionnaire(steps=access_steps(), translate=True)
    wizard = Wizard(client, page)
    wizard.start()
    assert wizard.post("1", step1(wizard)).status_code == 302
    # Half of step 2 typed, then "continue later": kept as it is.
    saved = wizard.post("2", {}, wizard_save="1")
    assert saved["Location"].endswith("/gespeichert/")
    shown = client.get(saved["Location"])
    assert shown.status_code == 200
    code = soup(shown).select_one(".resume-code").get_text(strip=True)
    assert len(code) == 14 and code.count("-") == 2
    link = soup(shown).select_one(".resume-link a")["href"]
    assert "?saved=" in link

    phone = Client()
    other = Wizard(phone, page)
    resumed = phone.post(page.url + "weiter/", {"saved": code.lower()})
    assert resumed.status_code == 303 and resumed["Location"].endswith("/schritt/2/")
    assert phone.get(resumed["Location"]).status_code == 200
    assert other.post("2", step2(other)).status_code == 302
    assert other.post("3", {other.field("3", RECOMMEND): "9"}).status_code == 302
    assert other.review()["Location"].endswith("/danke/")
    assert Response.objects.count() == 1 and not SavedAnswers.objects.exists()
    # Sent: the code brings nothing back any more.
    again = Client().post(page.url + "weiter/", {"saved": code})
    assert again.status_code == 404

    # The link works too, and its code leaves the address at once (303).
    wizard.start()
    wizard.post("1", step1(wizard))
    code = soup(client.get(wizard.post("2", {}, wizard_save="1")["Location"])).select_one(
        ".resume-code"
    )
    by_link = Client().get(page.url + "weiter/?saved=" + code.get_text(strip=True))
    assert by_link.status_code == 303 and by_link["Location"].endswith("/schritt/2/")


def test_kept_answers_hold_no_code_account_token_or_key(client, cast, publish_questionnaire):
    page = publish_questionnaire(steps=access_steps(), access="codes")
    batch = services.codes_generate(questionnaire=page, count=1)
    access_code = batch.codes.get().code
    client.force_login(cast.member_a)
    client.get(page.url + f"?code={access_code}")
    wizard = Wizard(client, page)
    wizard.start()
    assert wizard.post("1", step1(wizard)).status_code == 302
    kept = SavedAnswers.objects.get()
    stored = json.dumps(kept.data) + kept.code_hash
    extra = client.session[f"wizard_{wizard.prefix}"]["extra_data"]
    for secret in (access_code, extra["key"], extra["saved"], cast.member_a.username):
        assert secret not in stored
    assert "csrf" not in stored
    assert set(kept.data["steps"]["1"]) == set(step1(wizard))
    assert kept.expires_on == datetime.date.today() + datetime.timedelta(days=14)
    assert {f.name for f in SavedAnswers._meta.get_fields()} == {
        "id",
        "questionnaire",
        "code_hash",
        "data",
        "expires_on",
    }


def test_with_codes_the_code_is_asked_again_and_then_used(client, publish_questionnaire):
    page = publish_questionnaire(steps=access_steps(), access="codes")
    access_code = services.codes_generate(questionnaire=page, count=1).codes.get().code
    wizard = Wizard(client, page)
    wizard.start(code=access_code)
    assert wizard.post("1", step1(wizard)).status_code == 302
    lose_session(client)

    back = wizard.post("2", step2(wizard))
    assert back.status_code == 302 and back["Location"] == wizard.url()
    intro = client.get(wizard.url())
    # "Continue" (Weiter), not "Start again": the answers wait for the code.
    assert soup(intro).select_one("form.questionnaire-start button").get_text() == "Weiter"
    # Without the code nothing is sent: the review says a code is needed.
    assert client.get(wizard.url("3")).status_code == 200
    started = wizard.start(code=access_code)
    assert started["Location"].endswith("/schritt/3/")
    assert wizard.post("3", {wizard.field("3", RECOMMEND): "9"}).status_code == 302
    assert wizard.review()["Location"].endswith("/danke/")
    assert AccessCode.objects.get().used
    assert Response.objects.get().answers.count() == 7


def test_bad_resume_codes_get_a_message_and_a_4xx(client, publish_questionnaire):
    page = publish_questionnaire(steps=access_steps())
    url = page.url + "weiter/"
    assert client.get(url).status_code == 200
    empty = client.post(url, {"saved": " - "})
    assert empty.status_code == 400
    assert "Bitte geben Sie Ihren Code zum Fortsetzen ein" in empty.content.decode()
    unknown = client.post(url, {"saved": "ABCD-EFGH-JKMN"})
    assert unknown.status_code == 404 and "Unter diesem Code" in unknown.content.decode()
    long = client.get(url + "?saved=" + "x" * 5000)
    assert long.status_code == 400

    # An expired one is not found either.
    services.saved_answers_keep(
        questionnaire=page,
        code="ABCDEFGHJKMN",
        data={"steps": {}, "step": "1"},
        now=services.timezone.now() - datetime.timedelta(days=15),
    )
    assert client.post(url, {"saved": "ABCD-EFGH-JKMN"}).status_code == 404


def test_the_resume_page_is_in_every_language_and_right_to_left(client, publish_questionnaire):
    page = publish_questionnaire(steps=access_steps(), translate=True)
    arabic = page.get_translations().get(locale__language_code="ar")
    response = client.post(arabic.url + "weiter/", {"saved": "ABCD-EFGH-JKMN"})
    assert response.status_code == 404
    html = soup(response)
    assert html.html["dir"] == "rtl" and html.html["lang"] == "ar"
    assert "No answers are kept" not in response.content.decode()


ROLES = ["anonymous", "member_a", "manager", "evaluator", "editor"]


def test_resume_by_role_on_a_members_only_questionnaire(client, cast, publish_questionnaire):
    page = publish_questionnaire(steps=access_steps(), access="members", anonymous=False)
    url = page.url + "weiter/"
    seen = {}
    for role in ROLES:
        login_as(client, cast, role)
        response = client.post(url, {"saved": "ABCD-EFGH-JKMN"})
        seen[role] = response.status_code
        if response.status_code == 302:
            assert path_of(response) == login_path()
    # Staff outside the network are sent to log in as a member; members may try a code.
    assert seen == {
        "anonymous": 302,
        "member_a": 404,
        "manager": 404,
        "evaluator": 302,
        "editor": 302,
    }
    assert not SavedAnswers.objects.exists()


def test_a_closed_questionnaire_takes_no_resume(client, publish_questionnaire):
    page = publish_questionnaire(
        steps=access_steps(),
        closes_at=services.timezone.now() - datetime.timedelta(days=1),
        opens_at=services.timezone.now() - datetime.timedelta(days=9),
    )
    assert client.post(page.url + "weiter/", {"saved": "ABCD-EFGH-JKMN"}).status_code == 410
