"""An event's registration questions as form fields, and the answers read back for the
participant lists and exports.

The default-language version of the event decides which questions are asked; the labels come
from the version in the reader's language where it has the same block (a question added after
the translation was made is asked in German until it is translated). Answers are stored on the
registration as {block id: value}: a code for choices (so they read in any language), a number
for childcare, the person's own words for texts.
"""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from home.text_language import TextInLanguage, language_marks, translated_text
from members.models import SpokenLanguage

from .models import EventPage, Registration
from .selectors import event_in_language

NONE = "none"
TEXT_MAX = 500
CHILDREN_MAX = 10
FIELD_PREFIX = "question_"

FOOD_CHOICES = [
    (NONE, _("No special diet")),
    ("vegetarian", _("Vegetarian")),
    ("vegan", _("Vegan")),
    ("halal", _("Halal")),
    ("kosher", _("Kosher")),
    ("no_pork", _("Without pork")),
]


@dataclass(frozen=True)
class Question:
    key: str  # the block's id, the same in every language
    kind: str
    label: str
    help_text: str
    required: bool

    @property
    def field_name(self) -> str:
        return FIELD_PREFIX + self.key


def event_questions(event: EventPage, language: str | None = None) -> list[Question]:
    original = event.original
    labels = {}
    if language:
        version = event_in_language(original, language)
        if version.pk != original.pk:
            labels = {block.id: block.value for block in version.registration_questions}
    questions = []
    for index, block in enumerate(original.registration_questions):
        value = labels.get(block.id) or block.value

        def text(name, value=value, source=block.value):
            # Untranslated (still the source's words, or not in the translation): German.
            return translated_text(
                value.get(name) or source.get(name) or "",
                source=source.get(name) or "",
                language=language if labels else settings.LANGUAGE_CODE,
            )

        questions.append(
            Question(
                # The admin's preview of an unsaved page has blocks without ids yet.
                key=block.id or f"new-{index}",
                kind=block.block_type,
                label=text("question"),
                help_text=text("help_text"),
                required=bool(block.value.get("required")),
            )
        )
    return questions


def _language_choices() -> list[tuple[str, str]]:
    return [(language.code, language.name) for language in SpokenLanguage.objects.order_by("name")]


def _marked(text: TextInLanguage):
    """Text in another language than the page's, with its `lang` and `dir` (a question not yet
    translated, in German on an Arabic page)."""
    marks = language_marks(getattr(text, "language", None))
    if not text or not marks:
        return text
    attrs = format_html_join("", ' {}="{}"', marks.items())
    return format_html("<span{}>{}</span>", attrs, text)


def form_field(question: Question) -> forms.Field:
    common = {
        "label": _marked(question.label),
        "help_text": _marked(question.help_text),
        "required": question.required,
    }
    blank = [("", "—")]
    if question.kind == "interpreting":
        choices = blank + [(NONE, _("No interpreting needed"))] + _language_choices()
        return forms.ChoiceField(choices=choices, **common)
    if question.kind == "food":
        return forms.ChoiceField(choices=blank + FOOD_CHOICES, **common)
    if question.kind == "childcare":
        return forms.IntegerField(
            min_value=0,
            max_value=CHILDREN_MAX,
            widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
            **common,
        )
    return forms.CharField(max_length=TEXT_MAX, widget=forms.Textarea(attrs={"rows": 2}), **common)


def answers_clean(questions: list[Question], answers: dict | None) -> dict:
    """Keep the answers to these questions only, as the types the lists expect; an empty
    answer is no answer. Guards the service against whatever a caller passes."""
    cleaned = {}
    kinds = {question.key: question.kind for question in questions}
    for key, value in (answers or {}).items():
        kind = kinds.get(key)
        if kind is None or value in (None, ""):
            continue
        if kind == "childcare":
            try:
                number = int(value)
            except (TypeError, ValueError):
                continue
            if 0 <= number <= CHILDREN_MAX:
                cleaned[key] = number
        else:
            cleaned[key] = str(value).strip()[:TEXT_MAX]
    return cleaned


class AnswerReader:
    """Reads the answers of many registrations with one look-up of the language names."""

    def __init__(self, questions: list[Question]):
        self.questions = questions
        self._languages = dict(_language_choices()) if questions else {}
        self._food = dict(FOOD_CHOICES)

    def _display(self, question: Question, value) -> str:
        if value in (None, ""):
            return ""
        if question.kind == "interpreting":
            if value == NONE:
                return str(_("No interpreting needed"))
            return self._languages.get(value, str(value))
        if question.kind == "food":
            return str(self._food.get(value, value))
        if question.kind == "childcare":
            return str(pgettext_lazy("childcare", "%(count)s children") % {"count": value})
        return str(value)

    def labels(self) -> list[str]:
        return [question.label for question in self.questions]

    def row(self, registration: Registration) -> list[str]:
        """One cell per question, empty where not answered (or the data is removed)."""
        answers = registration.answers or {}
        return [self._display(q, answers.get(q.key)) for q in self.questions]

    def pairs(self, registration: Registration) -> list[tuple[str, str]]:
        """The answered questions only, for the lists on screen."""
        return [
            (question.label, text)
            for question, text in zip(self.questions, self.row(registration), strict=True)
            if text
        ]
