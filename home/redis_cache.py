"""Django's Redis cache, with one client per connection pool and `incr` in one round trip.

- Django's `RedisCacheClient.get_client` builds a new `redis.Redis` for every cache call, and
  each one fills its table of some 170 response callbacks. The client is only a thin wrapper
  around the pool, which is already shared and thread-safe, so one client per pool does the
  same work.
- Django's `incr` asks `EXISTS` and then `INCRBY`: two round trips. A server-side script does
  both at once, and atomically, which the two calls were not.
- `count_up`, for the throttles (`home.throttle`): creates a counter with its expiry or adds to
  it, in one script and one round trip (`add` and then `incr` took two).
- `replace`, for the sessions (`home.sessions`): sets a key only where it still exists, so that
  an entry deleted meanwhile (a logout) is not brought back.
- Keys are not checked against memcached's limits: Django's check walks every character of
  every key in Python, on every call (a request makes four to six), and Redis takes any key.
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient

# Increments an existing key only; nil when it does not exist (Django raises ValueError then).
INCR_EXISTING = """
if redis.call('EXISTS', KEYS[1]) == 1 then
    return redis.call('INCRBY', KEYS[1], ARGV[1])
end
return nil
"""
# Adds ARGV[1] to a counter; one that is new (no expiry yet) expires in ARGV[2] seconds.
COUNT_UP = """
local count = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('TTL', KEYS[1]) < 0 then
    redis.call('EXPIRE', KEYS[1], ARGV[2])
end
return count
"""


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients: dict = {}
        self._scripts: dict = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def _script(self, key, source: str):
        client = self.get_client(key, write=True)
        script = self._scripts.get((id(client), source))
        if script is None:
            script = self._scripts[(id(client), source)] = client.register_script(source)
        return script

    def incr(self, key, delta):
        value = self._script(key, INCR_EXISTING)(keys=[key], args=[delta])
        if value is None:
            raise ValueError(f"Key '{key}' not found.")
        return value

    def count_up(self, key, delta: int, timeout: int) -> int:
        return self._script(key, COUNT_UP)(keys=[key], args=[delta, timeout])

    def replace(self, key, value, timeout) -> bool:
        client = self.get_client(key, write=True)
        return bool(client.set(key, self._serializer.dumps(value), ex=timeout, xx=True))


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

    def validate_key(self, key):
        pass

    def count_up(self, key, delta: int, timeout: int, version=None) -> int:
        """Add `delta` to the counter at `key` (created when missing, expiring in `timeout`
        seconds) and return its new value, in one round trip."""
        key = self.make_and_validate_key(key, version=version)
        return self._cache.count_up(key, delta, timeout)

    def replace(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        """Set `key` only if it exists (Redis's `SET ... XX`); whether it was set."""
        key = self.make_and_validate_key(key, version=version)
        return self._cache.replace(key, value, self.get_backend_timeout(timeout))
