"""The site's image model: the description is the alternative text and may not be left empty."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

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
