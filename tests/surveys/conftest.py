"""The surveys tests' world: the members cast, a calendar and a "Befragungen" page in every
language, a questionnaire that asks every question type (with a condition), and a driver that
goes through the wizard with the test client as a participant's browser would."""

import re

import pytest
from wagtail.models import Locale

from home.localization import translation_publish
from surveys.factories import QuestionnairePageFactory, SurveyIndexPageFactory, steps_data
from surveys.models import QuestionnairePage, SurveyIndexPage
from tests.conftest import OTHER_LANGUAGES, PageTree
from tests.events.conftest import calendar, publish_event  # noqa: F401 (fixtures)
from tests.members.conftest import PASSWORD, cast, extranet  # noqa: F401 (fixtures)
from tests.worlds import shared, world

CHOICES = ["Über meinen Verein", "Über das Netzwerk", "Über die Presse"]
TOPICS = ["Fördermittel", "Pressearbeit", "Datenschutz"]
ITEMS = ["Die Inhalte waren verständlich.", "Die Referentin war kompetent."]


def every_type_steps() -> list[dict]:
    """Three steps: every question type; step 3 has a question shown only when F2 is "nein"
    and step 3 itself is shown only when F3 is "ja"."""
    return steps_data(
        [
            (
                "Ihre Teilnahme",
                [
                    (
                        "single_choice",
                        "Wie haben Sie vom Modul erfahren?",
                        {"code": "F1", "choices": CHOICES},
                    ),
                    ("yes_no", "Waren Sie an allen Terminen da?", {"code": "F2"}),
                    ("yes_no", "Möchten Sie Anregungen geben?", {"code": "F3"}),
                    (
                        "number",
                        "Wie viele Personen aus Ihrem Verein waren dabei?",
                        {"min_value": 0, "max_value": 50},
                    ),
                ],
            ),
            (
                "Ihre Bewertung",
                [
                    (
                        "matrix",
                        "Wie sehr stimmen Sie zu?",
                        {"items": ITEMS, "low_label": "gar nicht", "high_label": "voll"},
                    ),
                    (
                        "rating",
                        "Wie zufrieden sind Sie insgesamt?",
                        {"faces": True, "low_label": "unzufrieden", "high_label": "zufrieden"},
                    ),
                    ("recommendation", "Würden Sie das Modul weiterempfehlen?", {}),
                    (
                        "short_text",
                        "Was hat Sie gehindert, immer zu kommen?",
                        {"condition": ("F2", "nein")},
                    ),
                ],
            ),
            (
                "Ihre Anregungen",
                [
                    (
                        "multiple_choice",
                        "Welche Themen wünschen Sie sich?",
                        {"choices": TOPICS, "allow_other": True},
                    ),
                    ("long_text", "Was sollten wir verbessern?", {}),
                ],
                {"condition": ("F3", "ja")},
            ),
        ]
    )


@world("survey_index", needs=("page_tree",))
def survey_index_build(page_tree: PageTree) -> SurveyIndexPage:
    page = SurveyIndexPageFactory(parent=page_tree.home, title="Befragungen", slug="befragungen")
    page.save_revision().publish()
    for language in OTHER_LANGUAGES:
        translation_publish(
            instance=page,
            locale=Locale.objects.get(language_code=language),
            strings={"Befragungen": f"Surveys [{language}]"},
        )
    return page


@pytest.fixture
def survey_index(request, page_tree) -> SurveyIndexPage:
    return shared(request, "survey_index", page_tree=page_tree)


@pytest.fixture
def publish_questionnaire(survey_index):
    """`publish_questionnaire(steps=..., translate=True, strings={...}, **fields)`; translations
    get "[xx]" appended to each translated text unless `strings` gives them."""

    def publish(*, translate: bool = False, strings=None, **fields) -> QuestionnairePage:
        fields.setdefault("steps", every_type_steps())
        page = QuestionnairePageFactory.build(**fields)
        survey_index.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        if translate:
            for language in OTHER_LANGUAGES:
                translation_publish(
                    instance=page,
                    locale=Locale.objects.get(language_code=language),
                    strings=(strings or {}).get(language)
                    or {page.title: f"{page.title} [{language}]"},
                )
        return page

    return publish


class Wizard:
    """A participant's way through a questionnaire with Django's test client."""

    def __init__(self, client, page):
        self.client = client
        self.page = page
        self.original = page.original
        self.specs = page.step_specs()
        self.prefix = f"questionnaire_{page.translation_key.hex}"

    def url(self, step=None) -> str:
        if step is None:
            return self.page.url
        return self.page.url + self.page.reverse_subpage("step_route", kwargs={"step": step})

    def question(self, text: str):
        for step in self.specs:
            for question in step.questions:
                if question.text.startswith(text):
                    return question
        raise KeyError(text)

    def start(self, **data):
        return self.client.post(self.url(), data)

    def field(self, step: str, text: str, item: str | None = None) -> str:
        question = self.question(text)
        if item is not None:
            item_id = next(i for i, label in question.items if label == item)
            return f"{step}-{question.id}__{item_id}"
        return f"{step}-{question.id}"

    def choice(self, text: str, label: str) -> str:
        question = self.question(text)
        return next(choice_id for choice_id, choice in question.choices if choice == label)

    def post(self, step: str, answers: dict, **extra):
        data = {f"{self.prefix}-current_step": step, **answers, **extra}
        return self.client.post(self.url(step), data)

    def review(self):
        return self.post("pruefen", {})


def field_names(html: str) -> set[str]:
    return set(re.findall(r'name="([^"]+)"', html))
