"""Sending a questionnaire writes the participant's session in the response's own transaction
(`home.sessions.SessionStore.write_with`, production's session store): one round trip and one
commit fewer, and the session the database and the cache hold afterwards is the one after
sending. When nothing is stored, the session is the one before; a session deleted meanwhile is
not brought back."""

import pytest
from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.plain_writes import PlainWrites
from home.sessions import SessionStore
from surveys import services
from surveys.factories import steps_data
from surveys.models import AccessCode, Response
from surveys.wizard import DONE_SESSION_KEY

from .conftest import Wizard
from .test_codes import STEPS
from .test_wizard import _answer_everything

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached_db_sessions(settings):
    settings.SESSION_ENGINE = "home.sessions"
    cache.clear()
    yield
    cache.clear()


def _send(wizard: Wizard):
    with CaptureQueriesContext(connection) as queries:
        response = wizard.review()
    return response, [query["sql"] for query in queries.captured_queries]


def _stored_session(client) -> tuple[dict, dict]:
    """The session as the cache holds it, and as the database does."""
    key = client.cookies["sessionid"].value
    from_cache = SessionStore(key).load()
    from_database = Session.objects.get(session_key=key).get_decoded()
    return from_cache, from_database


def test_the_session_is_written_in_the_responses_transaction_and_only_there(
    client, publish_questionnaire, cached_db_sessions
):
    page = publish_questionnaire()
    wizard = Wizard(client, page)
    _answer_everything(wizard)

    response, statements = _send(wizard)

    assert response["Location"].endswith("/danke/")
    assert Response.objects.count() == 1
    inserted = next(
        i for i, sql in enumerate(statements) if 'INSERT INTO "surveys_response"' in sql
    )
    session_writes = [i for i, sql in enumerate(statements) if 'UPDATE "django_session"' in sql]
    released = next(
        i for i, sql in enumerate(statements) if i > inserted and sql.startswith("RELEASE")
    )
    assert len(session_writes) == 1, "written once, not again when the response is sent"
    assert inserted <= session_writes[0] < released, "inside the response's savepoint"
    if connection.vendor == "postgresql":
        assert session_writes == [inserted], "one query string, one round trip"

    from_cache, from_database = _stored_session(client)
    assert from_cache == from_database
    assert page.translation_key.hex in from_database[DONE_SESSION_KEY]
    wizard_state = from_database[f"wizard_{wizard.prefix}"]
    assert wizard_state["step_data"] == {}, "no answers left in the session"
    assert client.get(wizard.url()).status_code == 200


def test_when_nothing_is_stored_the_session_is_written_as_it_was(
    client, publish_questionnaire, cached_db_sessions
):
    """The code is used in another browser between the review and the send."""
    page = publish_questionnaire(access="codes", steps=steps_data(STEPS))
    code = services.codes_generate(questionnaire=page, count=1).codes.get().code
    wizard = Wizard(client, page)
    assert wizard.start(code=code).status_code == 302
    assert wizard.post("1", {wizard.field("1", "Wie zufrieden"): "4"}).status_code == 302
    AccessCode.objects.filter(code=code).update(used=True)

    response, statements = _send(wizard)

    assert response.status_code == 409
    assert Response.objects.count() == 0
    assert sum('UPDATE "django_session"' in sql for sql in statements) == 1
    from_cache, from_database = _stored_session(client)
    assert from_cache == from_database
    assert page.translation_key.hex not in from_database.get(DONE_SESSION_KEY, [])


def _saved_store() -> SessionStore:
    store = SessionStore()
    store["step"] = "1"
    store.save()
    store["step"] = "2"
    return store


def test_a_session_unchanged_since_it_was_written_along_is_not_written_again(
    cached_db_sessions, django_assert_num_queries
):
    store = _saved_store()
    writes = PlainWrites(Session)
    sent = store.write_with(writes)
    sent(writes.send())

    with django_assert_num_queries(0):
        store.save()

    assert SessionStore(store.session_key).load() == {"step": "2"}, "the cache is written"
    assert Session.objects.get(session_key=store.session_key).get_decoded() == {"step": "2"}


def test_a_session_changed_after_it_was_written_along_is_written_again(cached_db_sessions):
    store = _saved_store()
    writes = PlainWrites(Session)
    sent = store.write_with(writes)
    sent(writes.send())
    store["message"] = "added later"

    store.save()

    cache.clear()
    assert SessionStore(store.session_key).load() == {"step": "2", "message": "added later"}


def test_a_session_deleted_before_the_write_landed_is_refused_and_not_brought_back(
    cached_db_sessions,
):
    store = _saved_store()
    key = store.session_key
    writes = PlainWrites(Session)
    sent = store.write_with(writes)
    SessionStore(key).delete()  # a logout in another tab, between the request's read and write
    sent(writes.send())

    with pytest.raises(UpdateError):
        store.save()

    assert not Session.objects.filter(session_key=key).exists()
    assert SessionStore(key).load() == {}, "not in the cache either"


def test_a_logout_after_the_responses_commit_is_not_undone_by_the_cache(cached_db_sessions):
    store = _saved_store()
    key = store.session_key
    writes = PlainWrites(Session)
    sent = store.write_with(writes)
    sent(writes.send())
    SessionStore(key).delete()  # a logout in another tab, while this request finishes

    with pytest.raises(UpdateError):
        store.save()

    assert SessionStore(key).load() == {}, "neither in the cache nor in the database"


def test_a_session_gone_from_the_cache_only_is_written_to_both_again(cached_db_sessions):
    store = _saved_store()
    writes = PlainWrites(Session)
    sent = store.write_with(writes)
    sent(writes.send())
    cache.delete(store.cache_key)  # evicted, or Redis restarted

    store.save()

    assert SessionStore(store.session_key).load() == {"step": "2"}
    assert Session.objects.get(session_key=store.session_key).get_decoded() == {"step": "2"}
