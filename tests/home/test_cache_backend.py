"""With REDIS_URL set, the cache and sessions really go through Redis (CI provides one)."""

import os
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")


def _redis_reachable() -> bool:
    url = urlparse(REDIS_URL)
    try:
        with socket.create_connection((url.hostname, url.port or 6379), timeout=1):
            return True
    except OSError:
        return False


def _run_with_redis(script: str) -> subprocess.CompletedProcess:
    """Run `script` in `manage.py shell` with the development settings on the test Redis; skip
    without one (fail in CI, where REDIS_TEST_URL promises one)."""
    if not _redis_reachable():
        if "REDIS_TEST_URL" in os.environ:
            pytest.fail(f"REDIS_TEST_URL is set but no Redis answers at {REDIS_URL}")
        pytest.skip(f"No Redis at {REDIS_URL}; CI runs this test against a real one.")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.dev", REDIS_URL=REDIS_URL)
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def test_cache_and_sessions_use_redis_when_configured():
    script = (
        "from django.conf import settings; from django.core.cache import caches; "
        "cache = caches['default']; "
        "import uuid; key = uuid.uuid4().hex; cache.set(key, 'ok', 30); "
        "print(type(cache).__name__, cache.get(key), settings.SESSION_ENGINE); cache.delete(key)"
    )

    result = _run_with_redis(script)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "RedisCache",
        "ok",
        "home.sessions",
    ]


def test_the_throttles_count_in_redis_with_one_command_per_request():
    """home.throttle on Django's own Redis cache: the third request in a 2/m window is refused,
    each count is one command (a script that adds to the counter and gives a new one its
    expiry), and the count is in Redis with that expiry (so every worker sees it, and it goes)."""
    script = (
        "import random, redis; from django.conf import settings; "
        "from django.core.cache import cache; from django.test import RequestFactory; "
        "from django_ratelimit.exceptions import Ratelimited; "
        "from home.throttle import throttle, window_key; "
        "settings.THROTTLE_RATES['probe_ip'] = '2/m'; "
        "address = lambda: f'2001:db8:{random.randint(0x1000, 0xFFFF):x}::1'; "
        "throttle(RequestFactory().post('/', REMOTE_ADDR=address()), 'probe', by='ip'); "
        "request = RequestFactory().post('/', REMOTE_ADDR=address()); "
        "calls = []; execute = redis.Redis.execute_command; "
        "redis.Redis.execute_command = "
        "lambda self, *a, **k: calls.append(a[0]) or execute(self, *a, **k); "
        "outcomes = []\n"
        "for _ in range(3):\n"
        "    try:\n"
        "        throttle(request, 'probe', by='ip'); outcomes.append('counted')\n"
        "    except Ratelimited:\n"
        "        outcomes.append('refused')\n"
        "redis.Redis.execute_command = execute; "
        "network = request.META['REMOTE_ADDR'].split('::')[0] + '::'; "
        "key, _ = window_key('probe_ip', network, 60); "
        "ttl = cache._cache.get_client(write=True).ttl(cache.make_and_validate_key(key)); "
        "print(*outcomes, *calls, cache.get(key), 0 < ttl <= 65)"
    )

    result = _run_with_redis(script)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        *["counted", "counted", "refused"],
        *["EVALSHA", "EVALSHA", "EVALSHA"],
        *["3", "True"],
    ]


def test_the_redis_cache_keeps_one_client_and_increments_existing_keys_only():
    """`home.redis_cache`: the same client for every call (Django's builds one per call), and
    `incr` in one script that refuses a missing key as Django's does."""
    script = (
        "import uuid; from django.core.cache import caches; cache = caches['default']; "
        "key = uuid.uuid4().hex; same = cache._cache.get_client() is cache._cache.get_client(); "
        "missing = 'no error'\n"
        "try:\n    cache.incr(key)\nexcept ValueError:\n    missing = 'ValueError'\n"
        "cache.set(key, 5, 30); counted = [cache.incr(key), cache.incr(key, 10), cache.get(key)]; "
        "cache.delete(key); print(same, missing, *counted, cache.get(key))"
    )

    result = _run_with_redis(script)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "ValueError", "6", "16", "16", "None"]


def test_the_redis_cache_replaces_only_an_entry_that_is_still_there():
    """`replace` (home.sessions writes a session's cache entry with it after a write along with
    a response): a deleted entry, such as a session logged out meanwhile, stays deleted."""
    script = (
        "import uuid; from django.core.cache import caches; cache = caches['default']; "
        "key = uuid.uuid4().hex; missing = cache.replace(key, {'user': 1}, 30); "
        "after_missing = cache.get(key); cache.set(key, {'step': 1}, 30); "
        "present = cache.replace(key, {'step': 2}, 30); value = cache.get(key); "
        "ttl = cache._cache.get_client().ttl(cache.make_and_validate_key(key)); cache.delete(key); "
        "print(missing, after_missing, present, value['step'], 0 < ttl <= 30)"
    )

    result = _run_with_redis(script)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "None", "True", "2", "True"]


def test_any_key_goes_to_redis_without_memcached_checks():
    """Redis takes keys that memcached would not (spaces, over 250 characters); the cache does
    not walk every key looking for them, and warns of nothing."""
    script = (
        "import uuid, warnings; from django.core.cache import caches; cache = caches['default']; "
        "key = 'mit Leerzeichen ' + uuid.uuid4().hex + 'x' * 300; "
        "warnings.simplefilter('error'); cache.set(key, 'ok', 30); "
        "print(cache.get(key), len(cache.make_and_validate_key(key)) > 250); cache.delete(key)"
    )

    result = _run_with_redis(script)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ok", "True"]
