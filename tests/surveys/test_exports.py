"""The responses as CSV: one row per response with each answer under the wording it was given
to, labels and headers in the chosen language, the report's filters, read in chunks, and no
failure without responses. (The workbook and the report's export links are tested in
tests/evaluation/test_exports.py, on the same responses.)"""

import copy
import csv
import datetime
import io
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext

from surveys import exports, services
from surveys.filters import ReportFilters
from surveys.models import Question, Response
from surveys.services import AnswerValue

from .conftest import CHOICES, ITEMS, TOPICS

pytestmark = pytest.mark.django_db

CHOICE = "Wie haben Sie vom Modul erfahren?"
PRESENT = "Waren Sie an allen Terminen da?"
IDEAS = "Möchten Sie Anregungen geben?"
PEOPLE = "Wie viele Personen aus Ihrem Verein waren dabei?"
MATRIX = "Wie sehr stimmen Sie zu?"
RATING = "Wie zufrieden sind Sie insgesamt?"
REWORDED = "Wie zufrieden waren Sie mit dem Modul insgesamt?"
RECOMMEND = "Würden Sie das Modul weiterempfehlen?"
HINDERED = "Was hat Sie gehindert, immer zu kommen?"
TOPICS_QUESTION = "Welche Themen wünschen Sie sich?"
IMPROVE = "Was sollten wir verbessern?"

TURKISH = {
    CHOICE: "Modülü nereden duydunuz?",
    CHOICES[0]: "Derneğim aracılığıyla",
    CHOICES[1]: "Ağ aracılığıyla",
    PRESENT: "Tüm buluşmalara katıldınız mı?",
    MATRIX: "Ne kadar katılıyorsunuz?",
    ITEMS[0]: "İçerikler anlaşılırdı.",
    TOPICS_QUESTION: "Hangi konuları istersiniz?",
    TOPICS[0]: "Fon",
    TOPICS[2]: "Veri koruma",
}
TURKISH_TOPICS = TURKISH[TOPICS_QUESTION]


def in_language(language: str, message: str, **values) -> str:
    with translation.override(language):
        text = gettext(message)
    return text % values if values else text


def de(message: str, **values) -> str:
    return in_language("de", message, **values)


# A questionnaire with three responses -------------------------------------------------------------


def spec_of(page, text: str):
    return next(
        question
        for step in page.original.step_specs()
        for question in step.questions
        if question.text == text
    )


def choice_of(page, text: str, label: str) -> str:
    return next(choice_id for choice_id, choice in spec_of(page, text).choices if choice == label)


def item_of(page, text: str, label: str) -> str:
    return next(item_id for item_id, item in spec_of(page, text).items if item == label)


def submit(page, *, language: str, day: datetime.date, answers: dict, event=None) -> Response:
    """`answers`: question text → a choice label, "ja"/"nein", a number, a text, a list of
    labels (multiple choice, ("other", text) for the free choice) or {statement: number}."""
    values = []
    for text, given in answers.items():
        spec = spec_of(page, text)
        if spec.kind == "matrix":
            values += [
                AnswerValue(spec.id, item=item_of(page, text, item), number=number)
                for item, number in given.items()
            ]
        elif spec.kind == "multiple_choice":
            for label in given:
                if isinstance(label, tuple):
                    values.append(AnswerValue(spec.id, choice="other", text=label[1]))
                else:
                    values.append(AnswerValue(spec.id, choice=choice_of(page, text, label)))
        elif spec.kind == "yes_no":
            values.append(AnswerValue(spec.id, choice={"ja": "yes", "nein": "no"}[given]))
        elif spec.kind == "single_choice":
            values.append(AnswerValue(spec.id, choice=choice_of(page, text, given)))
        elif isinstance(given, int):
            values.append(AnswerValue(spec.id, number=given))
        else:
            values.append(AnswerValue(spec.id, text=given))
    response = services.response_submit(
        questionnaire=page,
        language=language,
        answers=values,
        submission_key=uuid.uuid4(),
        now=timezone.make_aware(datetime.datetime.combine(day, datetime.time(10))),
    )
    if event is not None:
        # What a code batch for the session would have recorded.
        Response.objects.filter(pk=response.pk).update(event=event)
    return response


@pytest.fixture
def session(publish_event):
    return publish_event(title="Modul 1: Vereinsfinanzen")


@pytest.fixture
def survey(publish_questionnaire, session):
    """Three responses: A (German, 3 March), B (Turkish, 10 March), C (Arabic, 1 April, at the
    session)."""
    page = publish_questionnaire(
        title="Rückmeldung Modul 1",
        slug="rueckmeldung-modul-1",
        translate=True,
        strings={"tr": {"Rückmeldung Modul 1": "Modül 1 geri bildirimi", **TURKISH}},
    )
    page.a = submit(
        page,
        language="de",
        day=datetime.date(2025, 3, 3),
        answers={
            CHOICE: CHOICES[1],
            PRESENT: "ja",
            IDEAS: "ja",
            PEOPLE: 7,
            MATRIX: {ITEMS[0]: 2, ITEMS[1]: 5},
            RATING: 4,
            RECOMMEND: 9,
            TOPICS_QUESTION: [TOPICS[2], ("other", "Mehr Praxis"), TOPICS[0]],
            IMPROVE: "=1+1",
        },
    )
    page.b = submit(
        page,
        language="tr",
        day=datetime.date(2025, 3, 10),
        answers={
            CHOICE: CHOICES[0],
            PRESENT: "nein",
            IDEAS: "nein",
            PEOPLE: 3,
            MATRIX: {ITEMS[0]: 4, ITEMS[1]: 5},
            RATING: 2,
            RECOMMEND: 10,
            HINDERED: "Krankheit",
        },
    )
    page.c = submit(
        page,
        language="ar",
        day=datetime.date(2025, 4, 1),
        answers={CHOICE: CHOICES[1], PRESENT: "ja", MATRIX: {ITEMS[0]: 3}, RATING: 5},
        event=session,
    )
    return page


def csv_rows(response) -> list[list[str]]:
    content = b"".join(response.streaming_content)
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def export_csv(page, labels="de", **filters) -> list[list[str]]:
    """The CSV with labels in `labels`, for `filters` (ReportFilters' fields)."""
    return csv_rows(exports.responses_csv(page, filters=ReportFilters(**filters), language=labels))


def as_csv_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    return str(value)


# The CSV ----------------------------------------------------------------------------------------


def test_the_csv_holds_one_row_per_response_with_each_answer_under_its_question(survey):
    rows = export_csv(survey)

    assert rows[0] == [
        de("Response"),
        de("Day"),
        de("Language"),
        de("Event"),
        CHOICE,
        PRESENT,
        IDEAS,
        PEOPLE,
        f"{MATRIX} – {ITEMS[0]}",
        f"{MATRIX} – {ITEMS[1]}",
        RATING,
        RECOMMEND,
        HINDERED,
        TOPICS_QUESTION,
        IMPROVE,
    ]
    yes, no, other = de("Yes"), de("No"), de("Other")
    assert rows[1:] == [
        [
            str(survey.a.pk),
            "2025-03-03",
            "de",
            "",
            CHOICES[1],
            yes,
            yes,
            "7",
            "2",
            "5",
            "4",
            "9",
            "",
            f"{TOPICS[0]}; {TOPICS[2]}; {other}: Mehr Praxis",
            "'=1+1",
        ],
        [
            str(survey.b.pk),
            "2025-03-10",
            "tr",
            "",
            CHOICES[0],
            no,
            no,
            "3",
            "4",
            "5",
            "2",
            "10",
            "Krankheit",
            "",
            "",
        ],
        [
            str(survey.c.pk),
            "2025-04-01",
            "ar",
            "Modul 1: Vereinsfinanzen",
            CHOICES[1],
            yes,
            "",
            "",
            "3",
            "",
            "5",
            "",
            "",
            "",
            "",
        ],
    ]


def test_the_csv_is_an_attachment_named_after_the_questionnaire_and_the_day(survey):
    response = exports.responses_csv(survey, filters=ReportFilters(), language="de")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="antworten-rueckmeldung-modul-1-{today}.csv"'
    )
    turkish = exports.responses_csv(survey, filters=ReportFilters(), language="tr")
    assert f"antworten-rueckmeldung-modul-1-tr-{today}.csv" in turkish["Content-Disposition"]


def test_labels_and_headers_come_in_the_chosen_language_with_german_where_untranslated(survey):
    header, first, second, _third = export_csv(survey, labels="tr")

    assert header[:5] == [
        in_language("tr", "Response"),
        in_language("tr", "Day"),
        in_language("tr", "Language"),
        in_language("tr", "Event"),
        TURKISH[CHOICE],
    ]
    assert header[header.index(TURKISH[CHOICE]) + 1] == TURKISH[PRESENT]
    # Translated statements, and the German one where the translation has none.
    assert f"{TURKISH[MATRIX]} – {TURKISH[ITEMS[0]]}" in header
    assert f"{TURKISH[MATRIX]} – {ITEMS[1]}" in header
    assert RATING in header, "an untranslated question keeps its German text"
    answers = dict(zip(header, first, strict=True))
    assert answers[TURKISH[CHOICE]] == TURKISH[CHOICES[1]]
    assert answers[TURKISH[PRESENT]] == "Evet"
    assert answers[TURKISH_TOPICS] == f"Fon; Veri koruma; {in_language('tr', 'Other')}: Mehr Praxis"
    assert answers[RATING] == "4"
    answers = dict(zip(header, second, strict=True))
    assert answers[TURKISH[CHOICE]] == TURKISH[CHOICES[0]]
    assert answers[TURKISH[PRESENT]] == "Hayır"


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"language": "tr"}, ["b"]),
        ({"start": datetime.date(2025, 3, 4), "end": datetime.date(2025, 3, 31)}, ["b"]),
        ({"start": datetime.date(2025, 3, 10)}, ["b", "c"]),
        ({"event": "session"}, ["c"]),
        ({}, ["a", "b", "c"]),
    ],
)
def test_the_filters_choose_the_rows(survey, session, filters, expected, settings):
    settings.SURVEY_MIN_GROUP_SIZE = 1  # the rows themselves; small groups: evaluation's tests
    if "event" in filters:
        filters["event"] = session

    rows = export_csv(survey, **filters)

    assert [row[0] for row in rows[1:]] == [str(getattr(survey, name).pk) for name in expected]
    assert len(rows[0]) == 15, "the columns stay the same"


def test_the_responses_are_read_in_chunks(survey, monkeypatch):
    everything = export_csv(survey)
    monkeypatch.setattr(exports, "CHUNK", 2)

    with CaptureQueriesContext(connection) as queries:
        chunked = export_csv(survey)

    assert chunked == everything
    answer_queries = [q for q in queries.captured_queries if 'FROM "surveys_answer"' in q["sql"]]
    assert len(answer_queries) == 2, "one query for the answers of each chunk of responses"


def test_a_reworded_question_keeps_each_answer_under_its_own_wording(survey):
    steps = copy.deepcopy(list(survey.steps.raw_data))
    question = next(
        q for step in steps for q in step["value"]["questions"] if q["value"]["text"] == RATING
    )
    question["value"]["text"] = REWORDED
    survey.steps = steps
    survey.save_revision().publish()

    # Not answered since: the answers stand under the text they were given to.
    header = export_csv(survey)[0]
    assert RATING in header and REWORDED not in header

    later = submit(survey, language="de", day=datetime.date(2025, 4, 2), answers={REWORDED: 1})
    rows = export_csv(survey)
    header, body = rows[0], {row[0]: row for row in rows[1:]}
    old = header.index(f"{RATING} {de('(wording %(number)s)', number=1)}")
    new = header.index(f"{REWORDED} {de('(wording %(number)s)', number=2)}")
    assert new == old + 1
    assert (body[str(survey.a.pk)][old], body[str(survey.a.pk)][new]) == ("4", "")
    assert (body[str(later.pk)][old], body[str(later.pk)][new]) == ("", "1")
    assert Question.objects.filter(questionnaire=survey, current=False).count() == 1


def test_without_responses_the_csv_has_its_header_only(publish_questionnaire):
    page = publish_questionnaire()

    rows = export_csv(page)

    assert rows == [[de("Response"), de("Day"), de("Language"), de("Event")] + rows[0][4:]]
    assert CHOICE in rows[0] and f"{MATRIX} – {ITEMS[1]}" in rows[0]
