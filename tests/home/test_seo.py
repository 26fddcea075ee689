"""Titles, descriptions, canonical and hreflang links, Open Graph, sitemap.xml and robots.txt."""

import re

from defusedxml import ElementTree as ET
from django.conf import settings

from home.factories import SiteImageFactory

from .conftest import make_news

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
LANGUAGES = {code for code, _name in settings.LANGUAGES}


def _head(response) -> str:
    return response.content.decode().split("</head>", 1)[0]


def test_page_head_has_canonical_hreflang_and_open_graph(client, page_tree):
    about = page_tree.about
    about.search_description = "Wer wir sind und was wir tun."
    about.save_revision().publish()

    head = _head(client.get(about.url))

    assert f'<link rel="canonical" href="{about.full_url}">' in head
    hreflangs = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', head))
    assert set(hreflangs) == LANGUAGES | {"x-default"}
    assert hreflangs["ar"] == page_tree.translated(about, "ar").full_url
    assert hreflangs["x-default"] == about.full_url
    assert '<meta name="description" content="Wer wir sind und was wir tun.">' in head
    assert '<meta property="og:title" content="Über uns">' in head
    assert '<meta property="og:locale" content="de">' in head
    assert "<title>Über uns – " in head


def test_news_article_shares_its_teaser_and_image(client, news_index):
    article = make_news(news_index, 1)[0]
    article.image = SiteImageFactory(description="Zwei Menschen am Tisch")
    article.save_revision().publish()

    head = _head(client.get(article.url))

    assert '<meta property="og:type" content="article">' in head
    assert f'<meta property="og:description" content="{article.teaser}">' in head
    assert re.search(
        r'<meta property="og:image" content="http://testserver/media/images/[^"]+\.jpg">', head
    )
    assert '<meta property="og:image:alt" content="Zwei Menschen am Tisch">' in head


def test_sitemap_lists_every_page_in_every_language_with_hreflang(client, page_tree):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }
    for page in (page_tree.home, page_tree.about, page_tree.imprint):
        for language in LANGUAGES:
            url = page_tree.translated(page, language).full_url
            assert url in entries, url
            assert set(entries[url]) == LANGUAGES
            assert entries[url][language] == url
    assert len(entries) == 3 * len(LANGUAGES)


def test_robots_txt_points_to_the_sitemap(client, page_tree):
    response = client.get("/robots.txt")

    body = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
    assert "Disallow: /de/suche/" in body
