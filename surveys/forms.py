"""Forms: one wizard step built from its question specs, the code entry, and the manager's tools.

A step's form holds only the questions visible for the answers given so far, so a hidden question
cannot be answered by posting its field: the field does not exist.
"""

import copy

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models.codes import normalise_code
from .questions import (
    LONG_TEXT_MAX,
    NO,
    NUMBER_LIMIT,
    OTHER,
    SHORT_TEXT_MAX,
    YES,
    QuestionSpec,
    StepSpec,
    visible,
)

MATRIX_SEPARATOR = "__"
OTHER_SUFFIX = "__other"


def _scale_field(spec: QuestionSpec, required: bool, label: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=[(n, str(n)) for n in spec.scale],
        coerce=int,
        empty_value=None,
        required=required,
        widget=forms.RadioSelect,
    )


def question_fields(spec: QuestionSpec) -> dict[str, forms.Field]:
    """The form fields of one question, by field name (the block id, plus the statement id for
    a matrix and a suffix for the "other" text): copies of fields built once per spec, as a
    form copies its declared fields. Building a choice field normalises its choices twice and
    gathers its messages along the class tree, and a published questionnaire's specs are
    shared by every request until the next publish (`selectors.live_steps`)."""
    return copy.deepcopy(_fields_built_once(spec))


def question_fields_shared(spec: QuestionSpec) -> dict[str, forms.Field]:
    """The fields built once per spec themselves, for a form that is only validated and never
    shown: cleaning a value reads a field and changes nothing in it, so the copies are not
    needed there (the final POST validates every visible step)."""
    return dict(_fields_built_once(spec))


def question_field_names(spec: QuestionSpec) -> list[str]:
    return list(_fields_built_once(spec))


def _fields_built_once(spec: QuestionSpec) -> dict[str, forms.Field]:
    # Kept on the spec itself: it goes with it at the next publish. Labels that are translated
    # here are lazy, so one copy serves every language.
    built = spec.__dict__.get(_BUILT_FIELDS)
    if built is None:
        built = spec.__dict__[_BUILT_FIELDS] = _fields_built(spec)
    return built


_BUILT_FIELDS = "_form_fields"


def _fields_built(spec: QuestionSpec) -> dict[str, forms.Field]:
    required = spec.required
    kind = spec.kind
    if kind in {"rating", "recommendation"}:
        return {spec.id: _scale_field(spec, required, spec.text)}
    if kind == "matrix":
        return {
            f"{spec.id}{MATRIX_SEPARATOR}{item_id}": _scale_field(spec, required, label)
            for item_id, label in spec.items
        }
    if kind == "single_choice":
        return {
            spec.id: forms.ChoiceField(
                label=spec.text, choices=spec.choices, required=required, widget=forms.RadioSelect
            )
        }
    if kind == "multiple_choice":
        choices = list(spec.choices)
        fields: dict[str, forms.Field] = {}
        if spec.allow_other:
            choices.append((OTHER, pgettext_lazy("choice", "Other")))
        fields[spec.id] = forms.MultipleChoiceField(
            label=spec.text,
            choices=choices,
            required=required,
            widget=forms.CheckboxSelectMultiple,
        )
        if spec.allow_other:
            fields[spec.id + OTHER_SUFFIX] = forms.CharField(
                label=_("Other, namely"), required=False, max_length=SHORT_TEXT_MAX
            )
        return fields
    if kind == "yes_no":
        return {
            spec.id: forms.ChoiceField(
                label=spec.text,
                choices=[(YES, _("Yes")), (NO, _("No"))],
                required=required,
                widget=forms.RadioSelect,
            )
        }
    if kind == "short_text":
        return {
            spec.id: forms.CharField(label=spec.text, required=required, max_length=SHORT_TEXT_MAX)
        }
    if kind == "long_text":
        return {
            spec.id: forms.CharField(
                label=spec.text,
                required=required,
                max_length=LONG_TEXT_MAX,
                widget=forms.Textarea(attrs={"rows": 5}),
            )
        }
    if kind == "number":
        low = spec.min_value if spec.min_value is not None else -NUMBER_LIMIT
        high = spec.max_value if spec.max_value is not None else NUMBER_LIMIT
        return {
            spec.id: forms.IntegerField(
                label=spec.text,
                required=required,
                min_value=low,
                max_value=high,
                widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
            )
        }
    if kind == "ranking":
        places = [("", "–")] + [(n, str(n)) for n in spec.scale]
        return {
            f"{spec.id}{MATRIX_SEPARATOR}{choice_id}": forms.TypedChoiceField(
                label=label, choices=places, coerce=int, empty_value=None, required=required
            )
            for choice_id, label in spec.items
        }
    if kind == "date":
        return {
            spec.id: forms.DateField(
                label=spec.text,
                required=required,
                # What a date input sends, and what people type where there is none.
                input_formats=["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d.%m.%y"],
            )
        }
    raise ValueError(f"Unknown question type {kind!r}")


class StepForm(forms.Form):
    """The questions of one step that are visible for `answers` (those of earlier steps).
    `shown=False`: a form that is only validated, never rendered, shares its fields with every
    other such form of the questionnaire instead of copying them (`question_fields_shared`)."""

    def __init__(self, *args, step: StepSpec, answers: dict, shown: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.step = step
        self.questions = [q for q in step.questions if visible(q, answers)]
        fields_of = question_fields if shown else question_fields_shared
        for spec in self.questions:
            self.fields.update(fields_of(spec))
        # No per-form change to self.fields[...] here or in clean(): with shown=False the
        # fields are shared by every request of the process.

    def clean(self):
        cleaned = super().clean()
        for spec in self.questions:
            if spec.kind == "multiple_choice" and spec.allow_other:
                ticked = OTHER in (cleaned.get(spec.id) or [])
                text = (cleaned.get(spec.id + OTHER_SUFFIX) or "").strip()
                if ticked and not text:
                    self.add_error(spec.id + OTHER_SUFFIX, _("Please say what “other” is."))
                elif text and not ticked:
                    cleaned[spec.id] = [*(cleaned.get(spec.id) or []), OTHER]
            given = cleaned.get(spec.id)
            if spec.kind == "date" and given:
                # The limits in the participant's date format, not the validators' ISO dates.
                if spec.earliest and given < spec.earliest:
                    shown = date_format(spec.earliest, "SHORT_DATE_FORMAT")
                    self.add_error(spec.id, _("Not before %(date)s.") % {"date": shown})
                elif spec.latest and given > spec.latest:
                    shown = date_format(spec.latest, "SHORT_DATE_FORMAT")
                    self.add_error(spec.id, _("Not after %(date)s.") % {"date": shown})
            if spec.kind == "ranking":
                names = [f"{spec.id}{MATRIX_SEPARATOR}{item_id}" for item_id, _l in spec.items]
                places = [cleaned.get(name) for name in names if cleaned.get(name) is not None]
                if len(places) != len(set(places)):
                    self.add_error(names[0], _("Each place can be given only once."))
        return cleaned

    def answers(self) -> dict:
        """Question id → value (a list for multiple choice), for conditions of later steps."""
        return {spec.id: self.cleaned_data.get(spec.id) for spec in self.questions}

    def grouped(self) -> list[dict]:
        """Each question with its bound fields, for the template's fieldsets."""
        groups = []
        for spec in self.questions:
            names = question_field_names(spec)
            groups.append(
                {
                    "spec": spec,
                    "fields": [self[name] for name in names],
                    "errors": [error for name in names for error in self[name].errors],
                }
            )
        return groups


class ReviewForm(forms.Form):
    """The last step: everything is shown once more, then sent."""


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Your code"),
        max_length=40,
        help_text=_("It is printed on your sheet or in your e-mail, e.g. K7PMW-3XQDA."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(_("Please enter your code."))
        return code


class ResumeForm(forms.Form):
    saved = forms.CharField(
        label=_("Your code to continue"),
        max_length=40,
        help_text=_("You were given it when you chose to continue later, e.g. K7PM-W3XQ-DA9B."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    def clean_saved(self):
        code = normalise_code(self.cleaned_data["saved"])
        if not code:
            raise forms.ValidationError(_("Please enter your code to continue."))
        return code


class DuplicateForm(forms.Form):
    event = forms.ModelChoiceField(
        label=_("For the event or module session"),
        queryset=None,
        required=False,
        help_text=_("The copy evaluates this session; leave empty to choose later."),
    )

    def __init__(self, *args, events, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = events


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Questionnaire file (JSON)"),
        help_text=_("A file exported from this software, e.g. by another city."),
    )


class CodeBatchForm(forms.Form):
    count = forms.IntegerField(label=_("Number of codes"), min_value=1, max_value=500, initial=20)
    event = forms.ModelChoiceField(
        label=_("Event or module session"), queryset=None, required=False
    )
    label = forms.CharField(label=_("Label"), max_length=200, required=False)
    expires_at = forms.DateTimeField(
        label=_("Valid until"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )

    def __init__(self, *args, events, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = events


class PersonalLinksForm(forms.Form):
    REGISTERED, ATTENDED = "registered", "attended"

    event = forms.ModelChoiceField(label=_("Event or module session"), queryset=None)
    audience = forms.ChoiceField(
        label=_("Send to"),
        choices=[
            (REGISTERED, _("everyone registered with a place")),
            (ATTENDED, _("everyone marked as present")),
        ],
        widget=forms.RadioSelect,
        initial=ATTENDED,
    )
    expires_at = forms.DateTimeField(
        label=_("Valid until"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )

    def __init__(self, *args, events, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = events


def answer_display(spec: QuestionSpec, cleaned: dict) -> list[str]:
    """The answer to `spec` in words, one line per value, for the review step."""
    kind = spec.kind
    if kind == "ranking":
        placed = [
            (cleaned.get(f"{spec.id}{MATRIX_SEPARATOR}{item_id}"), label)
            for item_id, label in spec.items
        ]
        return [f"{place}. {label}" for place, label in sorted(p for p in placed if p[0])]
    if kind == "matrix":
        lines = []
        for item_id, label in spec.items:
            value = cleaned.get(f"{spec.id}{MATRIX_SEPARATOR}{item_id}")
            if value is not None:
                lines.append(f"{label}: {value}")
        return lines
    value = cleaned.get(spec.id)
    if value in (None, "", []):
        return []
    if kind == "yes_no":
        return [str(_("Yes")) if value == YES else str(_("No"))]
    if kind == "single_choice":
        return [dict(spec.choices).get(value, value)]
    if kind == "multiple_choice":
        labels = dict(spec.choices)
        lines = []
        for choice in value:
            if choice == OTHER:
                other = (cleaned.get(spec.id + OTHER_SUFFIX) or "").strip()
                lines.append(f"{pgettext_lazy('choice', 'Other')}: {other}")
            else:
                lines.append(labels.get(choice, choice))
        return lines
    if kind == "date":
        return [date_format(value, "DATE_FORMAT")]
    if kind in {"rating", "recommendation"}:
        ends = {spec.scale[0]: spec.low_label, spec.scale[-1]: spec.high_label}
        label = ends.get(value)
        return [f"{value} ({label})" if label else str(value)]
    return [str(value)]
