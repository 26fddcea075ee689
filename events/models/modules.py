"""Qualification modules: the concept's five training topics. Their sessions are events."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class QualificationModule(TranslatableMixin, models.Model):
    """One of the network's training modules; translated like a page, with wagtail-localize.

    Other records point at the default-language row; templates show `module.localized`.
    """

    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    phase = models.ForeignKey(
        "members.ProjectPhase",
        verbose_name=_("project phase"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="qualification_modules",
    )
    materials_page = models.ForeignKey(
        "members.ModuleMaterialsPage",
        verbose_name=_("materials in the extranet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Every language's module points at the same materials; templates show `.localized`.
    override_translatable_fields = [SynchronizedField("materials_page")]

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("phase"),
        FieldPanel("materials_page"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["number"]
        verbose_name = _("qualification module")
        verbose_name_plural = _("qualification modules")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "number"], name="qualification_module_number_per_locale"
            )
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"
