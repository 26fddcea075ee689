"""A questionnaire as a file (JSON), so that another city, or the next module session, can start
from it: its texts, steps and questions with every language's translations.

The file holds what a questionnaire *is*, never what it collected or where it was used: no
responses, codes, invitations, module, event or dates. Reading a file checks everything before
anything is stored (`read_questionnaire_file` raises `ExchangeError` with a message for the
person who uploaded it); `services.questionnaire_import` then stores it as a draft.
"""

import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from home.errors import DomainError

from .blocks import StepStreamBlock
from .models import Access
from .questions import condition_problems

FORMAT = "mso-network-questionnaire"
VERSION = 1
MAX_BYTES = 1_000_000
TEXT_MAX = 20_000


class ExchangeError(DomainError):
    MESSAGES = {
        "too_big": _("The file is larger than 1 MB; a questionnaire is far smaller."),
        "not_json": _("The file is not a questionnaire export: it cannot be read as JSON."),
        "not_ours": _(
            "The file is not a questionnaire export of this software, or of a newer version."
        ),
        "fields": _("The file lacks the title or the steps, or one of them is of the wrong kind."),
        "steps": _("The steps in the file are not valid questionnaire steps."),
        "conditions": _("A condition in the file names a question that is not before it."),
        "translations": _("The translations in the file are not pairs of texts."),
    }

    def __init__(self, code: str, details: list[str] | None = None):
        super().__init__(code)
        self.details = details or []


def questionnaire_data(questionnaire) -> dict:
    """The questionnaire (its default-language original) as a file's content."""
    original = questionnaire.original
    return {
        "format": FORMAT,
        "version": VERSION,
        "language": original.locale.language_code,
        "title": original.title,
        "intro": original.intro,
        "closing_text": original.closing_text,
        "access": original.access,
        "anonymous": original.anonymous,
        "steps": original.steps.get_prep_value(),
        "translations": _translations(original),
    }


def _translations(original) -> dict[str, dict[str, str]]:
    """Per language, each text of the original → its translation, as wagtail-localize keeps
    them: the same pairs an import gives to wagtail-localize again."""
    source = TranslationSource.objects.get_for_instance_or_none(original)
    if source is None:
        return {}
    strings = StringSegment.objects.filter(source=source).values("string_id")
    found: dict[str, dict[str, str]] = {}
    rows = (
        StringTranslation.objects.filter(translation_of_id__in=strings)
        .exclude(data="")
        .values_list("locale__language_code", "translation_of__data", "data")
        .order_by("locale__language_code", "pk")
    )
    for language, text, translated in rows:
        found.setdefault(language, {})[text] = translated
    return found


def read_questionnaire_file(raw: bytes) -> dict:
    """The file's questionnaire, checked; or `ExchangeError`."""
    if len(raw) > MAX_BYTES:
        raise ExchangeError("too_big")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ExchangeError("not_json") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != 1:
        raise ExchangeError("not_ours")
    title = data.get("title")
    steps = data.get("steps")
    if not isinstance(title, str) or not title.strip() or len(title) > 255:
        raise ExchangeError("fields")
    if not isinstance(steps, list) or not steps:
        raise ExchangeError("fields")
    for name in ("intro", "closing_text"):
        if not isinstance(data.get(name, ""), str) or len(data.get(name, "")) > TEXT_MAX:
            raise ExchangeError("fields")
    access = data.get("access", Access.OPEN_LINK)
    if access not in Access.values:
        raise ExchangeError("fields")
    if not isinstance(data.get("anonymous", True), bool):
        raise ExchangeError("fields")

    block = StepStreamBlock()
    if not _known_shape(block, steps):
        # The stream block would drop what it does not know, silently.
        raise ExchangeError("steps")
    try:
        value = block.clean(block.to_python(steps))
    except ValidationError as error:
        raise ExchangeError("steps", _messages(error)) from None
    except (TypeError, KeyError, ValueError, AttributeError):
        # Raw data of the wrong shape (a list where a dict belongs, say).
        raise ExchangeError("steps") from None
    problems = condition_problems(value)
    if problems:
        raise ExchangeError("conditions", problems)

    languages = {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}
    translations = data.get("translations", {})
    if not isinstance(translations, dict) or not all(
        isinstance(pairs, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in pairs.items())
        for pairs in translations.values()
    ):
        raise ExchangeError("translations")
    return {
        "title": title.strip(),
        "intro": data.get("intro", ""),
        "closing_text": data.get("closing_text", ""),
        "access": access,
        # A named questionnaire needs codes or a login: an open link stays anonymous.
        "anonymous": data.get("anonymous", True) or access == Access.OPEN_LINK,
        "steps": value,
        # Languages this site does not have are left out.
        "translations": {k: v for k, v in translations.items() if k in languages},
    }


def _known_shape(block: StepStreamBlock, steps: list) -> bool:
    kinds = set(block.child_blocks["step"].child_blocks["questions"].child_blocks)
    for step in steps:
        if not isinstance(step, dict) or step.get("type") != "step":
            return False
        questions = (
            step.get("value", {}).get("questions") if isinstance(step.get("value"), dict) else None
        )
        if not isinstance(questions, list) or not all(
            isinstance(question, dict) and question.get("type") in kinds for question in questions
        ):
            return False
    return True


def _messages(error: ValidationError) -> list[str]:
    messages = []
    for message in getattr(error, "messages", []) or [str(error)]:
        messages.append(str(message))
    return messages[:10]
