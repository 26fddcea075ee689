"""The front cache (Varnish, config/varnish/default.vcl) in front of the app servers.

The app decides what it may keep: anonymous views of public pages, the same responses the
in-process page cache stores (home.page_cache), get `Cache-Control: public, max-age=0,
s-maxage=FRONT_CACHE_SECONDS`; browsers revalidate, the front cache keeps them. Everything else
carries no `s-maxage` and passes through the front cache untouched.

Whenever published content changes (the same signals that purge the page cache), every stored
page is dropped through Wagtail's frontend cache invalidation (WAGTAILFRONTENDCACHE), with a
backend that turns Wagtail's per-URL purge into one ban of everything: the home page lists the
latest news, menus list pages and each page links to its translations, so one change reaches
pages in every language.
"""

import logging
import threading
from urllib.error import URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends

from .page_cache import CACHED_HEADER, CACHED_PARAMETERS

logger = logging.getLogger(__name__)

# A request that read the old rows just before the commit may reach the front cache just after
# the ban; a second ban this long after the first drops what such a request stored.
SECOND_BAN_AFTER_SECONDS = 2.0


class BanEverythingBackend(HTTPBackend):
    """Wagtail's HTTP backend, sending one BAN (drop every stored page) for any purge."""

    def purge(self, url) -> None:
        self.purge_batch([url])

    def purge_batch(self, urls) -> None:
        if not urls:
            return
        host = urlsplit(next(iter(urls))).netloc
        request = Request(  # noqa: S310 - the location is the operator's FRONT_CACHE_PURGE_URL
            f"{self.cache_scheme}://{self.cache_netloc}/",
            method="BAN",
            headers={"Host": host or "localhost"},
        )
        try:
            with urlopen(request, timeout=2):  # noqa: S310
                pass
        except (URLError, OSError) as error:
            logger.error("Front cache ban failed: %s", error)


def ban_everything() -> None:
    """Drop every page the front cache holds (no-op without FRONT_CACHE_PURGE_URL)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    # The backends directly, not Wagtail's purge task: on the task worker the ban would wait
    # for the worker's next look at the queue, and a publish must reach visitors at once.
    url = settings.WAGTAILADMIN_BASE_URL or "http://localhost/"
    for backend in get_backends().values():
        backend.purge(url)


# The second bans not yet sent, so that tests can cancel them: one fired into the next test.
_second_bans: set[threading.Timer] = set()


def _second_ban() -> None:
    try:
        ban_everything()
    finally:
        _second_bans.discard(threading.current_thread())


def cancel_second_bans() -> None:
    for timer in list(_second_bans):
        timer.cancel()
        _second_bans.discard(timer)


def ban_after_commit() -> None:
    """Ban once the change is committed, and again shortly after (see SECOND_BAN_AFTER_SECONDS)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return

    def ban_twice():
        ban_everything()
        timer = threading.Timer(SECOND_BAN_AFTER_SECONDS, _second_ban)
        timer.daemon = True
        _second_bans.add(timer)
        timer.start()

    transaction.on_commit(ban_twice)


def _is_shareable(request, response) -> bool:
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or response.cookies:
        return False
    if not set(request.GET) <= CACHED_PARAMETERS:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    marked = getattr(request, "is_page_cacheable", False) or response.get(CACHED_HEADER) == "hit"
    cache_control = response.get("Cache-Control", "")
    return marked and not any(word in cache_control for word in ("private", "no-cache", "no-store"))


class FrontCacheHeadersMiddleware:
    """Marks anonymous views of public pages as shared for the front cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        seconds = getattr(settings, "FRONT_CACHE_SECONDS", 0)
        if seconds > 0 and _is_shareable(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
        return response
