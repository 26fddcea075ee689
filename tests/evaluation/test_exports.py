"""The responses as an Excel workbook, and both exports through the report's links: the
workbook's sheet of responses holds exactly the CSV's rows, the summary sheet's figures, text
that a spreadsheet program would run kept as text, and no failure without responses. The
responses and helpers are those of tests/surveys/test_exports.py."""

import datetime
import io
import uuid

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.core.signals import request_finished
from django.db import close_old_connections
from django.urls import reverse
from django.utils import timezone

from evaluation import exports, results
from home.roles import EVALUATORS
from surveys import services
from surveys.filters import ReportFilters
from surveys.services import AnswerValue
from tests.surveys import test_exports as csv_exports
from tests.surveys.test_exports import (
    CHOICE,
    IMPROVE,
    ITEMS,
    MATRIX,
    PEOPLE,
    PRESENT,
    RATING,
    RECOMMEND,
    TURKISH,
    as_csv_text,
    csv_rows,
    de,
    export_csv,
    in_language,
)

from .reporting import sheet_blocks

pytestmark = pytest.mark.django_db

# The CSV tests' responses (three, in German, Turkish and Arabic) and their event session.
session = csv_exports.session
survey = csv_exports.survey


def closed(response) -> None:
    """Close a response made outside a request (its temporary file goes) without the
    `request_finished` signal, which would close the test's database connection, as Django's
    test client does."""
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)


def workbook_of(response) -> openpyxl.Workbook:
    try:
        content = b"".join(response.streaming_content)
    finally:
        closed(response)
    return openpyxl.load_workbook(io.BytesIO(content))


def export_xlsx(page, labels="de", **filters) -> openpyxl.Workbook:
    return workbook_of(
        exports.responses_xlsx(page, filters=ReportFilters(**filters), language=labels)
    )


# The workbook -----------------------------------------------------------------------------------


def test_the_workbook_is_an_xlsx_attachment(survey):
    response = exports.responses_xlsx(survey, filters=ReportFilters(), language="de")
    try:
        assert response["Content-Type"] == exports.XLSX_TYPE
        today = timezone.localdate().isoformat()
        assert response["Content-Disposition"] == (
            f'attachment; filename="antworten-rueckmeldung-modul-1-{today}.xlsx"'
        )
    finally:
        closed(response)


def test_the_responses_sheet_holds_exactly_the_csv_rows_with_numbers_and_dates(survey):
    workbook = export_xlsx(survey)

    assert workbook.sheetnames == [de("Summary"), de("Responses")]
    sheet = workbook[de("Responses")]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert [[as_csv_text(cell) for cell in row] for row in values] == export_csv(survey)
    first = values[1]
    assert first[1] == datetime.datetime(2025, 3, 3), "the day is a date"
    assert sheet.cell(row=2, column=2).number_format == exports.DATE_FORMAT
    assert (first[7], values[2][7]) == (7, 3), "numbers are numbers"
    assert sheet.freeze_panes == "A2"
    assert sheet.cell(row=1, column=1).font.bold


def test_text_that_would_be_a_formula_stays_text(survey):
    rows = export_csv(survey)
    column = rows[0].index(IMPROVE)
    assert rows[1][column] == "'=1+1"

    sheet = export_xlsx(survey)[de("Responses")]
    cell = sheet.cell(row=2, column=column + 1)
    assert cell.data_type == "s"
    assert cell.value == "'=1+1"


def test_the_summary_gives_each_questions_figures(survey):
    workbook = export_xlsx(survey)
    blocks = sheet_blocks(workbook[de("Summary")])
    head, questions = blocks[0], {block[0][0]: block[1:] for block in blocks[1:]}

    assert head[0] == ("Rückmeldung Modul 1",)
    assert (de("Responses"), 3) in head
    assert (de("Filters"), de("none: all responses")) in head
    answered, mean, median, share = de("Responses"), de("Mean"), de("Median"), de("Percent")
    answer, count = de("Answer"), de("Responses")

    rating = questions[RATING]
    assert rating[:3] == [(answered, 3), (mean, 3.7), (median, 4)]
    assert rating[3] == (answer, count, share)
    assert [row[:2] for row in rating[4:]] == [
        ("1 (unzufrieden)", 0),
        ("2", 1),
        ("3", 0),
        ("4", 1),
        ("5 (zufrieden)", 1),
    ]
    assert [row[2] for row in rating[4:]] == pytest.approx([0, 1 / 3, 0, 1 / 3, 1 / 3], abs=5e-4)

    present = questions[PRESENT]
    assert present[0] == (answered, 3)
    assert [row[:2] for row in present[2:]] == [(de("Yes"), 2), (de("No"), 1)]
    assert [row[2] for row in present[2:]] == pytest.approx([0.667, 0.333])

    matrix = questions[MATRIX]
    statement = matrix.index((ITEMS[0],))
    assert matrix[statement + 1 : statement + 4] == [(answered, 3), (mean, 3), (median, 3)]
    statement = matrix.index((ITEMS[1],))
    assert matrix[statement + 1 : statement + 4] == [(answered, 2), (mean, 5), (median, 5)]
    counts = matrix[statement + 5 : statement + 10]
    assert [row[:2] for row in counts] == [
        ("1 (gar nicht)", 0),
        ("2", 0),
        ("3", 0),
        ("4", 0),
        ("5 (voll)", 2),
    ]

    people = questions[PEOPLE]
    assert people[:5] == [
        (answered, 2),
        (mean, 5),
        (median, 5),
        (de("Lowest"), 3),
        (de("Highest"), 7),
    ]

    improve = questions[IMPROVE]
    assert improve[0] == (answered, 1)

    # The same figures as the report shows.
    report = results.questionnaire_results(survey, ReportFilters(), language="de")
    by_text = {question.spec.text: question for question in report.questions}
    assert by_text[RECOMMEND].mean == 9.5
    assert questions[RECOMMEND][1:3] == [(mean, 9.5), (median, 9.5)]


def test_the_summary_names_the_filters_and_is_in_the_chosen_language(survey, session):
    workbook = export_xlsx(survey, labels="tr", start=datetime.date(2025, 3, 1))
    summary = workbook[in_language("tr", "Summary")]
    head = sheet_blocks(summary)[0]

    assert head[0] == ("Modül 1 geri bildirimi",)
    assert (in_language("tr", "From"), datetime.datetime(2025, 3, 1)) in head
    titles = [row[0] for row in summary.iter_rows(values_only=True)]
    assert TURKISH[CHOICE] in titles


def test_too_few_responses_of_an_anonymous_questionnaire_show_no_figures(survey):
    workbook = export_xlsx(survey, labels="de", language="tr")
    summary = workbook[de("Summary")]
    texts = [cell for row in summary.iter_rows(values_only=True) for cell in row if cell]

    too_few = de("results are not shown so that nobody can be recognised.")
    assert f"{de('Too few responses')}: {too_few}" in texts
    assert (de("Responses"), 1) in sheet_blocks(summary)[0]
    assert RATING not in texts and de("Mean") not in texts


def test_without_responses_the_workbook_says_so(publish_questionnaire):
    page = publish_questionnaire()

    workbook = export_xlsx(page)

    texts = [
        cell for row in workbook[de("Summary")].iter_rows(values_only=True) for cell in row if cell
    ]
    assert de("No responses yet.") in texts
    rows = list(workbook[de("Responses")].iter_rows(values_only=True))
    assert len(rows) == 1 and rows[0][0] == de("Response")


def test_filters_that_match_no_response_give_a_header_and_say_so(survey):
    assert len(export_csv(survey, language="fr")) == 1

    head = sheet_blocks(export_xlsx(survey, language="fr")[de("Summary")])
    assert (de("Responses"), 0) in head[0]
    assert (de("Responses in all"), 3) in head[0]
    assert head[1] == [(de("No responses match these filters."),)]


# Through the report's links ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["results_csv", "results_xlsx"])
def test_the_report_links_export_with_their_filters_and_labels(
    client, cast, survey, name, settings
):
    settings.SURVEY_MIN_GROUP_SIZE = 1  # one response, shown; small groups: the tests below
    client.force_login(cast.manager)

    response = client.get(
        reverse(f"evaluation_results:{name}", args=[survey.pk]), {"language": "tr", "labels": "tr"}
    )

    assert response.status_code == 200
    if name == "results_csv":
        rows = csv_rows(response)
    else:
        assert response["Content-Type"] == exports.XLSX_TYPE
        assert response["Content-Disposition"].endswith('.xlsx"')
        sheet = workbook_of(response)[in_language("tr", "Responses")]
        rows = [[as_csv_text(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    assert [row[0] for row in rows[1:]] == [str(survey.b.pk)]
    assert rows[0][4] == TURKISH[CHOICE]


# Small groups of anonymous responses --------------------------------------------------------------


def exported_rows(client, page, name, **query) -> list[list[str]]:
    response = client.get(reverse(f"evaluation_results:{name}", args=[page.pk]), query)
    assert response.status_code == 200
    if name == "results_csv":
        return csv_rows(response)
    sheet = workbook_of(response)[de("Responses")]
    return [[as_csv_text(c) for c in row] for row in sheet.iter_rows(values_only=True)]


def evaluator(cast):
    user = cast.member_a
    user.groups.add(Group.objects.get(name=EVALUATORS))
    return user


def too_few_note() -> str:
    withheld = de("results are not shown so that nobody can be recognised.")
    return f"{de('Too few responses')}: {withheld}"


@pytest.mark.parametrize("name", ["results_csv", "results_xlsx"])
@pytest.mark.parametrize("reader", ["manager", "evaluator"])
@pytest.mark.parametrize(
    "filters",
    [{"language": "tr"}, {"start": "2025-03-10"}, {"event": "session"}],
    ids=["one", "two", "session"],
)
def test_a_filter_that_leaves_too_few_anonymous_responses_exports_no_rows(
    client, cast, survey, session, name, reader, filters
):
    """As the report hides the figures of fewer than SURVEY_MIN_GROUP_SIZE (3) anonymous
    responses, the exports hold the header and the same note, no response and no free text."""
    client.force_login(cast.manager if reader == "manager" else evaluator(cast))
    if "event" in filters:
        filters = {"event": session.pk}

    rows = exported_rows(client, survey, name, **filters)

    assert rows[0][:2] == [de("Response"), de("Day")] and IMPROVE in rows[0]
    assert [[cell for cell in row if cell] for row in rows[1:]] == [[too_few_note()]]
    text = repr(rows)
    for response in (survey.a, survey.b, survey.c):
        assert str(response.pk) not in text
    for free_text in ("Krankheit", "=1+1", "Mehr Praxis"):
        assert free_text not in text


@pytest.mark.parametrize("name", ["results_csv", "results_xlsx"])
@pytest.mark.parametrize("reader", ["manager", "evaluator"])
def test_at_the_threshold_the_exports_give_the_rows(client, cast, survey, name, reader):
    client.force_login(cast.manager if reader == "manager" else evaluator(cast))

    rows = exported_rows(client, survey, name, start="2025-03-01")

    assert sorted(row[0] for row in rows[1:]) == sorted(
        str(response.pk) for response in (survey.a, survey.b, survey.c)
    )
    assert "Krankheit" in repr(rows) and "'=1+1" in repr(rows)
    assert too_few_note() not in repr(rows)


@pytest.mark.parametrize("name", ["results_csv", "results_xlsx"])
def test_a_named_questionnaire_exports_even_one_response(client, cast, publish_questionnaire, name):
    """Named responses follow the rule the report has for them: no small-group suppression."""
    page = publish_questionnaire(
        title="Namentlich", slug="namentlich", anonymous=False, access="members"
    )
    services.response_submit(
        questionnaire=page,
        language="de",
        answers=[AnswerValue(csv_exports.spec_of(page, IMPROVE).id, text="Namentlich 1")],
        submission_key=uuid.uuid4(),
        user=cast.member_a,
    )
    client.force_login(cast.manager)

    rows = exported_rows(client, page, name)

    assert len(rows) == 2 and "Namentlich 1" in rows[1]


# No order of arrival ------------------------------------------------------------------------------


def test_texts_and_rows_of_one_day_follow_the_random_ids_not_the_order_of_arrival(
    publish_questionnaire,
):
    """Within a day, the report's free texts and the exports' rows are in the order of the
    responses' random ids (UUIDs), the same in CSV and workbook, so that neither tells who
    answered first; days stay in order."""
    page = publish_questionnaire(title="Reihenfolge", slug="reihenfolge")
    day = datetime.date(2025, 5, 5)
    arrived = [
        csv_exports.submit(page, language="de", day=day, answers={IMPROVE: f"Text {n}"})
        for n in range(6)
    ]
    later = csv_exports.submit(
        page, language="de", day=day + datetime.timedelta(days=1), answers={IMPROVE: "Später"}
    )
    by_random_id = sorted(arrived, key=lambda response: response.pk.hex)
    text_of = {response.pk: f"Text {n}" for n, response in enumerate(arrived)}

    report = results.questionnaire_results(page, ReportFilters())
    (texts,) = [question.texts for question in report.questions if question.spec.text == IMPROVE]
    assert [text.text for text in texts] == ["Später"] + [
        text_of[response.pk] for response in by_random_id
    ]

    rows = export_csv(page)
    assert [row[0] for row in rows[1:]] == [str(r.pk) for r in by_random_id] + [str(later.pk)]
    sheet = export_xlsx(page)[de("Responses")]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        row[0] for row in rows[1:]
    ]
