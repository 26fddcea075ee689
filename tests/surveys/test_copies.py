"""Copying a questionnaire for the next session, and taking it along as a JSON file with all its
languages: the copy asks the same questions (same block ids) and collects its own answers; a bad
file is refused with a message and a 400, never a 500; only the network manager may do it."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from surveys.exchange import ExchangeError
from surveys.models import QuestionnairePage, Response
from tests.conftest import OTHER_LANGUAGES
from tests.html import soup

from .conftest import Wizard
from .test_access import access_steps, step1
from .test_editing import in_german

pytestmark = pytest.mark.django_db

QUESTION = "Wie viele Personen aus Ihrem Verein waren dabei?"


@pytest.fixture
def translated(publish_questionnaire):
    strings = {
        language: {"Umfrage": f"Survey [{language}]", QUESTION: f"How many people? [{language}]"}
        for language in OTHER_LANGUAGES
    }
    return publish_questionnaire(
        title="Umfrage", steps=access_steps(), translate=True, strings=strings
    )


def _block_ids(page) -> list[str]:
    return [q.id for step in page.step_specs() for q in step.questions]


def _arabic(page):
    return page.get_translations(inclusive=True).get(locale__language_code="ar").specific


def test_a_copy_for_the_next_session_asks_the_same_questions_in_every_language(
    client, cast, translated, publish_event
):
    Wizard(client, translated).start()
    session = publish_event(title="Modul 1, zweiter Termin")
    client.force_login(cast.manager)
    url = reverse("surveys_admin:copies", args=[translated.pk])
    assert client.get(url).status_code == 200

    response = client.post(url, {"event": session.pk})
    assert response.status_code == 302
    copy = QuestionnairePage.objects.exclude(pk=translated.pk).get(locale=Locale.get_default())
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[copy.pk])
    assert not copy.live and copy.event_id == session.pk
    assert copy.translation_key != translated.translation_key
    assert _block_ids(copy) == _block_ids(translated)
    arabic = _arabic(copy)
    assert not arabic.live
    assert "How many people? [ar]" in [q.text for s in arabic.step_specs() for q in s.questions]
    assert copy.title == in_german("%(title)s (copy)", title="Umfrage")


def test_export_and_import_carry_every_language(client, cast, translated):
    client.force_login(cast.manager)
    exported = client.get(reverse("surveys_admin:export", args=[translated.pk]))
    assert exported.status_code == 200
    assert "attachment" in exported["Content-Disposition"]
    data = json.loads(exported.content)
    assert data["format"] == "mso-network-questionnaire" and data["version"] == 1
    assert data["translations"]["ar"][QUESTION] == "How many people? [ar]"
    assert not {"responses", "event", "module", "opens_at", "closes_at"} & set(data)

    upload = SimpleUploadedFile("umfrage.json", exported.content, "application/json")
    response = client.post(reverse("surveys_admin:import"), {"file": upload})
    assert response.status_code == 302
    imported = QuestionnairePage.objects.exclude(pk=translated.pk).get(locale=Locale.get_default())
    assert imported.title == "Umfrage" and not imported.live
    assert _block_ids(imported) == _block_ids(translated)
    assert _arabic(imported).title == "Survey [ar]"


def test_the_copy_collects_its_own_answers(client, cast, translated):
    client.force_login(cast.manager)
    client.post(reverse("surveys_admin:copies", args=[translated.pk]), {})
    copy = QuestionnairePage.objects.exclude(pk=translated.pk).get(locale=Locale.get_default())
    copy.save_revision().publish()
    client.logout()
    wizard = Wizard(client, copy)
    wizard.start()
    assert wizard.post("1", step1(wizard)).status_code == 302
    assert Response.objects.count() == 0
    assert not Response.objects.filter(questionnaire=translated).exists()


def _file(data) -> SimpleUploadedFile:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    return SimpleUploadedFile("fragebogen.json", raw, "application/json")


def _valid() -> dict:
    return {
        "format": "mso-network-questionnaire",
        "version": 1,
        "title": "Aus einer anderen Stadt",
        "steps": access_steps(),
        "translations": {},
    }


def _broken(change) -> dict:
    data = _valid()
    change(data)
    return data


def _later_condition(data):
    data["steps"][0]["value"]["questions"][0]["value"]["condition"] = {
        "question": "F2",
        "answer": "ja",
        "also": [],
        "match": "all",
    }


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"\x89PNG not json", "not_json"),
        (b"[1, 2]", "not_ours"),
        (_broken(lambda d: d.update(version=2)), "not_ours"),
        (_broken(lambda d: d.pop("steps")), "fields"),
        (_broken(lambda d: d.update(title="")), "fields"),
        (_broken(lambda d: d.update(access="everyone")), "fields"),
        (_broken(lambda d: d["steps"][0].update(type="bomb")), "steps"),
        (_broken(lambda d: d["steps"][0]["value"].update(questions="nope")), "steps"),
        (_broken(lambda d: d["steps"][0]["value"].update(title="")), "steps"),
        (_broken(_later_condition), "conditions"),
        (_broken(lambda d: d.update(translations={"ar": ["x"]})), "translations"),
        (b" " * 1_000_001, "too_big"),
    ],
)
def test_a_bad_file_is_refused_with_a_message(client, cast, survey_index, content, code):
    client.force_login(cast.manager)
    response = client.post(reverse("surveys_admin:import"), {"file": _file(content)})
    assert response.status_code == 400
    with translation.override("de"):
        message = ExchangeError(code).message
    assert message in " ".join(soup(response).get_text(" ").split())
    assert not QuestionnairePage.objects.exists()


@pytest.mark.parametrize("role", ["anonymous", "member_a", "evaluator", "editor", "translator"])
def test_only_the_network_manager_copies_exports_and_imports(client, cast, translated, role):
    user = cast.by_role(role)
    if user is not None:
        client.force_login(user)
    urls = [
        reverse("surveys_admin:copies", args=[translated.pk]),
        reverse("surveys_admin:export", args=[translated.pk]),
        reverse("surveys_admin:import"),
    ]
    for url in urls:
        assert client.get(url).status_code in (302, 403), url
    assert client.post(urls[0], {}).status_code in (302, 403)
    assert client.post(urls[2], {"file": _file(_valid())}).status_code in (302, 403)
    assert QuestionnairePage.objects.filter(locale=Locale.get_default()).count() == 1


def test_an_imported_open_link_questionnaire_stays_anonymous(client, cast, survey_index):
    client.force_login(cast.manager)
    named = _broken(lambda d: d.update(anonymous=False))  # no access given: an open link
    assert client.post(reverse("surveys_admin:import"), {"file": _file(named)}).status_code == 302
    assert QuestionnairePage.objects.get().anonymous
