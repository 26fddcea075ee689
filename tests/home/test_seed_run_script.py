"""The README's first command (`scripts/run.sh`) as a newcomer meets it: debug off, so an unknown
address shows the site's own 404 page in the visitor's language (not Django's debug page), the
static files still served, and the few logins it prints work on the demo site."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation

from config.settings import demo as run_settings
from tests.html import soup

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
RUN_SCRIPT = (ROOT / "scripts" / "run.sh").read_text()
# What the run settings change against the test settings, applied for each request below.
RUN_CONFIGURATION = (
    "DEBUG",
    "ALLOWED_HOSTS",
    "STORAGES",
    "STATIC_ROOT",
    "WHITENOISE_USE_FINDERS",
    "WHITENOISE_AUTOREFRESH",
)
# The logins run.sh prints (all of them are in the README).
PRINTED_LOGINS = {
    "admin": "demo-admin-2026",
    "redaktion": "demo-staff-2026",
    "freigabe": "demo-staff-2026",
    "evaluation": "demo-staff-2026",
    "mehmet-aydin": "demo-member-2026",
    "mitglied1": "demo-member-2026",
}


@pytest.fixture
def run_configuration(settings):
    for name in RUN_CONFIGURATION:
        setattr(settings, name, getattr(run_settings, name))


def test_the_run_script_uses_the_run_settings_with_debug_off():
    assert "DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-config.settings.demo}" in RUN_SCRIPT
    assert run_settings.DEBUG is False


@pytest.mark.parametrize(
    "path, language",
    [("/de/gibt-es-nicht/", "de"), ("/en/no-such-page/", "en"), ("/ar/la-safha/", "ar")],
)
def test_an_unknown_address_shows_the_sites_own_404_in_the_visitors_language(
    client, seeded, run_configuration, path, language
):
    response = client.get(path)

    assert response.status_code == 404
    page = soup(response)
    with translation.override(language):
        heading = translation.gettext("Page not found")
        home_link = translation.gettext("Go to the home page")
    assert page.html["lang"] == language
    assert page.select_one("main h1").get_text(strip=True) == heading
    assert page.find("a", string=home_link)["href"] == f"/{language}/"
    assert "URLconf" not in response.content.decode()  # not Django's debug page
    if language != "de":
        assert heading != "Seite nicht gefunden"  # a real translation, not the German text
    stylesheet = page.select_one('link[rel="stylesheet"]')["href"]
    assert client.get(stylesheet).status_code == 200  # WhiteNoise serves it with debug off


def test_the_logins_the_run_script_prints_work_on_the_demo_site(seeded):
    for username, password in PRINTED_LOGINS.items():
        assert username in RUN_SCRIPT and password in RUN_SCRIPT
        user = get_user_model().objects.get(username=username)
        assert user.is_active and user.check_password(password), username
