"""A step's form is built from fields made once per question spec (a published questionnaire's
specs are shared by every request until the next publish) and copied for each form that is
shown: forms must stay independent of one another, and labels follow the participant's
language. A form that is only validated shares the fields built once; validating changes
nothing in them."""

import datetime
import pickle

from django.utils import translation

from surveys.forms import StepForm, question_field_names, question_fields, question_fields_shared
from surveys.questions import QuestionSpec, StepSpec


def _step() -> StepSpec:
    questions = [
        QuestionSpec(id="q-visit", kind="yes_no", text="Waren Sie da?"),
        QuestionSpec(
            id="q-topics",
            kind="multiple_choice",
            text="Welche Themen?",
            choices=[("c-money", "Fördermittel"), ("c-press", "Pressearbeit")],
            allow_other=True,
            required=False,
        ),
        QuestionSpec(id="q-grade", kind="rating", text="Wie gut?", min_value=1, max_value=5),
    ]
    return StepSpec(
        id="s1", number=1, title="Termine", text="", condition=None, questions=questions
    )


def test_each_form_gets_fields_of_its_own():
    step = _step()
    first = StepForm(data={"q-visit": "yes", "q-grade": "9"}, step=step, answers={})
    second = StepForm(data={"q-visit": "yes", "q-grade": "4"}, step=step, answers={})

    assert not first.is_valid() and "q-grade" in first.errors
    assert second.is_valid(), second.errors
    assert second.cleaned_data["q-grade"] == 4
    for name in first.fields:
        assert first.fields[name] is not second.fields[name], name
        assert first.fields[name].widget is not second.fields[name].widget, name
    # What one form does to its fields stays with it.
    first.fields["q-visit"].widget.attrs["data-touched"] = "1"
    first.fields["q-topics"].choices = [("c-money", "Fördermittel")]
    third = StepForm(step=step, answers={})
    assert "data-touched" not in third.fields["q-visit"].widget.attrs
    assert [choice for choice, _label in third.fields["q-topics"].choices] == [
        "c-money",
        "c-press",
        "other",
    ]


def test_fields_are_built_once_per_spec_and_copied():
    step = _step()
    spec = step.questions[1]
    one, two = question_fields(spec), question_fields(spec)

    assert list(one) == question_field_names(spec) == ["q-topics", "q-topics__other"]
    assert one["q-topics"] is not two["q-topics"]
    # A spec built anew (the next publish) gets fields built anew.
    rebuilt = _step().questions[1]
    rebuilt.choices = [("c-law", "Vereinsrecht")]
    assert [c for c, _l in question_fields(rebuilt)["q-topics"].choices] == ["c-law", "other"]


def test_labels_of_copied_fields_follow_the_language():
    step = _step()
    with translation.override("de"):
        german = StepForm(step=step, answers={})
        assert [str(label) for _v, label in german.fields["q-visit"].choices] == ["Ja", "Nein"]
    with translation.override("en"):
        english = StepForm(step=step, answers={})
        assert [str(label) for _v, label in english.fields["q-visit"].choices] == ["Yes", "No"]
        assert str(english.fields["q-topics__other"].label) == "Other, namely"


def _every_kind() -> StepSpec:
    questions = [
        *_step().questions,
        QuestionSpec(id="q-when", kind="date", text="Wann?", required=False),
        QuestionSpec(id="q-people", kind="number", text="Wie viele?", min_value=1, max_value=9),
        QuestionSpec(
            id="q-order",
            kind="ranking",
            text="Reihenfolge",
            items=[("i-a", "A"), ("i-b", "B")],
            min_value=1,
            max_value=2,
        ),
        QuestionSpec(id="q-note", kind="short_text", text="Hinweis", required=False),
        QuestionSpec(id="q-story", kind="long_text", text="Erzählen Sie", required=False),
        QuestionSpec(id="q-way", kind="single_choice", text="Wie?", choices=[("c-web", "Web")]),
        QuestionSpec(
            id="q-agree",
            kind="matrix",
            text="Zustimmung",
            items=[("i-clear", "Klar")],
            min_value=1,
            max_value=4,
        ),
        QuestionSpec(id="q-score", kind="recommendation", text="Empfehlen?"),
    ]
    return StepSpec(id="s2", number=2, title="Alles", text="", condition=None, questions=questions)


def test_validated_forms_share_the_fields_built_once_and_leave_them_as_they_were():
    step = _every_kind()
    built = {}
    for spec in step.questions:
        built.update(question_fields_shared(spec))
    before = pickle.dumps(built)
    bad = {
        "q-visit": "maybe",
        "q-grade": "9",
        "q-when": "31.02.2026",
        "q-people": "0",
        "q-story": "x" * 10_000,
        "q-way": "c-gone",
        "q-agree__i-clear": "5",
        "q-score": "11",
    }
    good = {
        "q-visit": "no",
        "q-topics": ["c-press", "other"],
        "q-topics__other": "Satzung",
        "q-grade": "3",
        "q-when": "01.03.2026",
        "q-people": "4",
        "q-order__i-a": "2",
        "q-order__i-b": "1",
        "q-story": "Gut.",
        "q-way": "c-web",
        "q-agree__i-clear": "4",
        "q-score": "10",
    }
    forms = [StepForm(data=data, step=step, answers={}, shown=False) for data in (bad, good, bad)]
    first, second, third = forms

    for name, field in built.items():
        assert first.fields[name] is field, name
        assert second.fields[name] is field, name
    assert not first.is_valid()
    assert set(first.errors) == {
        "q-visit",
        "q-grade",
        "q-when",
        "q-people",
        "q-story",
        "q-way",
        "q-agree__i-clear",
        "q-score",
        "q-order__i-a",
        "q-order__i-b",
    }
    assert second.is_valid(), second.errors
    assert second.cleaned_data["q-when"] == datetime.date(2026, 3, 1)
    assert second.cleaned_data["q-people"] == 4
    assert second.cleaned_data["q-order__i-b"] == 1
    assert second.cleaned_data["q-agree__i-clear"] == 4 and second.cleaned_data["q-score"] == 10
    assert third.errors == first.errors
    # Validating, right or wrong, changed nothing in the shared fields.
    assert pickle.dumps(built) == before
    # A form that is shown still gets copies, whatever validated forms did before.
    shown = StepForm(data=good, step=step, answers={})
    for name, field in built.items():
        assert shown.fields[name] is not field, name
    assert shown.is_valid(), shown.errors
