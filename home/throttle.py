"""Throttling of actions that send mail or store data for anyone who asks (password resets,
visitors' event registrations, questionnaire codes and submissions, invitations).

Counting is per fixed window in Django's cache (Redis in production, shared by every worker);
the rates are in `settings.THROTTLE_RATES`, written as django-ratelimit reads them (`5/h`,
`20/10m`). A refused request raises django-ratelimit's `Ratelimited`, which its
`RatelimitMiddleware` turns into the 429 page (`home.views.too_many_requests`) before anything
is sent or stored.

The counting is done here rather than by django-ratelimit's `get_usage`, which asks the cache
twice (`add`, then `incr`) for every counted request after an address's first: on Redis one
script creates or increments the counter in one round trip (`home.redis_cache.count_up`). The
windows are django-ratelimit's: fixed, each one's start shifted by a hash of what is counted,
so that not all of them end at once; IPv6 addresses count by their /64.
"""

import ipaddress
import time
import zlib

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac
from django_ratelimit.exceptions import Ratelimited

PERIOD_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def client_ip(request) -> str:
    """The visitor's address: REMOTE_ADDR, or, behind `TRUSTED_PROXY_COUNT` reverse proxies
    that append to X-Forwarded-For, the address the outermost of them saw. Entries further left
    were written by the client and are not trusted."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [item.strip() for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [item for item in forwarded if item]
    if len(forwarded) < proxies:
        return remote
    return forwarded[-proxies]


def client_ip_for_axes(request) -> str:
    # django-axes also passes requests without META (its management commands); be lenient.
    return client_ip(request) if hasattr(request, "META") else ""


def throttle(
    request, action: str, *, by: str, value: str | None = None, count: bool = True
) -> None:
    """Count one `action` by `by` ("ip", "user", or another name whose `value` is given) and
    refuse with `Ratelimited` once `settings.THROTTLE_RATES[f"{action}_{by}"]` is exceeded.
    With `count=False`, only refuse if the limit is reached already (for actions where only
    failures count). An empty value (no address typed) is not counted."""
    if not getattr(settings, "RATELIMIT_ENABLE", True):
        return
    if by == "ip":
        value = _network(client_ip(request)) or "unknown"
    elif by == "user":
        value = str(request.user.pk)
    value = (value or "").strip().lower()
    if not value:
        return
    name = f"{action}_{by}"
    limit, period = _rate(settings.THROTTLE_RATES[name])
    counted = _count_in_window(name, value, period, 1 if count else 0)
    # Counting, the request that goes beyond the limit is refused; only looking, the one after
    # the limit is reached already.
    if counted > limit or (not count and counted >= limit):
        raise Ratelimited


def _rate(rate: str) -> tuple[int, int]:
    """`20/10m` as (20, 600); the settings check the form (config.settings.env.env_rate)."""
    count, period = rate.split("/")
    multiple = int(period[:-1] or 1)
    return int(count), multiple * PERIOD_SECONDS[period[-1]]


def _network(address: str) -> str:
    """An IPv6 address by its /64 (one household or device has a whole one); IPv4 as it is,
    also when written as IPv6 (`::ffff:192.0.2.1`)."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:  # not an address (a misconfigured proxy): counted as it is
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/64", strict=False).network_address)


def window_key(name: str, value: str, period: int) -> tuple[str, int]:
    """The cache key of the current window's count of `value` for throttle `name`, and the
    seconds it must live. The key holds no address, only a keyed hash (SECRET_KEY): trying
    every IPv4 address does not lead back from a key to its address."""
    now = int(time.time())
    end = now - now % period + zlib.crc32(value.encode()) % period
    if end < now:
        end += period
    digest = salted_hmac("home.throttle", f"{name}|{period}|{value}|{end}", algorithm="sha256")
    key = "throttle:" + digest.hexdigest()
    # A few seconds beyond the window's end: a count never disappears while it still counts.
    return key, end - now + 5


def _count_in_window(name: str, value: str, period: int, delta: int) -> int:
    """Add `delta` to the count of `value` for throttle `name` in the current window; returns
    the count so far."""
    key, timeout = window_key(name, value, period)
    count_up = getattr(cache, "count_up", None)
    if count_up is not None:
        return count_up(key, delta, timeout)
    cache.add(key, 0, timeout)
    try:
        return cache.incr(key, delta)
    except ValueError:  # expired between the two calls
        return delta
