"""Which figures of an anonymous questionnaire may be shown: the one rule that every report,
filter, comparison, key figure, phase report and export asks, so that no combination of them
reveals the answers of fewer than `SURVEY_MIN_GROUP_SIZE` (N) respondents, not even by
subtracting one view from another. docs/evaluation.md says it in plain words.

1. **Groups** (module, session, language): a group with fewer than N responses is hidden
   (primary suppression). While the hidden groups hold fewer than N together, the next smallest
   group is hidden too (complementary suppression), so "all minus the shown groups" is never a
   small group. Responses without a module or session form a group that is never shown. A
   hidden group cannot be chosen as a filter either.
2. **Time** (phase, from, until): a period may only begin and end at a *cut*: the responses'
   days are cut into blocks of at least N, at phase ends where the phases hold enough, else at
   days. So two periods always differ by none or at least N responses. Where a sent report
   already showed a period's figures, its bounds stay cuts; if fewer than N responses came in
   after the last of them, no period reaching up to today is shown until N have.
3. **Combinations**: a view that filters on several of these is shown only when every cell of
   the table of its dimensions (groups × groups × blocks) holds none or at least N, so that no
   set of sub-views, added and subtracted, isolates a small cell.
4. **Breakdowns** (by language, modules or phases side by side) show a group only where the
   view narrowed to that group would be shown itself.

Named questionnaires are not reduced. What the rule cannot see is a reader comparing the same
view on two days: the responses that came in between are told apart by date alone.
"""

import dataclasses
import datetime
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, QuerySet
from django.db.models.functions import Coalesce
from wagtail import hooks

from members.models import ProjectPhase

from .filters import ReportFilters
from .models import QuestionnairePage, Response

FEW = "few"  # the view itself holds fewer than N responses
DERIVABLE = "derivable"  # a hidden group could be derived from it and the views beside it
PERIOD = "period"  # the period does not begin or end at a cut
SINCE_SENT = "since_sent"  # fewer than N responses since the last sent report's period

CATEGORIES = ("module", "event", "language")
_HIDDEN = ("hidden",)  # the merged class of a dimension's hidden groups
_TAIL = ("tail",)  # responses after the last cut, shown by no view


def min_group_size() -> int:
    return settings.SURVEY_MIN_GROUP_SIZE


def too_few(count: int) -> bool:
    """Whether `count` anonymous responses are too few to show figures of."""
    return 0 < count < min_group_size()


def suppressed(questionnaire: QuestionnairePage, count: int) -> bool:
    """Whether a group of `count` responses must stay hidden (anonymous questionnaires)."""
    return questionnaire.original.anonymous and too_few(count)


def hidden_groups(sizes: dict, *, never_shown: Iterable = ()) -> set:
    """Primary and complementary suppression of one breakdown {group: responses}: the groups
    below N, and, while the hidden groups together hold fewer than N (so that the total minus
    the shown groups would reveal them), the next smallest shown groups."""
    never_shown = set(never_shown)
    hidden = {key for key, size in sizes.items() if key in never_shown or too_few(size)}
    while too_few(sum(sizes[key] for key in hidden)):
        shown = sorted(
            (size, str(key), key) for key, size in sizes.items() if size and key not in hidden
        )
        if not shown:
            break
        hidden.add(shown[0][2])
    return hidden


@dataclass(frozen=True)
class Verdict:
    shown: bool
    reason: str = ""  # FEW, DERIVABLE, PERIOD or SINCE_SENT when not shown
    count: int = 0  # responses in the view
    cuts: tuple[datetime.date, ...] = ()  # the days a period may end on (for the message)


@dataclass(frozen=True)
class _Row:
    module: int | None
    event: int | None
    language: str
    day: datetime.date
    count: int


def _greedy_cuts(days: list[datetime.date], counts: dict, boundaries) -> list[datetime.date]:
    """Cut `days` (in order) into blocks of at least N, each ending at one of `boundaries`; a
    last block below N joins the one before it. The block ends, the last day included."""
    cuts, held = [], 0
    for day in days:
        held += counts[day]
        if held >= min_group_size() and day in boundaries:
            cuts.append(day)
            held = 0
    if held and cuts:
        cuts.pop()
    if days:
        cuts.append(days[-1])
    return cuts


class Disclosure:
    """The groups and cuts of one questionnaire's responses (one grouped query), and the
    verdict on any view of them."""

    def __init__(self, questionnaire: QuestionnairePage, *, responses: QuerySet | None = None):
        self.questionnaire = questionnaire.original
        self.anonymous = self.questionnaire.anonymous
        if responses is None:
            responses = Response.objects.filter(questionnaire=self.questionnaire)
        grouped = (
            responses.annotate(module_key=Coalesce("event__module_id", "questionnaire__module_id"))
            .values_list("module_key", "event_id", "language", "submitted_on")
            .annotate(n=Count("pk"))
            .order_by()
        )
        self.rows = [_Row(*row) for row in grouped]
        self.total = sum(row.count for row in self.rows)
        self.selectable = {name: self._selectable(name) for name in CATEGORIES}
        self.cuts, self.open_end = self._cuts()
        self._cut_list = sorted(self.cuts)

    # Groups ------------------------------------------------------------------------------------

    def _selectable(self, name: str) -> set:
        sizes: dict = defaultdict(int)
        for row in self.rows:
            sizes[getattr(row, name)] += row.count
        hidden = hidden_groups(sizes, never_shown={None})
        return {key for key, size in sizes.items() if size and key not in hidden}

    def _class(self, name: str, row: _Row):
        if name == "time":
            return self._block(row.day)
        value = getattr(row, name)
        return value if value in self.selectable[name] else _HIDDEN

    # Time --------------------------------------------------------------------------------------

    def _days(self) -> tuple[list[datetime.date], dict]:
        counts: dict = defaultdict(int)
        for row in self.rows:
            counts[row.day] += row.count
        return sorted(counts), counts

    def _at_or_before(self, days: list[datetime.date], day: datetime.date | None):
        """The last response day on or before `day`: a cut there splits the responses as a
        cut at `day` does. None: no response so early (the beginning)."""
        if day is None:
            return None
        position = bisect_left(days, day + datetime.timedelta(days=1))
        return days[position - 1] if position else None

    def _cuts(self) -> tuple[set, bool]:
        """The days after which a period may end (or before whose next day it may begin),
        and whether a period may reach up to today."""
        days, counts = self._days()
        if not days:
            return set(), True
        sent = set()
        for start, end in disclosed_periods(self.questionnaire):
            if start is not None:
                sent.add(self._at_or_before(days, start - datetime.timedelta(days=1)))
            sent.add(self._at_or_before(days, end))
        sent.discard(None)
        phase_ends = {
            self._at_or_before(days, end)
            for end in ProjectPhase.objects.values_list("end_date", flat=True)
        }
        cuts = set(sent)
        open_end = True
        segment: list[datetime.date] = []
        for day in days:
            segment.append(day)
            if day in sent or day == days[-1]:
                held = sum(counts[d] for d in segment)
                if not too_few(held):
                    for block in _split(segment, _greedy_cuts(segment, counts, phase_ends)):
                        cuts.update(_greedy_cuts(block, counts, set(block)))
                elif day == days[-1] and day not in sent:
                    open_end = False  # a few responses since the last sent period
                segment = []
        return cuts, open_end

    def _block(self, day: datetime.date):
        position = bisect_left(self._cut_list, day)
        return position if position < len(self._cut_list) else _TAIL

    def _bounds(self, filters: ReportFilters):
        starts = [day for day in (filters.start, filters.phase and filters.phase.start_date) if day]
        ends = [day for day in (filters.end, filters.phase and filters.phase.end_date) if day]
        return (max(starts) if starts else None), (min(ends) if ends else None)

    # The verdict -------------------------------------------------------------------------------

    def verdict(self, filters: ReportFilters, *, extra: Iterable[str] = ()) -> Verdict:
        """Whether the view `filters` may show figures. `extra`: attributes of a response that
        a figure also splits by ("linked": counted by a module's rating)."""
        matching = [row for row in self.rows if self._matches(row, filters)]
        count = sum(row.count for row in matching)
        if not self.anonymous or not count:
            return Verdict(True, count=count)
        if too_few(count):
            return Verdict(False, FEW, count)
        days, _counts = self._days()
        start, end = self._bounds(filters)
        low = self._at_or_before(days, start - datetime.timedelta(days=1)) if start else None
        high = self._at_or_before(days, end) if end else days[-1]
        timed = low is not None or high != days[-1]
        if high == days[-1] and not self.open_end:
            return Verdict(False, SINCE_SENT, count, self._shown_cuts())
        if (low is not None and low not in self.cuts) or high not in self.cuts:
            return Verdict(False, PERIOD, count, self._shown_cuts())
        used = [name for name in CATEGORIES if _chosen(filters, name) not in (None, "")]
        for name in used:
            if _chosen(filters, name) not in self.selectable[name]:
                return Verdict(False, DERIVABLE, count)
        dimensions = used + (["time"] if timed else []) + list(extra)
        cells: dict = defaultdict(int)
        for row in self.rows:
            key = tuple(
                (row.module is not None) if name == "linked" else self._class(name, row)
                for name in dimensions
            )
            if "time" in dimensions and _TAIL in key:
                continue
            cells[key] += row.count
        if any(too_few(size) for size in cells.values()):
            return Verdict(False, DERIVABLE, count)
        return Verdict(True, count=count)

    def _shown_cuts(self) -> tuple[datetime.date, ...]:
        return tuple(self._cut_list)

    def _matches(self, row: _Row, filters: ReportFilters) -> bool:
        if filters.module and row.module != filters.module.pk:
            return False
        if filters.event and row.event != filters.event.pk:
            return False
        if filters.language and row.language != filters.language:
            return False
        start, end = self._bounds(filters)
        return not ((start and row.day < start) or (end and row.day > end))

    def narrowed(self, filters: ReportFilters, **group) -> Verdict:
        """The verdict on `filters` narrowed to one group (a breakdown's row)."""
        if "phase" in group and filters.phase and group["phase"] != filters.phase:
            return Verdict(True)  # two phases never overlap: an empty view
        return self.verdict(dataclasses.replace(filters, **group))


def _chosen(filters: ReportFilters, name: str):
    value = getattr(filters, name)
    return value.pk if hasattr(value, "pk") else value


def _split(days: list[datetime.date], ends: list[datetime.date]) -> list[list[datetime.date]]:
    blocks, block = [], []
    for day in days:
        block.append(day)
        if day in ends:
            blocks.append(block)
            block = []
    if block:
        blocks.append(block)
    return blocks


def disclosed_periods(questionnaire: QuestionnairePage) -> list[tuple]:
    """The periods (start or None, end) whose figures of `questionnaire` have already left the
    system in a sent report; the apps that send reports answer through the
    `survey_disclosed_periods` hook (surveys cannot import them)."""
    periods: list[tuple] = []
    for provide in hooks.get_hooks("survey_disclosed_periods"):
        periods.extend(provide(questionnaire=questionnaire))
    return periods


def disclosure(questionnaire: QuestionnairePage) -> Disclosure:
    return Disclosure(questionnaire)


def verdict(questionnaire: QuestionnairePage, filters: ReportFilters) -> Verdict:
    return Disclosure(questionnaire).verdict(filters)
