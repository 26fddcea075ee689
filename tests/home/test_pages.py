"""Every page type renders in every language, with the right lang/dir and a working switcher."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Page, Site

from home.models import FooterSettings, HomePage, StandardPage
from home.views import server_error
from tests.conftest import LANGUAGES, RTL_LANGUAGES
from tests.html import parse

PAGE_TYPES = ["home", "about"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("which", PAGE_TYPES)
def test_page_renders_in_every_language_with_lang_and_dir(client, page_tree, language, which):
    page = page_tree.translated(getattr(page_tree, which), language)

    response = client.get(page.url)

    assert response.status_code == 200
    html = parse(response.content)
    assert html.html_attrs["lang"] == language
    assert html.html_attrs["dir"] == ("rtl" if language in RTL_LANGUAGES else "ltr")
    assert html.headings == [page.title]
    assert page.url.startswith(f"/{language}/")


def test_translations_carry_their_translated_title(page_tree):
    assert page_tree.translated(page_tree.about, "tr").title == "About [tr]"
    assert page_tree.translated(page_tree.home, "ar").title == "Start [ar]"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_switcher_links_to_the_same_page_in_every_language(client, page_tree, language):
    response = client.get(page_tree.about.url)

    switcher = {
        link.attrs["hreflang"]: link
        for link in parse(response.content).links
        if "hreflang" in link.attrs
    }
    assert set(switcher) == set(LANGUAGES)
    assert switcher[language].href == page_tree.translated(page_tree.about, language).url
    assert switcher[language].attrs["lang"] == language
    assert switcher["de"].attrs.get("aria-current") == "true"


def test_switcher_says_when_a_page_is_not_translated_yet(client, page_tree):
    untranslated = page_tree.about.add_child(
        instance=StandardPage(title="Nur auf Deutsch", slug="nur-deutsch")
    )

    response = client.get(untranslated.url)

    html = parse(response.content)
    english = next(link for link in html.links if link.attrs.get("hreflang") == "en")
    assert english.href == page_tree.translated(page_tree.home, "en").url
    # Each note is said in the language of its link: it is for those who read that language.
    notes = {
        note["lang"]: (note["dir"], note.get_text())
        for note in BeautifulSoup(response.content, "html.parser").select(
            ".language-switcher__note"
        )
    }
    assert notes["en"] == ("ltr", "not translated yet, goes to the home page")
    assert notes["ar"] == ("rtl", "لم تُترجَم بعد، يؤدي الرابط إلى الصفحة الرئيسية")
    assert "de" not in notes


def test_menu_follows_the_visitors_language(client, page_tree):
    english_about = page_tree.translated(page_tree.about, "en")

    response = client.get(page_tree.translated(page_tree.home, "en").url)

    hrefs = [link.href for link in parse(response.content).links]
    assert english_about.url in hrefs
    assert page_tree.about.url not in hrefs


def test_footer_links_lead_to_the_visitors_language(client, page_tree):
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.imprint_page = page_tree.imprint
    footer.save()

    response = client.get(page_tree.translated(page_tree.home, "fr").url)

    links = {link.text.strip(): link.href for link in parse(response.content).links}
    with translation.override("fr"):
        label = translation.gettext("Imprint")
    assert links[label] == page_tree.translated(page_tree.imprint, "fr").url


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("tr,en;q=0.8", "/tr/"),
        ("ar", "/ar/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("ja", "/de/"),
        ("", "/de/"),
    ],
)
def test_root_redirects_by_accept_language(client, page_tree, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    ("language", "heading"),
    [("de", "Seite nicht gefunden"), ("en", "Page not found"), ("ar", None)],
)
def test_missing_page_gives_localized_404(client, page_tree, language, heading):
    response = client.get(f"/{language}/gibt-es-nicht/")

    assert response.status_code == 404
    html = parse(response.content)
    assert html.html_attrs["lang"] == language
    if heading:
        assert html.headings == [heading]
    else:
        assert html.headings[0] not in ("Seite nicht gefunden", "Page not found")
        assert html.html_attrs["dir"] == "rtl"


def test_server_error_page_is_localized_and_standalone(rf):
    with translation.override("en"):
        response = server_error(rf.get("/en/"))

    assert response.status_code == 500
    html = parse(response.content)
    assert html.html_attrs == {"lang": "en", "dir": "ltr"}
    assert html.headings == ["Something went wrong"]


@pytest.mark.django_db
def test_page_tree_rules():
    root = Page.get_first_root_node()
    assert HomePage.can_create_at(root)
    assert not StandardPage.can_create_at(root)
    assert StandardPage in HomePage.allowed_subpage_models()
    assert HomePage not in StandardPage.allowed_subpage_models()


def test_a_null_byte_in_the_address_is_a_bad_request(client, page_tree):
    assert client.get("/de/aktuelles/?tag=%00").status_code == 400
    assert client.get("/de/%00/").status_code == 400


def test_a_language_without_its_own_home_page_gives_404_not_german(client, page_tree):
    page_tree.translated(page_tree.home, "fr").unpublish()

    response = client.get("/fr/")

    assert response.status_code == 404
    assert parse(response.content).html_attrs["lang"] == "fr"


def test_documents_are_never_served_as_media_files(client, page_tree, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "protokoll.pdf").write_bytes(b"%PDF-1.4 secret")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "bild.txt").write_bytes(b"public")

    assert client.get("/media/documents/protokoll.pdf").status_code == 404
    assert client.get("/media/images/bild.txt").status_code == 200
