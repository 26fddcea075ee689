"""Proposals: the member organisations propose topics and contents for a qualification module or
a field of cooperation, comment on them and support them; the network management answers each.

A process is what the network manager opens (in the admin) for one module or field, between two
dates. Proposals, comments and supports are written by members in the extranet and never edited
afterwards by anyone: the manager answers a proposal and may hide a comment, with a reason that
stays in the history.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from home.text_language import TextInLanguage

from .translations import (
    TextsInLanguages,
    TextTranslation,
    TranslationsPanel,
    translation_panels,
)

TEXT_MAX = 5000
COMMENT_MAX = 2000


class ProposalProcess(TextsInLanguages, ClusterableModel):
    """A call for proposals about one qualification module or field of cooperation. Its title
    and description are given in German and, in `translations`, in other languages."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=3000)
    module = models.ForeignKey(
        "events.QualificationModule",
        verbose_name=_("qualification module"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    field_of_cooperation = models.ForeignKey(
        "members.FieldOfCooperation",
        verbose_name=_("field of cooperation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    opens_on = models.DateField(_("open from"))
    closes_on = models.DateField(_("open until"), null=True, blank=True)
    one_support_per_organisation = models.BooleanField(
        _("one support per organisation"),
        default=True,
        help_text=_(
            "Each organisation supports a proposal once, however many members it has, so large "
            "associations do not outvote small ones. Untick to count each member."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("module"), FieldPanel("field_of_cooperation")], heading=_("topic")
        ),
        MultiFieldPanel([FieldPanel("opens_on"), FieldPanel("closes_on")], heading=_("dates")),
        FieldPanel("one_support_per_organisation"),
        TranslationsPanel(heading=_("Title in other languages"), label=_("language")),
    ]

    class Meta:
        ordering = ["-opens_on", "title"]
        verbose_name = _("proposal process")
        verbose_name_plural = _("proposal processes")

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        if self.closes_on and self.opens_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("The end must not be before the start.")})

    def is_open(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.opens_on <= today and (self.closes_on is None or today <= self.closes_on)

    @property
    def local_title(self) -> TextInLanguage:
        """The title in the active language, else the German one, marked so."""
        return self.text_in("title")


class ProposalProcessTranslation(TextTranslation):
    """A proposal process's title and description in one language other than German."""

    process = ParentalKey(ProposalProcess, on_delete=models.CASCADE, related_name="translations")
    title = models.CharField(_("title"), max_length=200)

    panels = translation_panels()

    class Meta(TextTranslation.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["process", "language_code"], name="proposal_process_title_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.process_id} ({self.language_code}): {self.title}"


class ProposalStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    DISCUSSION = "discussion", _("Under discussion")
    ACCEPTED = "accepted", _("Accepted")
    PLANNED = "planned", _("Planned")
    DECLINED = "declined", _("Declined")


def _language_choices():
    return settings.LANGUAGES


class Proposal(models.Model):
    """A topic or content proposed by a member, on behalf of their organisation (none when the
    network management proposes), in the language the member wrote it in."""

    process = models.ForeignKey(
        ProposalProcess,
        verbose_name=_("proposal process"),
        on_delete=models.CASCADE,
        related_name="proposals",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), max_length=TEXT_MAX)
    language = models.CharField(_("language"), max_length=10, choices=_language_choices)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ProposalStatus.choices,
        default=ProposalStatus.RECEIVED,
    )
    reason = models.TextField(_("reason"), blank=True, max_length=3000)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The outcome: a module session or another event, or a joint initiative.
    outcome_event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("outcome: event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcome_initiative = models.ForeignKey(
        "members.JointInitiative",
        verbose_name=_("outcome: joint initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")

    def __str__(self) -> str:
        return self.title


class ProposalComment(models.Model):
    """A member's comment on a proposal. Hiding keeps the text, who hid it, when and why."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("comment"), max_length=COMMENT_MAX)
    language = models.CharField(_("language"), max_length=10, choices=_language_choices)
    created_at = models.DateTimeField(auto_now_add=True)
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hidden_reason = models.CharField(_("reason for hiding"), max_length=500, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return self.text[:60]


class ProposalSupport(models.Model):
    """One support of a proposal. Under the process's rule of one support per organisation the
    database refuses a second row for the same organisation (`per_organisation` records the rule
    the support was given under), so two members clicking at once store one."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="supports")
    organisation = models.ForeignKey(
        "members.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    per_organisation = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "organisation"],
                condition=models.Q(per_organisation=True),
                name="proposal_support_once_per_organisation",
            ),
            models.UniqueConstraint(
                fields=["proposal", "user"], name="proposal_support_once_per_person"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} → {self.proposal_id}"
