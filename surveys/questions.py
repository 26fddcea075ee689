"""A questionnaire's steps and questions as plain data, read from its blocks.

The structure (ids, types, choices, scales, conditions) always comes from the default-language
page, so that every translation asks exactly the same questions with the same answer values; the
texts come from the participant's language where that translation has them, else from the
original. Forms, the wizard, storage and exports all work from these specs. A translation's
question text and help text carry the language they are really in (`TextInLanguage`), so that
what nobody has translated yet is marked German on the participant's page.
"""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from home.text_language import translated_text

YES, NO = "yes", "no"
YES_WORDS = {"ja", "yes", "evet", "oui", "да", "نعم"}
NO_WORDS = {"nein", "no", "hayır", "non", "нет", "لا"}
OTHER = "other"

SCALE_KINDS = {"rating", "matrix", "recommendation"}
# Several statements (a matrix) or choices (a ranking), each with a number: one row per item.
ITEM_KINDS = {"matrix", "ranking"}
CHOICE_KINDS = {"single_choice", "multiple_choice"}
TEXT_KINDS = {"short_text", "long_text"}

SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 5000
NUMBER_LIMIT = 1_000_000_000


@dataclass(frozen=True)
class Condition:
    """Show something only when the question `question_id` has the answer `value` (a choice id,
    "yes"/"no" or a number as text)."""

    question_id: str
    value: str

    def holds(self, answers: dict) -> bool:
        given = answers.get(self.question_id)
        if isinstance(given, list | tuple | set):
            return self.value in {str(v) for v in given}
        return given is not None and str(given) == self.value


@dataclass(frozen=True)
class Conditions:
    """A condition on several questions: all of `parts` hold, or (`any_of`) one of them."""

    parts: tuple[Condition, ...]
    any_of: bool = False

    def holds(self, answers: dict) -> bool:
        results = (part.holds(answers) for part in self.parts)
        return any(results) if self.any_of else all(results)


@dataclass
class QuestionSpec:
    id: str
    kind: str
    text: str
    help_text: str = ""
    code: str = ""
    required: bool = True
    condition: Condition | Conditions | None = None
    choices: list[tuple[str, str]] = field(default_factory=list)  # (id, label)
    items: list[tuple[str, str]] = field(default_factory=list)  # matrix statements (id, label)
    min_value: int | None = None
    max_value: int | None = None
    low_label: str = ""
    high_label: str = ""
    faces: bool = False
    allow_other: bool = False
    earliest: datetime.date | None = None
    latest: datetime.date | None = None

    @property
    def scale(self) -> list[int]:
        if self.kind == "recommendation":
            return list(range(0, 11))
        if self.kind in {"rating", "matrix", "ranking"}:
            return list(range(self.min_value, self.max_value + 1))
        return []

    @property
    def shows_faces(self) -> bool:
        return self.faces and self.kind == "rating" and len(self.scale) <= 5

    def choice_label(self, value: str) -> str:
        if self.kind == "yes_no":
            return {YES: "yes", NO: "no"}.get(value, value)
        return dict(self.choices).get(value, value)


@dataclass
class StepSpec:
    id: str
    number: int  # position among all steps, 1-based: the step's URL name
    title: str
    text: str
    condition: Condition | Conditions | None
    questions: list[QuestionSpec]

    @property
    def key(self) -> str:
        return str(self.number)


def _texts_by_id(steps_value) -> dict[str, dict]:
    """Every block id of a (translated) questionnaire → its texts, for lending to the specs."""
    texts: dict[str, dict] = {}
    for step in steps_value:
        texts[step.id] = {"title": step.value["title"], "text": step.value["text"]}
        for question in step.value["questions"]:
            value = question.value
            entry = {
                "text": value["text"],
                "help_text": value["help_text"],
                "low_label": value.get("low_label") or "",
                "high_label": value.get("high_label") or "",
            }
            for name in ("choices", "items"):
                if name in value:
                    entry[name] = {child.id: child.value for child in value[name].bound_blocks}
            texts[question.id] = entry
    return texts


def condition_parts(raw) -> list[tuple[str, str]]:
    """(code, answer as written) of every question a condition names: the first, then the
    further ones; empty codes left out."""
    raw = raw or {}
    parts = [(raw.get("question") or "", raw.get("answer") or "")]
    for part in raw.get("also") or []:
        parts.append((part.get("question") or "", part.get("answer") or ""))
    return [(code.strip(), answer) for code, answer in parts if code and code.strip()]


def _condition(raw, by_code: dict[str, QuestionSpec]) -> Condition | Conditions | None:
    parts = []
    for code, written in condition_parts(raw):
        target = by_code.get(code.casefold())
        value = resolve_condition_value(target, written) if target is not None else None
        if value is not None:
            parts.append(Condition(target.id, value))
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return Conditions(tuple(parts), any_of=(raw or {}).get("match") == "any")


def resolve_condition_value(target: QuestionSpec, written: str) -> str | None:
    """The stored answer value that `written` (as the editor typed it) stands for, or None."""
    written = (written or "").strip()
    if target.kind == "yes_no":
        folded = written.casefold()
        if folded in YES_WORDS:
            return YES
        if folded in NO_WORDS:
            return NO
        return None
    if target.kind in CHOICE_KINDS:
        for choice_id, label in target.choices:
            if label.strip().casefold() == written.casefold():
                return choice_id
        return None
    if target.kind in {"rating", "recommendation", "number"}:
        try:
            return str(int(written))
        except ValueError:
            return None
    return None


def build_steps(
    original_steps, translated_steps=None, language: str | None = None
) -> list[StepSpec]:
    """The specs of `original_steps`, with the texts of `translated_steps` (written in
    `language`) where they have them."""
    texts = _texts_by_id(translated_steps) if translated_steps is not None else {}
    by_code: dict[str, QuestionSpec] = {}
    steps: list[StepSpec] = []
    for number, step in enumerate(original_steps, start=1):
        step_texts = texts.get(step.id, {})
        step_condition = _condition(step.value["condition"], by_code)
        questions = []
        for question in step.value["questions"]:
            value = question.value
            own = texts.get(question.id, {})
            kind = question.block.kind

            def lent(name, default="", own=own, value=value):
                return own.get(name) or value.get(name) or default

            def marked(name, own=own, value=value):
                # A text the translation still has from the original (or lacks) is German.
                text, source = lent(name), value.get(name) or ""
                return translated_text(text, source=source, language=language) if language else text

            spec = QuestionSpec(
                id=question.id,
                kind=kind,
                text=marked("text"),
                help_text=marked("help_text"),
                code=(value.get("code") or "").strip(),
                required=bool(value.get("required")),
                condition=_condition(value["condition"], by_code),
                low_label=lent("low_label"),
                high_label=lent("high_label"),
                faces=bool(value.get("faces")),
                allow_other=bool(value.get("allow_other")),
                min_value=value.get("min_value"),
                max_value=value.get("max_value"),
                earliest=value.get("earliest"),
                latest=value.get("latest"),
            )
            if kind == "recommendation":
                spec.min_value, spec.max_value = 0, 10
            for name in ("choices", "items"):
                if name in value:
                    labels = own.get(name, {})
                    setattr(
                        spec,
                        name,
                        [
                            (child.id, labels.get(child.id) or child.value)
                            for child in value[name].bound_blocks
                        ],
                    )
            if kind == "ranking":
                # Each choice gets a place, 1 to n: stored like a matrix's statements.
                spec.items = list(spec.choices)
                spec.min_value, spec.max_value = 1, len(spec.choices)
            questions.append(spec)
        # Conditions refer to earlier steps only: a step is answered before the next is built,
        # which is what lets the server decide without JavaScript.
        for spec in questions:
            if spec.code:
                by_code.setdefault(spec.code.casefold(), spec)
        steps.append(
            StepSpec(
                id=step.id,
                number=number,
                title=step_texts.get("title") or step.value["title"],
                text=step_texts.get("text") or step.value["text"],
                condition=step_condition,
                questions=questions,
            )
        )
    return steps


def all_questions(steps: list[StepSpec]) -> list[QuestionSpec]:
    return [question for step in steps for question in step.questions]


def visible(thing: StepSpec | QuestionSpec, answers: dict) -> bool:
    return thing.condition is None or thing.condition.holds(answers)


def condition_problems(original_steps) -> list[str]:
    """What is wrong with the conditions and codes as written, for the editor (German original).
    An empty list means every condition names questions of earlier steps and their answers: a
    condition on the same or a later step, or on itself, could never be decided before it is
    asked (or would go round in a circle), so it is refused."""
    problems: list[str] = []
    seen: dict[str, QuestionSpec] = {}
    specs = build_steps(original_steps)
    everywhere = {q.code.casefold() for step in specs for q in step.questions if q.code}

    def check(raw, where: str, own_code: str = ""):
        for code, written in condition_parts(raw):
            target = seen.get(code.casefold())
            if target is None and code.casefold() == own_code.casefold():
                problems.append(
                    _("%(where)s: the condition names the question itself (“%(code)s”).")
                    % {"where": where, "code": code}
                )
            elif target is None and code.casefold() in everywhere:
                problems.append(
                    _(
                        "%(where)s: the question “%(code)s” comes in the same step or later. A "
                        "condition can only look at questions of earlier steps, which are "
                        "answered before it is decided."
                    )
                    % {"where": where, "code": code}
                )
            elif target is None:
                problems.append(
                    _("%(where)s: no question in an earlier step has the code “%(code)s”.")
                    % {"where": where, "code": code}
                )
            elif resolve_condition_value(target, written) is None:
                problems.append(
                    _("%(where)s: “%(value)s” is not an answer of the question “%(code)s”.")
                    % {"where": where, "value": written, "code": code}
                )

    for step_block, step in zip(original_steps, specs, strict=True):
        check(step_block.value["condition"], _("Step “%(title)s”") % {"title": step.title})
        for question_block, question in zip(
            step_block.value["questions"], step.questions, strict=True
        ):
            check(
                question_block.value["condition"],
                _("Question “%(text)s”") % {"text": question.text},
                question.code,
            )
        for question in step.questions:
            if question.code:
                if question.code.casefold() in seen:
                    problems.append(
                        _("The code “%(code)s” is used twice.") % {"code": question.code}
                    )
                seen[question.code.casefold()] = question
    return problems
