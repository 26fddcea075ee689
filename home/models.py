"""The public site's pages and site-wide settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import HomePageStreamBlock, StandardPageStreamBlock


class HomePage(Page):
    """The root of the site in each language; lives directly under Wagtail's root."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(HomePageStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


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


def _page_link(name: str, help_text: str) -> models.ForeignKey:
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=name,
        help_text=help_text,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="list-ul")
class FooterSettings(BaseSiteSetting):
    """Links in every page's footer. Pick the German page; visitors get their language's one."""

    imprint_page = _page_link(_("imprint"), _("Legal notice (Impressum)."))
    privacy_page = _page_link(_("privacy notice"), _("Privacy notice (Datenschutzerklärung)."))
    accessibility_page = _page_link(
        _("accessibility statement"), _("Accessibility statement (Erklärung zur Barrierefreiheit).")
    )
    easy_language_page = _page_link(
        _("easy language"), _("The site in easy language (Leichte Sprache).")
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("imprint_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("easy_language_page"),
            ],
            heading=_("Legal and accessibility links"),
        )
    ]

    class Meta:
        verbose_name = _("footer")

    def links(self):
        """The footer's links in the order shown, as (label, page) pairs, missing ones left out."""
        pairs = [
            (_("Imprint"), self.imprint_page),
            (_("Privacy"), self.privacy_page),
            (_("Accessibility"), self.accessibility_page),
            (_("Easy language"), self.easy_language_page),
        ]
        return [(label, page) for label, page in pairs if page is not None]
