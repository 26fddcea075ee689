"""The site's search in every language: word forms and diacritics, organisations and events
beside pages, a search field in every page's header, and nothing members-only for visitors.

The same tests run on SQLite (FTS5 with Snowball stems) and on PostgreSQL (each language's text
search configuration with `unaccent`)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import StandardPageFactory
from home.localization import translation_publish
from home.models import SearchDocument
from home.search_sources import reindex_all
from members.factories import OrganisationFactory
from members.models import (
    DirectoryPage,
    ExtranetPage,
    MinutesIndexPage,
    MinutesPage,
    OrganisationTranslation,
    RegularOffering,
)
from tests.conftest import OTHER_LANGUAGES, page_tree_build
from tests.worlds import world_once

# Module worlds are built beside the shared ones: the mark lets those be put away first.
pytestmark = pytest.mark.django_db

# Per language: a page's title and introduction, and queries in other word forms (or without
# the diacritics) that must find it.
PAGES = {
    "de": ("Beratung für Vereine", "Hilfe bei der Familienförderung und bei Anträgen."),
    "en": ("The network meeting", "Parents' evenings in the city."),
    "tr": ("Aylık toplantı", "Bağış kampanyası ve derneklerimiz."),
    "ar": ("الْمَدْرَسَة", "اجتماع الشبكة"),
    "fr": ("Réunions du réseau", "Pour l'association culturelle du quartier."),
    "ru": ("Наша сеть", "Встречи для объединения мигрантов."),
}
FOUND_BY = [
    ("de", "Vereinen", "Beratung für Vereine"),
    ("de", "Familienforderung", "Beratung für Vereine"),
    ("de", "Antrag", "Beratung für Vereine"),
    ("en", "meetings", "The network meeting"),
    ("en", "parenting evening", "The network meeting"),
    ("tr", "toplanti", "Aylık toplantı"),
    ("tr", "Bagis", "Aylık toplantı"),
    ("tr", "dernekler", "Aylık toplantı"),
    ("ar", "مدرسة", "الْمَدْرَسَة"),
    ("ar", "الاجتماع", "الْمَدْرَسَة"),
    ("fr", "reunion", "Réunions du réseau"),
    ("fr", "associations culturelles", "Réunions du réseau"),
    ("ru", "сети", "Наша сеть"),
    ("ru", "объединений", "Наша сеть"),
]
ORGANISATION = "Kulturverein Anadolu e.V."
EVENT = "Netzwerktreffen im Rathaus"
EVENT_TR = "Rathaus'ta ağ toplantısı"


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The page tree in six languages with one page per language, a calendar with a public and
    a members-only event (the public one translated into Turkish), the directory, the extranet
    with minutes, a listed organisation (German and Turkish texts, notes for the network
    manager) and an unlisted one."""
    with world_once(django_db_blocker):
        tree = page_tree_build()
        homes = {"de": tree.home} | {
            language: tree.translated(tree.home, language) for language in OTHER_LANGUAGES
        }
        for language, (title, intro) in PAGES.items():
            StandardPageFactory(
                parent=homes[language], title=title, intro=intro, slug=f"seite-{language}"
            )

        calendar = EventIndexPageFactory(parent=tree.home, title="Termine", slug="termine")
        event = EventPageFactory(
            parent=calendar, title=EVENT, teaser="Austausch über unsere Bildungsprojekte."
        )
        EventPageFactory(
            parent=calendar,
            title="Vorstandsklausur",
            teaser="Haushaltsentwurf der Vereine.",
            members_only=True,
        )
        directory = tree.home.add_child(
            instance=DirectoryPage(title="Verzeichnis", slug="verzeichnis")
        )
        extranet = tree.home.add_child(instance=ExtranetPage(title="Extranet", slug="extranet"))
        minutes_index = extranet.add_child(
            instance=MinutesIndexPage(title="Protokolle", slug="protokolle")
        )
        minutes_index.add_child(
            instance=MinutesPage(
                title="Protokoll Frühjahr",
                slug="fruehjahr",
                meeting_date=datetime.date(2013, 3, 20),
                decisions="<p>Vertraulicher Haushaltsbeschluss</p>",
            )
        )
        turkish = Locale.objects.get(language_code="tr")
        translation_publish(
            instance=event,
            locale=turkish,
            strings={
                EVENT: EVENT_TR,
                "Austausch über unsere Bildungsprojekte.": "Eğitim projeleri",
            },
        )
        for page in (calendar, directory):
            for language in OTHER_LANGUAGES:
                translation_publish(
                    instance=page, locale=Locale.objects.get(language_code=language), strings={}
                )

        organisation = OrganisationFactory(
            name=ORGANISATION,
            slug="anadolu",
            short_description="Wir organisieren Elternabende.",
            description="Sprachkurse für Kinder und Erwachsene.",
            manager_notes="Mitgliedsbeitrag überfällig",
            internal_email="vorstand-intern@example.org",
        )
        OrganisationTranslation.objects.create(
            organisation=organisation, language_code="tr", short_description="Bağış toplantıları."
        )
        RegularOffering.objects.create(
            organisation=organisation, title="Hausaufgabenhilfe", schedule="dienstags"
        )
        OrganisationFactory(
            name="Geheimbund Morgenrot", slug="morgenrot", short_description="", is_listed=False
        )
        yield


def _search(client, language: str, query: str):
    with translation.override(language):
        url = reverse("search")
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return response


def _results(response) -> list[tuple[str, str]]:
    """(title, link) of each result, in order."""
    html = BeautifulSoup(response.content, "html.parser")
    return [
        (link.get_text(strip=True), link["href"]) for link in html.select(".search-results__title")
    ]


def _titles(response) -> list[str]:
    return [title for title, _url in _results(response)]


@pytest.mark.parametrize(("language", "query", "title"), FOUND_BY)
def test_other_word_forms_and_missing_diacritics_find_the_page(
    client, world, language, query, title
):
    assert title in _titles(_search(client, language, query))


def test_a_language_finds_only_its_own_pages(client, world):
    assert _titles(_search(client, "de", "toplanti")) == []
    assert _titles(_search(client, "tr", "Familienforderung")) == []
    assert _titles(_search(client, "en", "сеть")) == []


def test_an_organisation_is_found_by_its_public_profile_in_its_directory(client, world):
    german = _results(_search(client, "de", "Elternabend"))
    by_offering = _titles(_search(client, "de", "Hausaufgabenhilfe"))
    # Turkish: by its Turkish text, and by its German text, which the Turkish profile shows
    # where nothing is translated.
    turkish = _results(_search(client, "tr", "bagis toplanti"))
    fallback = _results(_search(client, "tr", "Sprachkursen Erwachsene"))

    assert german == [(ORGANISATION, "/de/verzeichnis/anadolu/")]
    assert by_offering == [ORGANISATION]
    turkish_directory = DirectoryPage.objects.get(locale__language_code="tr").url
    assert (ORGANISATION, f"{turkish_directory}anadolu/") in turkish
    assert fallback == [(ORGANISATION, f"{turkish_directory}anadolu/")]
    assert _titles(_search(client, "de", "Bagis")) == []


def test_an_event_is_found_in_its_language(client, world):
    german = _titles(_search(client, "de", "Bildungsprojekt"))
    turkish = _titles(_search(client, "tr", "egitim proje"))

    assert german == [EVENT]
    assert turkish == [EVENT_TR]


@pytest.mark.parametrize(
    "query",
    [
        "Vorstandsklausur",  # a members-only event
        "Haushaltsentwurf",
        "Haushaltsbeschluss",  # minutes in the extranet
        "Protokoll",
        "Morgenrot",  # an organisation not listed in the directory
        "Mitgliedsbeitrag",  # the network manager's notes on a listed one
        "vorstand-intern",  # its internal e-mail address
    ],
)
def test_members_only_content_is_never_found_by_visitors(client, world, query):
    for language in ("de", "tr"):
        response = _search(client, language, query)

        assert _titles(response) == []
        assert "Nichts gefunden" in response.content.decode() or language != "de"


def test_a_network_member_finds_no_more_than_a_visitor(client, world, django_user_model):
    """The results are cached per language for everyone, so they are what the public sees."""
    member = django_user_model.objects.create_user("mitglied", password="x")
    client.force_login(member)

    assert _titles(_search(client, "de", "Haushaltsbeschluss")) == []
    assert "Beratung für Vereine" in _titles(_search(client, "de", "Vereinen"))


def test_reindexing_finds_the_same(client, world):
    before = SearchDocument.objects.count()

    counts = reindex_all()

    assert SearchDocument.objects.count() == before
    assert counts["organisation"] == 2
    assert _titles(_search(client, "ru", "сети")) == ["Наша сеть"]
    assert _titles(_search(client, "de", "Elternabend")) == [ORGANISATION]


@pytest.mark.parametrize("language", ["de", *OTHER_LANGUAGES])
def test_every_page_has_a_labelled_search_field_in_its_header(client, world, language):
    home = DirectoryPage.objects.get(locale__language_code=language).get_parent()
    html = BeautifulSoup(client.get(home.url).content, "html.parser")

    form = html.select_one("header form[role=search]")
    field = form.select_one("input[type=search][name=q]")
    label = form.select_one(f"label[for={field['id']}]")
    with translation.override(language):
        assert form["action"] == reverse("search")
    assert label.get_text(strip=True)
    assert form.select_one("button[type=submit]").get_text(strip=True)


def test_a_word_no_index_holds_does_not_hide_the_others(client, world):
    assert _titles(_search(client, "de", "Vereinen _")) != []
