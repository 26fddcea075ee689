"""News topics per language: a translator names a topic in each language; articles, the topic
filter and the feed show that name, and the German one, marked, where there is none."""

import feedparser
import pytest
from bs4 import BeautifulSoup
from taggit.models import Tag
from wagtail.models import Locale

from home.localization import translation_publish
from home.models import TopicTranslation
from tests.home.conftest import make_news


@pytest.fixture
def turkish_article(news_index):
    article = make_news(news_index, 1, tags=("Bildung", "Netzwerk"))[0]
    TopicTranslation.objects.create(
        tag=Tag.objects.get(name="Bildung"), language_code="tr", name="Eğitim"
    )
    return translation_publish(
        instance=article,
        locale=Locale.objects.get(language_code="tr"),
        strings={article.title: "Haber"},
    )


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_article_and_topic_filter_show_the_topic_in_the_visitors_language(
    client, news_index, turkish_article
):
    article = _soup(client, turkish_article.url)
    index = _soup(client, news_index.get_translation(turkish_article.locale).url)

    for html, selector in ((article, ".tags a bdi"), (index, ".tag-filter bdi")):
        topics = {bdi.get_text(): bdi.get("lang") for bdi in html.select(selector)}
        assert topics == {"Eğitim": None, "Netzwerk": "de"}
    # The link still filters by the topic's one slug.
    assert article.select_one('.tags a[href$="?tag=bildung"]').get_text() == "Eğitim"


def test_german_pages_keep_the_german_topic_name(client, news_index, turkish_article):
    article = _soup(client, turkish_article.get_translation(Locale.get_default()).url)

    assert {bdi.get_text() for bdi in article.select(".tags a bdi")} == {"Bildung", "Netzwerk"}


def test_feed_names_the_topics_in_its_language(client, news_index, turkish_article):
    turkish_index = news_index.get_translation(turkish_article.locale)

    turkish = feedparser.parse(client.get(turkish_index.url + "feed/").content)
    german = feedparser.parse(client.get(news_index.url + "feed/").content)

    assert {tag.term for tag in turkish.entries[0].tags} == {"Eğitim", "Netzwerk"}
    assert {tag.term for tag in german.entries[0].tags} == {"Bildung", "Netzwerk"}


def test_a_translator_names_a_topic_in_the_admin(admin_client, news_index):
    make_news(news_index, 1, tags=("Bildung",))
    tag = Tag.objects.get(name="Bildung")

    response = admin_client.post(
        "/admin/snippets/home/topictranslation/add/",
        {"tag": tag.pk, "language_code": "ar", "name": "التعليم"},
    )
    twice = admin_client.post(
        "/admin/snippets/home/topictranslation/add/",
        {"tag": tag.pk, "language_code": "ar", "name": "تعليم"},
    )

    assert response.status_code == 302
    assert TopicTranslation.objects.get(tag=tag, language_code="ar").name == "التعليم"
    # One name per language: the second is refused with a message, not a server error.
    assert twice.status_code == 200
    assert TopicTranslation.objects.filter(tag=tag).count() == 1
