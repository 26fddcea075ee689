"""News: one news index per language below the home page, articles below it."""

import datetime

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import NewsPageStreamBlock
from ..page_cache import cached_until_publish
from ..pagination import page_number, query_string
from ..routing import page_view


class NewsIndexPage(RoutablePageMixin, Page):
    """Lists the news of its language, newest first, by tag, with an Atom feed at `feed/`."""

    PAGE_SIZE = 10

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tags = cached_until_publish(
            request, "news-tags", lambda: list(page_view("home.news_tags")(index=self)), self.pk
        )
        tag = request.GET.get("tag", "")[:100]
        number = page_number(request.GET.get("page"))

        def listing():
            return page_view("home.news_listing")(
                index=self, tag=tag or None, number=number, per_page=self.PAGE_SIZE, request=request
            )

        # Only known topics are cached, so that made-up ones cannot fill the cache.
        known = not tag or any(known_tag["slug"] == tag for known_tag in tags)
        context.update(
            listing=cached_until_publish(request, "news-list", listing, self.pk, tag, number)
            if known
            else listing(),
            active_tag=tag,
            query_string=query_string(tag=tag),
            tags=tags,
        )
        return context

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        return page_view("home.news_feed")(request, index=self)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "home.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


def _today() -> datetime.date:
    return timezone.localdate()


class NewsPage(Page):
    """A news article. Its date orders the list; the teaser appears in lists, feeds and previews."""

    date = models.DateField(_("date"), default=_today)
    teaser = models.TextField(
        _("teaser"),
        max_length=400,
        help_text=_("One or two sentences for lists, the feed and shared links."),
    )
    image = models.ForeignKey(
        "home.SiteImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(NewsPageStreamBlock(), blank=True, verbose_name=_("content"))
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    # The article's own relation, so it lives here and names the higher app only by a string.
    related_organisations = ParentalManyToManyField(
        "members.Organisation",
        blank=True,
        related_name="news_pages",
        verbose_name=_("organisations involved"),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("teaser"), FieldPanel("image"), FieldPanel("tags")],
            heading=_("Article"),
        ),
        FieldPanel("related_organisations", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["extras"] = cached_until_publish(
            request,
            "news-article",
            lambda: page_view("home.news_article_extras")(article=self, request=request),
            self.pk,
        )
        return context
