"""Conditions on several questions (all of them, or any one), refused at saving when they look
at the same or a later step; the ranking and date questions from the form to the stored
answers, the review, the report and the exports."""

import datetime
import uuid

import pytest
from django.urls import reverse

from evaluation.results import questionnaire_results
from surveys import services
from surveys.exports import response_rows
from surveys.factories import steps_data
from surveys.filters import ReportFilters
from surveys.models import Answer, Response
from surveys.questions import all_questions
from tests.html import soup

from .conftest import Wizard, field_names
from .test_editing import LATER, WHERE, clean_problems, in_german

pytestmark = pytest.mark.django_db

PRIORITIES = ["Fördermittel", "Pressearbeit", "Datenschutz"]
BOTH = "Was hat Ihnen an beiden Terminen gefehlt?"
EITHER = "Was hat Sie an einem Termin gehindert?"
ORDER = "Was ist Ihrem Verein am wichtigsten?"
FOUNDED = "Wann wurde Ihr Verein gegründet?"


def typed_steps() -> list[dict]:
    return steps_data(
        [
            (
                "Ihre Termine",
                [
                    ("yes_no", "Waren Sie am ersten Termin da?", {"code": "T1"}),
                    ("yes_no", "Waren Sie am zweiten Termin da?", {"code": "T2"}),
                ],
            ),
            (
                "Ihr Verein",
                [
                    ("short_text", BOTH, {"condition": {"all": [("T1", "ja"), ("T2", "ja")]}}),
                    (
                        "short_text",
                        EITHER,
                        {"condition": {"any": [("T1", "nein"), ("T2", "nein")]}},
                    ),
                    ("ranking", ORDER, {"choices": PRIORITIES}),
                    (
                        "date",
                        FOUNDED,
                        {
                            "earliest": datetime.date(1950, 1, 1),
                            "latest": datetime.date(2026, 12, 31),
                        },
                    ),
                ],
            ),
        ]
    )


@pytest.fixture
def typed(publish_questionnaire):
    return publish_questionnaire(steps=typed_steps(), translate=True)


def step1(wizard: Wizard, first: str, second: str) -> dict:
    return {
        wizard.field("1", "Waren Sie am ersten"): first,
        wizard.field("1", "Waren Sie am zweiten"): second,
    }


def ranking(wizard: Wizard, places: list) -> dict:
    question = wizard.question(ORDER)
    return {
        f"2-{question.id}__{item_id}": str(place)
        for (item_id, _label), place in zip(question.items, places, strict=True)
    }


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        ("yes", "yes", {BOTH}),
        ("yes", "no", {EITHER}),
        ("no", "no", {EITHER}),
    ],
)
def test_a_condition_on_several_questions_needs_all_or_any(client, typed, first, second, shown):
    wizard = Wizard(client, typed)
    wizard.start()
    assert wizard.post("1", step1(wizard, first, second)).status_code == 302
    names = field_names(client.get(wizard.url("2")).content.decode())
    for text in (BOTH, EITHER):
        assert (wizard.field("2", text) in names) == (text in shown), text
    # A hidden question cannot be answered by posting it.
    data = {
        **ranking(wizard, [1, 2, 3]),
        wizard.field("2", FOUNDED): "1999-05-01",
        wizard.field("2", BOTH): "posted anyway",
        wizard.field("2", EITHER): "posted anyway",
    }
    assert wizard.post("2", data).status_code == 302
    assert wizard.review()["Location"].endswith("/danke/")
    stored = set(
        Answer.objects.filter(text="posted anyway").values_list("question__text", flat=True)
    )
    assert stored == shown


def test_ranking_and_date_round_trip_and_show_in_the_review(client, typed):
    wizard = Wizard(client, typed)
    wizard.start()
    wizard.post("1", step1(wizard, "yes", "yes"))
    response = wizard.post(
        "2", {**ranking(wizard, [2, 1, 3]), wizard.field("2", FOUNDED): "24.12.1999"}
    )
    assert response.status_code == 302
    review = soup(client.get(wizard.url("pruefen"))).get_text(" ")
    assert "1. Pressearbeit" in review and "2. Fördermittel" in review
    assert "24. Dezember 1999" in review
    wizard.review()
    answers = Answer.objects.filter(question__text=ORDER)
    question = wizard.question(ORDER)
    assert {(a.item, a.number) for a in answers} == {
        (question.items[0][0], 2),
        (question.items[1][0], 1),
        (question.items[2][0], 3),
    }
    assert Answer.objects.get(question__text=FOUNDED).text == "1999-12-24"


@pytest.mark.parametrize(
    ("places", "founded", "error"),
    [
        ([1, 1, 3], "1999-05-01", "Jeder Platz kann nur einmal vergeben werden."),
        ([1, 2, ""], "1999-05-01", "Dieses Feld muss ausgefüllt werden."),
        ([1, 2, 3], "1949-12-31", "Nicht vor dem 01.01.1950."),
        ([1, 2, 3], "2027-01-01", "Nicht nach dem 31.12.2026."),
        ([1, 2, 3], "im Mai", "Bitte ein gültiges Datum eingeben."),
        ([1, 2, 9], "1999-05-01", "Bitte eine gültige Auswahl treffen."),
    ],
)
def test_bad_rankings_and_dates_are_refused_with_a_message(client, typed, places, founded, error):
    wizard = Wizard(client, typed)
    wizard.start()
    wizard.post("1", step1(wizard, "yes", "yes"))
    response = wizard.post("2", {**ranking(wizard, places), wizard.field("2", FOUNDED): founded})
    # As every step: the step again with the error summary, and nothing kept as sent.
    assert response.status_code == 200
    assert error in soup(response).select_one("#error-summary").get_text(" ")
    assert Response.objects.count() == 0


def test_the_ranking_and_date_pages_work_right_to_left(client, typed):
    arabic = typed.get_translations().get(locale__language_code="ar")
    wizard = Wizard(client, arabic)
    wizard.start()
    wizard.post("1", step1(wizard, "yes", "yes"))
    html = soup(client.get(wizard.url("2")))
    assert html.html["dir"] == "rtl"
    assert len(html.select(".question--ranking select")) == len(PRIORITIES)
    assert html.select_one(".question--date input[type=date]")["min"] == "1950-01-01"


def test_saving_refuses_a_condition_on_a_later_question_or_a_cycle(publish_questionnaire):
    page = publish_questionnaire(steps=typed_steps())
    assert clean_problems(page) == []
    # The first question waits for the second, which is asked in the same step: a cycle, as
    # soon as the second waits for the first.
    steps = typed_steps()
    first, second = steps[0]["value"]["questions"]
    first["value"]["condition"] = {"question": "T2", "answer": "ja", "also": [], "match": "all"}
    second["value"]["condition"] = {"question": "T1", "answer": "ja", "also": [], "match": "all"}
    page.steps = steps
    problems = clean_problems(page)
    for code, text in (("T2", "Waren Sie am ersten Termin da?"), ("T1", "Waren Sie am zweiten")):
        where = in_german(WHERE, text=text if code == "T2" else "Waren Sie am zweiten Termin da?")
        assert in_german(LATER, where=where, code=code) in problems
    # A further question of a condition is checked too.
    steps = typed_steps()
    steps[1]["value"]["questions"][0]["value"]["condition"]["also"][0]["value"]["question"] = "T9"
    page.steps = steps
    assert any("T9" in problem for problem in clean_problems(page))


def _submit(page, *, places, founded):
    specs = all_questions(page.step_specs())
    order = next(s for s in specs if s.kind == "ranking")
    founded_spec = next(s for s in specs if s.kind == "date")
    answers = [
        services.AnswerValue(order.id, item=item_id, number=place)
        for (item_id, _label), place in zip(order.items, places, strict=True)
    ]
    answers.append(services.AnswerValue(founded_spec.id, text=founded))
    services.response_submit(
        questionnaire=page, language="de", answers=answers, submission_key=uuid.uuid4()
    )


def test_the_report_and_the_exports_count_rankings_and_dates(typed):
    _submit(typed, places=[1, 2, 3], founded="1999-05-01")
    _submit(typed, places=[1, 3, 2], founded="1999-05-20")
    _submit(typed, places=[2, 1, 3], founded="2004-01-09")
    results = questionnaire_results(typed, ReportFilters(), language="de")
    by_text = {question.spec.text: question for question in results.questions}
    order = by_text[ORDER]
    assert order.answered == 3
    assert [(item.label, item.mean) for item in order.items] == [
        ("Fördermittel", 1.3),
        ("Pressearbeit", 2.0),
        ("Datenschutz", 2.7),
    ]
    assert [row.count for row in order.items[0].rows] == [2, 1, 0]
    founded = by_text[FOUNDED]
    assert founded.answered == 3
    assert [(row.label, row.count) for row in founded.rows] == [
        ("Mai 1999", 2),
        ("Januar 2004", 1),
    ]

    rows = list(response_rows(typed, filters=ReportFilters(), language="de"))
    header = rows[0]
    assert f"{ORDER} – Datenschutz" in header and FOUNDED in header
    cells = [dict(zip(header, row, strict=True)) for row in rows[1:]]
    assert sorted(cell[f"{ORDER} – Fördermittel"] for cell in cells) == [1, 1, 2]
    assert sorted(cell[FOUNDED] for cell in cells) == ["1999-05-01", "1999-05-20", "2004-01-09"]


def test_the_report_page_and_workbook_show_rankings_and_dates(client, cast, typed):
    for places, founded in (([1, 2, 3], "1999-05-01"), ([1, 3, 2], "1999-05-20")):
        _submit(typed, places=places, founded=founded)
    _submit(typed, places=[2, 1, 3], founded="2004-01-09")
    client.force_login(cast.evaluator)
    page = client.get(reverse("evaluation_results:results", args=[typed.pk]))
    assert page.status_code == 200
    text = " ".join(soup(page).get_text(" ").split())
    assert in_german("Mean and median place of each choice (1 = first)") in text
    assert "Mai 1999" in text and "Januar 2004" in text
    workbook = client.get(reverse("evaluation_results:results_xlsx", args=[typed.pk]))
    assert workbook.status_code == 200
    assert workbook["Content-Type"].startswith("application/vnd.openxmlformats")
