"""Every HTML page, of the public site, the extranet and the admin, carries a
Content-Security-Policy; the public site's is strict, the admin's allows its inline styles and
its own preview frame; and the admin loads nothing from other hosts (no avatar service)."""

import re
from urllib.parse import urlparse

import pytest
from csp.constants import NONCE
from csp.decorators import csp, csp_exempt, csp_update
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import Client

from home.middleware import ContentSecurityPolicyMiddleware

STRICT = {
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
}


def _directives(response) -> set[str]:
    return {part.strip() for part in response["Content-Security-Policy"].split(";")}


def _logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def superuser_client(db) -> Client:
    admin = get_user_model().objects.create_superuser("chefin", "chefin@example.org", "x")
    return _logged_in(admin)


def test_public_pages_carry_the_strict_policy(client, page_tree):
    for url in ["/de/", page_tree.about.url, "/en/", "/de/suche/?q=netz", "/de/gibt-es-nicht/"]:
        response = client.get(url)
        assert "text/html" in response["Content-Type"], url
        assert _directives(response) == STRICT, url


def test_admin_pages_carry_the_admin_policy(superuser_client, page_tree):
    for url in [
        "/admin/",
        f"/admin/pages/{page_tree.home.pk}/",
        f"/admin/pages/{page_tree.about.pk}/edit/",
        "/admin/images/",
    ]:
        response = superuser_client.get(url)
        assert response.status_code == 200, url
        directives = _directives(response)
        assert "style-src 'self' 'unsafe-inline'" in directives, url
        assert "script-src 'self' 'unsafe-inline'" in directives, url
        assert "frame-ancestors 'self'" in directives, url
        assert "object-src 'none'" in directives, url
    login = Client().get("/admin/login/")
    assert "style-src 'self' 'unsafe-inline'" in _directives(login)


def test_the_admin_dashboard_loads_nothing_from_other_hosts(superuser_client, page_tree):
    html = superuser_client.get("/admin/").content.decode()

    urls = re.findall(r"<(?:img|script|link)\b[^>]*?\b(?:src|href)=\"([^\"]+)\"", html)
    assert urls, "the dashboard has images, scripts and stylesheets"
    foreign = [url for url in urls if urlparse(url).netloc not in ("", "testserver")]
    assert foreign == []
    assert "gravatar" not in html


def test_one_middleware_keeps_each_areas_policy_apart(superuser_client, page_tree):
    """The policy is built once per area and reused; public and admin answers of the same
    client (one middleware) still get their own, in any order."""
    for url in ["/de/", "/admin/", "/de/", page_tree.about.url, "/admin/images/", "/en/"]:
        directives = _directives(superuser_client.get(url))
        if url.startswith("/admin/"):
            assert "frame-ancestors 'self'" in directives, url
        else:
            assert directives == STRICT, url


def test_a_changed_policy_applies_at_once(client, page_tree, settings):
    assert _directives(client.get("/de/")) == STRICT
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'none'"]}}
    assert _directives(client.get("/de/")) == {"default-src 'none'"}


def test_a_responses_own_policy_is_not_kept_for_the_next(rf, settings):
    own = HttpResponse("map")
    own._csp_update = {"img-src": ["https://tiles.example.org"]}
    answers = iter([own, *(HttpResponse("plain") for _ in range(3))])
    middleware = ContentSecurityPolicyMiddleware(lambda request: next(answers))
    with_tiles = middleware(rf.get("/de/karte/"))
    assert "img-src 'self' data: https://tiles.example.org" in _directives(with_tiles)
    assert _directives(middleware(rf.get("/de/"))) == STRICT
    # A nonce asked for while a page was rendered goes into that page's policy only.
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    nonce_in_scripts = {**directives, "script-src": ["'self'", NONCE]}
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": nonce_in_scripts}
    request = rf.get("/de/")
    middleware.process_request(request)
    nonce = str(request.csp_nonce)
    with_nonce = middleware.process_response(request, HttpResponse())
    assert f"script-src 'self' 'nonce-{nonce}'" in _directives(with_nonce)
    after = middleware(rf.get("/de/"))
    assert "script-src 'self'" in _directives(after)
    assert "nonce" not in after["Content-Security-Policy"]


def test_django_csps_decorators_still_set_one_responses_policy(rf):
    def plain(request):
        return HttpResponse("plain")

    views = {
        "/de/karte/": csp_update({"img-src": ["https://tiles.example.org"]})(plain),
        "/de/bericht/": csp({"default-src": ["'self'"]}, REPORT_ONLY=True)(plain),
        "/de/roh/": csp_exempt()(plain),
        "/de/": plain,
    }
    middleware = ContentSecurityPolicyMiddleware(lambda request: views[request.path](request))

    def answer(path):
        return middleware(rf.get(path))

    assert _directives(answer("/de/")) == STRICT  # built and kept
    assert "img-src 'self' data: https://tiles.example.org" in _directives(answer("/de/karte/"))
    reported = answer("/de/bericht/")
    assert reported["Content-Security-Policy-Report-Only"] == "default-src 'self'"
    assert _directives(reported) == STRICT
    assert "Content-Security-Policy" not in answer("/de/roh/")
    # A header a view wrote itself stays as it is.
    own = HttpResponse("own")
    own["Content-Security-Policy"] = "default-src 'none'"
    assert (
        ContentSecurityPolicyMiddleware(lambda request: own)(rf.get("/de/"))[
            "Content-Security-Policy"
        ]
        == "default-src 'none'"
    )
    assert _directives(answer("/de/")) == STRICT
