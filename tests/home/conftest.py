import datetime

import pytest
from wagtail.models import Locale

from home.factories import NewsIndexPageFactory, NewsPageFactory, SiteImageFactory
from home.localization import translation_publish
from home.models import NewsIndexPage, NewsPage
from tests.conftest import PageTree
from tests.worlds import shared, world


def make_news(
    index: NewsIndexPage,
    count: int,
    *,
    offset: int = 0,
    tags: tuple[str, ...] = (),
    with_images: bool = False,
) -> list[NewsPage]:
    """`count` published articles below `index`, one day apart, the last one newest; numbering
    (and dates) start at `offset`."""
    articles = []
    start = datetime.date(2026, 1, 1)
    for number in range(offset, offset + count):
        article = NewsPageFactory(
            parent=index,
            title=f"Nachricht {number:03d}",
            slug=f"nachricht-{number:03d}",
            date=start + datetime.timedelta(days=number),
            image=SiteImageFactory() if with_images else None,
        )
        if tags:
            article.tags.add(*tags)
            article.save_revision().publish()
        articles.append(article)
    return articles


@world("news_index", needs=("page_tree",))
def news_index_build(page_tree: PageTree) -> NewsIndexPage:
    index = NewsIndexPageFactory(parent=page_tree.home, title="Aktuelles", slug="aktuelles")
    for language in ("tr", "en"):
        translation_publish(
            instance=index,
            locale=Locale.objects.get(language_code=language),
            strings={"Aktuelles": f"News [{language}]"},
        )
    return index


@pytest.fixture
def news_index(request, page_tree) -> NewsIndexPage:
    return shared(request, "news_index", page_tree=page_tree)
