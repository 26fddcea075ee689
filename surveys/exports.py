"""Responses as CSV: one row per response, one column per question wording (one per statement
of a matrix), so that each answer stands under the text it was given to. Streamed in chunks:
memory does not grow with the number of responses."""

import csv
from collections import defaultdict

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from events.exports import _safe

from .models import Answer, Question, QuestionnairePage, Response
from .questions import NO, OTHER, YES

CHUNK = 2000


class _Echo:
    def write(self, value):
        return value


def _columns(questionnaire: QuestionnairePage) -> list[tuple[int, str, str]]:
    """(question row id, matrix item id or "", header) in questionnaire order."""
    rows = list(Question.objects.filter(questionnaire=questionnaire).order_by("position", "pk"))
    wordings = defaultdict(int)
    for row in rows:
        wordings[row.block_id] += 1
    seen = defaultdict(int)
    columns = []
    for row in rows:
        seen[row.block_id] += 1
        header = row.text
        if wordings[row.block_id] > 1:
            header += " " + _("(wording %(number)s)") % {"number": seen[row.block_id]}
        if row.kind == "matrix":
            for item_id, label in row.options.get("items", []):
                columns.append((row.pk, item_id, f"{header} – {label}"))
        else:
            columns.append((row.pk, "", header))
    return columns


def _value(question: Question, answers: list[dict]) -> str:
    parts = []
    for answer in answers:
        if answer["number"] is not None:
            parts.append(str(answer["number"]))
        elif answer["choice"] == YES:
            parts.append(_("Yes"))
        elif answer["choice"] == NO:
            parts.append(_("No"))
        elif answer["choice"] == OTHER:
            parts.append(f"{_('Other')}: {answer['text']}")
        elif answer["choice"]:
            parts.append(question.label_of("choices", answer["choice"]))
        else:
            parts.append(answer["text"])
    return "; ".join(parts)


def _rows(questionnaire: QuestionnairePage):
    columns = _columns(questionnaire)
    questions = {q.pk: q for q in Question.objects.filter(questionnaire=questionnaire)}
    yield [_("Response"), _("Day"), _("Language"), _("Event")] + [c[2] for c in columns]
    responses = (
        Response.objects.filter(questionnaire=questionnaire)
        .order_by("submitted_on", "pk")
        .values_list("pk", "submitted_on", "language", "event__title")
    )
    chunk: list[tuple] = []

    def flush(chunk):
        answers = defaultdict(list)
        for answer in Answer.objects.filter(response_id__in=[r[0] for r in chunk]).values(
            "response_id", "question_id", "item", "choice", "number", "text"
        ):
            answers[(answer["response_id"], answer["question_id"], answer["item"])].append(answer)
        for pk, day, language, event in chunk:
            yield [str(pk), day.isoformat(), language, event or ""] + [
                _value(questions[question_id], answers.get((pk, question_id, item), []))
                for question_id, item, _header in columns
            ]

    for response in responses.iterator(chunk_size=CHUNK):
        chunk.append(response)
        if len(chunk) >= CHUNK:
            yield from flush(chunk)
            chunk = []
    if chunk:
        yield from flush(chunk)


def responses_csv(questionnaire: QuestionnairePage) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff"  # a byte order mark, so that spreadsheet programs read the umlauts right
        for row in _rows(questionnaire):
            yield writer.writerow([_safe(str(cell)) for cell in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    filename = f"antworten-{questionnaire.slug}-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
