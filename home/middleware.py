"""Middleware that answers before the rest of the stack runs, and the project's adjustments
to Django's."""

import logging
from dataclasses import asdict

from csp.constants import HEADER
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.contrib.sessions.exceptions import SessionInterrupted
from django.contrib.sessions.middleware import SessionMiddleware as DjangoSessionMiddleware
from django.db import InterfaceError, OperationalError
from django.http import HttpResponseBadRequest
from django.http.request import split_domain_port
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language
from wagtail.models import Site

from . import two_factor
from .page_cache import cached_until_publish, generation_for_request, site_root_paths
from .views import database_unavailable, healthz, readyz

logger = logging.getLogger(__name__)

HEALTH_CHECKS = {"/healthz": healthz, "/readyz": readyz}
ADMIN_PATH_PREFIX = "/admin/"


class HealthCheckMiddleware:
    """Answers the liveness and readiness probes (home.health) before host validation and HTTPS
    redirects, which a probe from inside the container (plain HTTP to 127.0.0.1) would
    otherwise fail."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = HEALTH_CHECKS.get(request.path)
        if probe is not None and request.method in ("GET", "HEAD"):
            return probe(request)
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A view that fails because the database is out of reach (a restart, a dropped
    connection, a deadlock or timeout) gets a 503 in the visitor's language with Retry-After,
    not the 500 page: trying again in a moment works. A questionnaire's answers stay in the
    session, so sending again is safe (a repeated submission is recognised by its key). Still
    logged as an error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.error(
            "Database unavailable: %s %s", request.method, request.path, exc_info=exception
        )
        return database_unavailable(request)


def _database_out_of_reach(error: BaseException | None) -> bool:
    """Whether `error` arose from losing the database (a restart, a dropped connection)."""
    while error is not None:
        if isinstance(error, (OperationalError, InterfaceError)):
            return True
        error = error.__cause__ or error.__context__
    return False


class SessionMiddleware(DjangoSessionMiddleware):
    """Django's, except for a session that cannot be saved because the database is out of
    reach: Django answers 400 "session interrupted", as for a session deleted meanwhile (a
    logout in another tab); this is the 503 of `DatabaseUnavailableMiddleware` instead, in the
    visitor's language with Retry-After, so that sending the form again works. Django raises
    the interruption while handling the session backend's `UpdateError`, which it raised while
    handling the database's error: the chain tells the two apart."""

    def process_response(self, request, response):
        try:
            return super().process_response(request, response)
        except SessionInterrupted as interrupted:
            if not _database_out_of_reach(interrupted):
                raise
            logger.error(
                "Database unavailable while saving the session: %s %s",
                request.method,
                request.path,
                exc_info=interrupted,
            )
            return database_unavailable(request)


class RejectNullBytesMiddleware:
    """A NUL byte in the path or query string is never legitimate, and PostgreSQL refuses it
    in a query parameter; answer 400 instead of letting it reach a query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or "%00" in request.META.get("QUERY_STRING", ""):
            return HttpResponseBadRequest("Bad request\n", content_type="text/plain")
        return self.get_response(request)


class CachedSiteMiddleware:
    """Wagtail looks the Site up by host name on every request. Remember it, with its root page,
    until the next purge (a Site change purges), and hand it to Wagtail through the attribute
    its own lookup reads first; the same for the site root paths behind every page URL."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        def find():
            site = Site._find_for_request(request)
            if site is not None:
                # Loaded now, as its own type, so it is cached with the site and routing starts
                # at the home page's own `localized` and `route` (home.models.pages).
                site.root_page = site.root_page.specific
            return site

        host = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = cached_until_publish(
            request, "site", find, host, request.get_port()
        )
        # Every page URL built for this request needs them; Wagtail would ask the shared cache.
        request._wagtail_cached_site_root_paths = site_root_paths(request)
        with generation_for_request(request):
            return self.get_response(request)


class PrivateResponseMiddleware:
    """Responses that a view or hook marks private (`request.response_is_private`, e.g. a
    members-only document) are never stored by a shared cache or kept by the browser."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "response_is_private", False):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a "not found" under paths without a language prefix (the admin,
    documents) stays a "not found": the public page tree answers every prefixed path, so the
    redirect to `/de/admin/…` would land visitors on the public site's 404 page instead."""

    UNPREFIXED = ("/admin/", "/documents/")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.UNPREFIXED):
            response.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with one exception: the Wagtail admin gets its own, looser policy
    (`ADMIN_CONTENT_SECURITY_POLICY`): its templates hold inline scripts and its widgets set
    inline styles, and it shows pages in a preview frame of the same origin. The public site
    and the extranet get the strict one."""

    # What a view or template can set that changes one response's policy; while none is set (and
    # no nonce was asked for), a response gets the policy of its area as built once.
    PER_RESPONSE = frozenset(
        ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")
        + ("_csp_config_ro", "_csp_update_ro", "_csp_replace_ro", "_csp_exempt_ro")
    )

    def __init__(self, get_response):
        super().__init__(get_response)
        # django-csp builds the policy anew for every response, twice (about 0.1 ms): by area
        # (public or admin), the settings it was built from and the header.
        self._built: dict[bool, tuple[dict, dict, str]] = {}

    def process_response(self, request, response):
        # Replaced settings (a test's override) are noticed; the settings are not changed in
        # place while the site runs.
        public = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
        admin = settings.ADMIN_CONTENT_SECURITY_POLICY
        if (
            settings.DEBUG
            or getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            or public.get("EXCLUDE_URL_PREFIXES")
            or getattr(request, "_csp_nonce", None) is not None
            # The decorators set instance attributes: one set operation, not eight failed
            # look-ups that each raise and catch an AttributeError.
            or not self.PER_RESPONSE.isdisjoint(vars(response))
        ):
            return super().process_response(request, response)
        in_admin = self._in_admin(request)
        built = self._built.get(in_admin)
        if built is None or built[0] is not public or built[1] is not admin:
            parts = self.get_policy_parts(request, response)
            built = self._built[in_admin] = (public, admin, build_policy(**asdict(parts)))
        if built[2] and HEADER not in response:
            response[HEADER] = built[2]
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    @staticmethod
    def _in_admin(request) -> bool:
        # A preview is rendered through the middleware by a dummy request with the page's own
        # path, and shown in a frame of the admin.
        return request.path_info.startswith(ADMIN_PATH_PREFIX) or getattr(
            request, "is_dummy", False
        )

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and self._in_admin(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class StaffTwoFactorMiddleware:
    """No admin view (pages, choosers, the API, reports) for a session that still lacks its
    second factor (`home.two_factor.pending_step`): the request is sent to the check, or to
    the enrolment where the role requires one and none is set up, and comes back afterwards.
    Only signing in and out, a forgotten password and the admin's own assets stay open."""

    OPEN_URL_NAMES = {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "wagtailadmin_password_reset",
        "wagtailadmin_password_reset_done",
        "wagtailadmin_password_reset_confirm",
        "wagtailadmin_password_reset_complete",
    }
    STEP_URL_NAMES = {"verify": "two_factor_verify", "enrol": "two_factor_enrol"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PATH_PREFIX):
            step = two_factor.pending_step(request)
            if step is not None:
                try:
                    url_name = resolve(request.path_info).url_name
                except Resolver404:
                    url_name = None
                target = self.STEP_URL_NAMES[step]
                if url_name != target and url_name not in self.OPEN_URL_NAMES:
                    return redirect_to_login(request.get_full_path(), reverse(target))
        return self.get_response(request)
