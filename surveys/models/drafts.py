"""Answers kept for later: a participant's unfinished questionnaire, so that a lost session or a
break loses nothing.

A draft holds the wizard's step data and nothing that points at a person: no user, no code, no
address, no submission key, and only the day it expires. It is found by a resume code that only
the participant holds (in a cookie of their browser and, if they asked, on paper or in their
notes); the table keeps a hash of it. Sending the answers deletes the draft in the same
transaction, so no stored row ever sits beside a response.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class SavedAnswers(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    questionnaire = models.ForeignKey(
        "surveys.QuestionnairePage", on_delete=models.CASCADE, related_name="+"
    )
    # sha256 of the resume code: whoever reads the table cannot continue someone's answers.
    code_hash = models.CharField(max_length=64, unique=True)
    # {"steps": {step: {field: [values]}}, "step": current step}
    data = models.JSONField(default=dict)
    expires_on = models.DateField()

    class Meta:
        verbose_name = _("answers kept for later")
        verbose_name_plural = _("answers kept for later")

    def __str__(self) -> str:
        return f"{self.questionnaire_id} until {self.expires_on}"
