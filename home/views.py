"""Site-wide views that are not Wagtail pages: search, sitemap, robots.txt, health, errors."""

import hashlib
import re

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.static import serve as static_serve
from django_prometheus.exports import ExportToDjangoView

from . import health, security_log, selectors, two_factor
from .locales import active_locale
from .metrics import metrics_access_allowed
from .page_cache import cached_until_publish
from .pagination import page_number, query_string
from .public_address import public_url

SEARCH_PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200
SEARCH_NOISE = re.compile(r"[^\w\s-]+")


@require_safe
def search(request):
    """One search over the public pages of the visitor's language. Long queries are shortened
    (and the visitor is told so) rather than refused."""
    words = " ".join(request.GET.get("q", "").split())
    query = words[:MAX_QUERY_LENGTH]
    # Operators and quotes mean nothing to visitors but break full-text query syntax.
    terms = " ".join(SEARCH_NOISE.sub(" ", query).split())
    results = None
    if terms:
        locale = active_locale()
        number = page_number(request.GET.get("page"))
        results = cached_until_publish(
            request,
            "search",
            lambda: selectors.search_results(
                query=terms,
                locale=locale,
                number=number,
                per_page=SEARCH_PAGE_SIZE,
                request=request,
            ),
            locale.pk,
            hashlib.sha256(terms.encode()).hexdigest(),
            number,
        )
    request.is_page_cacheable = True
    return render(
        request,
        "home/search.html",
        {
            "query": query,
            "query_string": query_string(q=query),
            "shortened": len(words) > MAX_QUERY_LENGTH,
            "max_query_length": MAX_QUERY_LENGTH,
            "results": results,
        },
    )


@require_safe
def sitemap(request):
    """Every public page in every language, each with hreflang links to its translations."""
    return render(
        request,
        "sitemap.xml",
        {"entries": selectors.sitemap_entries(request=request)},
        content_type="application/xml; charset=utf-8",
    )


@require_safe
def robots_txt(request):
    disallowed = ["/admin/", "/documents/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            disallowed.append(reverse("search"))  # result lists are not worth indexing
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallowed)]
    lines.append(f"Sitemap: {public_url(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


ORIGINAL_IMAGES = "original_images/"


@require_safe
def media_image(request, path: str):
    """Image files. Renditions (`images/`, the sizes pages show) are public; an uploaded
    original (`original_images/`, at an address made from its file name, so guessable) only
    for people who may use the admin. Documents have no such route: they are only served by
    Wagtail's document view, which checks who may see them."""
    if path.startswith(ORIGINAL_IMAGES):
        if not request.user.has_perm("wagtailadmin.access_admin") or two_factor.pending_step(
            request
        ):
            raise Http404
        request.response_is_private = True
    return static_serve(request, path, document_root=settings.MEDIA_ROOT)


@never_cache
def healthz(request):
    """Liveness: 200 while the process answers; touches neither database nor cache."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
def readyz(request):
    """Readiness: 200 when every check of home.health passes, else 503; JSON either way."""
    results = health.readiness()
    ready = all(result == "ok" for result in results.values())
    body = {"status": "ok" if ready else "unavailable", "checks": results}
    return JsonResponse(body, status=200 if ready else 503)


@never_cache
def metrics(request):
    """Prometheus metrics, for the scraper's bearer token or a superuser (home.metrics)."""
    if not metrics_access_allowed(request):
        response = HttpResponse("Authentication required\n", status=401, content_type="text/plain")
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    return ExportToDjangoView(request)


def permission_denied(request, exception=None):
    security_log.logger.info(
        "Permission denied: user %r, %s %s, from %s",
        security_log.user_name(request),
        request.method,
        request.path,
        security_log.client_network(request),
    )
    response = render(request, "403.html", status=403)
    response["Cache-Control"] = "private, no-store"
    return response


def too_many_requests(request, exception=None):
    """django-ratelimit's RATELIMIT_VIEW: a throttled request (home.throttle) gets this page."""
    response = render(request, "429.html", status=429)
    response["Cache-Control"] = "private, no-store"
    return response


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors and no database: the database may be what failed.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"request": request}))


# Long enough for PostgreSQL to come back from a restart (about 3 s).
RETRY_AFTER_SECONDS = 10


def database_unavailable(request):
    """The page for a request that failed because the database was briefly out of reach
    (`home.middleware.DatabaseUnavailableMiddleware`): 503, to try again in a moment."""
    # As the 500 page: no context processors and no database.
    template = loader.get_template("503.html")
    response = HttpResponse(template.render({"request": request}), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "private, no-store"
    return response
