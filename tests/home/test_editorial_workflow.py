"""Editors draft, reviewers approve, translators translate their own language only; scheduled
publishing; translations show as out of date when their original changes."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import TranslationSource

from home.models import StandardPage
from home.roles import EDITORS, NETWORK_MANAGERS, REVIEWERS, roles_ensure, translators_group_name
from home.selectors import translations_out_of_date


@pytest.fixture
def staff(page_tree) -> dict:
    groups = roles_ensure()
    users = {}
    for key, group in [
        ("editor", EDITORS),
        ("reviewer", REVIEWERS),
        ("manager", NETWORK_MANAGERS),
        ("translator_en", translators_group_name("en")),
    ]:
        user = get_user_model().objects.create_user(key, password="pw")
        user.groups.add(groups[group])
        users[key] = user
    return users


def _edit(client, page, **changes) -> dict:
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    form.setdefault("body-count", "0")  # the StreamField editor is drawn by JavaScript
    for field, value in changes.items():
        form[field] = value
    return form


def test_an_editors_draft_is_public_only_after_a_reviewer_approves(client, page_tree, staff):
    about = page_tree.about
    client.force_login(staff["editor"])
    form = _edit(client, about, title="Über uns – überarbeitet")
    form["action-submit"] = "Zur Freigabe einreichen"

    response = client.post(reverse("wagtailadmin_pages:edit", args=[about.pk]), form)
    assert response.status_code == 302

    client.logout()
    assert "Über uns – überarbeitet" not in client.get(about.url).content.decode()
    about.refresh_from_db()
    assert about.has_unpublished_changes
    task_state = about.current_workflow_task_state
    assert task_state is not None

    client.force_login(staff["reviewer"])
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[about.pk, "approve", task_state.pk]
    )
    assert client.post(approve, {"comment": "Passt."}).status_code in (200, 302)

    client.logout()
    assert "Über uns – überarbeitet" in client.get(about.url).content.decode()


def test_an_editor_cannot_publish_directly(client, page_tree, staff):
    about = page_tree.about
    client.force_login(staff["editor"])
    form = _edit(client, about, title="Sofort veröffentlicht?")
    form["action-publish"] = "Veröffentlichen"

    client.post(reverse("wagtailadmin_pages:edit", args=[about.pk]), form)

    client.logout()
    assert "Sofort veröffentlicht?" not in client.get(about.url).content.decode()


def test_translators_edit_only_their_language_and_never_publish(client, page_tree, staff):
    translator = staff["translator_en"]
    english_about = page_tree.translated(page_tree.about, "en")
    arabic_about = page_tree.translated(page_tree.about, "ar")

    english = english_about.permissions_for_user(translator)
    assert english.can_edit()
    assert not english.can_publish()
    assert not page_tree.about.permissions_for_user(translator).can_edit()
    assert not arabic_about.permissions_for_user(translator).can_edit()

    client.force_login(translator)
    german_edit = client.get(reverse("wagtailadmin_pages:edit", args=[page_tree.about.pk]))
    english_edit = client.get(reverse("wagtailadmin_pages:edit", args=[english_about.pk]))
    assert german_edit.status_code in (302, 403)
    assert english_edit.status_code == 200


def test_member_organisations_get_no_admin_access(client, page_tree):
    member = get_user_model().objects.create_user("verein", password="pw")
    client.force_login(member)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_scheduled_publishing_goes_live_when_its_time_comes(client, page_tree):
    page = page_tree.home.add_child(
        instance=StandardPage(
            title="Ab morgen gültig",
            slug="ab-morgen",
            live=False,
            go_live_at=timezone.now() + datetime.timedelta(days=1),
        )
    )
    revision = page.save_revision()
    revision.publish()
    assert client.get("/de/ab-morgen/").status_code == 404

    # Let the day pass: the scheduled time lies behind us now.
    revision.refresh_from_db()
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")

    response = client.get("/de/ab-morgen/")
    assert response.status_code == 200
    assert "Ab morgen gültig" in response.content.decode()


def test_translations_show_as_out_of_date_until_synced(client, page_tree, staff):
    assert translations_out_of_date() == []

    about = page_tree.about
    about.title = "Über uns (geändert)"
    about.save_revision().publish()

    stale = translations_out_of_date()
    assert {row["translation"].locale.language_code for row in stale} == {
        "en",
        "tr",
        "ar",
        "fr",
        "ru",
    }
    assert all(row["original"].pk == about.pk for row in stale)

    client.force_login(staff["translator_en"])
    report = client.get(reverse("outdated_translations"))
    assert report.status_code == 200
    assert "Über uns (geändert)" in report.content.decode()

    source = TranslationSource.objects.get_for_instance(about)
    source.update_from_db()
    source.create_or_update_translation(Locale.objects.get(language_code="en"), fallback=True)
    assert translations_out_of_date() == []


def test_the_outdated_translations_report_is_for_staff_only(client, page_tree):
    member = get_user_model().objects.create_user("verein", password="pw")
    client.force_login(member)

    response = client.get(reverse("outdated_translations"))

    assert response.status_code in (302, 403)
