"""A member organisation's profile: what the public directory shows, what only the network sees,
and what only the organisation itself and the network manager see.

Which field belongs where is declared once, in `VISIBILITY`; the edit form, the public profile,
the member directory and the data export all read it, so a field cannot be public in one place
and internal in another.
"""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from .vocabularies import TargetGroup


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public: shown in the directory")
    NETWORK = "network", _("Members only: shown to members of the network")
    ORGANISATION = "organisation", _("Internal: only your organisation and the network manager")
    MANAGER = "manager", _("Network manager only")


# Field name -> who may see it. The edit form groups fields by this; nothing else decides it.
VISIBILITY = {
    "name": Visibility.PUBLIC,
    "kind": Visibility.PUBLIC,
    "logo": Visibility.PUBLIC,
    "short_description": Visibility.PUBLIC,
    "description": Visibility.PUBLIC,
    "founding_year": Visibility.PUBLIC,
    "legal_form": Visibility.PUBLIC,
    "street_address": Visibility.PUBLIC,
    "postal_code": Visibility.PUBLIC,
    "city": Visibility.PUBLIC,
    "district": Visibility.PUBLIC,
    "languages": Visibility.PUBLIC,
    "fields_of_cooperation": Visibility.PUBLIC,
    "target_groups": Visibility.PUBLIC,
    "contact_name": Visibility.PUBLIC,
    "public_email": Visibility.PUBLIC,
    "public_phone": Visibility.PUBLIC,
    "website": Visibility.PUBLIC,
    "social_links": Visibility.PUBLIC,
    "is_listed": Visibility.PUBLIC,
    "internal_contact_name": Visibility.NETWORK,
    "internal_email": Visibility.NETWORK,
    "internal_phone": Visibility.NETWORK,
    "meeting_place": Visibility.NETWORK,
    "board_members": Visibility.ORGANISATION,
    "member_count": Visibility.ORGANISATION,
    "manager_notes": Visibility.MANAGER,
}


def _current_year() -> int:
    return timezone.localdate().year


class Organisation(index.Indexed, ClusterableModel):
    """A migrant self-organisation (MSO) in the network: mosque, church, cultural club, parents'
    association. Texts are written in German (the default language); `translations` hold the
    other languages' versions, which the public profile prefers when they exist."""

    class Kind(models.TextChoices):
        RELIGIOUS_COMMUNITY = "religious", _("Religious community")
        CULTURAL_ASSOCIATION = "cultural", _("Cultural association")
        PARENTS_ASSOCIATION = "parents", _("Parents' association")
        OTHER = "other", _("Other association")

    class LegalForm(models.TextChoices):
        REGISTERED_ASSOCIATION = "ev", _("Registered association (e.V.)")
        RELIGIOUS_BODY = "religious_body", _("Religious community")
        NON_PROFIT_COMPANY = "ggmbh", _("Non-profit company (gGmbH)")
        UNREGISTERED = "unregistered", _("Unregistered group")
        OTHER = "other", _("Other")

    # Public profile
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The organisation's address in the directory; keep it stable once published."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    short_description = models.TextField(
        _("short description"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences for the directory list."),
    )
    description = models.TextField(_("description"), blank=True, max_length=5000)
    founding_year = models.PositiveSmallIntegerField(
        _("founding year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
    )
    legal_form = models.CharField(
        _("legal form"), max_length=20, choices=LegalForm.choices, blank=True
    )
    street_address = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    district = models.ForeignKey(
        "members.District",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
    )
    languages = ParentalManyToManyField(
        "members.SpokenLanguage",
        verbose_name=_("languages spoken"),
        blank=True,
        related_name="organisations",
    )
    fields_of_cooperation = ParentalManyToManyField(
        "members.FieldOfCooperation",
        verbose_name=_("fields of cooperation"),
        blank=True,
        related_name="organisations",
    )
    target_groups = models.JSONField(_("target groups"), default=list, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    public_email = models.EmailField(_("e-mail"), blank=True)
    public_phone = models.CharField(_("phone"), max_length=50, blank=True)
    website = models.URLField(_("website"), blank=True)
    social_links = models.JSONField(_("social media links"), default=list, blank=True)
    is_listed = models.BooleanField(
        _("listed in the public directory"),
        default=True,
        help_text=_("Unticked organisations are only visible to members of the network."),
    )

    # Members of the network only
    internal_contact_name = models.CharField(
        _("contact person for the network"), max_length=200, blank=True
    )
    internal_email = models.EmailField(_("e-mail for the network"), blank=True)
    internal_phone = models.CharField(_("phone for the network"), max_length=50, blank=True)
    meeting_place = models.CharField(
        _("rooms available to the network"),
        max_length=300,
        blank=True,
        help_text=_("Rooms other associations may use for meetings, and how to ask."),
    )

    # The organisation itself and the network manager only
    board_members = models.TextField(
        _("board members"), blank=True, max_length=2000, help_text=_("One per line.")
    )
    member_count = models.PositiveIntegerField(
        _("number of members"), null=True, blank=True, validators=[MaxValueValidator(1_000_000)]
    )

    # The network manager only
    manager_notes = models.TextField(_("notes of the network manager"), blank=True)

    confirmed_at = models.DateTimeField(
        _("profile last confirmed"),
        null=True,
        blank=True,
        help_text=_("Saving or confirming the profile sets this; a year later it is due again."),
    )
    confirmation_requested_at = models.DateTimeField(
        _("confirmation last requested"), null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldPanel("kind"),
                FieldPanel("logo"),
                FieldPanel("short_description"),
                FieldPanel("description"),
                FieldPanel("founding_year"),
                FieldPanel("legal_form"),
                FieldPanel("street_address"),
                FieldPanel("postal_code"),
                FieldPanel("city"),
                FieldPanel("district"),
                FieldPanel("languages"),
                FieldPanel("fields_of_cooperation"),
                FieldPanel("contact_name"),
                FieldPanel("public_email"),
                FieldPanel("public_phone"),
                FieldPanel("website"),
                FieldPanel("is_listed"),
            ],
            heading=_("Public profile"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("internal_contact_name"),
                FieldPanel("internal_email"),
                FieldPanel("internal_phone"),
                FieldPanel("meeting_place"),
            ],
            heading=_("Members of the network only"),
        ),
        MultiFieldPanel(
            [FieldPanel("board_members"), FieldPanel("member_count")],
            heading=_("The organisation and the network manager only"),
        ),
        FieldPanel("manager_notes"),
        InlinePanel("translations", heading=_("Texts in other languages"), label=_("language")),
        InlinePanel("offerings", heading=_("Regular offerings"), label=_("offering")),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("short_description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name

    @property
    def target_group_labels(self) -> list[str]:
        labels = dict(TargetGroup.choices)
        return [str(labels[code]) for code in self.target_groups if code in labels]

    def confirmation_due(self, now: datetime.datetime | None = None) -> bool:
        """True when the profile was never confirmed or last confirmed over the set period ago."""
        if self.confirmed_at is None:
            return True
        now = now or timezone.now()
        period = datetime.timedelta(days=settings.PROFILE_CONFIRMATION_DAYS)
        return self.confirmed_at + period <= now


class OrganisationTranslation(models.Model):
    """The organisation's texts in one language other than German."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="translations")
    language_code = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    short_description = models.TextField(_("short description"), blank=True, max_length=500)
    description = models.TextField(_("description"), blank=True, max_length=5000)

    panels = [
        FieldPanel("language_code"),
        FieldPanel("short_description"),
        FieldPanel("description"),
    ]

    class Meta:
        verbose_name = _("text in another language")
        verbose_name_plural = _("texts in other languages")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "language_code"], name="organisation_text_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.language_code})"


class RegularOffering(Orderable):
    """Something the organisation offers regularly: what, when, where."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="offerings")
    title = models.CharField(_("what"), max_length=200)
    schedule = models.CharField(
        _("when"), max_length=200, help_text=_("e.g. every Tuesday, 4–6 pm")
    )
    location = models.CharField(_("where"), max_length=200, blank=True)

    panels = [FieldPanel("title"), FieldPanel("schedule"), FieldPanel("location")]

    class Meta(Orderable.Meta):
        verbose_name = _("regular offering")
        verbose_name_plural = _("regular offerings")

    def __str__(self) -> str:
        return self.title
