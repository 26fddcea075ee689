"""Finding a date for a network meeting: the network manager proposes dates, each organisation
answers yes, maybe or no to each (one answer per organisation and date, changeable until the
poll is decided or closed), and the chosen date becomes an event with registration."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from home.text_language import TextInLanguage

from .translations import (
    TextsInLanguages,
    TextTranslation,
    TranslationsPanel,
    translation_panels,
)


class DatePoll(TextsInLanguages, ClusterableModel):
    """Its title and description are given in German and, in `translations`, in other
    languages."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=3000)
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    closes_on = models.DateField(
        _("answers until"),
        null=True,
        blank=True,
        help_text=_("Leave empty to take answers until a date is chosen."),
    )
    decided_option = models.ForeignKey(
        "participation.DatePollOption",
        verbose_name=_("chosen date"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("venue_name"),
        FieldPanel("closes_on"),
        InlinePanel("options", label=_("Proposed dates"), min_num=1),
        TranslationsPanel(heading=_("Title in other languages"), label=_("language")),
    ]

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("date poll")
        verbose_name_plural = _("date polls")

    def __str__(self) -> str:
        return self.title

    def is_open(self, today: datetime.date | None = None) -> bool:
        if self.decided_at is not None:
            return False
        today = today or timezone.localdate()
        return self.closes_on is None or today <= self.closes_on

    @property
    def local_title(self) -> TextInLanguage:
        """The title in the active language, else the German one, marked so."""
        return self.text_in("title")


class DatePollTranslation(TextTranslation):
    """A date poll's title and description in one language other than German."""

    poll = ParentalKey(DatePoll, on_delete=models.CASCADE, related_name="translations")
    title = models.CharField(_("title"), max_length=200)

    panels = translation_panels()

    class Meta(TextTranslation.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["poll", "language_code"], name="date_poll_title_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.poll_id} ({self.language_code}): {self.title}"


class DatePollOption(Orderable):
    poll = ParentalKey(DatePoll, on_delete=models.CASCADE, related_name="options")
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))

    panels = [FieldPanel("start"), FieldPanel("end")]

    class Meta(Orderable.Meta):
        verbose_name = _("proposed date")
        verbose_name_plural = _("proposed dates")

    def __str__(self) -> str:
        return f"{timezone.localtime(self.start):%d.%m.%Y %H:%M}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must be after the start.")})


class PollAnswer(models.TextChoices):
    YES = "yes", _("Yes")
    MAYBE = "maybe", _("Maybe")
    NO = "no", _("No")


class DatePollAnswer(models.Model):
    """An organisation's answer to one proposed date; the database keeps one per organisation."""

    option = models.ForeignKey(DatePollOption, on_delete=models.CASCADE, related_name="answers")
    organisation = models.ForeignKey(
        "members.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    answer = models.CharField(_("answer"), max_length=5, choices=PollAnswer.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("answer to a date poll")
        verbose_name_plural = _("answers to date polls")
        constraints = [
            models.UniqueConstraint(
                fields=["option", "organisation"], name="date_poll_answer_once_per_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id}: {self.answer}"
