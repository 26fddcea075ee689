"""Small groups, whatever the route: an attacker with a report reader's login (the network
manager, an evaluator) reads every report view, filter, comparison, key figure, phase report and
export of a questionnaire with a small group in it, collects every figure shown, and subtracts
each view from each other one (and two from a third) to recover the answers of fewer than
`SURVEY_MIN_GROUP_SIZE` respondents. None of it may work.

The world (threshold 5), built in the order it happened:

- phase 1: 8 responses at a session of module 1 (4 German, 4 Turkish), January 2013; the
  phase 1 report is sent in July;
- phase 2: 3 German responses without a session on 1 September, and on 5 October the
  *small group*: the 2 members of one organisation, at its own session of module 2, in Arabic,
  rating 1 and writing "GEHEIM …"; the phase 2 report is sent on 10 October, before the phase
  ends, with these 5 responses;
- then 3 Turkish responses on 1 November: fewer than 5 since the sent report.
"""

import datetime
import itertools
from collections import Counter
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from evaluation import services as evaluation_services
from events.factories import QualificationModuleFactory
from events.models import EventKind
from members.factories import ProjectPhaseFactory
from surveys.factories import steps_data
from tests.html import soup

from .reporting import (
    Pages,
    Reader,
    berlin,
    csv_rows,
    de,
    evaluator,
    manager,
    pdf_text,
    submit,
    text_of,
    workbook_of,
    world_once,
)

pytestmark = pytest.mark.django_db

N = 5
TITLE = "Rückmeldung Vereinsfinanzen"
RATING = "Wie zufrieden sind Sie?"
CHOICE = "Wie haben Sie davon erfahren?"
IMPROVE = "Was sollten wir verbessern?"
CHOICES = ["Über meinen Verein", "Über das Netzwerk", "Über die Presse"]
SECRET = "GEHEIM"
D = datetime.date


def steps() -> list[dict]:
    return steps_data(
        [
            (
                "Bewertung",
                [
                    ("rating", RATING, {}),
                    ("single_choice", CHOICE, {"choices": CHOICES}),
                    ("long_text", IMPROVE, {}),
                ],
            )
        ]
    )


def answer(rating: int, choice: int, text: str) -> dict:
    return {RATING: rating, CHOICE: CHOICES[choice], IMPROVE: text}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with world_once(django_db_blocker), override_settings(SURVEY_MIN_GROUP_SIZE=N):
        phase_1, phase_2 = ProjectPhaseFactory(number=1), ProjectPhaseFactory(number=2)
        finances = QualificationModuleFactory(number=1, title="Vereinsfinanzen")
        press = QualificationModuleFactory(number=2, title="Öffentlichkeitsarbeit")
        pages = Pages()
        session = pages.event(
            title="Vereinsfinanzen, Termin 1",
            kind=EventKind.MODULE_SESSION,
            module=finances,
            start=berlin(2013, 1, 10, 10),
        )
        small = pages.event(
            title="Öffentlichkeitsarbeit beim Kulturverein",
            kind=EventKind.MODULE_SESSION,
            module=press,
            start=berlin(2013, 10, 5, 10),
        )
        page = pages.questionnaire(title=TITLE, slug="rueckmeldung", steps=steps(), module=finances)
        network_manager, reader = manager(), evaluator()
        number = itertools.count(1)

        def respond(day, language, rating, choice, event=None, text="Antwort"):
            submit(
                page,
                language=language,
                day=day,
                answers=answer(rating, choice, f"{text} {next(number)}"),
                event=event,
            )

        for day in (D(2013, 1, 10), D(2013, 1, 20)):
            for language, rating in (("de", 4), ("de", 5), ("tr", 3), ("tr", 4)):
                respond(day, language, rating, 0, session)
        evaluation_services.report_send(
            phase=phase_1, by=network_manager, now=berlin(2013, 7, 5, 12)
        )
        for rating in (5, 4, 4):
            respond(D(2013, 9, 1), "de", rating, 1)
        for _member in range(2):
            respond(D(2013, 10, 5), "ar", 1, 2, small, text=SECRET)
        evaluation_services.report_send(
            phase=phase_2, by=network_manager, now=berlin(2013, 10, 10, 12)
        )
        for rating in (3, 5, 2):
            respond(D(2013, 11, 1), "tr", rating, 1)
        yield SimpleNamespace(
            phase_1=phase_1,
            phase_2=phase_2,
            finances=finances,
            press=press,
            session=session,
            small=small,
            page=page,
            manager=network_manager,
            readers={"manager": Reader(network_manager), "evaluator": Reader(reader)},
        )


@pytest.fixture(autouse=True)
def _threshold(settings):
    settings.SURVEY_MIN_GROUP_SIZE = N
    with translation.override("de"):
        yield


# What a view shows -------------------------------------------------------------------------------


@dataclass
class Seen:
    """The figures one view shows of the questionnaire: how many responses, how many gave each
    rating (1 to 5), each choice, and which texts; None where it shows none."""

    where: str
    responses: int
    ratings: tuple | None = None
    choices: tuple | None = None
    texts: Counter = field(default_factory=Counter)
    period: tuple | None = None  # (start, end) of a rating mean, for the evidence
    mean: float | None = None

    @property
    def counts(self) -> tuple | None:
        if self.ratings is None:
            return None
        return (self.responses, *self.ratings, *(self.choices or ()))


def report_url(world) -> str:
    return reverse("evaluation_results:results", args=[world.page.pk])


def number(text: str) -> int:
    return int(text.replace(".", "").strip())


def chart_counts(article, labels: list[str]) -> tuple:
    rows = {
        text_of(row.find_all(["th", "td"])[0]): number(text_of(row.find_all(["th", "td"])[1]))
        for row in article.select("table.chart__table tbody tr")
    }
    return tuple(rows.get(label, 0) for label in labels)


def find_article(page, text: str):
    for found in page.select("article.report-question"):
        if text_of(found.h3).endswith(text):
            return found
    return None


def seen_on_report(where: str, response) -> list[Seen]:
    """The report page: its figures, and its breakdowns (by language, modules and phases side
    by side) as counts that must add up to none or at least N with what they leave out."""
    assert response.status_code == 200, where
    page = soup(response)
    total = page.select_one("p.report-total")
    if total is None or page.select_one(".help-warning") or not find_article(page, RATING):
        return []
    responses = number(text_of(total).split()[0])
    rating = find_article(page, RATING)
    choice = find_article(page, CHOICE)
    improve = find_article(page, IMPROVE)
    seen = Seen(
        where=where,
        responses=responses,
        ratings=chart_counts(rating, ["1", "2", "3", "4", "5"]),
        choices=chart_counts(choice, CHOICES),
        texts=Counter(text_of(quote) for quote in improve.select("blockquote")),
    )
    breakdowns = [Seen(f"{where}, languages", responses)]
    languages = page.find("caption", string=de("Responses by language")).find_parent("table")
    for row in languages.tbody("tr"):
        cell = text_of(row.td)
        if cell != de("too few responses"):
            breakdowns.append(Seen(f"{where}, {text_of(row.th)}", number(cell)))
    for heading in ("modules-heading", "phases-heading"):
        section = page.select_one(f"section[aria-labelledby={heading}]")
        if section is not None and section.table is not None:
            for th in section.table.thead("th")[1:]:
                breakdowns.append(
                    Seen(f"{where}, {text_of(th)}", number(text_of(th).rsplit("(", 1)[1][:-1]))
                )
    shown = sum(part.responses for part in breakdowns[1:])
    left_out = responses - shown if len(breakdowns) > 1 else 0
    assert left_out == 0 or left_out >= N, f"{where}: a breakdown leaves out {left_out}"
    return [seen]


def seen_in_rows(where: str, rows: list[list]) -> list[Seen]:
    """The CSV's or the workbook's rows of responses."""
    header, *body = rows
    body = [row for row in body if any(cell not in (None, "") for cell in row)]
    if not body or str(body[0][0]).startswith(de("Too few responses")):
        return []
    rating, choice, improve = (header.index(text) for text in (RATING, CHOICE, IMPROVE))
    ratings = Counter(str(row[rating]) for row in body)
    choices = Counter(str(row[choice]) for row in body)
    return [
        Seen(
            where=where,
            responses=len(body),
            ratings=tuple(ratings.get(str(value), 0) for value in range(1, 6)),
            choices=tuple(choices.get(label, 0) for label in CHOICES),
            texts=Counter(str(row[improve]) for row in body if row[improve]),
        )
    ]


def seen_in_phase_report(where: str, response) -> list[Seen]:
    assert response.status_code == 200, where
    found = []
    for section in soup(response).select(".report-questionnaire"):
        if text_of(section.h4) != TITLE or "n = " not in text_of(section):
            continue
        responses = number(text_of(section.p).split()[0])
        charts = section.select(".report-question")
        found.append(
            Seen(
                where=where,
                responses=responses,
                ratings=chart_counts(charts[0], ["1", "2", "3", "4", "5"]),
                choices=chart_counts(charts[1], CHOICES),
            )
        )
    return found


def seen_in_evidence(where: str, response, period: tuple) -> list[Seen]:
    assert response.status_code == 200, where
    found = []
    for row in soup(response).select("table.report-table tbody tr"):
        if text_of(row.th) != TITLE:
            continue
        cells = [text_of(cell) for cell in row("td")]
        if cells[-1] != de("too few responses"):
            mean = float(cells[-1].replace(",", "."))
            found.append(Seen(where, number(cells[0]), period=period, mean=mean))
    return found


# The attack --------------------------------------------------------------------------------------

# Around each day with responses: the end of phase 1, the day before, of and after the small
# group's session, the end of October.
STARTS = [None, D(2013, 7, 1), D(2013, 10, 5), D(2013, 10, 6)]
ENDS = [None, D(2013, 6, 30), D(2013, 10, 4), D(2013, 10, 5), D(2013, 10, 31)]


def report_queries(world) -> list[dict]:
    """Every filter alone, the pairs that cut the small group out, and periods that begin and
    end around each day that has responses."""
    queries = [
        {},
        {"phase": "1"},
        {"phase": "2"},
        {"module": str(world.finances.pk)},
        {"module": str(world.press.pk)},
        {"event": str(world.session.pk)},
        {"event": str(world.small.pk)},
        {"language": "de"},
        {"language": "tr"},
        {"language": "ar"},
        {"phase": "2", "language": "de"},
        {"phase": "2", "language": "tr"},
        {"phase": "1", "event": str(world.session.pk)},
        {"module": str(world.finances.pk), "language": "de"},
        {"event": str(world.session.pk), "language": "tr"},
        {"phase": "2", "end": "2013-10-04"},
        {"phase": "2", "end": "2013-10-05"},
    ]
    for start, end in itertools.product(STARTS, ENDS):
        if start and end and end < start:
            continue
        query = {"start": start.isoformat()} if start else {}
        if end:
            query["end"] = end.isoformat()
        if query:
            queries.append(query)
    return queries


def evidence_periods(world) -> list[tuple]:
    phases = [
        (world.phase_1.start_date, world.phase_1.end_date),
        (world.phase_2.start_date, world.phase_2.end_date),
        (world.phase_1.start_date, world.phase_2.end_date),
    ]
    chosen = [(D(2012, 7, 1), end) for end in ENDS[1:]] + [
        (start, D(2014, 6, 30)) for start in STARTS[1:]
    ]
    return phases + chosen


def everything_seen(world, role: str) -> list[Seen]:
    """All the evaluator can read; the manager reads the same figures, so of the periods
    chosen by hand only those that begin with the first response."""
    reader = world.readers[role]
    seen: list[Seen] = []
    queries = report_queries(world)
    if role == "manager":
        queries = [query for query in queries if "start" not in query]
    for query in queries:
        where = f"{role}: report {query}"
        seen += seen_on_report(where, reader.get(report_url(world), query))
        csv = reader.get(reverse("evaluation_results:results_csv", args=[world.page.pk]), query)
        if csv.status_code == 200:
            seen += seen_in_rows(f"{role}: CSV {query}", csv_rows(csv))
        xlsx = reader.get(reverse("evaluation_results:results_xlsx", args=[world.page.pk]), query)
        if xlsx.status_code == 200:
            sheet = workbook_of(xlsx)[de("Responses")]
            rows = [list(row) for row in sheet.iter_rows(values_only=True)]
            seen += seen_in_rows(f"{role}: XLSX {query}", rows)
    for name, args in (("phase_report", [1]), ("phase_report", [2]), ("final_report", [])):
        url = reverse(f"evaluation:{name}", args=args)
        seen += seen_in_phase_report(f"{role}: {url}", reader.get(url))
    for start, end in evidence_periods(world):
        url = reverse("evaluation:evidence", args=["module_rating"])
        response = reader.get(url, {"start": start.isoformat(), "end": end.isoformat()})
        seen += seen_in_evidence(f"{role}: evidence {start}–{end}", response, (start, end))
    return seen


def small(difference: tuple) -> bool:
    return all(value >= 0 for value in difference) and 0 < difference[0] < N


def minus(a: tuple, *others: tuple) -> tuple:
    return tuple(x - sum(other[i] for other in others) for i, x in enumerate(a))


def derivations(seen: list[Seen]) -> list[str]:
    """Every difference of one view and one or two others that is a group of 1 to N-1
    responses with its answers: ratings and choices, texts, or a mean over nested periods."""
    found = []
    counted = [item for item in seen if item.counts is not None]
    for a, b in itertools.permutations(counted, 2):
        if small(minus(a.counts, b.counts)):
            found.append(f"{a.where} − {b.where}: {minus(a.counts, b.counts)}")
        if b.texts and not (b.texts - a.texts) and 0 < (a.texts - b.texts).total() < N:
            found.append(f"{a.where} − {b.where}: texts {sorted(a.texts - b.texts)}")
    for a, b, c in itertools.permutations(counted, 3):
        if small(minus(a.counts, b.counts, c.counts)):
            found.append(f"{a.where} − {b.where} − {c.where}")
    means = [item for item in seen if item.mean is not None]
    for a, b in itertools.permutations(means, 2):
        nested = a.period[0] <= b.period[0] and b.period[1] <= a.period[1]
        if nested and 0 < a.responses - b.responses < N:
            found.append(f"{a.where} − {b.where}: a mean of {a.responses - b.responses}")
    return found


@pytest.mark.parametrize("role", ["evaluator", "manager"])
def test_no_pair_of_views_gives_away_a_group_below_the_threshold(world, role):
    seen = everything_seen(world, role)

    assert derivations(seen) == []
    # The attack had material: views with figures from every route.
    routes = {item.where.split(": ", 1)[1].split(" ")[0] for item in seen}
    assert {"report", "CSV", "XLSX", "/admin/berichte/phase-1/", "evidence"} <= routes, routes
    assert any(SECRET in text for item in seen for text in item.texts), (
        "the small group's texts are shown among at least five"
    )


def test_the_same_attack_finds_the_small_group_when_a_filter_cuts_it_out():
    """The attack is no empty check: the figures of all 16 responses, as a view without the rule
    would show them, minus those of the 14 outside the small group give its two ratings of 1."""
    all_sixteen = Seen("all", 16, ratings=(2, 1, 3, 6, 4), choices=(8, 6, 2))
    without_it = Seen("module 1", 14, ratings=(0, 1, 3, 6, 4), choices=(8, 6, 0))

    assert derivations([all_sixteen, without_it]) == ["all − module 1: (2, 2, 0, 0, 0, 0, 0, 0, 2)"]


def test_a_filter_that_isolates_the_small_group_is_refused_with_a_message(client, world):
    client.force_login(world.manager)
    for query in (
        {"event": str(world.small.pk)},
        {"language": "ar"},
        {"module": str(world.press.pk)},
    ):
        page = soup(client.get(report_url(world), query))

        warning = text_of(page.select_one(".help-warning"))
        assert warning.startswith(f"{de('Too few responses')}:"), query
        assert SECRET not in text_of(page.select_one("main, body")), query
        csv = csv_rows(
            client.get(reverse("evaluation_results:results_csv", args=[world.page.pk]), query)
        )
        assert SECRET not in repr(csv) and len(csv) == 2, query


def test_the_rest_of_a_small_group_is_refused_too_and_says_why(world):
    """Until the sent report, module 1 holds 11 of 13 responses: enough by itself, but the rest
    is the small group, so module 1 is withheld as well, with the reason."""
    query = {"module": str(world.finances.pk), "end": "2013-10-10"}
    page = soup(world.readers["evaluator"].get(report_url(world), query))

    assert page.select("article.report-question, figure.chart") == []
    reason = text_of(page.select_one(".report-withheld"))
    assert reason == de(
        "Set against the other views of this report, this selection would reveal the answers "
        "of a group of fewer than %(size)s responses. Choose fewer filters or other ones.",
        size=N,
    )


def test_a_period_that_ends_inside_a_block_is_refused_and_names_the_possible_ends(world):
    page = soup(
        world.readers["evaluator"].get(
            report_url(world), {"start": "2013-01-01", "end": "2013-10-04"}
        )
    )

    assert page.select("article.report-question") == []
    reason = text_of(page.select_one(".report-withheld"))
    assert "20.01.2013" in reason and "05.10.2013" in reason


def test_after_a_report_sent_mid_phase_the_report_up_to_today_waits_for_enough_new_responses(
    client, world
):
    client.force_login(world.manager)
    waiting = soup(client.get(report_url(world)))
    assert page_withheld(waiting)
    assert "05.10.2013" in text_of(waiting.select_one(".report-withheld"))
    until_sent = soup(client.get(report_url(world), {"end": "2013-10-10"}))
    assert not page_withheld(until_sent)

    for rating in (4, 5):
        submit(world.page, language="de", day=D(2013, 11, 2), answers=answer(rating, 0, "Neu"))

    shown = soup(client.get(report_url(world)))
    assert not page_withheld(shown)
    assert text_of(shown.select_one("p.report-total")).startswith("18 ")


def page_withheld(page) -> bool:
    return page.select_one(".help-warning") is not None and not page.select("article")


def test_a_sent_report_holds_the_small_group_only_among_five_and_never_its_texts(world):
    reader = world.readers["evaluator"]
    html = reader.get(reverse("evaluation:phase_report", args=[2]))
    pdf = reader.get(reverse("evaluation:phase_report_pdf", args=[2]))

    (seen,) = seen_in_phase_report("phase 2", html)
    assert (seen.responses, seen.ratings) == (5, (2, 0, 0, 2, 1))
    assert SECRET not in html.content.decode() and SECRET not in pdf_text(pdf.content)
