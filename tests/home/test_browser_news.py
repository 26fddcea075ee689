"""A visitor reads the news in Turkish, searches and follows a result, in a real Chromium."""

import pytest
from wagtail.models import Locale

from home.localization import translation_publish
from tests.accessibility import assert_accessible

from .conftest import make_news

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_visitor_reads_turkish_news_searches_and_follows_a_result(live_server, news_index, phone):
    turkish = Locale.objects.get(language_code="tr")
    for article in make_news(news_index, 3):
        number = article.title.split()[-1]
        translation_publish(
            instance=article, locale=turkish, strings={article.title: f"Haber {number}"}
        )
    turkish_index = news_index.get_translation(turkish)

    phone.goto(live_server.url + turkish_index.url)
    assert phone.locator("html").get_attribute("lang") == "tr"
    assert phone.locator(".news-card__title").all_inner_texts() == [
        "Haber 002",
        "Haber 001",
        "Haber 000",
    ]
    assert_accessible(phone)

    phone.locator(".news-card__title a").first.click()
    phone.wait_for_load_state()
    assert phone.locator("h1").inner_text() == "Haber 002"
    assert_accessible(phone)

    header_search = phone.locator(".site-header").get_by_role("searchbox")
    header_search.fill("Haber 001")
    header_search.press("Enter")
    phone.wait_for_load_state()
    assert phone.locator("html").get_attribute("lang") == "tr"
    assert_accessible(phone)

    phone.locator(".search-results a", has_text="Haber 001").click()
    phone.wait_for_load_state()
    assert phone.locator("h1").inner_text() == "Haber 001"
