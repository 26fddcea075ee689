"""The lists that profiles, events and filters choose from. They are data, edited by the network
manager, so that another city runs the same software with its own fields, districts, languages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class FieldOfCooperation(TranslatableMixin, models.Model):
    """One of the concept's fields of cooperation (education, family support, language support,
    prevention, qualification, naturalisation, sport). Translated with wagtail-localize; other
    records point at the default-language row, templates show `field.localized`."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("Used in filter links."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("field of cooperation")
        verbose_name_plural = _("fields of cooperation")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="field_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.name


class SpokenLanguage(models.Model):
    """A language an organisation or event works in, named in itself (endonym), so every
    visitor can read it whatever the page's language."""

    code = models.SlugField(_("language code"), max_length=20, unique=True)
    name = models.CharField(_("name in the language itself"), max_length=100)

    panels = [FieldPanel("code"), FieldPanel("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    def __str__(self) -> str:
        return self.name


class District(models.Model):
    """A district of the city (Stadtteil / Bezirk)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("district")
        verbose_name_plural = _("districts")

    def __str__(self) -> str:
        return self.name


class TargetGroup(models.TextChoices):
    """Who an offering is for; shared by organisations and events."""

    CHILDREN = "children", _("Children")
    YOUTH = "youth", _("Young people")
    PARENTS = "parents", _("Parents and families")
    WOMEN = "women", _("Women")
    MEN = "men", _("Men")
    SENIORS = "seniors", _("Older people")
    NEWCOMERS = "newcomers", _("Newly arrived people")
    EVERYONE = "everyone", _("Everyone")
