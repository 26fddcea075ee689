"""A step's form is built from fields made once per question spec (a published questionnaire's
specs are shared by every request until the next publish) and copied for each form: forms
must stay independent of one another, and labels follow the participant's language."""

from django.utils import translation

from surveys.forms import StepForm, question_field_names, question_fields
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
