"""Responses and their answers, and the wording each answer was given to.

Anonymity is a property of the rows, not of the views: an anonymous response has a random id, the
day only, and no user, code or address (a check constraint refuses them). Members-only
participation is recorded apart (`Participation`, also with a random id and no time), so that
"once per member" holds without pointing at the answers.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Question(models.Model):
    """One wording of one question of a questionnaire (default-language page), keyed by the
    block's id. Rewording a question that has answers starts a new row, so exports show the
    text each answer was given to; reports group by `block_id`."""

    questionnaire = models.ForeignKey(
        "surveys.QuestionnairePage", on_delete=models.PROTECT, related_name="question_rows"
    )
    block_id = models.CharField(max_length=64)
    step_id = models.CharField(max_length=64)
    position = models.PositiveIntegerField()
    kind = models.CharField(max_length=20)
    code = models.CharField(max_length=20, blank=True)
    text = models.TextField()
    # {"choices": [[id, label], ...], "items": [[id, label], ...], "min": n, "max": n}
    options = models.JSONField(default=dict)
    wording = models.CharField(max_length=64, help_text="Hash of text and options.")
    current = models.BooleanField(default=True)

    class Meta:
        ordering = ["questionnaire", "position", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "block_id"],
                condition=Q(current=True),
                name="one_current_wording_per_question",
            ),
            models.UniqueConstraint(
                fields=["questionnaire", "block_id", "wording"], name="question_wording_once"
            ),
        ]

    def __str__(self) -> str:
        return self.text

    def label_of(self, name: str, value: str) -> str:
        return dict(self.options.get(name, [])).get(value, value)


class Response(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    questionnaire = models.ForeignKey(
        "surveys.QuestionnairePage",
        verbose_name=_("questionnaire"),
        on_delete=models.PROTECT,
        related_name="responses",
        # Served by the index on (questionnaire, submitted_on) below.
        db_index=False,
    )
    language = models.CharField(_("language"), max_length=10)
    submitted_on = models.DateField(_("submitted on"))
    # The session a code batch was made for, so that reports can tell sessions apart.
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="survey_responses",
    )
    anonymous = models.BooleanField(_("anonymous"))
    # Named questionnaires only:
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="survey_responses",
    )
    access_code = models.OneToOneField(
        "surveys.AccessCode",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="response",
    )
    # Drawn when the participant starts; the same wizard can send only once (double click,
    # refresh, back-and-resubmit), enforced by this constraint rather than by the view.
    submission_key = models.UUIDField(unique=True, editable=False)

    class Meta:
        ordering = ["submitted_on"]
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        indexes = [models.Index(fields=["questionnaire", "submitted_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(anonymous=False) | Q(user__isnull=True, access_code__isnull=True),
                name="anonymous_response_names_nobody",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.questionnaire_id} {self.submitted_on}"


class Answer(models.Model):
    """One value: a scale or number (`number`), a choice id, "yes"/"no" or "other" (`choice`),
    a text (`text`). A matrix gives one row per statement (`item`), a multiple choice one row
    per choice ticked."""

    # No index of its own: the unique constraint below starts with it and serves its look-ups
    # (each index more is written on every submission).
    response = models.ForeignKey(
        Response, on_delete=models.CASCADE, related_name="answers", db_index=False
    )
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    item = models.CharField(max_length=64, blank=True, default="")
    choice = models.CharField(max_length=64, blank=True, default="")
    number = models.IntegerField(null=True, blank=True)
    text = models.TextField(blank=True, default="")
    # A free-text answer the network manager chose to quote in the phase report.
    quoted = models.BooleanField(_("quoted in the report"), default=False)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question", "item", "choice"], name="answer_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.question_id}: {self.choice or self.number or self.text[:20]}"


class Participation(models.Model):
    """That a member has answered a members-only questionnaire, and nothing more: no time, no
    link to the response."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    questionnaire = models.ForeignKey(
        "surveys.QuestionnairePage", on_delete=models.PROTECT, related_name="participations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="survey_participations"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "user"], name="member_answers_once"),
        ]

    def __str__(self) -> str:
        return f"{self.questionnaire_id}: {self.user_id}"
