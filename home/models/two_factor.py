"""Recovery codes for the staff's second factor, as a django-otp device.

django-otp's own static device keeps its codes in plain text; here only a SHA-256 digest of
each code is stored. A code has about 79 bits of randomness (`RECOVERY_CODE_LENGTH` characters
from an alphabet of 31), so a digest without salt or stretching cannot be reversed by trying.
"""

import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device

# No 0/O, 1/I/L: the codes are written down on paper and typed back.
RECOVERY_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECOVERY_CODE_LENGTH = 16


def recovery_code_normalise(code: str) -> str:
    """As typed (spaces, hyphens, small letters) to the form that was hashed."""
    return "".join(code.split()).replace("-", "").upper()


def recovery_code_digest(code: str) -> str:
    return hashlib.sha256(recovery_code_normalise(code).encode()).hexdigest()


class RecoveryCodeDevice(Device):
    """A staff member's set of recovery codes: each one lets them in once, in place of the
    code from their authenticator app."""

    class Meta:
        verbose_name = _("recovery codes")

    def verify_token(self, token) -> bool:
        if not isinstance(token, str) or len(recovery_code_normalise(token)) != (
            RECOVERY_CODE_LENGTH
        ):
            return False
        # Deleting is the check: of two requests with the same code, only one deletes the row.
        deleted, _rows = self.codes.filter(digest=recovery_code_digest(token)).delete()
        return deleted > 0


class RecoveryCode(models.Model):
    device = models.ForeignKey(RecoveryCodeDevice, on_delete=models.CASCADE, related_name="codes")
    digest = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["device", "digest"], name="recovery_code_unique")
        ]

    def __str__(self) -> str:
        # Never the code, which is not stored; the digest's start tells rows apart.
        return f"{self.device.user} · {self.digest[:8]}"
