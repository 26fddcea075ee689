"""The news feed of one language (Atom), served by the news index at `feed/`."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from .models import NewsIndexPage, NewsPage
from .selectors import news_for_feed, tag_name

FEED_LENGTH = 20


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, index: NewsIndexPage):
        self.request = request
        return index

    def title(self, index: NewsIndexPage) -> str:
        site = index.get_site()
        return f"{index.title} – {site.site_name}" if site and site.site_name else index.title

    def link(self, index: NewsIndexPage) -> str:
        return index.get_url(request=self.request)

    def feed_url(self, index: NewsIndexPage) -> str:
        return index.get_url(request=self.request) + "feed/"

    def subtitle(self, index: NewsIndexPage) -> str:
        return index.intro

    def items(self, index: NewsIndexPage):
        return news_for_feed(index=index, limit=FEED_LENGTH)

    def item_title(self, item: NewsPage) -> str:
        return item.title

    def item_description(self, item: NewsPage) -> str:
        return item.teaser

    def item_link(self, item: NewsPage) -> str:
        return item.get_url(request=self.request)

    def item_pubdate(self, item: NewsPage) -> datetime.datetime:
        start = datetime.datetime.combine(item.date, datetime.time(8, 0))
        return timezone.make_aware(start)

    def item_updateddate(self, item: NewsPage) -> datetime.datetime:
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item: NewsPage) -> list[str]:
        return [str(tag_name(tag)) for tag in item.tags.all()]

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        response["Content-Type"] = "application/atom+xml; charset=utf-8"
        return response
