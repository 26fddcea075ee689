"""The site's image model: the description is the alternative text and may not be left empty.
It is written in German; `ImageAltText` gives it in the other languages (wagtail-localize cannot
translate images, and an image is one file whatever the language)."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from ..text_language import TextInLanguage, text_with_fallback
from ..uploads import image_metadata_strip


class SiteImage(AbstractImage):
    description = models.CharField(
        _("alternative text"),
        max_length=255,
        help_text=_(
            "Describe what the image shows for people who cannot see it, e.g. "
            '"Members of five associations at the network meeting in the town hall".'
        ),
    )

    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self) -> str:
        return self.description

    def alt_in(self, language: str | None = None) -> TextInLanguage:
        """The alternative text in `language` (the active one), else the German description,
        marked so. Reads `alt_texts` through `.all()`, so a prefetch serves a whole list."""
        language = language or get_language() or settings.LANGUAGE_CODE
        translated = next(
            (alt.text for alt in self.alt_texts.all() if alt.language_code == language), ""
        )
        return text_with_fallback(
            {language: translated, settings.LANGUAGE_CODE: self.description}, language
        )

    def save(self, *args, **kwargs):
        """A newly uploaded file (admin, extranet logo, any code) is stored without its metadata:
        no GPS position, camera or author reaches the original or, through it, a rendition."""
        if self.file and not getattr(self.file, "_committed", True):
            stripped = image_metadata_strip(self.file)
            if stripped is not None:
                self.file = stripped
                self.width, self.height = self.file.width, self.file.height
                self._set_image_file_metadata()
        super().save(*args, **kwargs)


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class ImageAltText(models.Model):
    """An image's alternative text in one language other than German."""

    image = models.ForeignKey(
        SiteImage, verbose_name=_("image"), on_delete=models.CASCADE, related_name="alt_texts"
    )
    language_code = models.CharField(
        _("language"),
        max_length=10,
        choices=[
            (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
        ],
    )
    text = models.CharField(
        _("alternative text"),
        max_length=255,
        help_text=_("What the image shows, in this language, for people who cannot see it."),
    )

    panels = [FieldPanel("image"), FieldPanel("language_code"), FieldPanel("text")]

    class Meta:
        ordering = ["image__title", "language_code"]
        verbose_name = _("alternative text in another language")
        verbose_name_plural = _("alternative texts in other languages")
        constraints = [
            models.UniqueConstraint(
                fields=["image", "language_code"], name="image_alt_text_one_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.image.title} ({self.language_code}): {self.text}"
