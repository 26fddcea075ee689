"""The public site's pages and site-wide settings."""

import copy
import hashlib

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import HomePageStreamBlock, StandardPageStreamBlock
from ..locales import active_locale
from ..page_cache import cached_until_publish, kept_in_process, site_root_paths
from ..routing import page_view


class HomePage(Page):
    """The root of the site in each language; lives directly under Wagtail's root."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(HomePageStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    # Higher apps' page types, named by string so that home imports none of them.
    subpage_types = [
        "home.StandardPage",
        "home.NewsIndexPage",
        "home.ImprintPage",
        "home.PrivacyPage",
        "home.AccessibilityStatementPage",
        "members.DirectoryPage",
        "members.ExtranetPage",
        "events.EventIndexPage",
        "surveys.SurveyIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        def latest():
            index = page_view("home.news_index_for_locale")(locale_id=self.locale_id)
            articles = page_view("home.news_latest")(locale_id=self.locale_id)
            return {
                "cards": page_view("home.news_cards")(articles, request=request),
                "index_url": index.get_url(request) if index else "",
            }

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = cached_until_publish(
            request, "latest-news", latest, self.locale_id
        )
        return context

    @property
    def localized(self):
        """The home page in the active language. Wagtail asks for it on every request (the
        site's root, localized, is where routing starts) with two queries; it is remembered
        until the next purge, and each caller gets its own copy."""
        locale = active_locale()
        if locale.pk == self.locale_id:
            return self
        found = cached_until_publish(
            None, "home-localized", lambda: Page.localized.fget(self), self.pk, locale.pk
        )
        return copy.copy(found)

    def route(self, request, path_components):
        """Wagtail finds a page by walking down from here, two queries per level. Which page a
        path leads to is remembered until the next purge (every publish, unpublish, move and
        deletion purges), so that a known path costs one query for the page; the page then
        routes the rest of the path itself (a routable page's own routes) and refuses to be
        served when it is not live, as it would at the end of the walk."""
        if not path_components:
            return super().route(request, path_components)

        def target():
            page = super(HomePage, self).route(request, path_components).page
            return (page.content_type_id, page.pk, page.depth - self.depth)

        path = "/".join(path_components)
        digest = hashlib.sha256(path.encode()).hexdigest()[:32]
        content_type_id, pk, consumed = cached_until_publish(
            request, "route", target, self.pk, digest
        )
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = None
        if consumed:
            # The page itself too, in this process until the next purge; each request gets its
            # own copy, so that nothing one request sets on it reaches another. It carries the
            # site root paths, which its URL needs, remembered until the same purge.
            def routed_page():
                found = model._default_manager.filter(pk=pk).first()
                if found is not None:
                    found._wagtail_cached_site_root_paths = site_root_paths(request)
                return found

            page = kept_in_process(request, "routed-page", routed_page, pk)
        if page is None:  # removed since, or the path ends here: walk as Wagtail does
            return super().route(request, path_components)
        return copy.copy(page).route(request, path_components[consumed:])


class StandardPage(Page):
    """A content page (about the network, legal pages, easy language); nests under the home page."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(StandardPageStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
