"""The concept's indicators of a living network: joint initiatives of member organisations and
cooperations with local institutions (schools, day-care centres, youth services)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel


class Status(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


class _Dated(models.Model):
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end must not be before the start.")})


class JointInitiative(_Dated, ClusterableModel):
    """Something several member organisations do together (gemeinsame Vorhaben und Initiativen)."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=3000)
    partners = ParentalManyToManyField(
        "members.Organisation", verbose_name=_("partner organisations"), related_name="initiatives"
    )
    field_of_cooperation = models.ForeignKey(
        "members.FieldOfCooperation",
        verbose_name=_("field of cooperation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )
    outcome = models.TextField(_("outcome"), blank=True, max_length=3000)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("partners"),
        FieldPanel("field_of_cooperation"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
        FieldPanel("status"),
        FieldPanel("outcome"),
    ]

    class Meta:
        ordering = ["-start_date", "title"]
        verbose_name = _("joint initiative")
        verbose_name_plural = _("joint initiatives")

    def __str__(self) -> str:
        return self.title


class LocalInstitution(models.Model):
    """An institution in the city that matters for integration: a school, a day-care centre, a
    youth service, a counselling centre."""

    class Kind(models.TextChoices):
        SCHOOL = "school", _("School")
        DAYCARE = "daycare", _("Day-care centre")
        YOUTH_SERVICES = "youth", _("Youth services")
        COUNSELLING = "counselling", _("Counselling service")
        AUTHORITY = "authority", _("Public authority")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    district = models.ForeignKey(
        "members.District",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="institutions",
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("district"),
        FieldPanel("address"),
        FieldPanel("website"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("local institution")
        verbose_name_plural = _("local institutions")

    def __str__(self) -> str:
        return self.name


class Cooperation(_Dated, ClusterableModel):
    """A cooperation between the network (one or more member organisations) and a local
    institution."""

    institution = models.ForeignKey(
        LocalInstitution,
        verbose_name=_("local institution"),
        on_delete=models.PROTECT,
        related_name="cooperations",
    )
    organisations = ParentalManyToManyField(
        "members.Organisation",
        verbose_name=_("member organisations"),
        related_name="cooperations",
    )
    field_of_cooperation = models.ForeignKey(
        "members.FieldOfCooperation",
        verbose_name=_("field of cooperation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("what the cooperation does"), max_length=3000)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RUNNING
    )

    panels = [
        FieldPanel("institution"),
        FieldPanel("organisations"),
        FieldPanel("field_of_cooperation"),
        FieldPanel("description"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
        FieldPanel("status"),
    ]

    class Meta:
        ordering = ["-start_date", "institution__name"]
        verbose_name = _("cooperation")
        verbose_name_plural = _("cooperations")

    def __str__(self) -> str:
        return f"{self.institution}: {self.description[:60]}"
