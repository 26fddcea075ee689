"""One public address (PUBLIC_URL): after `migrate`, as every deployment and the run script run
it, the Wagtail Site follows the setting, and with it the canonical tag, the sitemap, links in
mails, the QR codes on the code sheet and calendar addresses. A system check warns while they
disagree."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import reverse
from icalendar import Calendar
from wagtail.models import Site

from surveys import services
from surveys.factories import steps_data
from tests.events.conftest import in_days
from tests.html import soup
from tests.surveys.test_codes import STEPS, _qr_texts

pytestmark = pytest.mark.django_db

PUBLIC = "https://netzwerk.example.org"
LINK = re.compile(r"https?://\S+")


@pytest.fixture
def public_address(settings):
    """The setting changed and `migrate` run, as a deployment does."""
    settings.PUBLIC_URL = PUBLIC
    call_command("migrate", verbosity=0, interactive=False)


def test_migrate_gives_the_site_the_public_address(public_address):
    site = Site.objects.get(is_default_site=True)

    assert (site.hostname, site.port) == ("netzwerk.example.org", 443)
    assert site.root_url == PUBLIC


def test_canonical_tag_sitemap_and_robots_follow_the_public_address(
    client, page_tree, public_address
):
    page = soup(client.get("/de/ueber-uns/"))
    sitemap = client.get("/sitemap.xml").content.decode()
    robots = client.get("/robots.txt").content.decode()

    assert page.select_one('link[rel="canonical"]')["href"] == f"{PUBLIC}/de/ueber-uns/"
    alternates = [link["href"] for link in page.select('link[rel="alternate"][hreflang]')]
    assert alternates and all(href.startswith(f"{PUBLIC}/") for href in alternates)
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert f"{PUBLIC}/de/ueber-uns/" in locations
    assert all(location.startswith(f"{PUBLIC}/") for location in locations)
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots


def test_links_in_mails_follow_the_public_address(
    client, cast, publish_event, public_address, django_capture_on_commit_callbacks
):
    event = publish_event(title="Elternabend", capacity=10, start=in_days(10))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{event.url}anmelden/",
            {
                "name": "Leyla Şahin",
                "email": "leyla@example.org",
                "organisation_name": "Elternverein Lirich",
                "consent": "on",
            },
        )
        client.post("/de/konto/passwort-vergessen/", {"email": cast.member_a.email})

    # The password reset is mailed at once, the registration after the commit.
    reset_mail, registration_mail = mail.outbox
    confirm = [link for link in LINK.findall(registration_mail.body) if "bestaetigen" in link]
    assert confirm and confirm[0].startswith(f"{PUBLIC}/de/anmeldung/")
    assert f"{PUBLIC}{event.url}" in registration_mail.body
    [reset] = LINK.findall(reset_mail.body)
    assert reset.startswith(f"{PUBLIC}/de/konto/passwort-neu/")


def test_calendar_addresses_follow_the_public_address(client, cast, publish_event, public_address):
    event = publish_event(title="Netzwerktreffen", start=in_days(10))

    feed = Calendar.from_ical(client.get("/de/kalender.ics").content)
    client.force_login(cast.member_a)
    personal = soup(client.get(reverse("events:my_events"))).select_one("#feed-url")["value"]

    [item] = feed.walk("VEVENT")
    assert str(item["URL"]) == f"{PUBLIC}{event.url}"
    assert personal.startswith(f"{PUBLIC}/de/extranet/kalender/")
    assert client.get(urlsplit(personal).path).status_code == 200


def test_the_qr_codes_carry_the_public_address(client, cast, publish_questionnaire, public_address):
    questionnaire = publish_questionnaire(access="codes", steps=steps_data(STEPS))
    batch = services.codes_generate(questionnaire=questionnaire, count=2, label="Modul 1")
    client.force_login(cast.manager)

    pdf = client.get(reverse("surveys_admin:codes_pdf", args=[questionnaire.pk, batch.pk]))

    decoded = _qr_texts(pdf.content)
    assert len(decoded) == 2
    assert all(url.startswith(f"{PUBLIC}{questionnaire.url}?code=") for url in decoded)


def test_the_system_check_warns_in_production_while_site_and_setting_disagree(page_tree, settings):
    settings.DEBUG = False
    settings.PUBLIC_URL = PUBLIC

    with pytest.raises(SystemCheckError, match=r"home\.W001.*netzwerk\.example\.org"):
        call_command("check", "--database", "default", fail_level="WARNING")

    call_command("migrate", verbosity=0, interactive=False)
    call_command(
        "check", "--database", "default", fail_level="WARNING"
    )  # agrees now: no warning raised


def test_a_malformed_public_address_is_an_error(settings):
    settings.PUBLIC_URL = "netzwerk.example.org/de"

    with pytest.raises(SystemCheckError, match=r"home\.E001"):
        call_command("check")
