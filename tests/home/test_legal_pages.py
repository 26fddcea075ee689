"""The legal pages a city publishes: the imprint from its settings, the privacy notice from the
data inventory kept in the code (and the check that no model's field escapes it), and the
accessibility statement in the EU model's structure, in every language."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from wagtail.models import Locale, Site

from home.localization import translation_publish
from home.models import AccessibilityStatementPage, ImprintPage, ImprintSettings, PrivacyPage
from home.privacy import (
    DataInventory,
    data_inventory,
    own_field_names,
    project_models,
    unclassified_fields,
    unknown_fields,
)
from tests.conftest import OTHER_LANGUAGES, page_tree_build
from tests.worlds import world_once

# Module worlds are built beside the shared ones: the mark lets those be put away first.
pytestmark = pytest.mark.django_db

STATEMENT_DE = {
    "title": "Erklärung zur Barrierefreiheit",
    "intro": "Wir möchten, dass alle Menschen diese Website nutzen können.",
    "non_accessible_content": "<p>Alte PDF-Dokumente sind nicht barrierefrei.</p>",
    "assessment": "Selbstbewertung mit Tastatur und Screenreader.",
    "feedback_contact": "Koordinierungsstelle Integration",
    "enforcement_body": "Ombudsstelle für barrierefreie Informationstechnik NRW",
}
STATEMENT_TR = {
    "Erklärung zur Barrierefreiheit": "Erişilebilirlik beyanı",
    "Alte PDF-Dokumente sind nicht barrierefrei.": "Eski PDF belgeleri erişilebilir değildir.",
    "Ombudsstelle für barrierefreie Informationstechnik NRW": "NRW Erişilebilir BT Ombudsmanlığı",
}


@pytest.fixture(scope="module")
def legal(django_db_setup, django_db_blocker):
    """The page tree with an imprint, a privacy notice and an accessibility statement below the
    German home page, the statement translated into every language; the imprint settings."""
    with world_once(django_db_blocker):
        tree = page_tree_build()
        imprint = tree.home.add_child(
            instance=ImprintPage(title="Impressum", slug="impressum-stadt", intro="Nach § 5 DDG.")
        )
        privacy = tree.home.add_child(
            instance=PrivacyPage(title="Datenschutz", slug="datenschutz", intro="Ihre Daten.")
        )
        statement = tree.home.add_child(
            instance=AccessibilityStatementPage(
                slug="barrierefreiheit",
                compliance_status=AccessibilityStatementPage.ComplianceStatus.PARTIAL,
                statement_date=datetime.date(2026, 9, 1),
                review_date=datetime.date(2026, 11, 16),
                feedback_email="barrieren@example.org",
                feedback_phone="0208 825-9042",
                enforcement_url="https://schlichtung.example.org/",
                **STATEMENT_DE,
            )
        )
        for page in (imprint, privacy, statement):
            page.save_revision().publish()
            for language in OTHER_LANGUAGES:
                translation_publish(
                    instance=page,
                    locale=Locale.objects.get(language_code=language),
                    strings=STATEMENT_TR if language == "tr" else {},
                )
        settings = ImprintSettings.for_site(Site.objects.get(is_default_site=True))
        settings.responsible_body = "Stadt Oberhausen, Büro für Chancengleichheit"
        settings.representative = "Der Oberbürgermeister"
        settings.address = "Concordiastraße 30\n46042 Oberhausen"
        settings.email = "integration@example.org"
        settings.phone = "0208 825-9042"
        settings.save()
        yield {"imprint": imprint, "privacy": privacy, "statement": statement}


def _page(client, page, language: str = "de") -> BeautifulSoup:
    if language != "de":
        page = page.get_translation(Locale.objects.get(language_code=language))
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _text(html: BeautifulSoup) -> str:
    return " ".join(html.select_one("main").get_text(" ").split())


# Imprint ---------------------------------------------------------------------------------------


def test_the_imprint_shows_the_details_from_its_settings(client, legal):
    html = _page(client, legal["imprint"])
    details = {
        term.get_text(strip=True): term.find_next_sibling("dd").get_text(" ", strip=True)
        for term in html.select(".legal-details dt")
    }

    assert details == {
        "Verantwortliche Stelle": "Stadt Oberhausen, Büro für Chancengleichheit",
        "Vertreten durch": "Der Oberbürgermeister",
        "Anschrift": "Concordiastraße 30 46042 Oberhausen",
        "E-Mail": "integration@example.org",
        "Telefon": "0208 825-9042",
    }
    assert html.select_one(".legal-details a[href='tel:0208825-9042']") is not None


def test_the_imprint_settings_are_edited_in_the_admin(admin_client, legal):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/home/imprintsettings/{site.pk}/"

    response = admin_client.post(
        url,
        {
            "responsible_body": "Stadt Musterstadt",
            "representative": "Die Oberbürgermeisterin",
            "address": "Markt 1",
            "email": "rathaus@example.org",
            "phone": "01234 5678",
        },
    )

    assert response.status_code == 302
    assert ImprintSettings.for_site(site).representative == "Die Oberbürgermeisterin"


def test_the_imprint_speaks_the_visitors_language(client, legal):
    html = _page(client, legal["imprint"], "ar")

    assert html.html["dir"] == "rtl"
    assert "Verantwortliche Stelle" not in _text(html)
    assert "Der Oberbürgermeister" in _text(html)


# Privacy notice --------------------------------------------------------------------------------


def test_every_field_of_every_model_is_classified_as_personal_data_or_not():
    """A new model or field must be added to its app's `data_inventory.py`: as personal data
    (with purpose, legal basis and retention) or among the fields without personal data."""
    assert unclassified_fields() == []
    assert unknown_fields() == []


def test_the_check_finds_a_model_missing_from_the_inventory():
    inventory = data_inventory()
    without_registrations = DataInventory(
        personal=[entry for entry in inventory.personal if entry.model != "events.Registration"],
        not_personal=inventory.not_personal,
    )

    missing = unclassified_fields(without_registrations)

    assert "events.Registration.email" in missing
    assert "events.Registration.name" in missing
    assert unclassified_fields(DataInventory(personal=[], not_personal={}))


def test_the_check_walks_every_model_of_the_projects_apps():
    labels = {model._meta.label for model in project_models()}

    assert {"members.Organisation", "events.Registration", "surveys.Answer"} <= labels
    assert "auth.User" not in labels  # Django's own: listed in the inventory by hand
    assert "email" in own_field_names(apps.get_model("events.Registration"))
    assert "title" not in own_field_names(apps.get_model("events.EventPage"))


def test_no_field_is_both_personal_and_not():
    inventory = data_inventory()
    for entry in inventory.personal:
        assert entry.purpose and entry.retention and entry.legal_basis
        overlap = set(entry.fields) & set(inventory.not_personal.get(entry.model, ()))
        assert not overlap, f"{entry.model}: {overlap}"


def test_the_privacy_notice_lists_every_kind_of_personal_data(client, legal):
    html = _page(client, legal["privacy"])
    rows = html.select(".personal-data tbody tr")
    text = _text(html)

    assert len(rows) == len(data_inventory().personal)
    assert "Anmeldungen zu Veranstaltungen: Name, E-Mail-Adresse, Organisation, Anwesenheit" in text
    assert "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)" in text
    assert "365 Tage nach der Veranstaltung, dann anonymisiert" in text
    assert "90 Tage" in text
    assert "Stadt Oberhausen, Büro für Chancengleichheit" in text  # the controller


def test_the_privacy_notice_follows_the_retention_settings(client, legal, settings):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 30

    assert "30 Tage nach der Veranstaltung" in _text(_page(client, legal["privacy"]))


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("en", "Registrations for events"),
        ("tr", "Etkinlik kayıtları"),
        ("ar", "التسجيلات في الفعاليات"),
        ("fr", "Inscriptions aux événements"),
        ("ru", "Регистрации на мероприятия"),
    ],
)
def test_the_privacy_notice_is_in_every_language(client, legal, language, phrase):
    html = _page(client, legal["privacy"], language)

    assert phrase in _text(html)
    assert "Anmeldungen zu Veranstaltungen" not in _text(html)


# Accessibility statement -----------------------------------------------------------------------


def test_the_accessibility_statement_has_the_parts_of_the_eu_model(client, legal):
    html = _page(client, legal["statement"])
    headings = [heading.get_text(strip=True) for heading in html.select("main h2")]
    text = _text(html)

    assert headings[:5] == [
        "Stand der Vereinbarkeit mit den Anforderungen",
        "Nicht barrierefreie Inhalte",
        "Erstellung dieser Erklärung zur Barrierefreiheit",
        "Feedback und Kontaktangaben",
        "Durchsetzungsverfahren",
    ]
    assert "teilweise vereinbar" in text
    assert "Alte PDF-Dokumente sind nicht barrierefrei." in text
    assert "1. September 2026" in text and "16. November 2026" in text
    assert "barrieren@example.org" in text
    assert "Ombudsstelle für barrierefreie Informationstechnik NRW" in text
    assert html.select_one("a[href='https://schlichtung.example.org/']") is not None


def test_the_accessibility_statement_is_translated_like_any_page(client, legal):
    turkish = _text(_page(client, legal["statement"], "tr"))
    russian = _text(_page(client, legal["statement"], "ru"))

    assert "Erişilebilirlik beyanı" in turkish
    assert "Eski PDF belgeleri erişilebilir değildir." in turkish
    assert "NRW Erişilebilir BT Ombudsmanlığı" in turkish
    assert "Gerekliliklere uyum durumu" in turkish  # the model's headings, from the catalogue
    assert "barrieren@example.org" in turkish  # facts are the same in every language
    assert "Статус соответствия требованиям" in russian


def test_the_statement_says_which_compliance_status_the_editor_chose(client, legal):
    statement = legal["statement"]
    statement.compliance_status = AccessibilityStatementPage.ComplianceStatus.FULL
    statement.save_revision().publish()

    text = _text(_page(client, statement))

    assert "vollständig vereinbar" in text
    assert "teilweise vereinbar" not in text


def test_a_second_statement_below_the_same_home_page_is_refused_in_the_admin(admin_client, legal):
    home = legal["statement"].get_parent()
    url = f"/admin/pages/add/home/accessibilitystatementpage/{home.pk}/"

    response = admin_client.post(url, {"title": "Zweite Erklärung", "slug": "zweite"})

    # One statement per home page: the admin does not even offer a second one.
    assert response.status_code in (302, 403, 404)
    assert not AccessibilityStatementPage.objects.filter(slug="zweite").exists()
