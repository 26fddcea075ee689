"""Single-use access codes, made in batches for an event or a module session.

A code knows whether it was used, not when, and (for anonymous questionnaires) no response points
at it; which code went to which person is never stored when personal links are mailed (only that
a person was invited, `PersonalInvitation`; their code is derived again for a reminder).
"""

import math

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# No 0/O, 1/I/L: codes are typed from paper as well as scanned.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
# 10 characters of 31 are 49.5 bits (docs/security.md: what guessing would take). Codes made
# before were 8 characters (39.6 bits); they keep working until used.
CODE_LENGTH = 10
LEGACY_CODE_LENGTH = 8


def code_bits(length: int = CODE_LENGTH) -> float:
    """The entropy of a code drawn uniformly (`secrets.choice`) from the alphabet."""
    return length * math.log2(len(CODE_ALPHABET))


def normalise_code(raw: str) -> str:
    return "".join(ch for ch in (raw or "").upper() if ch.isalnum())[:32]


def format_code(code: str) -> str:
    """Two halves, as printed: ABCDE-FGHJK (an older code: ABCD-EFGH)."""
    if len(code) in (CODE_LENGTH, LEGACY_CODE_LENGTH):
        half = len(code) // 2
        return f"{code[:half]}-{code[half:]}"
    return code


class CodeBatch(models.Model):
    questionnaire = models.ForeignKey(
        "surveys.QuestionnairePage",
        verbose_name=_("questionnaire"),
        on_delete=models.CASCADE,
        related_name="code_batches",
    )
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event or module session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    label = models.CharField(_("label"), max_length=200, blank=True)
    expires_at = models.DateTimeField(_("valid until"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    mailed = models.PositiveIntegerField(
        _("personal links sent"), default=0, help_text="Codes sent by e-mail, by number only."
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("batch of codes")
        verbose_name_plural = _("batches of codes")

    def __str__(self) -> str:
        return self.label or str(self.created_at.date())

    def is_expired(self, now=None) -> bool:
        return self.expires_at is not None and (now or timezone.now()) >= self.expires_at


class AccessCode(models.Model):
    batch = models.ForeignKey(CodeBatch, on_delete=models.CASCADE, related_name="codes")
    questionnaire = models.ForeignKey(
        "surveys.QuestionnairePage", on_delete=models.CASCADE, related_name="access_codes"
    )
    code = models.CharField(max_length=32, unique=True)
    used = models.BooleanField(default=False)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("access code")
        verbose_name_plural = _("access codes")

    def __str__(self) -> str:
        return format_code(self.code)


class PersonalInvitation(models.Model):
    """That a registration was mailed a personal link to a questionnaire, and how often it was
    reminded: so that sending again reminds instead of handing out a second code.

    It does not say which code: the code is derived from the server's secret, the
    questionnaire, the registration and `attempt` (`surveys.services.personal_code`), so these
    tables alone never tie a person to a code, nor to whether or what they answered."""

    questionnaire = models.ForeignKey(
        "surveys.QuestionnairePage", on_delete=models.CASCADE, related_name="+"
    )
    registration = models.ForeignKey(
        "events.Registration", on_delete=models.CASCADE, related_name="+"
    )
    # Which derivation gave a code not yet taken (nearly always the first, 0).
    attempt = models.PositiveSmallIntegerField(default=0)
    invited_at = models.DateTimeField(_("invited"))
    reminded_at = models.DateTimeField(_("last reminded"), null=True, blank=True)
    reminders = models.PositiveIntegerField(_("reminders sent"), default=0)

    class Meta:
        verbose_name = _("personal invitation")
        verbose_name_plural = _("personal invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "registration"], name="personal_invitation_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.questionnaire_id}: {self.registration_id}"
