"""Figures on known data: seven responses whose counts, percentages, means and medians are worked
out by hand, read back from the results, the report page, the CSV, the workbook and the phase
report's PDF; the same question counted across languages, labels in the reader's language, the
filters alone and combined, small groups kept hidden, bad input answered with a message, and
an aggregation whose number of queries does not grow with the responses."""

import datetime
from types import SimpleNamespace

import pytest
from django import forms
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_info

from evaluation import results
from events.factories import QualificationModuleFactory
from events.models import EventKind
from members.factories import ProjectPhaseFactory
from surveys import services
from surveys.factories import steps_data
from surveys.filters import ReportFilters, responses_filtered
from tests.html import soup

from .reporting import (
    Pages,
    Reader,
    as_csv_text,
    berlin,
    csv_rows,
    de,
    de_plural,
    in_language,
    manager,
    pdf_text,
    sheet_blocks,
    submit,
    text_of,
    workbook_of,
    world_once,
)

pytestmark = pytest.mark.django_db

TITLE = "Rückmeldung Modul 1"
RATING = "Wie zufrieden sind Sie insgesamt?"
MATRIX = "Wie sehr stimmen Sie zu?"
CHOICE = "Wie haben Sie vom Modul erfahren?"
TOPICS_QUESTION = "Welche Themen wünschen Sie sich?"
PRESENT = "Waren Sie an allen Terminen da?"
PEOPLE = "Wie viele Personen aus Ihrem Verein waren dabei?"
IMPROVE = "Was sollten wir verbessern?"
CHOICES = ["Über meinen Verein", "Über das Netzwerk", "Über die Presse"]
CLUB, NETWORK, PRESS = CHOICES
TOPICS = ["Fördermittel", "Pressearbeit", "Datenschutz"]
FUNDING, PUBLICITY, PRIVACY = TOPICS
CLEAR, COMPETENT = "Die Inhalte waren verständlich.", "Die Referentin war kompetent."
SESSION = "Modul 2: Pressearbeit, erster Termin"
ARABIC = "أمثلة أكثر من فضلك"
EVENING = "Wie fanden Sie den Abend?"

TURKISH = {
    TITLE: "Modül 1 geri bildirimi",
    RATING: "Genel olarak ne kadar memnunsunuz?",
    "unzufrieden": "memnun değil",
    "zufrieden": "memnun",
    CHOICE: "Modülü nereden duydunuz?",
    CLUB: "Derneğim aracılığıyla",
    NETWORK: "Ağ aracılığıyla",
    PRESS: "Basın aracılığıyla",
}

D = datetime.date
# name, language, day, at the module 2 session, answers
RESPONSES = [
    (
        "r1",
        "de",
        D(2013, 1, 15),
        False,
        {
            RATING: 2,
            MATRIX: {CLEAR: 2, COMPETENT: 5},
            CHOICE: CLUB,
            TOPICS_QUESTION: [FUNDING],
            PRESENT: "ja",
            PEOPLE: 2,
            IMPROVE: "Mehr Pausen",
        },
    ),
    (
        "r2",
        "de",
        D(2013, 3, 5),
        False,
        {
            RATING: 4,
            MATRIX: {CLEAR: 3, COMPETENT: 4},
            CHOICE: NETWORK,
            TOPICS_QUESTION: [FUNDING, PUBLICITY],
            PRESENT: "nein",
            PEOPLE: 4,
        },
    ),
    (
        "r3",
        "tr",
        D(2013, 5, 20),
        False,
        {
            RATING: 5,
            MATRIX: {CLEAR: 4, COMPETENT: 4},
            CHOICE: CLUB,
            TOPICS_QUESTION: [("other", "Mehr Praxis")],
            PRESENT: "ja",
            PEOPLE: 6,
            IMPROVE: "Daha fazla pratik",
        },
    ),
    (
        "r4",
        "tr",
        D(2013, 9, 10),
        False,
        {RATING: 4, MATRIX: {CLEAR: 5}, CHOICE: PRESS, PRESENT: "ja", PEOPLE: 3},
    ),
    (
        "r5",
        "ar",
        D(2013, 10, 1),
        True,
        {
            RATING: 1,
            MATRIX: {CLEAR: 1, COMPETENT: 5},
            CHOICE: NETWORK,
            TOPICS_QUESTION: [PRIVACY, ("other", "Recht")],
            PRESENT: "nein",
            PEOPLE: 10,
            IMPROVE: ARABIC,
        },
    ),
    (
        "r6",
        "de",
        D(2014, 2, 3),
        False,
        {
            RATING: 5,
            MATRIX: {CLEAR: 4, COMPETENT: 3},
            CHOICE: CLUB,
            TOPICS_QUESTION: [PRIVACY, FUNDING],
            PRESENT: "ja",
            PEOPLE: 1,
            IMPROVE: "Alles gut",
        },
    ),
    (
        "r7",
        "tr",
        D(2014, 4, 15),
        True,
        {
            RATING: 5,
            MATRIX: {CLEAR: 4, COMPETENT: 5},
            CHOICE: NETWORK,
            TOPICS_QUESTION: [PUBLICITY],
            PRESENT: "ja",
            PEOPLE: 5,
        },
    ),
]


def figures_steps() -> list[dict]:
    return steps_data(
        [
            (
                "Ihre Bewertung",
                [
                    ("rating", RATING, {"low_label": "unzufrieden", "high_label": "zufrieden"}),
                    (
                        "matrix",
                        MATRIX,
                        {
                            "items": [CLEAR, COMPETENT],
                            "low_label": "gar nicht",
                            "high_label": "voll",
                        },
                    ),
                    ("single_choice", CHOICE, {"code": "F1", "choices": CHOICES}),
                    ("multiple_choice", TOPICS_QUESTION, {"choices": TOPICS, "allow_other": True}),
                ],
            ),
            (
                "Ihre Teilnahme",
                [
                    ("yes_no", PRESENT, {}),
                    ("number", PEOPLE, {"min_value": 0, "max_value": 50}),
                    ("long_text", IMPROVE, {}),
                ],
            ),
        ]
    )


def evening_steps() -> list[dict]:
    return steps_data([("Der Abend", [("rating", EVENING, {})])])


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Two phases, two modules, the questionnaire of module 1 (translated into Turkish) with the
    seven responses above, two of them given at a session of module 2; an anonymous and a
    named questionnaire with two responses each, one without responses; the network manager."""
    with world_once(django_db_blocker):
        phase_1 = ProjectPhaseFactory(number=1)  # 1 July 2012 to 30 June 2013
        phase_2 = ProjectPhaseFactory(number=2)  # 1 July 2013 to 30 June 2014
        module_1 = QualificationModuleFactory(number=1, title="Vereinsfinanzen")
        module_2 = QualificationModuleFactory(number=2, title="Öffentlichkeitsarbeit")
        pages = Pages()
        session = pages.event(
            title=SESSION,
            kind=EventKind.MODULE_SESSION,
            module=module_2,
            start=berlin(2013, 10, 1, 10),
        )
        page = pages.questionnaire(
            title=TITLE,
            slug="rueckmeldung-modul-1",
            steps=figures_steps(),
            module=module_1,
            translations={"tr": TURKISH},
        )
        responses = {
            name: submit(
                page,
                language=language,
                day=day,
                answers=answers,
                event=session if at_session else None,
            )
            for name, language, day, at_session, answers in RESPONSES
        }
        few = pages.questionnaire(title="Kurzbefragung", slug="kurz", steps=evening_steps())
        for language, day, rating in (("de", D(2013, 2, 1), 4), ("ar", D(2013, 2, 8), 5)):
            submit(few, language=language, day=day, answers={EVENING: rating})
        named = pages.questionnaire(
            title="Namentliche Befragung",
            slug="namentlich",
            steps=evening_steps(),
            access="codes",
            anonymous=False,
        )
        batch = services.codes_generate(questionnaire=named, count=2)
        for code, rating in zip(batch.codes.values_list("code", flat=True), (3, 5), strict=True):
            submit(named, language="de", day=D(2013, 2, 1), answers={EVENING: rating}, code=code)
        empty = pages.questionnaire(title="Noch leer", slug="leer", steps=evening_steps())
        network_manager = manager()
        yield SimpleNamespace(
            phase_1=phase_1,
            phase_2=phase_2,
            module_1=module_1,
            module_2=module_2,
            session=session,
            page=page,
            responses=responses,
            few=few,
            named=named,
            empty=empty,
            manager=network_manager,
            reader=Reader(network_manager),
        )


@pytest.fixture
def manager_client(client, world):
    """For what changes between tests (settings) and for the exports; read-only pages come from
    `world.reader`, which keeps them."""
    client.force_login(world.manager)
    return client


@pytest.fixture(autouse=True)
def _german():
    with translation.override("de"):
        yield


def ids(world, *names) -> list[str]:
    return [str(world.responses[name].pk) for name in names]


def report_url(page) -> str:
    return reverse("evaluation_results:results", args=[page.pk])


def rows_of(result) -> list[tuple]:
    return [(row.label, row.count, row.percent) for row in result.rows]


def by_text(report) -> dict:
    return {question.spec.text: question for question in report.questions}


# Reading the report page -------------------------------------------------------------------------


def article(page, text: str):
    """The question's article, found by its heading (which may start with the question's code)."""
    for found in page.select("article.report-question"):
        heading = text_of(found.h3)
        if heading == text or heading.endswith(f": {text}"):
            return found
    raise AssertionError(f"No question headed {text!r}")


def figures_of(found) -> dict[str, str]:
    return {text_of(pair.dt): text_of(pair.dd) for pair in found.select("dl.report-figures > div")}


def table_rows(table) -> list[list[str]]:
    return [[text_of(cell) for cell in row.find_all(["th", "td"])] for row in table.tbody("tr")]


def chart_rows(found) -> list[list[str]]:
    (table,) = found.select("table.chart__table")
    return table_rows(table)


def total_text(page) -> str:
    return text_of(page.select_one("p.report-total"))


# 1. The results ----------------------------------------------------------------------------------


def test_the_results_count_every_answer_of_every_language_under_its_question(world):
    report = results.questionnaire_results(world.page, ReportFilters(), language="de")
    questions = by_text(report)

    assert (report.total, report.all_responses, report.too_few) == (7, 7, False)
    # Arabic (1) is too few; German is hidden beside it, else 7 - 3 - 3 would reveal it.
    assert [(r["language"], r["count"], r["hidden"]) for r in report.by_language] == [
        ("de", 3, True),
        ("tr", 3, False),
        ("ar", 1, True),
    ]
    rating = questions[RATING]
    assert (rating.answered, rating.mean, rating.median) == (7, 3.7, 4)  # 26 / 7 = 3.71
    assert rows_of(rating) == [
        ("1 (unzufrieden)", 1, 14.3),
        ("2", 1, 14.3),
        ("3", 0, 0.0),
        ("4", 2, 28.6),
        ("5 (zufrieden)", 3, 42.9),
    ]
    matrix = questions[MATRIX]
    assert matrix.answered == 7
    clear, competent = matrix.items
    assert (clear.label, clear.answered, clear.mean, clear.median) == (CLEAR, 7, 3.3, 4)
    assert [(row.count, row.percent) for row in clear.rows] == [
        (1, 14.3),
        (1, 14.3),
        (1, 14.3),
        (3, 42.9),
        (1, 14.3),
    ]
    # An even count: the median is the mean of the two middle values, 4 and 5.
    assert (competent.answered, competent.mean, competent.median) == (6, 4.3, 4.5)
    assert [(row.count, row.percent) for row in competent.rows] == [
        (0, 0.0),
        (0, 0.0),
        (1, 16.7),
        (2, 33.3),
        (3, 50.0),
    ]
    assert questions[CHOICE].answered == 7
    assert rows_of(questions[CHOICE]) == [(CLUB, 3, 42.9), (NETWORK, 3, 42.9), (PRESS, 1, 14.3)]
    topics = questions[TOPICS_QUESTION]
    assert topics.answered == 6, "responses that ticked anything, not ticks"
    assert rows_of(topics) == [
        (FUNDING, 3, 50.0),
        (PUBLICITY, 2, 33.3),
        (PRIVACY, 2, 33.3),
        (de("Other"), 2, 33.3),
    ]
    assert sorted(text.text for text in topics.texts) == ["Mehr Praxis", "Recht"]
    assert rows_of(questions[PRESENT]) == [(de("Yes"), 5, 71.4), (de("No"), 2, 28.6)]
    people = questions[PEOPLE]
    assert (people.answered, people.mean, people.median) == (7, 4.4, 4)  # 31 / 7 = 4.43
    assert (people.minimum, people.maximum) == (1, 10)
    assert [row.value for row in people.rows] == ["1", "2", "3", "4", "5", "6", "10"]
    assert {(row.count, row.percent) for row in people.rows} == {(1, 14.3)}
    improve = questions[IMPROVE]
    assert (improve.answered, improve.texts_total) == (4, 4)
    assert [(text.text, text.language) for text in improve.texts] == [
        ("Alles gut", "de"),
        (ARABIC, "ar"),
        ("Daha fazla pratik", "tr"),
        ("Mehr Pausen", "de"),
    ]


@pytest.mark.parametrize(
    "name, filters, total, rating, competent",
    [
        # rating 2, 4, 5; statement two 5, 4, 4
        ("phase 1", {"phase": 1}, 3, (3.7, 4), (4.3, 4)),
        # rating 4, 1, 5, 5: 3.75 rounds up, the median is 4.5; statement two 5, 3, 5
        ("phase 2", {"phase": 2}, 4, (3.8, 4.5), (4.3, 5)),
        # rating 5, 4, 5
        ("Turkish", {"language": "tr"}, 3, (4.7, 5), (4.5, 4.5)),
        # rating 2, 4, 5
        ("module 1", {"module": 1}, 5, (4.0, 4), (4, 4)),
    ],
)
def test_the_figures_of_a_subgroup(world, settings, name, filters, total, rating, competent):
    """The figures themselves, with the small-group rule out of the way (module 1's rest,
    module 2, is too small to show module 1 at the threshold of 3)."""
    settings.SURVEY_MIN_GROUP_SIZE = 1
    if "phase" in filters:
        filters["phase"] = getattr(world, f"phase_{filters['phase']}")
    if "module" in filters:
        filters["module"] = world.module_1

    report = results.questionnaire_results(world.page, ReportFilters(**filters), language="de")

    questions = by_text(report)
    assert (report.total, report.all_responses, report.too_few) == (total, 7, False)
    assert (questions[RATING].mean, questions[RATING].median) == rating
    statement = questions[MATRIX].items[1]
    assert (statement.mean, statement.median) == competent


def test_module_1_counts_the_responses_of_its_questionnaire_given_elsewhere_to_module_2(
    world, settings
):
    settings.SURVEY_MIN_GROUP_SIZE = 1
    report = results.questionnaire_results(
        world.page, ReportFilters(module=world.module_1), language="de"
    )
    questions = by_text(report)

    # r1, r2, r3, r4, r6: r5 and r7 were given at a session of module 2.
    assert rows_of(questions[CHOICE]) == [(CLUB, 3, 60.0), (NETWORK, 1, 20.0), (PRESS, 1, 20.0)]
    assert (questions[PEOPLE].mean, questions[PEOPLE].median) == (3.2, 3)  # 2, 4, 6, 3, 1


# 2. The report page ------------------------------------------------------------------------------


def test_the_report_page_shows_the_figures_and_the_charts_tables(world):
    response = world.reader.get(report_url(world.page))

    assert response.status_code == 200
    page = soup(response)
    assert total_text(page) == de_plural("%(count)s response", "%(count)s responses", 7)
    languages = page.find("caption", string=de("Responses by language")).find_parent("table")
    assert table_rows(languages) == [
        [get_language_info("de")["name_translated"], de("too few responses")],
        [get_language_info("tr")["name_translated"], "3"],
        [get_language_info("ar")["name_translated"], de("too few responses")],
    ]

    rating = article(page, RATING)
    answered = de_plural("Answered by %(count)s response", "Answered by %(count)s responses", 7)
    assert text_of(rating.select_one(".report-question__answered")) == answered
    assert figures_of(rating) == {de("Mean"): "3,7", de("Median"): "4"}
    assert chart_rows(rating) == [
        ["1 (unzufrieden)", "1", "14,3 %"],
        ["2", "1", "14,3 %"],
        ["3", "0", "0,0 %"],
        ["4", "2", "28,6 %"],
        ["5 (zufrieden)", "3", "42,9 %"],
    ]

    matrix = article(page, MATRIX)
    statements = matrix.find("caption", string=de("Mean and median of each statement"))
    assert table_rows(statements.find_parent("table")) == [
        [CLEAR, "7", "3,3", "4"],
        [COMPETENT, "6", "4,3", "4,5"],
    ]
    assert chart_rows(matrix) == [
        [CLEAR, "1", "1", "1", "3", "1", "7"],
        [COMPETENT, "0", "0", "1", "2", "3", "6"],
    ]

    choice = article(page, CHOICE)
    assert text_of(choice.h3) == f"F1: {CHOICE}"
    assert figures_of(choice) == {}, "no mean of a choice"
    assert chart_rows(choice) == [
        [CLUB, "3", "42,9 %"],
        [NETWORK, "3", "42,9 %"],
        [PRESS, "1", "14,3 %"],
    ]
    topics = article(page, TOPICS_QUESTION)
    assert chart_rows(topics) == [
        [FUNDING, "3", "50,0 %"],
        [PUBLICITY, "2", "33,3 %"],
        [PRIVACY, "2", "33,3 %"],
        [de("Other"), "2", "33,3 %"],
    ]
    assert [text_of(quote) for quote in topics.select("blockquote")] == ["Recht", "Mehr Praxis"]
    assert chart_rows(article(page, PRESENT)) == [
        [de("Yes"), "5", "71,4 %"],
        [de("No"), "2", "28,6 %"],
    ]
    people = article(page, PEOPLE)
    assert figures_of(people) == {
        de("Mean"): "4,4",
        de("Median"): "4",
        de("Lowest"): "1",
        de("Highest"): "10",
    }
    assert [row[:2] for row in chart_rows(people)] == [
        ["1", "1"],
        ["2", "1"],
        ["3", "1"],
        ["4", "1"],
        ["5", "1"],
        ["6", "1"],
        ["10", "1"],
    ]
    improve = article(page, IMPROVE)
    assert text_of(improve.h4) == de_plural(
        "%(count)s written answer", "%(count)s written answers", 4
    )
    quotes = improve.select("blockquote")
    assert [text_of(quote) for quote in quotes] == [
        "Alles gut",
        ARABIC,
        "Daha fazla pratik",
        "Mehr Pausen",
    ]
    assert [quote["lang"] for quote in quotes] == ["de", "ar", "tr", "de"]


def test_the_page_of_phase_two_shows_a_median_between_two_values(world):
    response = world.reader.get(report_url(world.page), {"phase": "2"})

    page = soup(response)
    all_seven = de("of %(all)s in all", all=7)
    assert total_text(page) == (
        f"{de_plural('%(count)s response', '%(count)s responses', 4)} ({all_seven})"
    )
    assert figures_of(article(page, RATING)) == {de("Mean"): "3,8", de("Median"): "4,5"}
    people = article(page, PEOPLE)  # 3, 10, 1, 5
    assert figures_of(people)[de("Mean")] == "4,8"
    assert figures_of(people)[de("Median")] == "4"


def test_with_turkish_labels_the_page_shows_the_translation_and_the_same_counts(world):
    response = world.reader.get(report_url(world.page), {"labels": "tr"})

    page = soup(response)
    choice = article(page, TURKISH[CHOICE])
    assert text_of(choice.h3) == f"F1: {TURKISH[CHOICE]}"
    assert chart_rows(choice) == [
        [TURKISH[CLUB], "3", "42,9 %"],
        [TURKISH[NETWORK], "3", "42,9 %"],
        [TURKISH[PRESS], "1", "14,3 %"],
    ]
    rating = article(page, TURKISH[RATING])
    assert figures_of(rating) == {de("Mean"): "3,7", de("Median"): "4"}
    assert [row[0] for row in chart_rows(rating)] == [
        "1 (memnun değil)",
        "2",
        "3",
        "4",
        "5 (memnun)",
    ]
    # Untranslated questions keep their German text.
    assert figures_of(article(page, PEOPLE))[de("Mean")] == "4,4"
    assert page.select_one("#id_labels option[selected]")["value"] == "tr"


def test_with_turkish_labels_yes_no_and_other_are_turkish_too(world):
    """As in the exports with the same labels (CSV, workbook): the answers' words follow the
    labels' language, not the admin's."""
    response = world.reader.get(report_url(world.page), {"labels": "tr"})

    page = soup(response)
    assert [row[0] for row in chart_rows(article(page, PRESENT))] == [
        in_language("tr", "Yes"),
        in_language("tr", "No"),
    ]
    assert chart_rows(article(page, TOPICS_QUESTION))[-1][0] == in_language("tr", "Other")


def test_the_language_filter_gives_only_the_turkish_responses(world):
    response = world.reader.get(report_url(world.page), {"language": "tr"})

    page = soup(response)
    all_seven = de("of %(all)s in all", all=7)
    assert total_text(page) == (
        f"{de_plural('%(count)s response', '%(count)s responses', 3)} ({all_seven})"
    )
    assert figures_of(article(page, RATING)) == {de("Mean"): "4,7", de("Median"): "5"}
    assert chart_rows(article(page, CHOICE)) == [
        [CLUB, "1", "33,3 %"],
        [NETWORK, "1", "33,3 %"],
        [PRESS, "1", "33,3 %"],
    ]
    improve = article(page, IMPROVE)
    assert [text_of(quote) for quote in improve.select("blockquote")] == ["Daha fazla pratik"]


# 3. Filters combined -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"phase": "2", "language": "tr"}, ["r4", "r7"]),
        (
            {"phase": "2", "language": "tr", "start": "2013-09-01", "end": "2014-03-31"},
            ["r4"],
        ),
        # Three, but periods may only begin after 20 May 2013 (the end of phase 1's block of
        # three) or end on 15 April 2014, else two periods could differ by one response.
        ({"phase": "2", "start": "2013-10-01"}, ["r5", "r6", "r7"]),
        ({"phase": "1", "end": "2013-03-31", "language": "de"}, ["r1", "r2"]),
        ({"start": "2013-05-20", "end": "2013-10-01"}, ["r3", "r4", "r5"]),
        ({"start": "2013-05-21"}, ["r4", "r5", "r6", "r7"]),
        ({"module": "module_2"}, ["r5", "r7"]),
        ({"module": "module_1", "language": "tr"}, ["r3", "r4"]),
        ({"event": "session", "language": "ar"}, ["r5"]),
        ({"language": "fr"}, []),
    ],
    ids=[
        "phase+language",
        "phase+language+period",
        "phase+start",
        "phase+end+language",
        "period",
        "period at a cut",
        "module 2",
        "module 1+language",
        "session+language",
        "nothing",
    ],
)
def test_filters_combined_choose_the_subset(manager_client, world, query, expected):
    query = dict(query)
    if "module" in query:
        query["module"] = str(getattr(world, query["module"]).pk)
    if "event" in query:
        query["event"] = str(world.session.pk)

    response = manager_client.get(
        reverse("evaluation_results:results_csv", args=[world.page.pk]), query
    )

    # Periods that do not begin after or end on a cut (see the parameters).
    withheld = query.get("start") in {"2013-10-01", "2013-05-20"}
    if len(expected) >= settings.SURVEY_MIN_GROUP_SIZE and not withheld:
        assert [row[0] for row in csv_rows(response)[1:]] == ids(world, *expected)
    elif expected:  # too few, or withheld by the rule: as the report, no rows
        assert [row[0] for row in csv_rows(response)[1:]] == [
            f"{de('Too few responses')}: "
            + de("results are not shown so that nobody can be recognised.")
        ]
    else:
        assert response.status_code == 302
    page = soup(world.reader.get(report_url(world.page), query))
    count = de_plural("%(count)s response", "%(count)s responses", len(expected))
    assert total_text(page) == f"{count} ({de('of %(all)s in all', all=7)})"


def test_a_combined_subset_of_three_has_its_own_figures(manager_client, world, settings):
    settings.SURVEY_MIN_GROUP_SIZE = 1  # the rule withholds this period at 3 (see above)
    query = {"phase": "2", "start": "2013-10-01"}  # r5, r6, r7

    page = soup(manager_client.get(report_url(world.page), query))

    assert figures_of(article(page, RATING)) == {de("Mean"): "3,7", de("Median"): "5"}  # 1, 5, 5
    assert chart_rows(article(page, PRESENT)) == [
        [de("Yes"), "2", "66,7 %"],
        [de("No"), "1", "33,3 %"],
    ]


# 4. The CSV and the workbook ---------------------------------------------------------------------


def expected_csv(world, language="de") -> list[list[str]]:
    yes, no = in_language(language, "Yes"), in_language(language, "No")
    other = in_language(language, "Other")
    label = TURKISH if language == "tr" else {}

    def choice(value):
        return label.get(value, value)

    header = [
        in_language(language, "Response"),
        in_language(language, "Day"),
        in_language(language, "Language"),
        in_language(language, "Event"),
        label.get(RATING, RATING),
        f"{MATRIX} – {CLEAR}",
        f"{MATRIX} – {COMPETENT}",
        label.get(CHOICE, CHOICE),
        TOPICS_QUESTION,
        PRESENT,
        PEOPLE,
        IMPROVE,
    ]
    r = world.responses
    return [
        header,
        [str(r["r1"].pk), "2013-01-15", "de", "", "2", "2", "5", choice(CLUB), FUNDING, yes]
        + ["2", "Mehr Pausen"],
        [str(r["r2"].pk), "2013-03-05", "de", "", "4", "3", "4", choice(NETWORK)]
        + [f"{FUNDING}; {PUBLICITY}", no, "4", ""],
        [str(r["r3"].pk), "2013-05-20", "tr", "", "5", "4", "4", choice(CLUB)]
        + [f"{other}: Mehr Praxis", yes, "6", "Daha fazla pratik"],
        [str(r["r4"].pk), "2013-09-10", "tr", "", "4", "5", "", choice(PRESS), "", yes, "3", ""],
        [str(r["r5"].pk), "2013-10-01", "ar", SESSION, "1", "1", "5", choice(NETWORK)]
        + [f"{PRIVACY}; {other}: Recht", no, "10", ARABIC],
        [str(r["r6"].pk), "2014-02-03", "de", "", "5", "4", "3", choice(CLUB)]
        + [f"{FUNDING}; {PRIVACY}", yes, "1", "Alles gut"],
        [str(r["r7"].pk), "2014-04-15", "tr", SESSION, "5", "4", "5", choice(NETWORK)]
        + [PUBLICITY, yes, "5", ""],
    ]


def test_the_csv_holds_every_response_in_every_cell(manager_client, world):
    response = manager_client.get(reverse("evaluation_results:results_csv", args=[world.page.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert csv_rows(response) == expected_csv(world)


def test_the_csv_with_turkish_labels_and_the_turkish_responses_only(manager_client, world):
    url = reverse("evaluation_results:results_csv", args=[world.page.pk])

    everything = csv_rows(manager_client.get(url, {"labels": "tr"}))
    turkish_only = csv_rows(manager_client.get(url, {"labels": "tr", "language": "tr"}))

    expected = expected_csv(world, "tr")
    assert everything == expected
    assert turkish_only == [expected[0], expected[3], expected[4], expected[7]]


def rounded(row: tuple) -> tuple:
    return tuple(round(cell, 3) if isinstance(cell, float) else cell for cell in row)


def test_the_workbook_has_the_figures_and_the_csv_rows(manager_client, world):
    response = manager_client.get(reverse("evaluation_results:results_xlsx", args=[world.page.pk]))

    assert response.status_code == 200
    workbook = workbook_of(response)
    summary, raw = workbook[de("Summary")], workbook[de("Responses")]
    blocks = sheet_blocks(summary)
    head = blocks[0]
    assert head[0] == (TITLE,)
    assert (de("Responses"), 7) in head
    questions = {block[0][0]: [rounded(row) for row in block[1:]] for block in blocks[1:]}
    n, mean, median = de("Responses"), de("Mean"), de("Median")
    header = (de("Answer"), de("Responses"), de("Percent"))
    assert questions[RATING] == [
        (n, 7),
        (mean, 3.7),
        (median, 4),
        header,
        ("1 (unzufrieden)", 1, 0.143),
        ("2", 1, 0.143),
        ("3", 0, 0),
        ("4", 2, 0.286),
        ("5 (zufrieden)", 3, 0.429),
    ]
    assert questions[MATRIX] == [
        (n, 7),
        (CLEAR,),
        (n, 7),
        (mean, 3.3),
        (median, 4),
        header,
        ("1 (gar nicht)", 1, 0.143),
        ("2", 1, 0.143),
        ("3", 1, 0.143),
        ("4", 3, 0.429),
        ("5 (voll)", 1, 0.143),
        (COMPETENT,),
        (n, 6),
        (mean, 4.3),
        (median, 4.5),
        header,
        ("1 (gar nicht)", 0, 0),
        ("2", 0, 0),
        ("3", 1, 0.167),
        ("4", 2, 0.333),
        ("5 (voll)", 3, 0.5),
    ]
    assert questions[CHOICE] == [
        (n, 7),
        header,
        (CLUB, 3, 0.429),
        (NETWORK, 3, 0.429),
        (PRESS, 1, 0.143),
    ]
    assert questions[TOPICS_QUESTION] == [
        (n, 6),
        header,
        (FUNDING, 3, 0.5),
        (PUBLICITY, 2, 0.333),
        (PRIVACY, 2, 0.333),
        (de("Other"), 2, 0.333),
    ]
    assert questions[PRESENT] == [(n, 7), header, (de("Yes"), 5, 0.714), (de("No"), 2, 0.286)]
    assert questions[PEOPLE][:6] == [
        (n, 7),
        (mean, 4.4),
        (median, 4),
        (de("Lowest"), 1),
        (de("Highest"), 10),
        header,
    ]
    assert [row[:2] for row in questions[PEOPLE][6:]] == [
        ("1", 1),
        ("2", 1),
        ("3", 1),
        ("4", 1),
        ("5", 1),
        ("6", 1),
        ("10", 1),
    ]
    assert questions[IMPROVE][0] == (n, 4)

    cells = [[as_csv_text(cell) for cell in row] for row in raw.iter_rows(values_only=True)]
    assert cells == expected_csv(world)
    assert raw.cell(row=2, column=5).value == 2, "a rating is a number"


# 5. The phase report -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number, rating, people",
    [(1, ("3,7", "4", 3), ("4", "4", 3)), (2, ("3,8", "4,5", 4), ("4,8", "4", 4))],
)
def test_the_phase_report_and_its_pdf_give_the_phases_means(world, number, rating, people):
    def line(text, figures):
        mean, median, answered = figures
        return f"{text}: {de('mean')} {mean}, {de('median')} {median} (n = {answered})"

    html = world.reader.get(reverse("evaluation:phase_report", args=[number]))
    pdf = world.reader.get(reverse("evaluation:phase_report_pdf", args=[number]))

    (section,) = [
        found for found in soup(html).select(".report-questionnaire") if text_of(found.h4) == TITLE
    ]
    lines = [text_of(p) for p in section.select(".report-question__figures")]
    assert lines == [line(RATING, rating), line(PEOPLE, people)]
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    text = pdf_text(pdf.content)
    title = de("Interim report, phase %(number)s: %(title)s")
    assert title % {"number": number, "title": f"Projektphase {number}"} in text
    assert "1. Vereinsfinanzen" in text
    assert TITLE in text
    assert line(RATING, rating) in text
    assert line(PEOPLE, people) in text
    assert IMPROVE not in text, "free texts only as chosen quotes"


# 6. Small numbers --------------------------------------------------------------------------------


def test_an_anonymous_questionnaire_with_two_responses_shows_no_figures(world):
    report = results.questionnaire_results(world.few, ReportFilters(), language="de")
    assert (report.total, report.too_few, report.questions) == (2, True, [])
    assert report.by_language == []

    page = soup(world.reader.get(report_url(world.few)))

    warning = text_of(page.select_one(".help-warning"))
    assert warning.startswith(f"{de('Too few responses')}:")
    assert "3" in warning
    assert total_text(page) == de_plural("%(count)s response", "%(count)s responses", 2)
    assert (
        page.select("article.report-question, dl.report-figures, figure.chart, svg.chart__svg")
        == []
    )
    assert de("Mean") not in page.select_one("main, body").get_text()
    assert page.find("caption", string=de("Responses by language")) is None
    assert EVENING in text_of(page.select_one(".help-warning").find_next("ul"))


def test_a_named_questionnaire_with_two_responses_shows_its_figures(world):
    page = soup(world.reader.get(report_url(world.named)))

    assert page.select_one(".help-warning") is None
    assert figures_of(article(page, EVENING)) == {de("Mean"): "4,0", de("Median"): "4"}
    assert chart_rows(article(page, EVENING))[2] == ["3", "1", "50,0 %"]


def test_a_filter_that_leaves_too_few_hides_the_figures(world):
    page = soup(world.reader.get(report_url(world.page), {"phase": "2", "language": "tr"}))

    assert text_of(page.select_one(".help-warning")).startswith(f"{de('Too few responses')}:")
    assert page.select("dl.report-figures, figure.chart") == []


def test_comparison_groups_below_the_threshold_are_left_out(world):
    modules = results.compare_modules(world.page, ReportFilters(), language="de")
    phases = results.compare_phases(world.page, ReportFilters(), language="de")

    # Module 2 (2) is too few, and module 1 hidden beside it: all minus module 1 is module 2.
    assert modules.groups == []
    assert modules.hidden == ["1. Vereinsfinanzen", "2. Öffentlichkeitsarbeit"]
    assert phases.groups == [("1. Projektphase 1", 3), ("2. Projektphase 2", 4)]
    assert phases.hidden == []
    assert phases.rows == [
        {"label": RATING, "means": [3.7, 3.8]},
        {"label": f"{MATRIX}: {CLEAR}", "means": [3.0, 3.5]},
        {"label": f"{MATRIX}: {COMPETENT}", "means": [4.3, 4.3]},
    ]

    page = soup(world.reader.get(report_url(world.page)))
    modules_section = page.select_one("section[aria-labelledby=modules-heading]")
    assert modules_section.table is None, "one group left: nothing to compare"
    assert text_of(modules_section.p) == (
        f"{de('Too few responses to show:')} 1. Vereinsfinanzen, 2. Öffentlichkeitsarbeit"
    )
    phases_table = page.select_one("section[aria-labelledby=phases-heading] table")
    assert [text_of(th) for th in phases_table.thead("th")] == [
        de("Question"),
        "1. Projektphase 1 (3)",
        "2. Projektphase 2 (4)",
    ]
    assert table_rows(phases_table) == [
        [RATING, "3,7", "3,8"],
        [f"{MATRIX}: {CLEAR}", "3,0", "3,5"],
        [f"{MATRIX}: {COMPETENT}", "4,3", "4,3"],
    ]


def test_a_threshold_of_one_shows_every_group(manager_client, world, settings):
    settings.SURVEY_MIN_GROUP_SIZE = 1

    report = results.questionnaire_results(world.page, ReportFilters(), language="de")
    modules = results.compare_modules(world.page, ReportFilters(), language="de")
    arabic = results.questionnaire_results(world.page, ReportFilters(language="ar"))
    few = soup(manager_client.get(report_url(world.few)))

    assert [(row["language"], row["hidden"]) for row in report.by_language] == [
        ("de", False),
        ("tr", False),
        ("ar", False),
    ]
    assert modules.groups == [("1. Vereinsfinanzen", 5), ("2. Öffentlichkeitsarbeit", 2)]
    assert modules.hidden == []
    assert modules.rows[0] == {"label": RATING, "means": [4.0, 3.0]}  # 2, 4, 5, 4, 5 and 1, 5
    assert (arabic.too_few, by_text(arabic)[RATING].mean) == (False, 1.0)
    assert few.select_one(".help-warning") is None
    assert figures_of(article(few, EVENING)) == {de("Mean"): "4,5", de("Median"): "4,5"}


def test_a_threshold_of_ten_hides_seven_responses(manager_client, world, settings):
    settings.SURVEY_MIN_GROUP_SIZE = 10

    report = results.questionnaire_results(world.page, ReportFilters(), language="de")
    page = soup(manager_client.get(report_url(world.page)))

    assert (report.total, report.too_few) == (7, True)
    warning = text_of(page.select_one(".help-warning"))
    assert warning.startswith(f"{de('Too few responses')}:") and "10" in warning
    assert page.select("dl.report-figures, figure.chart, table") == []
    phases = results.compare_phases(world.page, ReportFilters(), language="de")
    assert phases.groups == [] and phases.hidden == ["1. Projektphase 1", "2. Projektphase 2"]
    named = soup(manager_client.get(report_url(world.named)))
    assert figures_of(article(named, EVENING))[de("Mean")] == "4,0", "named: never hidden"


def test_the_evidence_of_the_mean_rating_does_not_single_out_one_anonymous_response(world):
    """The dashboard's evidence for "mean module rating" takes any period: one that holds a
    single response (r2: rating 4, statements 3 and 4) must not show its mean, as the
    questionnaire's own report, linked from the same row, does not."""
    url = reverse("evaluation:evidence", args=["module_rating"])
    period = {"start": "2013-03-01", "end": "2013-03-31"}

    response = world.reader.get(url, period)
    report = world.reader.get(report_url(world.page), period)

    assert response.status_code == 200
    assert text_of(soup(report).select_one(".help-warning")).startswith(
        f"{de('Too few responses')}:"
    )
    page = soup(response)
    (row,) = page.select("table.report-table tbody tr")
    assert text_of(row.th) == TITLE
    assert "3,7" not in text_of(row), "the mean of one person's answers"
    assert "3,7" not in text_of(page.select_one("p.report-total"))


# 7. Bad input ------------------------------------------------------------------------------------


def test_an_end_before_the_start_is_refused_with_a_message(world):
    response = world.reader.get(
        report_url(world.page), {"start": "2014-01-01", "end": "2013-01-01"}
    )

    assert response.status_code == 400
    page = soup(response)
    alert = text_of(page.select_one("[role=alert]"))
    assert de("The end of the period must not be before its start.") in alert
    assert page.select("article.report-question, dl.report-figures") == []


@pytest.mark.parametrize(
    "query, field",
    [
        ({"module": "999999"}, "Qualification module"),
        ({"module": "Modul 1"}, "Qualification module"),
        ({"phase": "9"}, "Project phase"),
        ({"event": "999999"}, "Event session"),
        ({"language": "xx"}, "Language"),
        ({"start": "31.02.2014"}, "From"),
    ],
)
def test_an_unknown_filter_value_is_refused_with_a_message(world, query, field):
    response = world.reader.get(report_url(world.page), query)

    assert response.status_code == 400
    alert = text_of(soup(response).select_one("[role=alert]"))
    assert f"{de(field)}:" in alert
    with translation.override("de"):
        messages = [
            str(forms.ModelChoiceField.default_error_messages["invalid_choice"]),
            str(forms.ChoiceField.default_error_messages["invalid_choice"]) % {"value": "xx"},
            str(forms.DateField.default_error_messages["invalid"]),
        ]
    assert any(message in alert for message in messages)


@pytest.mark.parametrize("name", ["results_csv", "results_xlsx"])
def test_an_export_without_responses_goes_back_to_the_report_with_a_message(
    manager_client, world, name
):
    response = manager_client.get(reverse(f"evaluation_results:{name}", args=[world.empty.pk]))

    assert response.status_code == 302
    assert response["Location"] == report_url(world.empty)
    page = manager_client.get(response["Location"])
    assert de("There are no responses to export for these filters.") in page.content.decode()

    filtered = manager_client.get(
        reverse(f"evaluation_results:{name}", args=[world.page.pk]), {"language": "fr"}
    )
    assert filtered.status_code == 302
    assert filtered["Location"] == f"{report_url(world.page)}?language=fr"


@pytest.mark.parametrize("name", ["results_csv", "results_xlsx"])
def test_an_export_with_bad_filters_goes_back_with_the_message(manager_client, world, name):
    response = manager_client.get(
        reverse(f"evaluation_results:{name}", args=[world.page.pk]),
        {"start": "2014-01-01", "end": "2013-01-01"},
        follow=True,
    )

    assert response.status_code == 200
    assert response.redirect_chain[0][1] == 302
    assert de("The end of the period must not be before its start.") in response.content.decode()


# 8. The cost of counting -------------------------------------------------------------------------


def test_the_aggregation_runs_in_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    everything = ReportFilters()
    phase_2 = ReportFilters(phase=world.phase_2)
    for filters in (everything, phase_2):  # warm any per-process caches
        results.questionnaire_results(world.page, filters, language="tr")
    seven = {}
    for name, filters in (("all", everything), ("phase 2", phase_2)):
        with CaptureQueriesContext(connection) as queries:
            results.questionnaire_results(world.page, filters, language="tr")
        seven[name] = len(queries)

    for number in range(63):
        _name, _language, _day, _at, answers = RESPONSES[number % len(RESPONSES)]
        day = D(2013, 7, 1) + datetime.timedelta(days=number)  # in phase 2
        submit(world.page, language=("de", "tr", "ar")[number % 3], day=day, answers=answers)
    assert responses_filtered(world.page, everything).count() == 70

    with django_assert_max_num_queries(seven["all"]):
        report = results.questionnaire_results(world.page, everything, language="tr")
    with django_assert_max_num_queries(seven["phase 2"]):
        filtered = results.questionnaire_results(world.page, phase_2, language="tr")
    assert (report.total, filtered.total) == (70, 67)
    assert by_text(report)[PEOPLE].answered == 70
    assert sum(row.count for row in by_text(report)[TURKISH[CHOICE]].rows) == 70
