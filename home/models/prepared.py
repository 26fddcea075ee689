"""A file the worker prepares for one person: a long PDF or a large export asked for on a report
page (`home.prepared_downloads`)."""

import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _


def _storage():
    # Its own storage, outside the media folder: nothing serves it but the download view.
    return storages["prepared_downloads"]


class PreparedDownload(models.Model):
    """One request for a file: what (a registered kind and its parameters, the filters of the
    page it was asked on), for whom, in which language, and how far it got.

    The id is random and is the only handle the pages show; the views hand the file to the
    person who asked for it alone."""

    class Status(models.TextChoices):
        PENDING = "pending", _("being prepared")
        READY = "ready", _("ready")
        FAILED = "failed", _("failed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("kind"), max_length=64)
    params = models.JSONField(_("parameters"), default=dict)
    language = models.CharField(_("language"), max_length=16)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("requested by"),
    )
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    started_at = models.DateTimeField(_("last attempt started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("error"), blank=True)
    file = models.FileField(_("file"), storage=_storage, blank=True)
    filename = models.CharField(_("file name"), max_length=255, blank=True)
    content_type = models.CharField(_("content type"), max_length=128, blank=True)

    class Meta:
        verbose_name = _("prepared download")
        verbose_name_plural = _("prepared downloads")
        ordering = ["-requested_at"]
        indexes = [
            models.Index(fields=["status", "-requested_at"], name="home_prepared_status"),
        ]

    def __str__(self):
        return f"{self.kind} {self.requested_at:%Y-%m-%d %H:%M} {self.status}"
