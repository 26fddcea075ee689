"""A news topic's name in the other languages: topics (tags) are typed once, in German, on the
articles; a translator gives each its name per language, and lists, articles and feeds show it,
falling back to the German name, marked `lang="de"`."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


def _other_languages() -> list[tuple[str, str]]:
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class TopicTranslation(models.Model):
    tag = models.ForeignKey(
        "taggit.Tag",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="translations",
    )
    language_code = models.CharField(_("language"), max_length=10, choices=_other_languages())
    name = models.CharField(_("name"), max_length=100)

    panels = [FieldPanel("tag"), FieldPanel("language_code"), FieldPanel("name")]

    class Meta:
        ordering = ["tag__name", "language_code"]
        verbose_name = _("topic translation")
        verbose_name_plural = _("topic translations")
        constraints = [
            models.UniqueConstraint(
                fields=["tag", "language_code"], name="topic_translation_one_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.tag.name} ({self.language_code}): {self.name}"
