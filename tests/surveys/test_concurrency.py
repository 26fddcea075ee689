"""Answers are never lost nor stored twice, however many people send at the same moment: real
requests (each participant with their own test client, cookies and server-side session) released
at once by a barrier from threads, each thread with its own PostgreSQL connection. SQLite has no
row locks to test (its writers queue for one file lock), so these tests need PostgreSQL, where
CI runs them; REQUIRE_POSTGRES=1 makes their absence a failure."""

import copy
import threading
import uuid

import pytest
from django.db import connections
from django.test import Client

from surveys import services
from surveys.factories import steps_data
from surveys.models import AccessCode, Answer, Participation, Response
from tests.postgresql import postgresql_required

from .conftest import Wizard

# The page tree (with Wagtail's root page) comes before the cast, whose staff roles need it:
# ask for `publish_questionnaire` before `cast`.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PARTICIPANTS = 50
SAME_CODE = 10
DOUBLE_CLICKS = 10
STEPS = [
    (
        "Bewertung",
        [
            ("rating", "Wie zufrieden sind Sie?", {}),
            ("short_text", "Wer sind Sie?", {"required": True}),
        ],
    )
]


@pytest.fixture(autouse=True)
def _postgresql():
    postgresql_required("Concurrency is tested on PostgreSQL")


def _all_at_once(work, arguments) -> tuple[list, list]:
    """Run `work(argument)` for every argument in its own thread, all released together.
    Returns (results, errors), each in no particular order."""
    barrier = threading.Barrier(len(arguments))
    results, errors = [], []

    def run(argument):
        try:
            barrier.wait(timeout=60)
            results.append(work(argument))
        except Exception as error:  # noqa: BLE001 (reported by the caller)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(argument,)) for argument in arguments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    assert not any(thread.is_alive() for thread in threads), "a request never came back"
    return results, errors


def _ready_to_send(page, *, name: str, code: str = "", client=None) -> Wizard:
    """A participant's browser on the review step: started (with `code`), answered as `name`."""
    wizard = Wizard(client or Client(), page)
    started = wizard.start(**({"code": code} if code else {}))
    assert started.status_code == 302 and started["Location"].endswith("/schritt/1/"), started
    answered = wizard.post(
        "1", {wizard.field("1", "Wie zufrieden"): "4", wizard.field("1", "Wer sind"): name}
    )
    assert answered["Location"].endswith("/schritt/pruefen/"), answered
    assert wizard.client.get(wizard.url("pruefen")).status_code == 200
    return wizard


def _sent(response) -> bool:
    return response.status_code == 302 and response["Location"].endswith("/danke/")


def _stored_names() -> list[str]:
    return sorted(
        Answer.objects.filter(question__text="Wer sind Sie?").values_list("text", flat=True)
    )


def test_fifty_participants_sending_at_once_leave_fifty_responses(publish_questionnaire):
    page = publish_questionnaire(steps=steps_data(STEPS))
    names = [f"Teilnehmerin {number:02d}" for number in range(PARTICIPANTS)]
    browsers = [_ready_to_send(page, name=name) for name in names]

    results, errors = _all_at_once(lambda wizard: wizard.review(), browsers)

    assert errors == []
    assert len(results) == PARTICIPANTS
    assert [_sent(response) for response in results] == [True] * PARTICIPANTS
    assert Response.objects.filter(questionnaire=page).count() == PARTICIPANTS
    # Each participant's own answers, once each.
    assert _stored_names() == names
    assert Answer.objects.count() == 2 * PARTICIPANTS
    assert Response.objects.values("submission_key").distinct().count() == PARTICIPANTS


@pytest.mark.parametrize("anonymous", [True, False], ids=["anonymous", "named"])
def test_ten_people_sending_with_one_code_at_once_leave_one_response(
    publish_questionnaire, anonymous
):
    """Ten browsers started with the same code (each saw "Your code is valid") send at once:
    one response, the code used, and nine friendly "code already used" pages (409), not a
    thank-you page for answers that were thrown away."""
    page = publish_questionnaire(access="codes", anonymous=anonymous, steps=steps_data(STEPS))
    batch = services.codes_generate(questionnaire=page, count=2)
    code, spare = batch.codes.all()
    browsers = [
        _ready_to_send(page, name=f"Person {number}", code=code.code) for number in range(SAME_CODE)
    ]

    results, errors = _all_at_once(lambda wizard: wizard.review(), browsers)

    assert errors == []
    assert Response.objects.count() == 1
    code.refresh_from_db()
    spare.refresh_from_db()
    assert code.used and not spare.used
    stored = Response.objects.get()
    assert stored.access_code_id == (None if anonymous else code.pk)
    assert len(_stored_names()) == 1
    statuses = sorted(response.status_code for response in results)
    assert sum(_sent(response) for response in results) == 1
    assert statuses == [302] + [409] * (SAME_CODE - 1)


@pytest.mark.parametrize("anonymous", [True, False], ids=["anonymous", "named"])
def test_ten_submissions_with_one_code_at_once_refuse_nine_as_used(
    publish_questionnaire, anonymous
):
    page = publish_questionnaire(access="codes", anonymous=anonymous, steps=steps_data(STEPS))
    code = services.codes_generate(questionnaire=page, count=1).codes.get()

    results, errors = _all_at_once(
        lambda _number: services.response_submit(
            questionnaire=page,
            language="de",
            answers=[],
            submission_key=uuid.uuid4(),
            code=code.code,
        ),
        list(range(SAME_CODE)),
    )

    assert len(results) == 1
    assert Response.objects.count() == 1
    assert AccessCode.objects.get(pk=code.pk).used
    assert [getattr(error, "code", repr(error)) for error in errors] == ["code_used"] * (
        SAME_CODE - 1
    )


def test_a_double_click_on_send_stores_the_answers_once(publish_questionnaire):
    """The same browser (one session) sends the review ten times at once."""
    page = publish_questionnaire(access="codes", steps=steps_data(STEPS))
    code = services.codes_generate(questionnaire=page, count=1).codes.get()
    wizard = _ready_to_send(page, name="Doppelklick", code=code.code)
    clicks = []
    for _number in range(DOUBLE_CLICKS):
        click = Client()
        click.cookies = copy.deepcopy(wizard.client.cookies)  # the same session cookie
        clicks.append(Wizard(click, page))

    results, errors = _all_at_once(lambda click: click.review(), clicks)

    assert errors == []
    assert Response.objects.count() == 1
    assert _stored_names() == ["Doppelklick"]
    assert AccessCode.objects.get(pk=code.pk).used
    # Every click ends on the thank-you page: the answers are saved, whichever click did it.
    assert [_sent(response) for response in results] == [True] * DOUBLE_CLICKS


def test_the_same_submission_key_ten_times_at_once_is_stored_once(publish_questionnaire):
    page = publish_questionnaire(steps=steps_data(STEPS))
    key = uuid.uuid4()

    results, errors = _all_at_once(
        lambda _number: services.response_submit(
            questionnaire=page, language="de", answers=[], submission_key=key
        ),
        list(range(DOUBLE_CLICKS)),
    )

    assert len(results) == 1
    assert Response.objects.get().submission_key == key
    assert [getattr(error, "code", repr(error)) for error in errors] == ["already_submitted"] * (
        DOUBLE_CLICKS - 1
    )


def test_a_member_sending_from_five_browsers_at_once_answers_once(publish_questionnaire, cast):
    page = publish_questionnaire(access="members", steps=steps_data(STEPS))
    browsers = []
    for number in range(5):
        client = Client()
        client.force_login(cast.member_a)
        browsers.append(_ready_to_send(page, name=f"Browser {number}", client=client))

    results, errors = _all_at_once(lambda wizard: wizard.review(), browsers)

    assert errors == []
    assert Response.objects.count() == 1
    assert Participation.objects.filter(user=cast.member_a).count() == 1
    assert len(_stored_names()) == 1
    assert sorted(response.status_code for response in results) == [302, 409, 409, 409, 409]
