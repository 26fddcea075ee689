"""Site-wide settings that editors change in the admin (Settings menu)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


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

    def page_links(self) -> list[tuple[str, int]]:
        """The footer's links in the order shown, as (label, id of the chosen page) pairs, unset
        ones left out."""
        pairs = [
            (_("Imprint"), self.imprint_page_id),
            (_("Privacy"), self.privacy_page_id),
            (_("Accessibility"), self.accessibility_page_id),
            (_("Easy language"), self.easy_language_page_id),
        ]
        return [(label, page_id) for label, page_id in pairs if page_id]


@register_setting(icon="mail")
class ContactSettings(ClusterableModel, BaseSiteSetting):
    """The network's contact details and social media links, shown in every page's footer."""

    organisation_name = models.CharField(
        _("office"), max_length=200, blank=True, help_text=_("e.g. the city's integration office")
    )
    address = models.TextField(_("address"), blank=True, max_length=500)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    mastodon_url = models.URLField(_("Mastodon"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("office_hours"),
            ],
            heading=_("Contact"),
        ),
        InlinePanel(
            "translations",
            heading=_("Office and office hours in other languages"),
            help_text=_(
                "Where a language has no entry, or an empty field, its pages show the German text."
            ),
            label=_("Language"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("mastodon_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media (plain links, nothing is embedded)"),
        ),
    ]

    class Meta:
        verbose_name = _("contact")

    def social_links(self) -> list[tuple[str, str]]:
        pairs = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("Mastodon", self.mastodon_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in pairs if url]


OTHER_LANGUAGES = [
    (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
]


class ContactTranslation(Orderable):
    """The office's name and office hours in one other language; the footer falls back to the
    German ones field by field."""

    contact = ParentalKey(ContactSettings, on_delete=models.CASCADE, related_name="translations")
    language_code = models.CharField(_("language"), max_length=10, choices=OTHER_LANGUAGES)
    organisation_name = models.CharField(_("office"), max_length=200, blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)

    panels = [
        FieldPanel("language_code"),
        FieldPanel("organisation_name"),
        FieldPanel("office_hours"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact translation")
        constraints = [
            models.UniqueConstraint(
                fields=["contact", "language_code"], name="contact_translation_one_per_language"
            )
        ]
