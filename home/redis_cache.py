"""Django's Redis cache, with one client per connection pool and `incr` in one round trip.

- Django's `RedisCacheClient.get_client` builds a new `redis.Redis` for every cache call, and
  each one fills its table of some 170 response callbacks. The client is only a thin wrapper
  around the pool, which is already shared and thread-safe, so one client per pool does the
  same work.
- Django's `incr` asks `EXISTS` and then `INCRBY`: two round trips for every throttled request
  (django-ratelimit counts with `add` and `incr`). A server-side script does both at once, and
  atomically, which the two calls were not.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient

# Increments an existing key only; nil when it does not exist (Django raises ValueError then).
INCR_EXISTING = """
if redis.call('EXISTS', KEYS[1]) == 1 then
    return redis.call('INCRBY', KEYS[1], ARGV[1])
end
return nil
"""


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients: dict = {}
        self._incr_scripts: dict = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def incr(self, key, delta):
        client = self.get_client(key, write=True)
        script = self._incr_scripts.get(id(client))
        if script is None:
            script = self._incr_scripts[id(client)] = client.register_script(INCR_EXISTING)
        value = script(keys=[key], args=[delta])
        if value is None:
            raise ValueError(f"Key '{key}' not found.")
        return value


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
