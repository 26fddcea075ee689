"""Every HTML page, of the public site, the extranet and the admin, carries a
Content-Security-Policy; the public site's is strict, the admin's allows its inline styles and
its own preview frame; and the admin loads nothing from other hosts (no avatar service)."""

import re
from urllib.parse import urlparse

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

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
