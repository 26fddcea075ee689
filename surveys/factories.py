"""Factories for questionnaires, shared by the tests and the demo-data command.

`steps_data` turns a compact description of steps and questions into StreamField data with
block ids, so that a test or the seed can say what it asks in a few lines:

    steps_data([("Ihre Bewertung", [("rating", "Wie zufrieden …?", {"code": "F1"})])])
"""

import uuid

import factory
import wagtail_factories

from .models import QuestionnairePage, SurveyIndexPage

DEFAULTS = {
    "rating": {"min_value": 1, "max_value": 5, "low_label": "", "high_label": "", "faces": False},
    "matrix": {"min_value": 1, "max_value": 5, "low_label": "", "high_label": "", "items": []},
    "single_choice": {"choices": []},
    "multiple_choice": {"choices": [], "allow_other": False},
    "yes_no": {},
    "short_text": {},
    "long_text": {},
    "number": {"min_value": None, "max_value": None},
    "recommendation": {"low_label": "", "high_label": ""},
    "ranking": {"choices": []},
    "date": {"earliest": None, "latest": None},
}


def _list(values: list[str]) -> list[dict]:
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def _condition(condition: tuple[str, str] | dict | None) -> dict:
    """("F2", "nein"), or {"all": [...]} / {"any": [...]} of such pairs for several questions."""
    if isinstance(condition, dict):
        (match, parts), *_rest = condition.items()
    else:
        match, parts = "all", [condition or ("", "")]
    (question, value), *more = parts
    return {
        "question": question,
        "answer": value,
        "also": [
            {"type": "item", "value": {"question": q, "answer": a}, "id": str(uuid.uuid4())}
            for q, a in more
        ],
        "match": match,
    }


def question_data(kind: str, text: str, options: dict | None = None) -> dict:
    options = dict(options or {})
    value = {
        "text": text,
        "help_text": options.pop("help_text", ""),
        "code": options.pop("code", ""),
        "required": options.pop("required", kind not in {"short_text", "long_text"}),
        "condition": _condition(options.pop("condition", None)),
        **DEFAULTS[kind],
    }
    for name in ("choices", "items"):
        if name in options:
            value[name] = _list(options.pop(name))
    value.update(options)
    return {"type": kind, "value": value, "id": options.get("id") or str(uuid.uuid4())}


def steps_data(steps: list) -> list[dict]:
    """[(title, [(kind, text, options), ...]) or (title, questions, {"text", "condition"})]."""
    data = []
    for step in steps:
        title, questions, extra = (*step, {})[:3]
        data.append(
            {
                "type": "step",
                "id": str(uuid.uuid4()),
                "value": {
                    "title": title,
                    "text": extra.get("text", ""),
                    "condition": _condition(extra.get("condition")),
                    "questions": [question_data(*question) for question in questions],
                },
            }
        )
    return data


class SurveyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Befragungen"
    slug = factory.Sequence(lambda n: f"befragungen-{n}")

    class Meta:
        model = SurveyIndexPage


class QuestionnairePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Fragebogen {n}")
    slug = factory.Sequence(lambda n: f"fragebogen-{n}")
    intro = "<p>Ihre Meinung hilft uns, die Module zu verbessern.</p>"
    closing_text = "<p>Vielen Dank!</p>"
    steps = factory.LazyFunction(
        lambda: steps_data([("Bewertung", [("rating", "Wie zufrieden sind Sie?", {})])])
    )

    class Meta:
        model = QuestionnairePage
