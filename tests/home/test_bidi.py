"""Values that read left to right keep their order on right-to-left pages, and text that falls
back to German says so (`lang="de"`, and `dir="ltr"` on Arabic pages)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Site

from home.factories import SiteImageFactory
from home.localization import translation_publish
from home.models import ContactSettings, ImageAltText
from home.templatetags.bidi import bidi_date, bidi_time
from home.templatetags.hyphenation import hyphenate
from home.text_language import TextInLanguage
from tests.home.conftest import make_news

PHONE = "0208 825-9042"
OFFICE = "Koordinierungsstelle Integration"
HOURS = "Mo–Do 9–15 Uhr"


@pytest.fixture
def contact(page_tree):
    settings = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = OFFICE
    settings.address = "Schwartzstraße 72\n46045 Oberhausen"
    settings.phone = PHONE
    settings.email = "integration@example.org"
    settings.office_hours = HOURS
    settings.save()
    return settings


def _footer(client, url: str):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("footer address")


def test_footer_isolates_phone_address_and_email_left_to_right_in_arabic(
    client, contact, page_tree
):
    footer = _footer(client, page_tree.translated(page_tree.home, "ar").url)

    isolated = {bdi.get_text("\n") for bdi in footer.select('bdi[dir="ltr"]')}
    assert {PHONE, "integration@example.org", "Schwartzstraße 72\n46045 Oberhausen"} <= isolated
    assert footer.select_one(f'a[href="tel:{PHONE.replace(" ", "")}"] bdi[dir="ltr"]')


@pytest.mark.parametrize("language", ["ar", "tr"])
def test_footer_marks_the_german_office_name_and_hours_on_other_languages_pages(
    client, contact, page_tree, language
):
    footer = _footer(client, page_tree.translated(page_tree.home, language).url)

    marked = {bdi.get_text(): (bdi.get("lang"), bdi.get("dir")) for bdi in footer.select("bdi")}
    assert marked[OFFICE] == ("de", "ltr")
    assert marked[HOURS] == ("de", "ltr")


def test_footer_does_not_mark_german_on_german_pages(client, contact, page_tree):
    footer = _footer(client, page_tree.home.url)

    assert footer.select("[lang]") == []
    assert OFFICE in footer.get_text()


def test_topics_and_the_image_description_are_marked_german_on_a_turkish_article(
    client, news_index
):
    article = make_news(news_index, 1, tags=("Bildung",), with_images=True)[0]
    turkish = translation_publish(
        instance=article,
        locale=Locale.objects.get(language_code="tr"),
        strings={article.title: "Haber"},
    )

    html = BeautifulSoup(client.get(turkish.url).content, "html.parser")
    index = BeautifulSoup(
        client.get(news_index.get_translation(turkish.locale).url).content, "html.parser"
    )
    german = BeautifulSoup(client.get(article.url).content, "html.parser")

    topic = html.select_one(".tags a bdi")
    assert (topic.get_text(), topic["lang"], topic["dir"]) == ("Bildung", "de", "ltr")
    assert index.select_one(".tag-filter bdi[lang=de]").get_text() == "Bildung"
    picture = html.select_one("article picture img")
    assert picture["alt"] and picture["lang"] == "de"
    assert german.select_one(".tags a bdi").get("lang") is None
    assert german.select_one("article picture img").get("lang") is None


def test_footer_shows_office_and_hours_in_the_visitors_language_field_by_field(
    client, contact, page_tree
):
    contact.translations.create(language_code="tr", office_hours="Pzt–Prş 9–15")
    contact.save()

    footer = _footer(client, page_tree.translated(page_tree.home, "tr").url)
    english = _footer(client, page_tree.translated(page_tree.home, "en").url)

    marked = {bdi.get_text(): bdi.get("lang") for bdi in footer.select("bdi")}
    assert marked["Pzt–Prş 9–15"] is None
    assert marked[OFFICE] == "de"
    assert HOURS not in footer.get_text()
    assert HOURS in english.get_text()


def test_contact_settings_take_translations_in_the_admin(admin_client, contact):
    url = f"/admin/settings/home/contactsettings/{contact.site_id}/"
    assert admin_client.get(url).status_code == 200
    data = {
        "organisation_name": OFFICE,
        "address": contact.address,
        "phone": PHONE,
        "email": contact.email,
        "office_hours": HOURS,
        "translations-TOTAL_FORMS": "1",
        "translations-INITIAL_FORMS": "0",
        "translations-MIN_NUM_FORMS": "0",
        "translations-MAX_NUM_FORMS": "1000",
        "translations-0-language_code": "ar",
        "translations-0-organisation_name": "مكتب الاندماج",
        "translations-0-office_hours": "",
        "translations-0-ORDER": "1",
        "translations-0-id": "",
        "translations-0-DELETE": "",
    }

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    saved = ContactSettings.objects.get(pk=contact.pk).translations.get()
    assert (saved.language_code, saved.organisation_name) == ("ar", "مكتب الاندماج")


def test_an_image_has_its_alternative_text_per_language_else_the_german_one_marked(
    client, news_index
):
    article = make_news(news_index, 1, with_images=True)[0]
    ImageAltText.objects.create(image=article.image, language_code="tr", text="Bir örnek resim")
    versions = {
        language: translation_publish(
            instance=article,
            locale=Locale.objects.get(language_code=language),
            strings={article.title: f"Haber [{language}]"},
        )
        for language in ("tr", "en")
    }

    def image(url):
        return BeautifulSoup(client.get(url).content, "html.parser").select_one(
            "article picture img"
        )

    turkish, english, german = (
        image(versions["tr"].url),
        image(versions["en"].url),
        image(article.url),
    )
    assert (turkish["alt"], turkish.get("lang")) == ("Bir örnek resim", None)
    assert (english["alt"], english["lang"], english["dir"]) == ("Ein Beispielbild", "de", "ltr")
    assert (german["alt"], german.get("lang")) == ("Ein Beispielbild", None)


def test_alternative_texts_in_other_languages_are_added_in_the_admin(admin_client):
    picture = SiteImageFactory()
    url = "/admin/snippets/home/imagealttext/add/"
    assert admin_client.get(url).status_code == 200

    response = admin_client.post(
        url, {"image": picture.pk, "language_code": "fr", "text": "Une image d’exemple"}
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert picture.alt_in("fr") == "Une image d’exemple"
    assert (picture.alt_in("ru"), picture.alt_in("ru").language) == ("Ein Beispielbild", "de")


def test_a_date_in_numerals_reads_left_to_right_and_one_in_words_keeps_its_own_direction():
    day = datetime.date(2026, 12, 16)
    evening = datetime.time(18, 30)

    with translation.override("ar"):
        assert bidi_date(day, "d.m.Y") == '<bdi dir="ltr">16.12.2026</bdi>'
        assert bidi_time(evening, "H:i") == '<bdi dir="ltr">18:30</bdi>'
        # Arabic month names and Django's Arabic short date (with right-to-left marks) are
        # isolated in their own direction.
        assert bidi_date(day, "DATE_FORMAT") == "<bdi>16 ديسمبر، 2026</bdi>"
        assert bidi_date(day, "SHORT_DATE_FORMAT").startswith("<bdi>16\u200f/")
    with translation.override("de"):
        assert bidi_date(day, "DATE_FORMAT") == "<bdi>16. Dezember 2026</bdi>"
    assert bidi_date(None, "DATE_FORMAT") == ""


def test_long_words_of_a_heading_get_soft_hyphens_in_their_own_language():
    soft = "\u00ad"
    with translation.override("de"):
        german = hyphenate("Mitgliedsorganisationen & Partner")
        fallback = hyphenate(TextInLanguage("Mitgliedsorganisationen", "de"))
    with translation.override("ar"):
        arabic = hyphenate("المنظمات الأعضاء")
        on_arabic_page = hyphenate(TextInLanguage("Mitgliedsorganisationen", "de"))

    assert german.replace(soft, "") == "Mitgliedsorganisationen &amp; Partner"
    assert german.startswith(f"Mit{soft}glieds{soft}") and german.endswith("Partner")
    assert soft in fallback and soft in on_arabic_page
    assert arabic == "المنظمات الأعضاء"
    assert hyphenate(mark_safe("<bdi>Mitgliedsorganisationen</bdi>")) == (
        "<bdi>Mitgliedsorganisationen</bdi>"
    )


def test_a_page_heading_is_hyphenated_where_a_long_german_word_may_break(client, page_tree):
    about = page_tree.about
    about.title = "Qualifizierungsmodule"
    about.save_revision().publish()

    heading = BeautifulSoup(client.get(about.url).content, "html.parser").h1.get_text()

    assert heading.replace("\u00ad", "") == "Qualifizierungsmodule"
    assert "\u00ad" in heading
