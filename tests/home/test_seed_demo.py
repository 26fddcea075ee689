"""`seed_demo` builds the demo site from the concept and changes nothing when run again."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    Locale,
    Page,
    PageLogEntry,
    Revision,
    Site,
)

from evaluation import metrics
from evaluation.models import Goal
from events.models import QualificationModule
from home.models import FooterSettings, HomePage, NewsPage
from home.roles import EDITORS, PUBLIC_COLLECTION_NAME
from members.models import Organisation, ProjectPhase


def _snapshot() -> dict[str, object]:
    """Row counts of every model plus the newest revision, so any write shows up."""
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    counts["last revision"] = Revision.objects.order_by("-pk").values_list("pk", flat=True).first()
    counts["last log"] = PageLogEntry.objects.order_by("-pk").values_list("pk", flat=True).first()
    return counts


@pytest.fixture
def seed(db):
    """Run `seed_demo` (again: on top of the shared `seeded` world where a test asks for it)."""

    def run() -> str:
        out = StringIO()
        call_command("seed_demo", stdout=out)
        return out.getvalue()

    return run


def test_seed_builds_the_concepts_network(seeded):
    assert Organisation.objects.count() == 9
    assert Organisation.objects.filter(name="Mevlana Moschee").exists()
    assert Organisation.objects.get(name="Mevlana Moschee").news_pages.count() == 6
    assert list(ProjectPhase.objects.values_list("number", flat=True)) == [1, 2, 3, 4]
    assert ProjectPhase.objects.get(number=4).end_date.isoformat() == "2015-06-30"
    default = Locale.get_default()
    assert QualificationModule.objects.filter(locale=default).count() == 5
    assert Goal.objects.filter(kind=Goal.Kind.IMPACT).count() == 2
    assert Goal.objects.filter(kind=Goal.Kind.ACTION).count() == 10
    assert Goal.objects.filter(kind=Goal.Kind.ACTION, phase__number=1).count() == 2
    # The demo's participation is dated in its phases: the goals' further evidence counts it.
    further = [row.further for block in metrics.goals_by_phase() for row in block["goals"]]
    assert any(figure["value"] for figures in further for figure in figures)


def test_seed_translates_pages_and_modules_into_every_language(seeded):
    home = HomePage.objects.get(locale=Locale.get_default())
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    for language, _name in settings.LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        translated_home = home.get_translation(locale)
        assert translated_home.live
        assert QualificationModule.objects.filter(locale=locale).count() == 5
        # Six site pages, the directory, the extranet, the calendar and the questionnaires.
        assert Page.objects.filter(locale=locale, depth=3).live().count() == 10
        assert NewsPage.objects.filter(locale=locale).live().count() == 5
    english = home.get_translation(Locale.objects.get(language_code="en"))
    assert english.title != home.title
    arabic_module = QualificationModule.objects.get(locale__language_code="ar", number=1)
    assert arabic_module.title != "Kommunale Strukturen"


def test_seed_sets_the_footer_links(seeded):
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    assert footer.imprint_page.title == "Impressum"
    assert footer.easy_language_page.title == "Leichte Sprache"
    assert footer.accessibility_page is not None and footer.privacy_page is not None


def test_seed_prints_the_admin_login(seeded):
    assert "admin / demo-admin-2026" in seeded


def test_seed_puts_the_demo_images_where_the_staff_may_choose_them(seeded):
    public = Collection.objects.get(name=PUBLIC_COLLECTION_NAME)
    demo_images = get_image_model().objects.filter(title__startswith="Demo: ")
    editors = Group.objects.get(name=EDITORS)
    granted = GroupCollectionPermission.objects.filter(group=editors)

    assert demo_images.exists()
    assert set(demo_images.values_list("collection_id", flat=True)) == {public.pk}
    assert granted.filter(collection=public).exists()
    assert not granted.filter(collection=Collection.get_first_root_node()).exists()
    assert not granted.filter(collection__view_restrictions__isnull=False).exists()


def test_seed_twice_changes_nothing(seeded, seed):
    before = _snapshot()

    output = seed()

    assert _snapshot() == before
    assert "nothing changed" in output


def test_seeded_site_serves_every_language(client, seeded):
    for language, _name in settings.LANGUAGES:
        response = client.get(f"/{language}/")
        assert response.status_code == 200, language
        footer_hrefs = response.content.decode()
        assert f'href="/{language}/' in footer_hrefs


def test_seed_refuses_to_run_with_production_settings():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="p" * 60,
        ALLOWED_HOSTS="example.org",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "seed_demo"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
    )

    assert result.returncode != 0
    assert "Refusing to create demo data" in result.stderr
