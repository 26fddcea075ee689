"""Details of the reports: the recommendation question's score (promoters minus detractors, in
percent) beside its distribution on the report page, in the phase report and its PDF and in the
workbook; the responses over time spaced by their dates; in a PDF, a question's summary line on
the page of its chart."""

import datetime
import io
import re
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from events.factories import QualificationModuleFactory
from members.factories import ProjectPhaseFactory
from surveys.factories import steps_data
from tests.html import soup

from .reporting import Pages, Reader, de, manager, text_of, workbook_of, world_once
from .reporting import submit as submit_response

pytestmark = pytest.mark.django_db

D = datetime.date
RECOMMEND = "Würden Sie das Modul weiterempfehlen?"
# Short, distinct questions, enough of them that the PDF runs over several pages.
RATINGS = [f"Bewertung Nummer {number:02d}" for number in range(1, 13)]
# Ten recommendations: five promoters (9, 10), two passives (7, 8), three detractors (0 to 6).
RECOMMENDATIONS = [10, 9, 9, 8, 7, 6, 3, 10, 5, 9]
SCORE = 20  # (5 - 3) / 10
# Two responses a week in two weeks in a row, then ten weeks of quiet.
DAYS = [D(2013, 1, 7)] * 4 + [D(2013, 1, 14)] * 3 + [D(2013, 3, 25)] * 3


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with world_once(django_db_blocker):
        phase = ProjectPhaseFactory(number=1)  # 1 July 2012 to 30 June 2013
        module = QualificationModuleFactory(number=1, title="Öffentlichkeitsarbeit")
        pages = Pages()
        page = pages.questionnaire(
            title="Rückmeldung Öffentlichkeitsarbeit",
            slug="rueckmeldung-oeffentlichkeitsarbeit",
            module=module,
            steps=steps_data(
                [
                    (
                        "Rückmeldung",
                        [("recommendation", RECOMMEND, {})]
                        + [("rating", text, {}) for text in RATINGS],
                    )
                ]
            ),
        )
        for number, (day, value) in enumerate(zip(DAYS, RECOMMENDATIONS, strict=True)):
            answers = {RECOMMEND: value} | {
                text: 1 + (number + k) % 5 for k, text in enumerate(RATINGS)
            }
            submit_response(page, language="de", day=day, answers=answers)
        yield SimpleNamespace(phase=phase, page=page, reader=Reader(manager()))


@pytest.fixture(autouse=True)
def _german():
    with translation.override("de"):
        yield


def report_page(world):
    return soup(world.reader.get(reverse("evaluation_results:results", args=[world.page.pk])))


def question_article(page, text: str):
    heading = next(h for h in page.select("article.report-question h3") if text_of(h) == text)
    return heading.find_parent("article")


# The recommendation score ------------------------------------------------------------------------


def test_the_report_page_shows_the_recommendation_score_beside_its_distribution(world):
    article = question_article(report_page(world), RECOMMEND)

    figures = {text_of(div.dt): text_of(div.dd) for div in article.select(".report-figures div")}
    score = figures[de("Recommendation score")]
    assert score.startswith(f"{SCORE},0 %")
    assert article.select_one("figure.chart"), "the distribution is beside it"
    others = question_article(report_page(world), RATINGS[0])
    assert de("Recommendation score") not in text_of(others), "only for recommendations"


def summary_line(text: str, mean: str, median: str, n: int) -> str:
    return (
        f"{text}: {de('mean')} {mean}, {de('median')} {median}, "
        f"{de('recommendation score')} {SCORE} % (n = {n})"
    )


def test_the_phase_report_and_its_pdf_give_the_score(world):
    page = soup(world.reader.get(reverse("evaluation:phase_report", args=[1])))
    pdf = world.reader.get(reverse("evaluation:phase_report_pdf", args=[1]))

    # 0·0 + 3·1 + 5·1 + 6·1 + 7·1 + 8·1 + 9·3 + 10·2 = 76 over ten: 7.6; median (8 + 9) / 2.
    expected = summary_line(RECOMMEND, "7,6", "8,5", 10)
    lines = [text_of(line) for line in page.select(".report-question__figures")]
    assert expected in lines
    assert expected in " ".join(page_texts(pdf.content))


def test_the_workbook_gives_the_score(world):
    url = reverse("evaluation_results:results_xlsx", args=[world.page.pk])
    workbook = workbook_of(world.reader.client.get(url))

    rows = list(workbook[de("Summary")].iter_rows(values_only=True))
    heading = [row[0] for row in rows].index(RECOMMEND)
    label = de("Recommendation score (promoters minus detractors, in %)")
    scores = [(n, row[1]) for n, row in enumerate(rows) if row[0] == label]
    assert len(scores) == 1, "only for the recommendation question"
    assert scores[0][0] > heading and scores[0][1] == SCORE


# Responses over time -----------------------------------------------------------------------------


def line_xs(svg) -> list[list[float]]:
    """The x coordinates of each drawn line's points (paths of three points or more)."""
    lines = []
    for path in svg.find_all("path"):
        points = re.findall(r"[ML] ([\d.]+) [\d.]+", path.get("d", ""))
        if len(points) >= 3 and path.get("clip-path"):
            lines.append([float(x) for x in points])
    return lines


def test_the_responses_over_time_are_spaced_by_their_dates(world):
    section = report_page(world).find(id="over-time-heading").find_parent("section")
    chart = section.select_one("figure.chart")

    rows = [[text_of(cell) for cell in row(["th", "td"])] for row in chart.select("tbody tr")]
    assert [row[0] for row in rows] == ["07.01.2013", "14.01.2013", "25.03.2013"]
    lines = line_xs(chart.svg)
    assert len(lines) == 2, "per week and cumulative"
    for first, second, third in lines:
        # One week, then ten: the gaps on the axis stand as 1 to 10.
        assert (third - second) / (second - first) == pytest.approx(10, rel=0.01)


# Page breaks in the PDF --------------------------------------------------------------------------


def page_texts(content: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages]


def test_in_the_pdf_each_summary_line_is_on_the_page_of_its_chart(world):
    pdf = world.reader.get(reverse("evaluation:phase_report_pdf", args=[1]))

    pages = page_texts(pdf.content)
    assert len(pages) >= 3, "the questions run over several pages"
    for text in [RECOMMEND, *RATINGS]:
        summary = [n for n, page in enumerate(pages) if f"{text}: {de('mean')}" in page]
        # The chart's caption and its data table name the question too.
        named = [n for n, page in enumerate(pages) for _ in range(page.count(text))]
        assert len(summary) == 1, text
        assert len(named) >= 2, text
        assert set(named) == set(summary), f"{text}: summary on page {summary}, chart on {named}"
