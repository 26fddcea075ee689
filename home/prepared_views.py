"""The status page of a prepared download, its file and "try again" (`home.prepared_downloads`).

Each answers the person who asked for the download, while they may still read what it holds,
and nobody else: anyone else gets a 404, as for an id that does not exist, so the pages do not
tell whose downloads exist. Nothing here may be kept by a cache."""

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import PreparedDownload
from .prepared_downloads import kind_of, may_have, stalled
from .services import prepared_download_retry

# Seconds between two looks of the status page while the file is being drawn.
REFRESH_SECONDS = 5


def _no_store(response):
    response["Cache-Control"] = "private, no-store"
    return response


def _download(request, pk) -> PreparedDownload:
    download = PreparedDownload.objects.filter(pk=pk).first()
    if download is None or not may_have(request.user, download):
        raise Http404
    return download


def status_url(download: PreparedDownload) -> str:
    return reverse("prepared_download", args=[download.pk])


def file_url(download: PreparedDownload) -> str:
    return reverse("prepared_download_file", args=[download.pk])


def prepared_download_redirect(download: PreparedDownload):
    """Where the page that asked for a download sends its person: to the file when it is
    ready already, else to its status page."""
    if download.status == PreparedDownload.Status.READY:
        return redirect(file_url(download))
    return redirect(status_url(download))


def prepared_download(request, pk):
    download = _download(request, pk)
    failed = download.status == PreparedDownload.Status.FAILED or stalled(download)
    ready = download.status == PreparedDownload.Status.READY
    response = TemplateResponse(
        request,
        "home/admin/prepared_download.html",
        {
            "page_title": _("Your download"),
            "download": download,
            "title": kind_of(download).title(download.params),
            "back_url": kind_of(download).back(download.params),
            "ready": ready,
            "failed": failed,
            "waiting": not ready and not failed,
            "refresh_seconds": REFRESH_SECONDS,
            "retention_hours": settings.PREPARED_DOWNLOAD_RETENTION_HOURS,
            "file_url": file_url(download),
            "retry_url": reverse("prepared_download_retry", args=[download.pk]),
        },
    )
    return _no_store(response)


def prepared_download_file(request, pk):
    download = _download(request, pk)
    if download.status != PreparedDownload.Status.READY or not download.file:
        return redirect(status_url(download))
    try:
        handle = download.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=download.filename,
        content_type=download.content_type,
    )
    return _no_store(response)


@require_POST
def prepared_download_try_again(request, pk):
    download = _download(request, pk)
    if download.status == PreparedDownload.Status.FAILED or stalled(download):
        download = prepared_download_retry(download=download)
    return _no_store(prepared_download_redirect(download))
