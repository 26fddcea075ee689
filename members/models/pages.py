"""The directory of member organisations (public) and the extranet's pages (members only).

The extranet is a page tree below each language's home page: the dashboard (`ExtranetPage`), the
minutes of network meetings and the module materials. Its root carries a Wagtail view restriction
to the network's groups, which covers every page below it and every translation's tree; the pages
also check membership themselves, so a missing restriction never exposes them.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.routing import page_view

from ..access import collection_is_members_only, is_network_member, login_redirect, private_response

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class DirectoryPage(RoutablePageMixin, Page):
    """The public directory: listed organisations with filters and search, and a profile page per
    organisation at `<slug>/`, in the page's language."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("organisation directory")
        verbose_name_plural = _("organisation directories")

    @path("")
    def index_route(self, request):
        return page_view("members.directory")(request, page=self)

    @path("<slug:slug>/")
    def profile_route(self, request, slug):
        return page_view("members.directory_profile")(request, page=self, slug=slug)

    @staticmethod
    def sitemap_subpaths() -> list[tuple[str, object]]:
        """The profile pages, for the sitemap: (sub-path, last change) per listed organisation."""
        listed = page_view("members.organisations_listed")()
        return [(f"{slug}/", updated) for slug, updated in listed.values_list("slug", "updated_at")]


class MembersOnlyPage(Page):
    """A page only members of the network may see, whatever its view restriction says."""

    cache_anonymous_views = False

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        if not is_network_member(request.user):
            return login_redirect(request)
        return private_response(super().serve(request, *args, **kwargs))


class ExtranetPage(MembersOnlyPage):
    """The extranet's start page: a dashboard of what is new for members. Other apps add panels
    through the `extranet_dashboard_panels` hook."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["members.MinutesIndexPage", "members.MaterialsIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("extranet")
        verbose_name_plural = _("extranets")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["panels"] = page_view("members.dashboard_panels")(request=request, extranet=self)
        return context


class MinutesIndexPage(MembersOnlyPage):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["members.ExtranetPage"]
    subpage_types = ["members.MinutesPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("minutes index")
        verbose_name_plural = _("minutes indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["minutes"] = (
            MinutesPage.objects.child_of(self).live().order_by("-meeting_date", "-pk")
        )
        return context


class MinutesPage(MembersOnlyPage):
    """The minutes (Protokoll) of one network meeting."""

    meeting_date = models.DateField(_("date of the meeting"))
    location = models.CharField(_("place"), max_length=200, blank=True)
    attending_organisations = ParentalManyToManyField(
        "members.Organisation",
        verbose_name=_("organisations present"),
        blank=True,
        related_name="+",
    )
    attendees = models.TextField(
        _("attendees"), blank=True, help_text=_("Further people present, one per line.")
    )
    decisions = RichTextField(_("decisions"), blank=True, features=RICH_TEXT_FEATURES)
    body = RichTextField(_("minutes"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("meeting_date"), FieldPanel("location")], heading=_("Meeting")),
        FieldPanel("attending_organisations"),
        FieldPanel("attendees"),
        FieldPanel("decisions"),
        FieldPanel("body"),
        InlinePanel("attachments", heading=_("Attachments"), label=_("attachment")),
    ]
    search_fields = Page.search_fields + [index.SearchField("decisions"), index.SearchField("body")]
    parent_page_types = ["members.MinutesIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("minutes")
        verbose_name_plural = _("minutes")


class MaterialsIndexPage(MembersOnlyPage):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["members.ExtranetPage"]
    subpage_types = ["members.ModuleMaterialsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("materials index")
        verbose_name_plural = _("materials indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = ModuleMaterialsPage.objects.child_of(self).live()
        return context


class ModuleMaterialsPage(MembersOnlyPage):
    """The documents of one qualification module. The module points here (events app)."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("documents", heading=_("Documents"), label=_("document")),
    ]
    parent_page_types = ["members.MaterialsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("module materials")
        verbose_name_plural = _("module materials")


class _PrivateDocument(Orderable):
    """A document attached to an extranet page. It must live in a collection that only members
    may open, so that its URL, copied out of the extranet, is refused to everyone else."""

    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    description = models.CharField(_("description"), max_length=300, blank=True)

    panels = [FieldPanel("document"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        super().clean()
        if self.document_id and not collection_is_members_only(self.document.collection):
            raise ValidationError(
                {
                    "document": _(
                        "This document is in a public collection. Move it to a collection that "
                        "only members may open (e.g. “Extranet”) before attaching it here."
                    )
                }
            )


class MinutesAttachment(_PrivateDocument):
    page = ParentalKey(MinutesPage, on_delete=models.CASCADE, related_name="attachments")


class ModuleDocument(_PrivateDocument):
    page = ParentalKey(ModuleMaterialsPage, on_delete=models.CASCADE, related_name="documents")
