"""`home.sessions`: Django's cached-database sessions, an existing one written with a single
UPDATE. Production uses it whenever REDIS_URL is set; here its cache is the test's memory."""

import pytest
from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.models import Session
from django.core.cache import cache

from home.sessions import SessionStore


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_existing_session_is_written_with_one_statement_and_reads_back_from_both_stores(
    django_assert_num_queries,
):
    """Outside a transaction, as in a request: one UPDATE, no BEGIN and COMMIT around it."""
    store = SessionStore()
    store["wizard"] = {"step": "1"}
    store.save()  # a new session: Django's own creation
    key = store.session_key

    store["wizard"] = {"step": "2"}
    with django_assert_num_queries(1) as queries:
        store.save()

    assert queries.captured_queries[0]["sql"].startswith('UPDATE "django_session"')
    assert SessionStore(key).load() == {"wizard": {"step": "2"}}, "from the cache"
    cache.clear()
    assert SessionStore(key).load() == {"wizard": {"step": "2"}}, "from the database"
    assert Session.objects.get(session_key=key).get_decoded() == {"wizard": {"step": "2"}}


@pytest.mark.django_db
def test_writing_a_session_whose_row_is_gone_is_refused_as_django_refuses_it():
    store = SessionStore()
    store["answers"] = "kept"
    store.save()
    Session.objects.filter(session_key=store.session_key).delete()

    store["answers"] = "changed"
    with pytest.raises(UpdateError):
        store.save()

    assert not Session.objects.exists()


@pytest.mark.django_db
def test_inside_a_transaction_the_write_has_its_own_savepoint(django_assert_num_queries):
    store = SessionStore()
    store["step"] = "1"
    store.save()

    store["step"] = "2"
    with django_assert_num_queries(3) as queries:
        store.save()

    statements = [query["sql"].split()[0] for query in queries.captured_queries]
    assert statements == ["SAVEPOINT", "UPDATE", "RELEASE"]
    assert SessionStore(store.session_key).load() == {"step": "2"}
