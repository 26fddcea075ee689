"""Long downloads on the worker: where tasks are queued, a questionnaire's export and a live
phase report's PDF are drawn by the worker; the person waits on a status page, then gets the
file, which holds exactly what the direct route gives (the same rows, the same verdict of the
small-group rule). Only the person who asked gets it, whatever role a colleague with the id
has; a failed drawing shows as failed, on the status page and the staff page, and can be tried
again; old files are deleted by the expiry job.

The report world of `test_report_access` (a phase, a module questionnaire with three
responses) is built once for the module."""

import datetime
import io
import os

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from wagtail.users.models import UserProfile

from evaluation.models import SentReport
from home.management.commands import run_worker as run_worker_command
from home.models import PreparedDownload
from home.prepared_downloads import prepared_download_render
from home.roles import NETWORK_MANAGERS
from members.factories import UserFactory
from surveys import exports as survey_exports
from tests.html import soup

from . import test_report_access as access
from .reporting import pdf_text
from .test_report_access import QUESTIONNAIRE, body, login_as

pytestmark = pytest.mark.django_db

# The report world of the access tests, built once for this module too.
world = access.world

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
queued = override_settings(TASKS=DATABASE_TASKS)


@pytest.fixture(autouse=True)
def _connections_stay_open(monkeypatch):
    """The worker closes stale connections on every round; inside a test's transaction that
    would close the test's own (as in `tests/home/test_background_work.py`)."""
    for module in (db_worker, run_worker_command):
        monkeypatch.setattr(module, "close_old_connections", lambda: None)


def csv_url(world, query: str = "") -> str:
    url = reverse("evaluation_results:results_csv", args=[world["questionnaire"].pk])
    return f"{url}?{query}" if query else url


def xlsx_url(world) -> str:
    return reverse("evaluation_results:results_xlsx", args=[world["questionnaire"].pk])


def run_worker() -> None:
    call_command("run_worker", "--batch", "--no-startup-delay", stdout=io.StringIO())


def ask(client, url) -> PreparedDownload:
    """Ask for a file where tasks are queued: the answer is its status page."""
    with queued:
        response = client.get(url)
    download = PreparedDownload.objects.order_by("-requested_at").first()
    assert download is not None, (url, response.status_code)
    assert response.status_code == 302
    assert response["Location"] == reverse("prepared_download", args=[download.pk])
    return download


def draw(download: PreparedDownload) -> PreparedDownload:
    prepared_download_render.call(download_id=str(download.pk))
    download.refresh_from_db()
    return download


def fetch(client, download: PreparedDownload) -> bytes:
    response = client.get(reverse("prepared_download_file", args=[download.pk]))
    assert response.status_code == 200
    assert {"private", "no-store"} <= no_cache(response)
    return body(response)


def no_cache(response) -> set[str]:
    return {part.strip() for part in response["Cache-Control"].split(",")}


def colleague(world, group: str = NETWORK_MANAGERS):
    user = UserFactory(username=f"kollegin-{group}".lower())
    user.groups.add(Group.objects.get(name=group))
    return user


# The file and its page ----------------------------------------------------------------------------


def test_a_queued_export_waits_on_its_page_and_then_holds_the_direct_routes_bytes(client, world):
    login_as(client, world, "manager")
    query = "labels=en&start=2013-01-01&end=2013-12-31"
    download = ask(client, csv_url(world, query))
    assert download.status == PreparedDownload.Status.PENDING
    assert DBTaskResult.objects.filter(task_path__endswith="prepared_download_render").exists()

    page = client.get(reverse("prepared_download", args=[download.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert {"private", "no-store"} <= no_cache(page)
    assert '<meta http-equiv="refresh" content="5">' in html
    assert QUESTIONNAIRE in html and "prepared-download" in html
    assert reverse("prepared_download_file", args=[download.pk]) not in html

    with queued:
        run_worker()  # the real worker takes it from the queue
    download.refresh_from_db()
    assert download.status == PreparedDownload.Status.READY
    page = client.get(reverse("prepared_download", args=[download.pk])).content.decode()
    assert reverse("prepared_download_file", args=[download.pk]) in page
    assert 'http-equiv="refresh"' not in page

    prepared = fetch(client, download)
    direct = body(client.get(csv_url(world, query)))  # the immediate backend: in the request
    assert prepared == direct
    assert b"Zitat Nummer 4711" in prepared
    # Stored outside the media folder, and no URL of its own.
    path = storages["prepared_downloads"].path(download.file.name)
    assert not path.startswith(str(storages["default"].location))


def test_the_workbook_holds_the_same_rows_as_the_direct_one(client, world, tmp_path):
    login_as(client, world, "evaluator")
    download = draw(ask(client, xlsx_url(world)))

    def rows(content: bytes, name: str):
        saved = tmp_path / name
        saved.write_bytes(content)
        workbook = openpyxl.load_workbook(saved, read_only=True)
        try:
            return {
                sheet.title: list(sheet.iter_rows(values_only=True))
                for sheet in workbook.worksheets
            }
        finally:
            workbook.close()

    direct = rows(body(client.get(xlsx_url(world))), "direct.xlsx")
    assert rows(fetch(client, download), "prepared.xlsx") == direct


def test_a_withheld_view_is_withheld_in_the_prepared_file_too(client, world):
    """A period that ends after two of the three responses: the small-group rule withholds it,
    and the prepared file holds the same header and note as the direct one."""
    login_as(client, world, "manager")
    query = "start=2013-01-01&end=2013-05-06"
    prepared = fetch(client, draw(ask(client, csv_url(world, query))))
    direct = body(client.get(csv_url(world, query)))
    assert prepared == direct
    assert len(prepared.decode("utf-8-sig").strip().splitlines()) == 2  # header and note


def test_the_live_phase_report_pdf_is_drawn_by_the_worker_with_the_same_text(client, world):
    login_as(client, world, "manager")
    download = draw(ask(client, reverse("evaluation:phase_report_pdf", args=[1])))
    assert download.filename == "zwischenbericht-phase-1.pdf"
    prepared = fetch(client, download)
    direct = body(client.get(reverse("evaluation:phase_report_pdf", args=[1])))
    assert pdf_text(prepared) == pdf_text(direct)


def test_bad_filters_are_refused_before_anything_is_queued(client, world):
    login_as(client, world, "manager")
    with queued:
        response = client.get(csv_url(world, "start=2024-06-30&end=2024-01-01"))
    assert response.status_code == 302
    assert response["Location"].startswith(
        reverse("evaluation_results:results", args=[world["questionnaire"].pk])
    )
    assert not PreparedDownload.objects.exists()


def test_asking_twice_while_it_is_drawn_gives_the_same_download(client, world):
    login_as(client, world, "manager")
    first = ask(client, csv_url(world))
    assert ask(client, csv_url(world)) == first
    assert PreparedDownload.objects.count() == 1


# Who gets it --------------------------------------------------------------------------------------


ROLES = ["anonymous", "member_a", "contact_a", "editor", "evaluator", "manager", "superuser"]


@pytest.mark.parametrize("asker", ["manager", "evaluator"])
def test_only_the_person_who_asked_gets_the_page_the_file_or_a_second_try(client, world, asker):
    login_as(client, world, asker)
    download = draw(ask(client, csv_url(world)))
    urls = [
        reverse("prepared_download", args=[download.pk]),
        reverse("prepared_download_file", args=[download.pk]),
    ]
    retry = reverse("prepared_download_retry", args=[download.pk])
    others = [role for role in ROLES if role != asker]
    for role in others:
        login_as(client, world, role)
        for url in urls:
            response = client.get(url)
            if role in {"anonymous", "member_a", "contact_a"}:
                # No admin account: Wagtail's login, never the file.
                assert response.status_code == 302, (role, url)
                assert response["Location"].startswith(reverse("wagtailadmin_login"))
            else:
                assert response.status_code == 404, (role, url)
            assert b"Zitat Nummer 4711" not in body(response)
        assert client.post(retry).status_code in {302, 404}
    # A colleague of the same role, with the id, gets nothing either.
    client.force_login(colleague(world))
    for url in urls:
        assert client.get(url).status_code == 404
    assert client.post(retry).status_code == 404

    login_as(client, world, asker)
    assert b"Zitat Nummer 4711" in fetch(client, download)
    download.refresh_from_db()
    assert download.status == PreparedDownload.Status.READY  # nobody's retry reached it


def test_the_asker_who_lost_the_right_to_read_reports_loses_the_file(client, world):
    evaluator = world["cast"].evaluator
    login_as(client, world, "evaluator")
    download = draw(ask(client, csv_url(world)))
    evaluator.groups.clear()
    response = client.get(reverse("prepared_download_file", args=[download.pk]))
    assert response.status_code in {302, 403, 404}
    assert b"Zitat Nummer 4711" not in body(response)


def test_an_unknown_id_is_not_found(client, world):
    login_as(client, world, "manager")
    unknown = "6f1c0b1e-0000-4000-8000-000000000000"
    assert client.get(reverse("prepared_download", args=[unknown])).status_code == 404
    assert client.get(f"/admin/downloads/{unknown[:-1]}/").status_code == 404


# Failure and a second try -------------------------------------------------------------------------


def test_a_failing_drawing_is_tried_again_then_shown_as_failed_and_can_be_retried(
    client, world, monkeypatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(survey_exports, "responses_csv", broken)
    login_as(client, world, "manager")
    download = ask(client, csv_url(world))
    with queued:
        with pytest.raises(RuntimeError):
            draw(download)
        download.refresh_from_db()
        # The first attempt failed; the next one waits in the queue.
        assert download.status == PreparedDownload.Status.PENDING
        assert "the disk is full" in download.error
        page = client.get(reverse("prepared_download", args=[download.pk])).content.decode()
        assert 'http-equiv="refresh"' in page
        for _attempt in range(2):
            with pytest.raises(RuntimeError):
                draw(download)
    download.refresh_from_db()
    assert download.status == PreparedDownload.Status.FAILED
    assert download.attempts == 3

    page = client.get(reverse("prepared_download", args=[download.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'role="alert"' in html and 'http-equiv="refresh"' not in html
    assert reverse("prepared_download_retry", args=[download.pk]) in html
    staff = client.get(reverse("background_work")).content.decode()
    assert "prepared-download-failed" in staff and "the disk is full" in staff

    monkeypatch.undo()
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    with queued:
        response = client.post(reverse("prepared_download_retry", args=[download.pk]))
    assert response["Location"] == reverse("prepared_download", args=[download.pk])
    download = draw(download)
    assert download.status == PreparedDownload.Status.READY
    assert b"Zitat Nummer 4711" in fetch(client, download)


def test_a_worker_that_died_leaves_a_download_shown_as_failed(client, world):
    login_as(client, world, "manager")
    download = ask(client, csv_url(world))
    PreparedDownload.objects.filter(pk=download.pk).update(
        attempts=1, started_at=timezone.now() - datetime.timedelta(hours=2)
    )
    page = client.get(reverse("prepared_download", args=[download.pk])).content.decode()
    assert 'role="alert"' in page


def test_a_download_no_worker_took_is_shown_as_failed_in_time(client, world):
    login_as(client, world, "manager")
    download = ask(client, csv_url(world))
    page = client.get(reverse("prepared_download", args=[download.pk])).content.decode()
    assert 'role="alert"' not in page
    PreparedDownload.objects.filter(pk=download.pk).update(
        requested_at=timezone.now() - datetime.timedelta(hours=1)
    )
    page = client.get(reverse("prepared_download", args=[download.pk])).content.decode()
    assert 'role="alert"' in page
    with queued:
        client.post(reverse("prepared_download_retry", args=[download.pk]))
    page = client.get(reverse("prepared_download", args=[download.pk])).content.decode()
    assert 'role="alert"' not in page and 'http-equiv="refresh"' in page


# Expiry -------------------------------------------------------------------------------------------


def test_the_expiry_job_deletes_old_downloads_their_files_and_orphans(client, world):
    login_as(client, world, "manager")
    old = draw(ask(client, csv_url(world)))
    fresh = draw(ask(client, xlsx_url(world)))
    PreparedDownload.objects.filter(pk=old.pk).update(
        requested_at=timezone.now() - datetime.timedelta(hours=25)
    )
    storage = storages["prepared_downloads"]
    orphan = storage.save("orphan.csv", ContentFile(b"left behind"))
    long_ago = (timezone.now() - datetime.timedelta(hours=30)).timestamp()
    os.utime(storage.path(orphan), (long_ago, long_ago))

    call_command("run_job", "prepared_downloads_expire", stdout=io.StringIO())

    assert not PreparedDownload.objects.filter(pk=old.pk).exists()
    assert not storage.exists(old.file.name) and not storage.exists(orphan)
    assert storage.exists(fresh.file.name)
    assert client.get(reverse("prepared_download_file", args=[old.pk])).status_code == 404


def test_a_sent_reports_stored_pdf_goes_out_at_once_even_where_tasks_are_queued(client, world):
    SentReport.objects.create(
        scope=SentReport.Scope.PHASE,
        phase=world["phase"],
        sent_at=timezone.now(),
        sent_by=world["cast"].manager,
        figures={},
        pdf=b"%PDF-1.7 as it was sent",
    )
    login_as(client, world, "evaluator")
    with queued:
        response = client.get(reverse("evaluation:phase_report_pdf", args=[1]))
    assert response.status_code == 200
    assert response.content == b"%PDF-1.7 as it was sent"
    assert not PreparedDownload.objects.exists()


def test_the_report_pages_links_let_the_browser_follow_to_the_status_page(client, world):
    """A `download` attribute would make the browser save the status page as the file."""
    login_as(client, world, "manager")
    pages = [
        reverse("evaluation_results:results", args=[world["questionnaire"].pk]),
        reverse("evaluation:phase_report", args=[1]),
    ]
    for url in pages:
        links = soup(client.get(url)).select("a[href*='.csv'], a[href*='.xlsx'], a[href*='.pdf']")
        assert links, url
        assert all(not link.has_attr("download") for link in links), url


def test_the_status_page_speaks_the_readers_language_right_to_left_in_arabic(client, world):
    evaluator = world["cast"].evaluator
    profile = UserProfile.get_for_user(evaluator)
    profile.preferred_language = "ar"
    profile.save()
    login_as(client, world, "evaluator")
    download = ask(client, csv_url(world))
    assert download.language == "ar"  # the file is drawn in the language it was asked in
    page = soup(client.get(reverse("prepared_download", args=[download.pk])))
    assert page.html["dir"] == "rtl" and page.html["lang"] == "ar"
    with translation.override("ar"):
        waiting = gettext(
            "Your file is being prepared. This page looks again by itself every few seconds; "
            "the download appears here when it is ready."
        )
    assert waiting in page.get_text()
