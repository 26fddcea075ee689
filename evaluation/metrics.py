"""The indicators: each metric is a named function over events, members, surveys and
participation for a date range, with the evidence behind its figure (the list it counts).

A goal is measured from the start of the project to the end of its phase ("by the end of phase
2, two modules have been held"); the key figures of a phase count the phase alone.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Avg, Count, FloatField, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.models import Locale

from events import selectors as event_selectors
from events.models import EventKind
from home.text_language import TextInLanguage
from members import selectors as member_selectors
from members.models import ProjectPhase
from members.models.cooperation import Status
from members.periods import Period, site_day
from participation import selectors as participation_selectors
from surveys.disclosure import Disclosure
from surveys.filters import ReportFilters
from surveys.models import Answer, QuestionnairePage

from .models import Goal, GoalStatus, Metric


def project_start() -> datetime.date | None:
    first = ProjectPhase.objects.order_by("start_date").first()
    return first.start_date if first else None


def phase_period(phase: ProjectPhase) -> Period:
    return Period.of_phase(phase)


def goal_period(phase: ProjectPhase) -> Period:
    """From the start of the project to the end of `phase`."""
    return Period(project_start() or phase.start_date, phase.end_date)


# Figures -----------------------------------------------------------------------------------------


def _events(period: Period, kind: str | None = None):
    events = event_selectors.events_held(period=period)
    return events.filter(kind=kind) if kind else events


def _initiatives(period: Period):
    return (
        member_selectors.initiatives()
        # Without a start date it is counted as running since before the period.
        .filter(Q(start_date__isnull=True) | Q(start_date__lte=period.end))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=period.start))
        .exclude(status__in=[Status.PLANNED, Status.CANCELLED])
    )


def _cooperations(period: Period):
    return (
        member_selectors.cooperations()
        .filter(Q(start_date__isnull=True) | Q(start_date__lte=period.end))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=period.start))
        .exclude(status__in=[Status.PLANNED, Status.CANCELLED])
    )


def _module_answers(period: Period):
    """Scale answers of questionnaires that evaluate a qualification module."""
    return (
        Answer.objects.filter(
            question__kind__in=["rating", "matrix"],
            number__isnull=False,
        )
        .filter(period.days_q("response__submitted_on"))
        .filter(
            Q(response__event__module__isnull=False)
            | Q(response__questionnaire__module__isnull=False)
        )
    )


def _rating_withheld(period: Period) -> set[int]:
    """The anonymous questionnaires whose module rating in `period` the small-group rule
    withholds (`surveys.disclosure`): the period must be one their own report would show, and
    split by whether a response counts for a module, no part may be small."""
    counted = _module_answers(period).filter(response__anonymous=True)
    questionnaires = QuestionnairePage.objects.filter(
        pk__in=counted.values("response__questionnaire")
    )
    filters = ReportFilters(start=period.start, end=period.end)
    return {
        questionnaire.pk
        for questionnaire in questionnaires
        if not Disclosure(questionnaire).verdict(filters, extra=("linked",)).shown
    }


def measure(metric: str, period: Period) -> float | int | None:
    """The figure of `metric` over `period`; None when there is nothing to measure yet (a mean
    without answers)."""
    if metric == Metric.NETWORK_MEETINGS:
        return _events(period, EventKind.NETWORK_MEETING).count()
    if metric == Metric.MODULE_SESSIONS:
        return _events(period, EventKind.MODULE_SESSION).count()
    if metric == Metric.MODULES_HELD:
        return (
            _events(period, EventKind.MODULE_SESSION)
            .filter(module__isnull=False)
            .values("module")
            .distinct()
            .count()
        )
    if metric == Metric.PARTICIPANTS:
        return event_selectors.attendance_totals(events=_events(period))["total"]
    if metric == Metric.ORGANISATIONS:
        return event_selectors.attendance_totals(events=_events(period))["organisations"]
    if metric == Metric.INITIATIVES:
        return _initiatives(period).count()
    if metric == Metric.COOPERATIONS:
        return _cooperations(period).count()
    if metric == Metric.MODULE_RATING:
        found = _module_answers(period).aggregate(mean=Avg("number", output_field=FloatField()))
        # A mean over a few anonymous responses, or the difference of two means, would give
        # away what they answered: one questionnaire withheld withholds the whole figure.
        if found["mean"] is None or _rating_withheld(period):
            return None
        return round(found["mean"], 1)
    if metric in PARTICIPATION:
        return _participation(metric, period).count()
    raise ValueError(f"Unknown metric: {metric}")


# Participation: proposals the network agreed on, working groups, their agreements.
PARTICIPATION = {Metric.PROPOSALS_AGREED, Metric.WORKING_GROUPS, Metric.AGREEMENTS}


def _participation(metric: str, period: Period):
    first, after = period.moments()
    if metric == Metric.PROPOSALS_AGREED:
        return participation_selectors.proposals_agreed(first=first, after=after)
    if metric == Metric.WORKING_GROUPS:
        return participation_selectors.working_groups_active(start=period.start, end=period.end)
    return participation_selectors.agreements_taken(first=first, after=after)


# Evidence ----------------------------------------------------------------------------------------


@dataclass
class Evidence:
    """The list behind a figure: a table whose rows may carry links."""

    title: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)  # cells: str/number or {"text", "url"}


def _link(text, url) -> dict:
    """A cell linking to `url`; a text that knows its language (a title that fell back to
    German) keeps it, so the page marks it."""
    return {"text": text if isinstance(text, TextInLanguage) else str(text), "url": url}


def _event_evidence(title: str, events, *, with_manager_links: bool) -> Evidence:
    rows = event_selectors.attendance_by_event(events=events)
    minutes = member_selectors.minutes_by_date([site_day(row["event"].start) for row in rows])
    evidence = Evidence(
        title=title,
        headers=[_("Event"), _("Date"), _("Attended (registered)"), _("Total"), _("Documents")],
    )
    for row in rows:
        event = row["event"]
        day = site_day(event.start)
        documents = []
        if with_manager_links:
            documents.append(
                _link(_("Attendance list"), reverse("events:attendance", args=[event.pk]))
            )
        if day in minutes:
            documents.append(_link(_("Minutes"), minutes[day].url))
        evidence.rows.append(
            [
                _link(event.title, reverse("wagtailadmin_pages:edit", args=[event.pk])),
                day,
                row["attended"],
                row["total"],
                documents,
            ]
        )
    return evidence


def _plain(cell, keep: str):
    """A link the reader cannot open shown as its text (lists of links: their texts)."""
    if isinstance(cell, dict):
        return cell if cell["url"].startswith(keep) else cell["text"]
    if isinstance(cell, list):
        return ", ".join(_plain(item, keep) if isinstance(item, dict) else item for item in cell)
    return cell


def evidence(metric: str, period: Period, *, with_manager_links: bool = True) -> Evidence:
    """The list behind a figure. Without the manager's links, only links to the reports stay
    (an evaluator may open those, but not the page editor, snippets or members-only minutes)."""
    found = _evidence(metric, period, with_manager_links=with_manager_links)
    if not with_manager_links:
        # The common prefix of the questionnaire reports, which evaluators may open.
        keep = reverse("evaluation_results:results", args=[0]).split("0/")[0]
        found.rows = [[_plain(cell, keep) for cell in row] for row in found.rows]
    return found


def _dated_evidence(title, headers, items, *, snippet: str, name, partners) -> Evidence:
    """Initiatives or cooperations: name (to its snippet), status, start and organisations."""
    return Evidence(
        title=title,
        headers=headers,
        rows=[
            [
                _link(
                    name(item), reverse(f"wagtailsnippets_members_{snippet}:edit", args=[item.pk])
                ),
                item.get_status_display(),
                item.start_date,
                ", ".join(organisation.name for organisation in partners(item)),
            ]
            for item in items
        ],
    )


def _participation_evidence(metric: str, period: Period, label) -> Evidence:
    """Proposals link to their page in the extranet, groups and agreements to the group's."""
    items = _participation(metric, period)
    if metric == Metric.PROPOSALS_AGREED:
        return Evidence(
            title=label,
            headers=[_("Proposal"), _("Organisation"), _("Supports"), _("Status"), _("Outcome")],
            rows=[
                [
                    _link(
                        TextInLanguage(item.title, item.language),
                        reverse("participation:proposal", args=[item.pk]),
                    ),
                    item.organisation.name if item.organisation else "",
                    item.support_count,
                    item.get_status_display(),
                    _outcome(item),
                ]
                for item in items
            ],
        )
    if metric == Metric.WORKING_GROUPS:
        return Evidence(
            title=label,
            headers=[_("Working group"), _("Organisations"), _("Meetings")],
            rows=[
                [
                    _link(item.local_name, reverse("participation:group", args=[item.slug])),
                    ", ".join(organisation.name for organisation in item.organisations.all()),
                    item.meetings,
                ]
                for item in items
            ],
        )
    return Evidence(
        title=label,
        headers=[_("Agreement"), _("Working group"), _("Organisation"), _("By when"), _("Status")],
        rows=[
            [
                _link(item.what, reverse("participation:group", args=[item.group.slug])),
                item.group.local_name,
                item.organisation.name,
                item.due_on,
                item.get_status_display(),
            ]
            for item in items
        ],
    )


def _outcome(proposal) -> list:
    found = []
    if proposal.outcome_event:
        found.append(
            _link(
                proposal.outcome_event.title,
                reverse("wagtailadmin_pages:edit", args=[proposal.outcome_event.pk]),
            )
        )
    if proposal.outcome_initiative:
        found.append(
            _link(
                proposal.outcome_initiative.title,
                reverse(
                    "wagtailsnippets_members_jointinitiative:edit",
                    args=[proposal.outcome_initiative.pk],
                ),
            )
        )
    return found


def _evidence(metric: str, period: Period, *, with_manager_links: bool) -> Evidence:
    label = Metric(metric).label
    if metric in PARTICIPATION:
        return _participation_evidence(metric, period, label)
    if metric == Metric.NETWORK_MEETINGS:
        return _event_evidence(
            label, _events(period, EventKind.NETWORK_MEETING), with_manager_links=with_manager_links
        )
    if metric in {Metric.MODULE_SESSIONS, Metric.MODULES_HELD}:
        return _event_evidence(
            label, _events(period, EventKind.MODULE_SESSION), with_manager_links=with_manager_links
        )
    if metric == Metric.PARTICIPANTS:
        return _event_evidence(label, _events(period), with_manager_links=with_manager_links)
    if metric == Metric.ORGANISATIONS:
        rows = event_selectors.attendance_by_organisation(events=_events(period))
        return Evidence(
            title=label,
            headers=[_("Organisation"), _("Events attended"), _("People")],
            rows=[
                [
                    _link(
                        row["organisation__name"],
                        reverse(
                            "wagtailsnippets_members_organisation:edit",
                            args=[row["organisation__pk"]],
                        ),
                    ),
                    row["events"],
                    row["people"],
                ]
                for row in rows
            ],
        )
    if metric == Metric.INITIATIVES:
        return _dated_evidence(
            label,
            [_("Joint initiative"), _("Status"), _("Start date"), _("Partners")],
            _initiatives(period),
            snippet="jointinitiative",
            name=lambda item: item.title,
            partners=lambda item: item.partners.all(),
        )
    if metric == Metric.COOPERATIONS:
        return _dated_evidence(
            label,
            [_("Local institution"), _("Status"), _("Start date"), _("Organisations")],
            _cooperations(period),
            snippet="cooperation",
            name=lambda item: item.institution,
            partners=lambda item: item.organisations.all(),
        )
    if metric == Metric.MODULE_RATING:
        rows = (
            _module_answers(period)
            .values(
                "response__questionnaire",
                "response__questionnaire__title",
            )
            .annotate(
                responses=Count("response", distinct=True),
                mean=Avg("number", output_field=FloatField()),
            )
            .order_by("response__questionnaire__title")
        )
        withheld = _rating_withheld(period)
        return Evidence(
            title=label,
            headers=[_("Questionnaire"), _("Responses"), _("Mean rating")],
            rows=[
                [
                    _link(
                        row["response__questionnaire__title"],
                        reverse("evaluation_results:results", args=[row["response__questionnaire"]])
                        + f"?{period.query()}",
                    ),
                    row["responses"],
                    _("too few responses")
                    if row["response__questionnaire"] in withheld
                    else round(row["mean"], 1),
                ]
                for row in rows
            ],
        )
    raise ValueError(f"Unknown metric: {metric}")


def evidence_url(metric: str, period: Period) -> str:
    return reverse("evaluation:evidence", args=[metric]) + f"?{period.query()}"


# Goals -------------------------------------------------------------------------------------------


def goal_status(goal: Goal, actual, today: datetime.date) -> str:
    """Met, on track, at risk or missed, by the end date of the goal's phase. A measured goal is
    at risk when it is behind the share of its phase that has passed. "" when not assessed."""
    if not goal.metric:
        return goal.assessment
    phase = goal.phase
    target = float(goal.target) if goal.target is not None else None
    if target is None or phase is None:
        return ""
    if actual is not None and actual >= target:
        return GoalStatus.MET
    if today >= phase.end_date:
        return GoalStatus.MISSED
    if today < phase.start_date or actual is None:
        return GoalStatus.ON_TRACK if today < phase.start_date else GoalStatus.AT_RISK
    passed = (today - phase.start_date).days / max((phase.end_date - phase.start_date).days, 1)
    return GoalStatus.ON_TRACK if actual >= target * passed else GoalStatus.AT_RISK


@dataclass
class GoalRow:
    goal: Goal
    target: str
    actual: float | int | None
    status: str
    status_label: str
    evidence_url: str = ""
    # Further figures behind the goal (goal.further_evidence): {"label", "value", "url"}.
    further: list[dict] = field(default_factory=list)


def _number(value) -> str:
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",") if value is not None else ""


def goal_row(goal: Goal, today: datetime.date | None = None) -> GoalRow:
    today = today or site_day()
    actual = None
    url = ""
    if goal.metric and goal.phase:
        period = goal_period(goal.phase)
        actual = measure(goal.metric, period)
        url = evidence_url(goal.metric, period)
    status = goal_status(goal, actual, today)
    further = []
    if goal.phase:
        period = goal_period(goal.phase)
        for metric in goal.further_evidence or []:
            if metric in Metric.values:
                further.append(
                    {
                        "label": str(Metric(metric).label),
                        "value": measure(metric, period),
                        "url": evidence_url(metric, period),
                    }
                )
    target = goal.target_description
    if goal.metric and goal.target is not None:
        figure = f"{Metric(goal.metric).label}: {_number(goal.target)}"
        target = f"{target} ({figure})" if target else figure
    return GoalRow(
        goal=goal,
        target=target,
        actual=actual,
        status=status,
        status_label=str(GoalStatus(status).label) if status else _("Not assessed yet"),
        evidence_url=url,
        further=further,
    )


def goals_by_phase(today: datetime.date | None = None) -> list[dict]:
    """Each phase with its action goals, their target, actual value, status and evidence."""
    goals = Goal.objects.filter(kind=Goal.Kind.ACTION).select_related("phase")
    by_phase: dict[int, list[GoalRow]] = {}
    for goal in goals.order_by("phase__number", "number"):
        by_phase.setdefault(goal.phase_id, []).append(goal_row(goal, today))
    return [
        {"phase": phase, "goals": by_phase.get(phase.pk, [])}
        for phase in ProjectPhase.objects.prefetch_related("translations").order_by("number")
    ]


def impact_goals() -> list[Goal]:
    return list(Goal.objects.filter(kind=Goal.Kind.IMPACT).order_by("number"))


# Key figures -------------------------------------------------------------------------------------

KEY_FIGURES = [
    Metric.NETWORK_MEETINGS,
    Metric.MODULE_SESSIONS,
    Metric.MODULES_HELD,
    Metric.PARTICIPANTS,
    Metric.ORGANISATIONS,
    Metric.INITIATIVES,
    Metric.COOPERATIONS,
    Metric.MODULE_RATING,
]


# What a key figure counts, in one sentence each, for the reports' appendix.
EXPLANATIONS = {
    Metric.NETWORK_MEETINGS: gettext_lazy(
        "Network meetings that started in the period and are over, as published in the calendar."
    ),
    Metric.MODULE_SESSIONS: gettext_lazy(
        "Dates of qualification modules that started in the period and are over."
    ),
    Metric.MODULES_HELD: gettext_lazy(
        "Different qualification modules with at least one date held in the period."
    ),
    Metric.PARTICIPANTS: gettext_lazy(
        "People at the events held in the period: registrations marked present, plus walk-ins "
        "and guests counted at the door."
    ),
    Metric.ORGANISATIONS: gettext_lazy(
        "Different organisations with at least one person marked present at an event held in "
        "the period."
    ),
    Metric.INITIATIVES: gettext_lazy(
        "Joint initiatives that ran during at least part of the period (neither planned nor "
        "cancelled)."
    ),
    Metric.COOPERATIONS: gettext_lazy(
        "Cooperations with local institutions that ran during at least part of the period "
        "(neither planned nor cancelled)."
    ),
    Metric.MODULE_RATING: gettext_lazy(
        "Mean of all rating and matrix answers to questionnaires on a qualification module sent "
        "in the period; not shown when too few anonymous responses stand behind it."
    ),
    Metric.PROPOSALS_AGREED: gettext_lazy(
        "Proposals of the members that the network management accepted or planned in the "
        "period: topics the network agreed on."
    ),
    Metric.WORKING_GROUPS: gettext_lazy(
        "Working groups of at least two organisations that met (minutes) in the period."
    ),
    Metric.AGREEMENTS: gettext_lazy(
        "Agreements that working groups recorded in the period (what, who, by when), except "
        "those dropped."
    ),
}


def records_behind(metric: str, period: Period) -> str:
    """How many records a figure is counted from, in words ("12 network meetings")."""
    if metric == Metric.NETWORK_MEETINGS:
        count = _events(period, EventKind.NETWORK_MEETING).count()
        return ngettext("%(count)s network meeting", "%(count)s network meetings", count) % {
            "count": count
        }
    if metric in {Metric.MODULE_SESSIONS, Metric.MODULES_HELD}:
        sessions = _events(period, EventKind.MODULE_SESSION)
        if metric == Metric.MODULES_HELD:
            sessions = sessions.filter(module__isnull=False)
        count = sessions.count()
        return ngettext("%(count)s module session", "%(count)s module sessions", count) % {
            "count": count
        }
    if metric in {Metric.PARTICIPANTS, Metric.ORGANISATIONS}:
        count = event_selectors.attendance_totals(events=_events(period))["attended"]
        return ngettext(
            "%(count)s registration marked present", "%(count)s registrations marked present", count
        ) % {"count": count}
    if metric == Metric.INITIATIVES:
        count = _initiatives(period).count()
        return ngettext("%(count)s joint initiative", "%(count)s joint initiatives", count) % {
            "count": count
        }
    if metric == Metric.COOPERATIONS:
        count = _cooperations(period).count()
        return ngettext("%(count)s cooperation", "%(count)s cooperations", count) % {"count": count}
    if metric == Metric.MODULE_RATING:
        count = _module_answers(period).values("response").distinct().count()
        return ngettext("%(count)s response", "%(count)s responses", count) % {"count": count}
    if metric in PARTICIPATION:
        count = _participation(metric, period).count()
        return ngettext("%(count)s record", "%(count)s records", count) % {"count": count}
    raise ValueError(f"Unknown metric: {metric}")


def key_figures(period: Period) -> list[dict]:
    return [
        {
            "metric": metric.value,
            "label": str(metric.label),
            "value": measure(metric, period),
            "evidence_url": evidence_url(metric, period),
        }
        for metric in KEY_FIGURES
    ]


def key_figures_table() -> dict:
    """The key figures with a column per phase: {"phases", "rows": [{"label", "cells"}]}."""
    phases = list(ProjectPhase.objects.prefetch_related("translations").order_by("number"))
    rows = []
    for metric in KEY_FIGURES:
        cells = []
        for phase in phases:
            period = phase_period(phase)
            cells.append(
                {
                    "phase": phase,
                    "value": measure(metric, period),
                    "evidence_url": evidence_url(metric, period),
                }
            )
        rows.append({"label": str(metric.label), "cells": cells})
    return {"phases": phases, "rows": rows}


def organisation_module_matrix(period: Period | None = None) -> dict:
    """Every organisation against every qualification module: sessions attended (within
    `period`, a project phase say, or ever), so that the network manager sees whom to invite.
    Counted in one grouped query."""
    modules = list(event_selectors.modules_for_locale(Locale.get_default()).order_by("number"))
    attended = event_selectors.sessions_attended_by_organisation_and_module(
        start=period.start if period else None, end=period.end if period else None
    )
    rows = []
    for organisation in member_selectors.member_directory().order_by("name"):
        counts = [attended.get((organisation.pk, module.pk), 0) for module in modules]
        rows.append(
            {
                "organisation": organisation,
                "counts": counts,
                "modules_attended": sum(1 for count in counts if count),
            }
        )
    totals = [sum(1 for row in rows if row["counts"][index]) for index in range(len(modules))]
    return {"modules": modules, "rows": rows, "totals": totals}
