"""The legal pages a city must publish: imprint, privacy notice, accessibility statement.

The imprint's details are site settings (the same in every language); the privacy notice lists
the data inventory kept in the code (`home.privacy`); the accessibility statement follows the
EU model statement (Implementing Decision (EU) 2018/1523, BITV 2.0) and is translated like any
page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..blocks import StandardPageStreamBlock
from ..routing import page_view

LEGAL_RICH_TEXT = ["bold", "italic", "link", "ul", "ol"]


@register_setting(icon="info-circle")
class ImprintSettings(BaseSiteSetting):
    """Who is responsible for the site (§ 5 DDG, § 18 MStV), shown on the imprint page."""

    responsible_body = models.CharField(
        _("responsible body"),
        max_length=300,
        blank=True,
        help_text=_("e.g. City of Oberhausen, Office for Equal Opportunities"),
    )
    representative = models.CharField(
        _("represented by"),
        max_length=200,
        blank=True,
        help_text=_("The person who legally represents the body, e.g. the mayor."),
    )
    address = models.TextField(_("address"), max_length=500, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)

    panels = [
        FieldPanel("responsible_body"),
        FieldPanel("representative"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    class Meta:
        verbose_name = _("imprint")


class _LegalPage(Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(StandardPageStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


class ImprintPage(_LegalPage):
    """The imprint: the details from the imprint settings, then the page's own text."""

    class Meta:
        verbose_name = _("imprint page")
        verbose_name_plural = _("imprint pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["imprint"] = ImprintSettings.for_request(request)
        return context


class PrivacyPage(_LegalPage):
    """The privacy notice: the page's own text (the controller, your rights, the supervisory
    authority), then every kind of personal data the site keeps, from the data inventory."""

    class Meta:
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["imprint"] = ImprintSettings.for_request(request)
        context["personal_data"] = page_view("home.privacy_notice_rows")()
        return context


class AccessibilityStatementPage(Page):
    """The accessibility statement in the structure of the EU model statement: compliance
    status, content that is not accessible and why, how and when the statement was made, the
    feedback contact and the enforcement procedure."""

    class ComplianceStatus(models.TextChoices):
        FULL = "full", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NONE = "none", _("not compliant")

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    compliance_status = models.CharField(
        _("compliance status"),
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
    )
    non_accessible_content = RichTextField(
        _("content that is not accessible"),
        blank=True,
        features=LEGAL_RICH_TEXT,
        help_text=_(
            "What is not accessible, and why: not compliant, a disproportionate burden, or not "
            "within the law's scope. Name accessible alternatives."
        ),
    )
    statement_date = models.DateField(_("date of the statement"))
    review_date = models.DateField(_("date of the last review"))
    assessment = models.TextField(
        _("how the statement was made"),
        max_length=600,
        blank=True,
        help_text=_("e.g. a self-assessment with automated and manual tests."),
    )
    feedback_contact = models.TextField(
        _("feedback contact"),
        max_length=600,
        help_text=_("Who to tell about barriers: office or person, address."),
    )
    feedback_email = models.EmailField(_("feedback e-mail"))
    feedback_phone = models.CharField(_("feedback phone"), max_length=50, blank=True)
    enforcement_body = models.TextField(
        _("arbitration body"),
        max_length=600,
        help_text=_("The arbitration body (Schlichtungsstelle) with its address."),
    )
    enforcement_url = models.URLField(_("arbitration body's website"), blank=True)
    body = StreamField(StandardPageStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("compliance_status"), FieldPanel("non_accessible_content")],
            heading=_("Compliance status"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("statement_date"), FieldPanel("review_date")]),
                FieldPanel("assessment"),
            ],
            heading=_("Preparation of this statement"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("feedback_contact"),
                FieldRowPanel([FieldPanel("feedback_email"), FieldPanel("feedback_phone")]),
            ],
            heading=_("Feedback and contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("enforcement_body"), FieldPanel("enforcement_url")],
            heading=_("Enforcement procedure"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("non_accessible_content"),
        index.SearchField("body"),
    ]
    # Dates and contacts are facts, the same in every language; the texts are translated.
    override_translatable_fields = [
        SynchronizedField("compliance_status"),
        SynchronizedField("statement_date"),
        SynchronizedField("review_date"),
        SynchronizedField("feedback_email"),
        SynchronizedField("feedback_phone"),
        SynchronizedField("enforcement_url"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")
