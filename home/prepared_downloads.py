"""Prepared downloads: a long PDF or a large export is drawn by the task worker, not inside the
request, and handed to the person who asked for it from a status page.

An app registers what can be prepared through the hook `register_prepared_downloads`, which
returns `PreparedKind`s: a name, who may have it (`may_have(user, params)`) and how it is drawn
(`render(params)`, returning the same `HttpResponse` as the direct route, so that the prepared
file holds exactly its bytes, the small-group rule's verdict included). The parameters are the
page's filters as they were when asked; the file is drawn in the language of the page it was
asked on.

The kinds are named, not imported: this module sits in `home`, below the apps that register
them. `home.services` asks for a file and tries it again; the views in `prepared_views` show its
state and hand it out; the job `prepared_downloads_expire` deletes it after
`PREPARED_DOWNLOAD_RETENTION_HOURS`.
"""

import dataclasses
import datetime
import logging
import re
from collections.abc import Callable

from django.conf import settings
from django.core.files import File
from django.core.files.temp import NamedTemporaryFile
from django.http import HttpResponse
from django.utils import timezone, translation
from django_tasks import task
from wagtail import hooks

from .jobs import tasks_in_database
from .models import PreparedDownload

logger = logging.getLogger(__name__)

# Minutes to wait before the 2nd, 3rd … attempt; the last value repeats.
RETRY_MINUTES = (1, 5)


class PreparedDownloadError(Exception):
    """A file that cannot be drawn as asked (its questionnaire is gone, a filter no longer
    exists); the message is for the person and is shown on the status page."""


@dataclasses.dataclass(frozen=True)
class PreparedKind:
    """What can be prepared. `title(params)` names the file on its status page and `back(params)`
    is the page it was asked on, both in the active language."""

    name: str
    title: Callable[[dict], str]
    back: Callable[[dict], str]
    may_have: Callable[[object, dict], bool]
    render: Callable[[dict], HttpResponse]


def kinds() -> dict[str, PreparedKind]:
    found = {}
    for hook in hooks.get_hooks("register_prepared_downloads"):
        for kind in hook():
            found[kind.name] = kind
    return found


def kind_of(download: PreparedDownload) -> PreparedKind | None:
    return kinds().get(download.kind)


def queued() -> bool:
    """Whether asking for a file queues it for the worker; with the immediate backend the
    direct route draws it in the request (it would be ready at once anyway)."""
    return tasks_in_database()


def may_have(user, download: PreparedDownload) -> bool:
    """Only the person who asked, and only while they may still read what it holds."""
    kind = kind_of(download)
    return (
        kind is not None
        and user.is_authenticated
        and user.is_active
        and download.requested_by_id == user.pk
        and kind.may_have(user, download.params)
    )


def stalled(download: PreparedDownload, *, now: datetime.datetime | None = None) -> bool:
    """A download not finished in time since its last attempt started, or since it was asked
    for when no worker took it: its worker died (killed, out of memory) or is not running."""
    if download.status != PreparedDownload.Status.PENDING:
        return False
    since = download.started_at or download.requested_at
    limit = datetime.timedelta(minutes=settings.PREPARED_DOWNLOAD_TIMEOUT_MINUTES)
    return (now or timezone.now()) - since > limit


def _filename(response: HttpResponse, fallback: str) -> str:
    match = re.search(r'filename="([^"]+)"', response.get("Content-Disposition", ""))
    return match.group(1) if match else fallback


def _retry_delay(attempt: int) -> datetime.timedelta:
    return datetime.timedelta(minutes=RETRY_MINUTES[min(attempt, len(RETRY_MINUTES)) - 1])


@task()
def prepared_download_render(*, download_id: str, attempt: int = 1) -> str:
    """Draw one prepared download and store its file. A failed attempt is queued again where
    the backend can wait (`PREPARED_DOWNLOAD_ATTEMPTS` in all) and fails as a task, so that
    it shows on the staff page with its error; after the last one the download is failed, and
    its status page says so and offers to try again. `attempt` is for the staff page's list of
    failed tasks; the download counts its attempts itself."""
    download = PreparedDownload.objects.filter(pk=download_id).first()
    if download is None or download.status != PreparedDownload.Status.PENDING:
        return "gone"  # expired, or already done by an earlier run of this task
    download.attempts += 1
    download.started_at = timezone.now()
    download.save(update_fields=["attempts", "started_at"])
    try:
        kind = kind_of(download)
        if kind is None:
            raise PreparedDownloadError(f"Unknown kind {download.kind}")
        with translation.override(download.language):
            response = kind.render(download.params)
        if response.status_code != 200:
            raise PreparedDownloadError(f"The render answered {response.status_code}")
        with NamedTemporaryFile() as temporary:
            chunks = response.streaming_content if response.streaming else [response.content]
            for chunk in chunks:
                temporary.write(chunk)
            # Not `response.close()`: it sends `request_finished`, whose handler would close
            # the worker's database connection. The workbook's temporary file is closed here.
            if getattr(response, "file_to_stream", None) is not None:
                response.file_to_stream.close()
            temporary.flush()
            filename = _filename(response, download.kind)
            extension = filename.rsplit(".", 1)[-1] if "." in filename else "bin"
            download.file.save(f"{download.pk}.{extension}", File(temporary), save=False)
        download.filename = filename
        download.content_type = response["Content-Type"]
        download.status = PreparedDownload.Status.READY
        download.finished_at = timezone.now()
        download.error = ""
        download.save()
    except Exception as error:
        download.error = f"{type(error).__name__}: {error}"[:2000]
        again = (
            download.attempts < settings.PREPARED_DOWNLOAD_ATTEMPTS
            and prepared_download_render.get_backend().supports_defer
            and not isinstance(error, PreparedDownloadError)
        )
        if again:
            prepared_download_render.using(
                run_after=timezone.now() + _retry_delay(download.attempts)
            ).enqueue(download_id=str(download.pk), attempt=download.attempts + 1)
        else:
            download.status = PreparedDownload.Status.FAILED
            download.finished_at = timezone.now()
        download.save(update_fields=["error", "status", "finished_at"])
        logger.exception("A prepared download failed: %s (%s)", download.kind, download.pk)
        raise
    return download.file.name
