"""Reads about questionnaires, responses and codes, shared by views, panels and other apps."""

import hashlib

from django.db.models import Count, Max, Min, Q, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from events.models import EventPage
from home.page_cache import kept_in_process
from members.periods import site_day

from .models import (
    Access,
    AccessCode,
    Answer,
    CodeBatch,
    Participation,
    PersonalInvitation,
    Question,
    QuestionnairePage,
    Response,
    SavedAnswers,
)
from .models.codes import normalise_code
from .questions import OTHER, QuestionSpec, StepSpec, all_questions, build_steps


def response_count(questionnaire: QuestionnairePage) -> int:
    return Response.objects.filter(questionnaire=questionnaire.original).count()


def responses_by_language(questionnaire: QuestionnairePage) -> list[dict]:
    return list(
        Response.objects.filter(questionnaire=questionnaire.original)
        .values("language")
        .annotate(count=Count("pk"))
        .order_by("-count", "language")
    )


def questionnaires_for_module(module, *, locale: Locale | None = None) -> QuerySet:
    """Live, open-ended questionnaires that evaluate `module` (its default-language row), in the
    visitor's language where translated."""
    original_module = module.get_translation_or_none(Locale.get_default()) or module
    originals = QuestionnairePage.objects.live().filter(module=original_module)
    if locale is None:
        return originals
    return QuestionnairePage.objects.live().filter(
        translation_key__in=originals.values("translation_key"), locale=locale
    )


def code_status(
    questionnaire: QuestionnairePage, raw_code: str, now=None
) -> tuple[str, AccessCode | None]:
    """("valid" | "unknown" | "used" | "expired", the code). A code of another questionnaire is
    unknown here."""
    code = normalise_code(raw_code)
    found = (
        AccessCode.objects.select_related("batch")
        .filter(questionnaire=questionnaire.original, code=code)
        .first()
        if code
        else None
    )
    if found is None:
        return "unknown", None
    if found.used:
        return "used", found
    if found.batch.is_expired(now or timezone.now()):
        return "expired", found
    return "valid", found


def code_batches(questionnaire: QuestionnairePage) -> QuerySet[CodeBatch]:
    return (
        CodeBatch.objects.filter(questionnaire=questionnaire.original)
        .select_related("event")
        .annotate(size=Count("codes"), used=Count("codes", filter=_used_filter()))
    )


def personal_links_overview(questionnaire: QuestionnairePage) -> list[dict]:
    """Per event, how many were sent a personal link (invited), how many of them were reminded
    (and how many reminders went out), and how many personal codes were used (answered): counts
    only, never who answered, nor what. The last row is the total."""
    original = questionnaire.original
    invitations = (
        PersonalInvitation.objects.filter(questionnaire=original)
        .values("registration__event")
        .annotate(
            invited=Count("pk"),
            reminded=Count("pk", filter=Q(reminders__gt=0)),
            reminders_sent=Sum("reminders"),
        )
    )
    answered = dict(
        AccessCode.objects.filter(questionnaire=original, batch__mailed__gt=0, used=True)
        .values("batch__event")
        .annotate(count=Count("pk"))
        .values_list("batch__event", "count")
    )
    titles = dict(
        EventPage.objects.filter(
            pk__in=[row["registration__event"] for row in invitations]
        ).values_list("pk", "title")
    )
    rows = [
        {
            "event": titles.get(row["registration__event"], "–"),
            "invited": row["invited"],
            "reminded": row["reminded"],
            "reminders_sent": row["reminders_sent"] or 0,
            "answered": answered.get(row["registration__event"], 0),
        }
        for row in invitations.order_by("registration__event")
    ]
    for row in rows:
        row["open"] = max(row["invited"] - row["answered"], 0)
    if rows:
        rows.append(
            {
                "event": _("Total"),
                "total": True,
                **{
                    name: sum(row[name] for row in rows)
                    for name in ("invited", "reminded", "reminders_sent", "answered", "open")
                },
            }
        )
    return rows


def _used_filter():
    return Q(codes__used=True)


def current_questions(questionnaire: QuestionnairePage) -> dict[str, Question]:
    return {
        question.block_id: question
        for question in Question.objects.filter(questionnaire=questionnaire.original, current=True)
    }


def orphaned_answer_problems(page: QuestionnairePage) -> list[str]:
    """Why the edited steps of `page` (default language, not yet saved) would leave stored
    answers without their question, type, choice, statement or scale value. Empty when fine."""
    answered = Question.objects.filter(questionnaire_id=page.pk).annotate(n=Count("answers"))
    answered = [question for question in answered if question.n]
    if not answered:
        return []
    specs = {spec.id: spec for spec in all_questions(build_steps(page.steps))}
    problems: list[str] = []
    seen: set[str] = set()
    for question in answered:
        if question.block_id in seen:
            continue
        seen.add(question.block_id)
        spec = specs.get(question.block_id)
        if spec is None:
            problems.append(
                _("The question “%(text)s” has answers and cannot be deleted.")
                % {"text": question.text}
            )
            continue
        if spec.kind != question.kind:
            problems.append(
                _("The question “%(text)s” has answers: its type cannot change.")
                % {"text": question.text}
            )
            continue
        values = Answer.objects.filter(
            question__questionnaire_id=page.pk, question__block_id=question.block_id
        )
        if spec.kind in {"single_choice", "multiple_choice"}:
            offered = {choice_id for choice_id, _label in spec.choices}
            used = set(values.exclude(choice="").values_list("choice", flat=True).distinct())
            used.discard(OTHER) if spec.allow_other else None
            if used - offered:
                problems.append(
                    _(
                        "A choice of the question “%(text)s” has been given as an answer and "
                        "cannot be deleted."
                    )
                    % {"text": question.text}
                )
        if spec.kind in {"matrix", "ranking"}:
            offered = {item_id for item_id, _label in spec.items}
            used = set(values.exclude(item="").values_list("item", flat=True).distinct())
            if used - offered:
                problems.append(
                    _("A statement of the question “%(text)s” has answers and cannot be deleted.")
                    % {"text": question.text}
                )
        if spec.kind in {"rating", "matrix", "ranking", "number"}:
            bounds = values.aggregate(low=Min("number"), high=Max("number"))
            low = spec.min_value if spec.kind != "number" else spec.min_value
            high = spec.max_value
            if bounds["low"] is not None and (
                (low is not None and bounds["low"] < low)
                or (high is not None and bounds["high"] > high)
            ):
                problems.append(
                    _(
                        "The question “%(text)s” has answers from %(low)s to %(high)s: its range "
                        "must still include them."
                    )
                    % {"text": question.text, "low": bounds["low"], "high": bounds["high"]}
                )
    return problems


def questionnaires_open_for_member(user, locale: Locale) -> list[QuestionnairePage]:
    """Open questionnaires a member can answer now, in their language where translated: those
    for members they have not answered yet, and those with an open link."""
    answered = Participation.objects.filter(user=user).values("questionnaire")
    originals = (
        QuestionnairePage.objects.live()
        .filter(locale=Locale.get_default(), access__in=[Access.MEMBERS, Access.OPEN_LINK])
        .exclude(pk__in=answered)
    )
    now = timezone.now()
    keys = [page.translation_key for page in originals if page.is_open(now)]
    translated = {
        page.translation_key: page
        for page in QuestionnairePage.objects.live().filter(translation_key__in=keys, locale=locale)
    }
    return [
        translated.get(page.translation_key, page)
        for page in originals
        if page.translation_key in keys
    ]


def questionnaire_in_language(questionnaire: QuestionnairePage, language: str):
    """The questionnaire's translation into `language` where there is one, else the original."""
    original = questionnaire.original
    if not language or language == Locale.get_default().language_code:
        return original
    locale = Locale.objects.filter(language_code=language).first()
    translated = original.get_translation_or_none(locale) if locale else None
    return translated.specific if translated else original


def live_steps(page: QuestionnairePage) -> list[StepSpec]:
    """The steps of a questionnaire as its participant's routes serve it: built from the
    StreamField once per process and then remembered until the next purge, which every publish
    triggers. Read-only: shared by every request of this process (the one thing added to a
    spec is its form fields, built once, copied for a form that is shown and shared by forms
    that are only validated: `surveys.forms.question_fields`, `question_fields_shared`)."""
    return kept_in_process(None, "questionnaire-steps", page.step_specs, page.pk)


def specs_in_language(questionnaire: QuestionnairePage, language: str) -> list[QuestionSpec]:
    page = questionnaire_in_language(questionnaire, language)
    return [question for step in page.step_specs() for question in step.questions]


def saved_answers(questionnaire: QuestionnairePage, code: str, now=None) -> SavedAnswers | None:
    """The answers kept for later under `code` for `questionnaire`, unless expired."""
    normalised = normalise_code(code)
    if not normalised:
        return None
    return SavedAnswers.objects.filter(
        questionnaire=questionnaire.original,
        code_hash=hashlib.sha256(normalised.encode()).hexdigest(),
        expires_on__gte=site_day(now or timezone.now()),
    ).first()
