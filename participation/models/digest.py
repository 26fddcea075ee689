"""Each member's weekly e-mail digest: whether they want it and when the last one went out
(the next lists what is new since then). A member without a row gets it (the default)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DigestSetting(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_setting"
    )
    enabled = models.BooleanField(_("weekly digest by e-mail"), default=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("digest setting")
        verbose_name_plural = _("digest settings")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.enabled}"
