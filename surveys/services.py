"""Writes about questionnaires: a response with its answers, the questions' wordings, codes and
personal links.

`response_submit` is one transaction that writes the response and its answers and uses up the
code (or records a member's participation). Repeats are refused by the database itself: the
wizard's submission key, the code's `used` flag (set by a conditional UPDATE) and a member's
participation are each guarded by a constraint or a compare-and-set, which also holds on SQLite,
where `select_for_update` does nothing.
"""

import datetime
import hashlib
import json
import logging
import secrets
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from events.models import RegistrationStatus
from events.selectors import event_in_language, participants
from home.errors import DomainError
from home.localization import translation_publish
from home.mail import queue_mail
from home.page_cache import forget_local, kept_in_process
from home.plain_writes import PlainWrites
from members.access import is_network_member
from members.periods import site_day

from .exchange import questionnaire_data, read_questionnaire_file
from .forms import MATRIX_SEPARATOR, OTHER_SUFFIX
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
    SurveyIndexPage,
)
from .models.codes import CODE_ALPHABET, CODE_LENGTH, normalise_code
from .questions import ITEM_KINDS, OTHER, QuestionSpec, StepSpec, all_questions, build_steps
from .selectors import code_status

logger = logging.getLogger(__name__)


class SurveyError(DomainError):
    """Why a response cannot be taken; `message` is for the participant, in their language."""

    MESSAGES = {
        "closed": _("This questionnaire is closed: it no longer takes answers."),
        "not_yet": _("This questionnaire is not open yet."),
        "code_unknown": _("We do not know this code. Please check it and try again."),
        "code_used": _("This code has already been used. Each code can be used once."),
        "code_expired": _("This code is no longer valid."),
        "code_required": _("This questionnaire needs a code."),
        "members_only": _("Only members of the network can answer this questionnaire."),
        "already_answered": _("You have already answered this questionnaire. Thank you!"),
        "already_submitted": _("Your answers have already been saved. Thank you!"),
        "no_index": _("There is no “Befragungen” page in the default language to put it under."),
    }


@dataclass(frozen=True)
class AnswerValue:
    question_id: str
    item: str = ""
    choice: str = ""
    number: int | None = None
    text: str = ""


# Questions and their wordings ------------------------------------------------------------------


def _wording(spec: QuestionSpec) -> tuple[str, dict]:
    options: dict = {}
    if spec.choices:
        options["choices"] = [list(pair) for pair in spec.choices]
    if spec.items:
        options["items"] = [list(pair) for pair in spec.items]
    if spec.scale:
        options["min"], options["max"] = spec.scale[0], spec.scale[-1]
    if spec.allow_other:
        options["other"] = True
    digest = hashlib.sha256(
        json.dumps([spec.kind, spec.text, options], sort_keys=True).encode()
    ).hexdigest()
    return digest, options


def questions_sync(questionnaire: QuestionnairePage) -> dict[str, Question]:
    """Make the `Question` rows match the live default-language questionnaire: a new row for
    a new question or a new wording, the old wording kept (no longer current) for its answers.
    Returns block id → current row."""
    original = questionnaire.original
    steps = build_steps(original.steps)
    with transaction.atomic():
        # One writer at a time per questionnaire (a row lock; BEGIN IMMEDIATE on SQLite).
        QuestionnairePage.objects.select_for_update().filter(pk=original.pk).first()
        rows = {
            (row.block_id, row.wording): row
            for row in Question.objects.filter(questionnaire=original)
        }
        current: dict[str, Question] = {}
        position = 0
        for step in steps:
            for spec in step.questions:
                position += 1
                digest, options = _wording(spec)
                row = rows.get((spec.id, digest))
                if row is None:
                    Question.objects.filter(
                        questionnaire=original, block_id=spec.id, current=True
                    ).update(current=False)
                    row = Question.objects.create(
                        questionnaire=original,
                        block_id=spec.id,
                        step_id=step.id,
                        position=position,
                        kind=spec.kind,
                        code=spec.code,
                        text=spec.text,
                        options=options,
                        wording=digest,
                        current=True,
                    )
                elif (
                    not row.current
                    or row.position != position
                    or row.step_id != step.id
                    or row.code != spec.code
                ):
                    if not row.current:
                        Question.objects.filter(
                            questionnaire=original, block_id=spec.id, current=True
                        ).update(current=False)
                    row.current, row.position, row.step_id, row.code = (
                        True,
                        position,
                        step.id,
                        spec.code,
                    )
                    row.save(update_fields=["current", "position", "step_id", "code"])
                current[spec.id] = row
        # Questions that are gone keep their rows (and answers) but are no longer current.
        Question.objects.filter(questionnaire=original, current=True).exclude(
            block_id__in=current.keys()
        ).update(current=False)
    return current


def _current_questions(original: QuestionnairePage, specs: list[QuestionSpec]) -> dict:
    rows = {
        row.block_id: row for row in Question.objects.filter(questionnaire=original, current=True)
    }
    for spec in specs:
        row = rows.get(spec.id)
        if row is None or row.wording != _wording(spec)[0]:
            return questions_sync(original)
    return rows


def current_question_ids(original: QuestionnairePage) -> dict[str, int]:
    """Block id → id of its current `Question` row, the rows synced first when the wording
    changed. Remembered in this process until the next purge (every publish purges, and only a
    publish changes the wordings). Called outside any transaction of the caller's, so that it
    never remembers rows a rollback takes back."""

    def compute():
        specs = all_questions(build_steps(original.steps))
        return {block_id: row.pk for block_id, row in _current_questions(original, specs).items()}

    return kept_in_process(None, "questionnaire-questions", compute, original.pk)


# Answers ---------------------------------------------------------------------------------------


def answers_from_steps(steps: list[StepSpec], cleaned: dict) -> list[AnswerValue]:
    """Stored values from the wizard's cleaned data of the visible questions (`cleaned`: field
    name → value; hidden questions have no field and no value)."""
    values: list[AnswerValue] = []
    for spec in all_questions(steps):
        kind = spec.kind
        if kind in ITEM_KINDS:
            for item_id, _label in spec.items:
                number = cleaned.get(f"{spec.id}{MATRIX_SEPARATOR}{item_id}")
                if number is not None:
                    values.append(AnswerValue(spec.id, item=item_id, number=int(number)))
            continue
        if spec.id not in cleaned:
            continue
        value = cleaned[spec.id]
        if value in (None, "", []):
            continue
        if kind in {"rating", "recommendation", "number"}:
            values.append(AnswerValue(spec.id, number=int(value)))
        elif kind in {"single_choice", "yes_no"}:
            values.append(AnswerValue(spec.id, choice=str(value)))
        elif kind == "multiple_choice":
            for choice in value:
                text = (
                    (cleaned.get(spec.id + OTHER_SUFFIX) or "").strip() if choice == OTHER else ""
                )
                values.append(AnswerValue(spec.id, choice=choice, text=text))
        else:
            values.append(AnswerValue(spec.id, text=str(value).strip()))
    return values


def response_submit(
    *,
    questionnaire: QuestionnairePage,
    language: str,
    answers: list[AnswerValue],
    submission_key: uuid.UUID,
    code: str = "",
    user=None,
    saved_code: str = "",
    session=None,
    now: datetime.datetime | None = None,
) -> Response:
    """Store one response in one transaction, or raise `SurveyError` and store nothing. The
    answers kept for later under `saved_code` (if any) are deleted in the same transaction.
    `session`, the participant's session as it is once the response is stored, is written in
    that transaction too when its store can (`home.sessions`: one round trip fewer)."""
    original = questionnaire.original
    now = now or timezone.now()
    state = original.state(now)
    if state != "open":
        raise SurveyError(state if state == "not_yet" else "closed")
    if original.access == Access.MEMBERS and not is_network_member(user):
        raise SurveyError("members_only")
    access_code = None
    if original.access == Access.CODES:
        status, access_code = code_status(original, code, now)
        if status == "used" and Response.objects.filter(submission_key=submission_key).exists():
            # This very wizard used the code a moment ago (a double click): already sent.
            raise SurveyError("already_submitted")
        if status != "valid":
            raise SurveyError("code_required" if not code else f"code_{status}")
    questions = current_question_ids(original)
    response = Response(
        id=uuid.uuid4(),
        questionnaire=original,
        language=language,
        # The site's day, so that a report's period counts it wherever it is read.
        submitted_on=site_day(now),
        event_id=access_code.batch.event_id if access_code else original.event_id,
        anonymous=original.anonymous,
        # Anonymous responses keep neither (a check constraint refuses them too).
        user_id=None if original.anonymous else getattr(user, "pk", None),
        access_code_id=None if original.anonymous else getattr(access_code, "pk", None),
        submission_key=submission_key,
    )
    # All rows in one round trip and one transaction (home.plain_writes). The response first:
    # a repeat of the same wizard fails there, before anything else.
    writes = PlainWrites(Response)
    fields = Response._meta.concrete_fields
    writes.insert(
        Response,
        [field.name for field in fields],
        [tuple(getattr(response, field.attname) for field in fields)],
    )
    if original.access == Access.MEMBERS:
        # Its own id, and nothing that leads to the response (see the model).
        writes.insert(
            Participation, ["id", "questionnaire", "user"], [(uuid.uuid4(), original.pk, user.pk)]
        )
    if saved_code:
        writes.delete(SavedAnswers, "code_hash", saved_answers_hash(saved_code))
    writes.insert(
        Answer,
        ANSWER_FIELDS,
        [
            (
                response.pk,
                questions[value.question_id],
                value.item,
                value.choice,
                value.number,
                value.text,
                False,
            )
            for value in answers
            if value.question_id in questions
        ],
    )
    # Last: its row count is the one `send` returns.
    session_written = session.write_with(writes) if hasattr(session, "write_with") else None
    try:
        if access_code is None:
            rows = writes.send()
        else:
            with transaction.atomic():
                # No savepoint of its own: a failure here rolls the whole block back anyway.
                rows = writes.send(savepoint=False)
                # Compare-and-set: of simultaneous requests with one code, exactly one gets a row.
                burnt = AccessCode.objects.filter(pk=access_code.pk, used=False).update(used=True)
                if not burnt:
                    raise SurveyError("code_used")
    except IntegrityError:
        # The same wizard again (double click), a member's second response, or, for a named
        # questionnaire, its code stored by someone else's response a moment ago. Anything
        # else is a fault, and stays one; what this process remembers is dropped, so that
        # question ids gone stale (remembered inside a transaction that was rolled back)
        # cannot fail a second submission.
        if Response.objects.filter(submission_key=submission_key).exists():
            raise SurveyError("already_submitted") from None
        if (
            original.access == Access.MEMBERS
            and Participation.objects.filter(questionnaire=original, user=user).exists()
        ):
            raise SurveyError("already_answered") from None
        if access_code is not None and Response.objects.filter(access_code=access_code).exists():
            raise SurveyError("code_used") from None
        forget_local()
        raise
    if session_written is not None:
        session_written(rows)
    response._state.adding = False
    response._state.db = writes.using
    return response


# Every column of an answer but its id, in the order of the rows `response_submit` writes.
ANSWER_FIELDS = ["response", "question", "item", "choice", "number", "text", "quoted"]


# Answers kept for later ------------------------------------------------------------------------

RESUME_CODE_LENGTH = 12  # 59 bits; three groups of four, so it is never taken for an access code


def resume_code_new() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(RESUME_CODE_LENGTH))


def saved_answers_hash(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def saved_answers_keep(
    *, questionnaire: QuestionnairePage, code: str, data: dict, now=None
) -> SavedAnswers:
    """Keep (or update) the unfinished answers under `code` until the day
    `SURVEY_SAVED_ANSWERS_DAYS` from now, and remove what has expired. `data` is the wizard's
    step data and nothing else: no code, user, address or submission key."""
    today = site_day(now or timezone.now())
    with transaction.atomic():
        SavedAnswers.objects.filter(expires_on__lt=today).delete()
        saved, _created = SavedAnswers.objects.update_or_create(
            code_hash=saved_answers_hash(code),
            defaults={
                "questionnaire": questionnaire.original,
                "data": data,
                "expires_on": today + datetime.timedelta(days=settings.SURVEY_SAVED_ANSWERS_DAYS),
            },
        )
    return saved


def saved_answers_drop(*, code: str) -> None:
    if code:
        SavedAnswers.objects.filter(code_hash=saved_answers_hash(code)).delete()


# Copies and files -------------------------------------------------------------------------------


def questionnaire_import(
    *, data: dict, by=None, event=None, module=None, parent=None
) -> QuestionnairePage:
    """A new draft questionnaire from `data` (`exchange.read_questionnaire_file`, checked),
    below the default language's "Befragungen" (or `parent`), with a draft translation into
    each language the data translates. Block ids are kept, so that copies of one questionnaire
    ask the same questions; its answers, codes and dates are its own."""
    default = Locale.get_default()
    if parent is None:
        parent = SurveyIndexPage.objects.filter(locale=default).first()
        if parent is None:
            raise SurveyError("no_index")
    slug = base = slugify(data["title"])[:60] or "fragebogen"
    number = 1
    while QuestionnairePage.objects.child_of(parent).filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    with transaction.atomic():
        page = QuestionnairePage(
            title=data["title"],
            slug=slug,
            intro=data["intro"],
            closing_text=data["closing_text"],
            access=data["access"],
            anonymous=data["anonymous"],
            steps=data["steps"],
            event=event.original if event is not None else None,
            module=module,
            live=False,
        )
        parent.add_child(instance=page)
        page.save_revision(user=by, log_action=True)
        for language, strings in data["translations"].items():
            locale = Locale.objects.filter(language_code=language).first()
            if locale is not None:
                translation_publish(
                    instance=page, locale=locale, strings=strings, user=by, publish=False
                )
    return page


def questionnaire_duplicate(*, questionnaire: QuestionnairePage, by=None, event=None):
    """A draft copy of `questionnaire` with all its languages, for `event` (the next module
    session, say): the same questions, none of the answers, codes, invitations or dates."""
    original = questionnaire.original
    data = read_questionnaire_file(json.dumps(questionnaire_data(original)).encode())
    title = str(_("%(title)s (copy)")) % {"title": original.title}
    data["title"] = title[:255]
    return questionnaire_import(
        data=data,
        by=by,
        event=event,
        module=original.module,
        parent=original.get_parent(),
    )


# Codes and personal links ----------------------------------------------------------------------


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def codes_generate(
    *,
    questionnaire: QuestionnairePage,
    count: int,
    by=None,
    event=None,
    label: str = "",
    expires_at: datetime.datetime | None = None,
) -> CodeBatch:
    """A batch of `count` fresh single-use codes for `questionnaire` (and `event`, its session)."""
    original = questionnaire.original
    with transaction.atomic():
        batch = CodeBatch.objects.create(
            questionnaire=original,
            event=event.original if event is not None else None,
            label=label,
            expires_at=expires_at,
            created_by=by,
        )
        made = 0
        while made < count:
            wanted = {_new_code() for _ in range(count - made)}
            taken = set(AccessCode.objects.filter(code__in=wanted).values_list("code", flat=True))
            fresh = wanted - taken
            AccessCode.objects.bulk_create(
                AccessCode(batch=batch, questionnaire=original, code=code) for code in fresh
            )
            made += len(fresh)
    return batch


def code_url(questionnaire: QuestionnairePage, code: str, language: str | None = None) -> str:
    """The absolute link that opens the questionnaire (in `language` where translated) with
    `code` filled in: what a QR code and a personal e-mail carry."""
    page = questionnaire
    if language:
        locale = Locale.objects.filter(language_code=language).first()
        translated = questionnaire.get_translation_or_none(locale) if locale else None
        if translated is not None and translated.live:
            page = translated.specific
    return f"{page.full_url}?code={code}"


def personal_code(
    *, questionnaire_pk: int, registration_pk: int, attempt: int, secret: str | None = None
) -> str:
    """The code a registration's personal link to a questionnaire carries: derived from the
    server's secret, not stored beside the person, so that a reminder carries the same code
    while the database alone never tells whose code is whose."""
    digest = salted_hmac(
        "surveys.personal_code",
        f"{questionnaire_pk}:{registration_pk}:{attempt}",
        secret=secret,
        algorithm="sha256",
    ).digest()
    number = int.from_bytes(digest, "big")
    characters = []
    for _position in range(CODE_LENGTH):
        number, index = divmod(number, len(CODE_ALPHABET))
        characters.append(CODE_ALPHABET[index])
    return "".join(characters)


def _first_code(questionnaire: QuestionnairePage, invitation: PersonalInvitation):
    """The code the invitation was sent with, under the current secret or a former one (after
    the secret was rotated, `SECRET_KEY_FALLBACKS`); None if it no longer exists."""
    for secret in [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]:
        code = personal_code(
            questionnaire_pk=questionnaire.pk,
            registration_pk=invitation.registration_id,
            attempt=invitation.attempt,
            secret=secret,
        )
        found = (
            AccessCode.objects.filter(questionnaire=questionnaire, code=code)
            .select_related("batch")
            .first()
        )
        if found is not None:
            return found
    return None


def _fresh_code(questionnaire: QuestionnairePage, registration, attempt: int) -> tuple[str, int]:
    """The first derived code from `attempt` on that no other code has taken."""
    while True:
        code = personal_code(
            questionnaire_pk=questionnaire.pk, registration_pk=registration.pk, attempt=attempt
        )
        if not AccessCode.objects.filter(code=code).exists():
            return code, attempt
        attempt += 1


@dataclass
class PersonalLinks:
    """What sending personal links did: the batch of new codes (None if nobody was new), how
    many people were invited for the first time, how many were reminded with their first code,
    and how many were left out because their code is used (they answered)."""

    batch: CodeBatch | None
    invited: int
    reminded: int
    answered: int


@transaction.atomic
def personal_links_send(
    *,
    questionnaire: QuestionnairePage,
    event,
    attended_only: bool,
    by=None,
    expires_at: datetime.datetime | None = None,
) -> PersonalLinks:
    """E-mail each registrant (or each attendee) of `event` a link with a code of their own, in
    their language. Whoever was sent a link before gets a reminder with the same code (unless
    it is used, or no longer valid: then a new one), never a second one. Which code went to
    whom is not stored: only that a person was invited, and the number of codes mailed."""
    original = questionnaire.original
    # Two managers sending at once wait for each other, so nobody is invited twice.
    QuestionnairePage.objects.select_for_update().filter(pk=original.pk).first()
    now = timezone.now()
    recipients = [
        registration
        for registration in participants(event)
        if registration.email
        and registration.status == RegistrationStatus.REGISTERED
        and (registration.attended or not attended_only)
    ]
    invitations = {
        invitation.registration_id: invitation
        for invitation in PersonalInvitation.objects.filter(
            questionnaire=original, registration__in=recipients
        )
    }
    sends = []  # (registration, code, reminder)
    new = []  # (registration, invitation or None)
    answered = 0
    for registration in recipients:
        invitation = invitations.get(registration.pk)
        first = _first_code(original, invitation) if invitation is not None else None
        if first is not None and first.used:
            answered += 1
        elif first is not None and not first.batch.is_expired(now):
            sends.append((registration, first.code, True))
            invitation.reminded_at = now
            invitation.reminders += 1
            invitation.save(update_fields=["reminded_at", "reminders"])
        else:
            new.append((registration, invitation))
    reminded = len(sends)
    batch = None
    if new:
        batch = CodeBatch.objects.create(
            questionnaire=original,
            event=event.original,
            label=str(_("Personal links: %(event)s")) % {"event": event.title},
            expires_at=expires_at,
            created_by=by,
            mailed=len(new),
        )
        # The codes' stored order must not follow the recipients' order (by name).
        secrets.SystemRandom().shuffle(new)
        for registration, invitation in new:
            attempt = invitation.attempt + 1 if invitation is not None else 0
            code, attempt = _fresh_code(original, registration, attempt)
            AccessCode.objects.create(batch=batch, questionnaire=original, code=code)
            PersonalInvitation.objects.update_or_create(
                questionnaire=original,
                registration=registration,
                defaults={"attempt": attempt, "invited_at": now},
            )
            sends.append((registration, code, False))
    messages = []
    for registration, code, reminder in sends:
        with translation.override(registration.language or settings.LANGUAGE_CODE):
            event_title = event_in_language(event.original, registration.language).title
            locale = Locale.objects.filter(language_code=registration.language).first()
            translated = original.get_translation_or_none(locale) if locale else None
            title = (
                translated.title if translated is not None and translated.live else original.title
            )
            context = {
                "name": registration.name,
                "event": event_title,
                "questionnaire": title,
                "url": code_url(original, code, registration.language),
                "anonymous": original.anonymous,
                "network": settings.WAGTAIL_SITE_NAME,
                "reminder": reminder,
            }
            subject = (
                _("Reminder: your opinion on “{event}”")
                if reminder
                else _("Your opinion on “{event}”")
            )
            messages.append(
                (
                    str(subject).format(event=event_title),
                    render_to_string("surveys/emails/personal_link.txt", context),
                    registration.email,
                    reminder,
                )
            )

    def send():
        unsent_new = sum(
            not queue_mail(subject, body, None, [address]) and not reminder
            for subject, body, address, reminder in messages
        )
        if unsent_new and batch is not None:  # the batch counts only the new links that left
            CodeBatch.objects.filter(pk=batch.pk).update(mailed=F("mailed") - unsent_new)

    # After the commit, so that every mailed code exists; a mail failure is logged, not raised.
    transaction.on_commit(send, robust=True)
    return PersonalLinks(batch=batch, invited=len(new), reminded=reminded, answered=answered)
