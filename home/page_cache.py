"""A cache of anonymous page views, purged whenever published content changes.

Only responses that a view marks as cacheable (`request.is_page_cacheable`, set for Wagtail pages
by a `before_serve_page` hook and by the search view) are stored, and only for visitors without a
session cookie; a response that sets a cookie (a form's CSRF token, a session) is never stored,
so logged-in members and pages with forms always get a fresh page.

Purging is by generation: every entry records the generation it was stored in, and a publish,
unpublish, move or deletion bumps the generation, which invalidates every cached page in every
language at once. Per-page purging would be wrong here: the home page lists the latest news, the
menu lists pages, and each page links to its translations, so one change reaches many pages.
"""

import contextlib
import contextvars
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from wagtail.models import Site

GENERATION_KEY = "page-cache:generation"
CACHED_HEADER = "X-Page-Cache"


def purge(**kwargs) -> None:
    """Invalidate every cached page (usable as a signal receiver)."""
    forget_local()
    cache.add(GENERATION_KEY, 0, timeout=None)
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # evicted between add and incr
        cache.set(GENERATION_KEY, 1, timeout=None)


# The generation of the request being served, for callers that have no request at hand (a
# page's `localized`, its view restrictions); set by `generation_for_request`.
_request_generation: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "page_cache_generation", default=None
)


@contextlib.contextmanager
def generation_for_request(request):
    """Within this block, `generation()` without a request answers with the request's."""
    token = _request_generation.set(generation(request))
    try:
        yield
    finally:
        _request_generation.reset(token)


def generation(request=None) -> int:
    """The current cache generation, read once per request."""
    if request is not None and hasattr(request, "page_cache_generation"):
        return request.page_cache_generation
    if request is None and (current := _request_generation.get()) is not None:
        return current
    value = cache.get(GENERATION_KEY, 0)
    if request is not None:
        request.page_cache_generation = value
    return value


# This process's copies of shared data, valid for one generation: the generation is read from
# the shared cache once per request, so a purge anywhere reaches every process's copies.
_local: dict = {"generation": None, "values": {}}
LOCAL_ENTRIES_MAX = 5000


def forget_local() -> None:
    _local.update(generation=None, values={})


def cached_until_publish(request, name: str, compute, *key_parts):
    """`compute()`, remembered until the next purge (at most SHARED_DATA_CACHE_SECONDS). For
    data that many pages share, such as menus and footers, also when whole pages are not cached.
    Callers must treat the value as read-only: it is shared between requests."""
    timeout = getattr(settings, "SHARED_DATA_CACHE_SECONDS", 0)
    if timeout <= 0:
        return compute()
    current = generation(request)
    if _local["generation"] != current or len(_local["values"]) > LOCAL_ENTRIES_MAX:
        _local.update(generation=current, values={})
    key = ":".join([name, *map(str, key_parts)])
    now = time.monotonic()
    found = _local["values"].get(key)
    if found is not None and found[1] > now:
        return found[0]
    shared_key = f"page-cache:data:{current}:{key}"
    value = cache.get(shared_key)
    if value is None:
        value = compute()
        cache.set(shared_key, value, timeout=timeout)
    if _local["generation"] == current:  # not purged meanwhile (by another thread)
        _local["values"][key] = (value, now + timeout)
    return value


def kept_in_process(request, name: str, compute, *key_parts):
    """`compute()`, remembered like `cached_until_publish` but only in this process's memory: for
    model instances, which are not worth sending through the shared cache. Callers must not
    change the value; they copy it before they hand it on."""
    timeout = getattr(settings, "SHARED_DATA_CACHE_SECONDS", 0)
    if timeout <= 0:
        return compute()
    current = generation(request)
    if _local["generation"] != current or len(_local["values"]) > LOCAL_ENTRIES_MAX:
        _local.update(generation=current, values={})
    key = ":".join(["process", name, *map(str, key_parts)])
    now = time.monotonic()
    found = _local["values"].get(key)
    if found is not None and found[1] > now:
        return found[0]
    value = compute()
    if _local["generation"] == current:
        _local["values"][key] = (value, now + timeout)
    return value


def site_root_paths(request=None):
    """Wagtail's `Site.get_site_root_paths()` (behind every page URL), from this process's
    memory until the next purge instead of from the shared cache each time. A Site change and
    every publish, move or deletion purge."""
    return kept_in_process(request, "site-root-paths", Site.get_site_root_paths)


# Query parameters that change what a public page shows; any other one bypasses the cache, so
# that made-up query strings cannot fill it.
CACHED_PARAMETERS = {"page", "tag", "q"}


def _entry_key(request) -> str:
    query = sorted((key, request.GET.getlist(key)) for key in request.GET)
    raw = f"{request.get_host()}{request.path}?{query}".encode()
    return "page-cache:page:" + hashlib.sha256(raw).hexdigest()


def _may_use_cache(request) -> bool:
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0
        and set(request.GET) <= CACHED_PARAMETERS
    )


def _may_store(request, response) -> bool:
    if not getattr(request, "is_page_cacheable", False):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-cache", "no-store"))


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return self.get_response(request)
        key = _entry_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        current = found.get(GENERATION_KEY, 0)
        request.page_cache_generation = current
        entry = found.get(key)
        if entry is not None and entry[0] == current:
            _generation, status, headers, content = entry
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response[CACHED_HEADER] = "hit"
            return response

        response = self.get_response(request)
        if _may_store(request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            headers = [(k, v) for k, v in response.items() if k.lower() != "set-cookie"]
            cache.set(
                key,
                (current, response.status_code, headers, response.content),
                timeout=settings.PAGE_CACHE_SECONDS,
            )
            response[CACHED_HEADER] = "miss"
        return response
