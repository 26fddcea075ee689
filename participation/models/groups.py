"""Working groups for the fields of cooperation (or any topic): organisations of the network
working on something together, with their own extranet page, minutes, documents and agreements
(what, who, by when, status). Each organisation's dashboard shows its open agreements, and an
agreement past its date reminds its owner once."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel

from home.text_language import TextInLanguage

from .translations import (
    TextsInLanguages,
    TextTranslation,
    TranslationsPanel,
    translation_panels,
)


class WorkingGroup(TextsInLanguages, ClusterableModel):
    """Its name and description are given in German and, in `translations`, in other
    languages."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    field_of_cooperation = models.ForeignKey(
        "members.FieldOfCooperation",
        verbose_name=_("field of cooperation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True, max_length=3000)
    organisations = ParentalManyToManyField(
        "members.Organisation",
        verbose_name=_("member organisations"),
        related_name="working_groups",
        blank=True,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("field_of_cooperation"),
        FieldPanel("description"),
        FieldPanel("organisations"),
        TranslationsPanel(heading=_("Name in other languages"), label=_("language")),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def __str__(self) -> str:
        return self.name

    @property
    def local_name(self) -> TextInLanguage:
        """The name in the active language, else the German one, marked so."""
        return self.text_in("name")


class WorkingGroupTranslation(TextTranslation):
    """A working group's name and description in one language other than German."""

    group = ParentalKey(WorkingGroup, on_delete=models.CASCADE, related_name="translations")
    name = models.CharField(_("name"), max_length=200)

    panels = translation_panels("name")

    class Meta(TextTranslation.Meta):
        verbose_name = _("name in another language")
        verbose_name_plural = _("names in other languages")
        constraints = [
            models.UniqueConstraint(
                fields=["group", "language_code"], name="working_group_name_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.group_id} ({self.language_code}): {self.name}"


class WorkingGroupMinutes(models.Model):
    """What a meeting of the group discussed; agreements may be recorded with it."""

    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="minutes")
    meeting_date = models.DateField(_("meeting date"))
    text = models.TextField(_("minutes"), max_length=10000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-meeting_date", "-pk"]
        verbose_name = _("working group minutes")
        verbose_name_plural = _("working group minutes")

    def __str__(self) -> str:
        return f"{self.group}: {self.meeting_date}"


class WorkingGroupDocument(models.Model):
    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-added_at", "-pk"]
        verbose_name = _("working group document")
        verbose_name_plural = _("working group documents")

    def __str__(self) -> str:
        return str(self.document)


class AgreementStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


class Agreement(models.Model):
    """What was agreed, which organisation (and person) takes it on, by when, and how far it
    has come."""

    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="agreements")
    minutes = models.ForeignKey(
        WorkingGroupMinutes,
        verbose_name=_("minutes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agreements",
    )
    what = models.TextField(_("what"), max_length=1000)
    organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("who (organisation)"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who (person)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_on = models.DateField(_("by when"))
    status = models.CharField(
        _("status"), max_length=10, choices=AgreementStatus.choices, default=AgreementStatus.OPEN
    )
    reminded_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def __str__(self) -> str:
        return self.what[:60]

    @property
    def is_overdue(self) -> bool:
        return self.status == AgreementStatus.OPEN and self.due_on < timezone.localdate()
