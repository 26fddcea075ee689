"""Who changed what in an organisation's profile, and when."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ProfileChange(models.Model):
    """One saved edit of a profile: the fields it changed, each with its old and new value as
    text. The author is kept as a link and a name; when the account is deleted the link goes and
    the history reads "deleted user", losing nothing else."""

    organisation = models.ForeignKey(
        "members.Organisation", on_delete=models.CASCADE, related_name="changes"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="profile_changes",
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True, db_index=True)
    # [{"field": name, "label": verbose name, "old": text, "new": text, "visibility": ...}]
    changes = models.JSONField(_("changes"), default=list)
    summary = models.CharField(_("summary"), max_length=200, blank=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("profile change")
        verbose_name_plural = _("profile changes")

    def __str__(self) -> str:
        return f"{self.organisation} {self.changed_at:%Y-%m-%d %H:%M}"
