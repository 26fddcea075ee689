"""News: newest first, paginated, by tag, per language, on the home page and as a feed."""

import re

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from home.localization import translation_publish
from home.models import NewsPage
from members.factories import OrganisationFactory
from tests.html import parse

from .conftest import make_news


def _titles(response) -> list[str]:
    html = parse(response.content)
    return [
        link.text.strip() for link in html.links if re.match(r"Nachricht \d+$", link.text.strip())
    ]


def test_news_index_lists_newest_first_and_paginates(client, news_index):
    make_news(news_index, 12)

    first = client.get(news_index.url)
    second = client.get(news_index.url + "?page=2")

    assert _titles(first) == [f"Nachricht {n:03d}" for n in range(11, 1, -1)]
    assert _titles(second) == ["Nachricht 001", "Nachricht 000"]
    assert "Seite 1 von 2" in first.content.decode()


@pytest.mark.parametrize(
    ("page", "expected_first"), [("999", "Nachricht 001"), ("abc", "Nachricht 011")]
)
def test_impossible_page_numbers_show_a_real_page(client, news_index, page, expected_first):
    make_news(news_index, 12)

    response = client.get(f"{news_index.url}?page={page}")

    assert response.status_code == 200
    assert _titles(response)[0] == expected_first


def test_news_index_filters_by_tag(client, news_index):
    make_news(news_index, 2)
    tagged = make_news(news_index, 1, offset=2, tags=("Bildung",))[0]
    tagged.title = "Mit Schlagwort"
    tagged.save_revision().publish()

    response = client.get(news_index.url + "?tag=bildung")
    unknown = client.get(news_index.url + "?tag=gibt-es-nicht")

    titles = [link.text.strip() for link in parse(response.content).links]
    assert "Mit Schlagwort" in titles
    assert "Nachricht 001" not in titles
    assert unknown.status_code == 200
    assert "Zu diesem Thema gibt es noch keine Nachrichten." in unknown.content.decode()


def test_each_language_lists_only_its_own_news(client, news_index):
    german_only, translated = make_news(news_index, 2)
    turkish = Locale.objects.get(language_code="tr")
    translation_publish(instance=translated, locale=turkish, strings={"Nachricht 001": "Haber 001"})
    turkish_index = news_index.get_translation(turkish)

    turkish_titles = [
        link.text.strip() for link in parse(client.get(turkish_index.url).content).links
    ]
    german_titles = _titles(client.get(news_index.url))

    assert "Haber 001" in turkish_titles
    assert german_only.title not in turkish_titles
    assert german_titles == ["Nachricht 001", "Nachricht 000"]


def test_home_page_shows_the_latest_news_of_its_language(client, page_tree, news_index):
    make_news(news_index, 5)

    response = client.get(page_tree.home.url)
    english = client.get(page_tree.translated(page_tree.home, "en").url)

    assert _titles(response) == ["Nachricht 004", "Nachricht 003", "Nachricht 002"]
    assert _titles(english) == []


def test_private_news_appears_in_no_listing_feed_or_search(client, news_index):
    public, private = make_news(news_index, 2)
    private.title = "Geheime Nachricht"
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    listing = client.get(news_index.url).content.decode()
    feed = client.get(news_index.url + "feed/").content.decode()
    search = client.get("/de/suche/?q=Geheime").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()

    for text in (listing, feed, search, sitemap):
        assert "Geheime Nachricht" not in text
        assert private.slug not in text
    assert public.title in listing


def test_feed_is_valid_atom_in_the_index_language(client, news_index):
    make_news(news_index, 3, tags=("Netzwerk",))

    response = client.get(news_index.url + "feed/")
    feed = feedparser.parse(response.content)

    assert response["Content-Type"].startswith("application/atom+xml")
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert feed.feed.language == "de"
    assert [entry.title for entry in feed.entries] == [
        "Nachricht 002",
        "Nachricht 001",
        "Nachricht 000",
    ]
    assert (
        feed.entries[0].link
        == "http://testserver" + NewsPage.objects.get(title="Nachricht 002").url
    )
    assert feed.entries[0].tags[0].term == "Netzwerk"


def test_feed_of_another_language_has_its_language(client, news_index):
    turkish_index = news_index.get_translation(Locale.objects.get(language_code="tr"))

    feed = feedparser.parse(client.get(turkish_index.url + "feed/").content)

    assert not feed.bozo
    assert feed.feed.language == "tr"
    assert feed.entries == []


def _queries(client, url: str) -> int:
    client.get(url)  # renditions and caches are made on the first view
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("which", ["home", "index", "article", "feed", "search", "sitemap"])
def test_query_count_does_not_grow_with_the_number_of_news(
    client, settings, page_tree, news_index, which
):
    settings.PAGE_CACHE_SECONDS = 0  # measure the page, not the cache
    urls = {
        "home": lambda: page_tree.home.url,
        "index": lambda: news_index.url,
        "article": lambda: NewsPage.objects.order_by("-date").first().url,
        "feed": lambda: news_index.url + "feed/",
        "search": lambda: "/de/suche/?q=Nachricht",
        "sitemap": lambda: "/sitemap.xml",
    }
    make_news(news_index, 5, tags=("Bildung", "Netzwerk"), with_images=True)
    few = _queries(client, urls[which]())

    make_news(news_index, 45, offset=5, tags=("Bildung",), with_images=True)
    many = _queries(client, urls[which]())

    assert NewsPage.objects.count() == 50
    assert many == few


def test_page_zero_and_negative_pages_show_the_first_page(client, news_index):
    make_news(news_index, 12)

    for number in ("0", "-3"):
        response = client.get(f"{news_index.url}?page={number}")
        assert response.status_code == 200
        assert _titles(response)[0] == "Nachricht 011"


def test_article_names_the_organisations_involved(client, news_index):
    article = make_news(news_index, 1)[0]
    mosque = OrganisationFactory(name="Mevlana Moschee", website="https://mevlana.example.org/")
    club = OrganisationFactory(name="Alevitischer Kulturverein e.V.", website="")
    article.related_organisations.set([mosque, club])
    article.save_revision().publish()

    html = client.get(article.url).content.decode()

    assert "Beteiligte Organisationen" in html
    assert '<a href="https://mevlana.example.org/" rel="noopener">Mevlana Moschee</a>' in html
    assert "Alevitischer Kulturverein e.V." in html
