"""Search finds public pages of the visitor's language only, and answers any query politely."""

import pytest
from wagtail.models import Locale, PageViewRestriction

from tests.html import parse

from .conftest import make_news


def _result_titles(response) -> list[str]:
    html = response.content.decode()
    start = html.find('<ol class="search-results">')
    if start == -1:
        return []
    return [link.text.strip() for link in parse(html[start : html.find("</ol>", start)]).links]


def test_search_finds_pages_of_the_visitors_language(client, page_tree, news_index):
    make_news(news_index, 3)

    german = client.get("/de/suche/?q=Nachricht")
    english = client.get("/en/search/?q=Nachricht")
    english_about = client.get("/en/search/?q=About")

    assert sorted(_result_titles(german)) == ["Nachricht 000", "Nachricht 001", "Nachricht 002"]
    assert _result_titles(english) == []
    assert _result_titles(english_about) == ["About [en]"]
    assert "3 Ergebnisse" in german.content.decode()


def test_search_never_shows_a_private_page(client, page_tree):
    secret = page_tree.about.add_child(
        instance=page_tree.about.__class__(title="Vertrauliches Protokoll", slug="protokoll")
    )
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/de/suche/?q=Vertrauliches")

    assert response.status_code == 200
    assert "Vertrauliches Protokoll" not in response.content.decode()
    assert _result_titles(response) == []
    assert "Nichts gefunden" in response.content.decode()


@pytest.mark.parametrize("query", ["", "   ", "&&||**((", "\"'<script>", "zzzzqqqq", "ü" * 3])
def test_empty_and_nonsense_queries_answer_politely(client, page_tree, query):
    response = client.get("/de/suche/", {"q": query})

    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_a_very_long_query_is_shortened_and_says_so(client, page_tree):
    response = client.get("/de/suche/", {"q": "Netzwerk " * 6000})  # about 54 kB

    assert response.status_code == 200
    assert "nur die ersten 200 Zeichen" in response.content.decode()


def test_search_page_speaks_the_visitors_language(client, page_tree):
    response = client.get("/ar/search/?q=x")

    html = parse(response.content)
    assert html.html_attrs == {"lang": "ar", "dir": "rtl"}
    assert html.headings[0] != "Suche"
    assert Locale.objects.filter(language_code="ar").exists()
