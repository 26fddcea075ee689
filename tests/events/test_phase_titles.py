"""A project phase's title in the visitor's language: given per language in the admin, seeded
for every language by the demo data, falling back to the German title, marked `lang="de"`
(and `dir="ltr"` on Arabic pages)."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from events.factories import QualificationModuleFactory
from members.factories import ProjectPhaseFactory
from members.models import ProjectPhase, ProjectPhaseTranslation
from members.seed import PHASES, _phases
from tests.html import soup

pytestmark = pytest.mark.django_db

GERMAN = "Verstetigung und erste Qualifizierung"
TURKISH = "Kalıcılaşma ve ilk nitelikler"


@pytest.fixture
def phase():
    phase = ProjectPhaseFactory(number=2, title=GERMAN)
    ProjectPhaseTranslation.objects.create(phase=phase, language_code="tr", title=TURKISH)
    return phase


def _phase_on_module_list(client, calendar, language: str, phase):
    locale = Locale.objects.get(language_code=language)
    QualificationModuleFactory(locale=locale, number=1, title="Modul", phase=phase)
    page = calendar.get_translation(locale)
    return soup(client.get(f"{page.url}module/").content).select_one(".muted bdi")


def test_the_module_list_shows_the_phase_in_the_visitors_language(client, calendar, phase):
    title = _phase_on_module_list(client, calendar, "tr", phase)

    assert title.get_text() == f"2. {TURKISH}"
    assert title.get("lang") is None


def test_an_untranslated_phase_is_german_marked_on_an_arabic_page(client, calendar, phase):
    title = _phase_on_module_list(client, calendar, "ar", phase)

    assert title.get_text() == f"2. {GERMAN}"
    assert (title["lang"], title["dir"]) == ("de", "ltr")


def test_reports_and_lists_name_the_phase_in_the_active_language(phase):
    with translation.override("tr"):
        assert str(phase) == f"2. {TURKISH}"
        assert phase.label.language == "tr"
    with translation.override("fr"):
        assert (str(phase), phase.label.language) == (f"2. {GERMAN}", "de")


def test_phase_titles_are_given_per_language_in_the_admin(admin_client, phase):
    url = f"/admin/snippets/members/projectphase/edit/{phase.pk}/"
    assert admin_client.get(url).status_code == 200
    turkish = phase.translations.get()
    data = {
        "number": "2",
        "title": GERMAN,
        "start_date": phase.start_date.isoformat(),
        "end_date": phase.end_date.isoformat(),
        "translations-TOTAL_FORMS": "2",
        "translations-INITIAL_FORMS": "1",
        "translations-MIN_NUM_FORMS": "0",
        "translations-MAX_NUM_FORMS": "1000",
        "translations-0-id": str(turkish.pk),
        "translations-0-language_code": "tr",
        "translations-0-title": TURKISH,
        "translations-0-ORDER": "1",
        "translations-0-DELETE": "",
        "translations-1-id": "",
        "translations-1-language_code": "ar",
        "translations-1-title": "التثبيت والتأهيل الأول",
        "translations-1-ORDER": "2",
        "translations-1-DELETE": "",
    }

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    with translation.override("ar"):
        assert str(ProjectPhase.objects.get(pk=phase.pk)) == "2. التثبيت والتأهيل الأول"


def test_the_demo_data_names_every_phase_in_every_language_and_keeps_an_edited_title():
    _phases(lambda message: None)
    edited = ProjectPhaseTranslation.objects.get(phase__number=1, language_code="en")
    edited.title = "Setting up"
    edited.save()
    _phases(lambda message: None)

    titles = set(ProjectPhaseTranslation.objects.values_list("phase__number", "language_code"))
    assert titles == {(n, lang) for n, *_ in PHASES for lang in ("en", "tr", "ar", "fr", "ru")}
    assert ProjectPhaseTranslation.objects.get(pk=edited.pk).title == "Setting up"
