"""Reads that the extranet's pages, the dashboard and the indicators share."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from home.text_language import TextInLanguage

from .models import (
    Agreement,
    AgreementStatus,
    DatePoll,
    DatePollAnswer,
    DatePollOption,
    PollAnswer,
    Proposal,
    ProposalComment,
    ProposalProcess,
    ProposalStatus,
    WorkingGroup,
    WorkingGroupDocument,
    WorkingGroupMinutes,
)

# The orders a process's proposals can be listed in (the list's `sort` parameter).
SORTS = {
    "support": ("-support_count", "-created_at", "-pk"),
    "new": ("-created_at", "-pk"),
}


def processes() -> QuerySet[ProposalProcess]:
    return (
        ProposalProcess.objects.select_related("module", "field_of_cooperation")
        .prefetch_related("translations")
        .annotate(proposal_count=Count("proposals"))
    )


def proposals_listed(
    *, process: ProposalProcess, sort: str = "support", status: str = ""
) -> QuerySet[Proposal]:
    """A process's proposals with their number of supports, most supported first (or newest
    first), optionally of one status."""
    found = (
        Proposal.objects.filter(process=process)
        .select_related("organisation")
        .annotate(
            support_count=Count("supports", distinct=True),
            comment_count=Count("comments", filter=Q(comments__hidden_at=None), distinct=True),
        )
    )
    if status:
        found = found.filter(status=status)
    return found.order_by(*SORTS[sort])


def proposal_detail(pk: int) -> Proposal | None:
    return (
        Proposal.objects.select_related(
            "process",
            "organisation",
            "author",
            "document",
            "outcome_event",
            "outcome_initiative",
        )
        .prefetch_related("process__translations")
        .annotate(support_count=Count("supports"))
        .filter(pk=pk)
        .first()
    )


def proposal_comments(proposal: Proposal) -> list[ProposalComment]:
    return list(proposal.comments.select_related("author", "organisation", "hidden_by"))


def supporting_organisations(proposal: Proposal) -> list:
    return sorted(
        {support.organisation for support in proposal.supports.select_related("organisation")},
        key=lambda organisation: organisation.name,
    )


def supported_by(proposal: Proposal, user) -> bool:
    return user.is_authenticated and proposal.supports.filter(user=user).exists()


def text_of(proposal_or_comment) -> TextInLanguage:
    """The written text with the language it is written in, for the `isolate` component."""
    return TextInLanguage(proposal_or_comment.text, proposal_or_comment.language)


def title_of(proposal: Proposal) -> TextInLanguage:
    return TextInLanguage(proposal.title, proposal.language)


def proposals_answered(*, since=None, until=None) -> QuerySet[Proposal]:
    """Proposals the network management has answered (the evidence of a consensus)."""
    found = Proposal.objects.exclude(status=ProposalStatus.RECEIVED).exclude(answered_at=None)
    if since is not None:
        found = found.filter(answered_at__gte=since)
    if until is not None:
        found = found.filter(answered_at__lt=until)
    return (
        found.select_related("process", "organisation")
        .prefetch_related("process__translations")
        .order_by("answered_at", "pk")
    )


def processes_open() -> list[ProposalProcess]:
    today = timezone.localdate()
    return list(
        ProposalProcess.objects.filter(opens_on__lte=today)
        .filter(Q(closes_on=None) | Q(closes_on__gte=today))
        .prefetch_related("translations")
        .order_by("closes_on", "title")
    )


# Date polls ---------------------------------------------------------------------------------


@dataclass
class PollRow:
    """One proposed date with its answers: counts and each organisation's answer."""

    option: DatePollOption
    counts: dict[str, int]
    answers: list[DatePollAnswer]


def polls() -> QuerySet[DatePoll]:
    return DatePoll.objects.select_related("decided_option", "event").prefetch_related(
        "translations"
    )


def poll_rows(poll: DatePoll) -> list[PollRow]:
    rows = []
    options = poll.options.prefetch_related(
        Prefetch(
            "answers",
            queryset=DatePollAnswer.objects.select_related("organisation").order_by(
                "organisation__name"
            ),
        )
    )
    for option in options:
        answers = list(option.answers.all())
        counts = dict.fromkeys(PollAnswer.values, 0)
        for answer in answers:
            counts[answer.answer] += 1
        rows.append(PollRow(option=option, counts=counts, answers=answers))
    return rows


def poll_answers_of(poll: DatePoll, organisation) -> dict[int, str]:
    """The organisation's answer to each date of the poll, by the date's id."""
    return dict(
        DatePollAnswer.objects.filter(option__poll=poll, organisation=organisation).values_list(
            "option_id", "answer"
        )
    )


def polls_open() -> list[DatePoll]:
    return [
        poll
        for poll in DatePoll.objects.filter(decided_at=None).prefetch_related("translations")
        if poll.is_open()
    ]


# Working groups -----------------------------------------------------------------------------


def working_groups() -> QuerySet[WorkingGroup]:
    return WorkingGroup.objects.select_related("field_of_cooperation").prefetch_related(
        "organisations", "translations"
    )


def group_minutes(group: WorkingGroup) -> list[WorkingGroupMinutes]:
    return list(
        group.minutes.select_related("created_by").prefetch_related(
            Prefetch("agreements", queryset=Agreement.objects.select_related("organisation"))
        )
    )


def group_agreements(group: WorkingGroup) -> list[Agreement]:
    return list(group.agreements.select_related("organisation", "owner", "minutes"))


def group_documents(group: WorkingGroup) -> list[WorkingGroupDocument]:
    return list(group.documents.select_related("document"))


def agreements_open_for(organisations) -> list[Agreement]:
    """The open agreements the organisations have taken on, soonest due first."""
    return list(
        Agreement.objects.filter(organisation__in=organisations, status=AgreementStatus.OPEN)
        .select_related("group", "organisation")
        .prefetch_related("group__translations")
        .order_by("due_on", "pk")
    )


def agreements_overdue_unreminded(today) -> QuerySet[Agreement]:
    return (
        Agreement.objects.filter(status=AgreementStatus.OPEN, due_on__lt=today, reminded_at=None)
        .select_related("group", "organisation", "owner")
        .prefetch_related("group__translations")
    )


def group_people(group: WorkingGroup):
    """The accounts of the group's organisations, for choosing who takes an agreement on."""
    return (
        get_user_model()
        .objects.filter(memberships__organisation__in=group.organisations.all(), is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


# Evidence for the indicators (read by `evaluation`, which sits above) -----------------------

# Answers that record a consensus: the network took the proposal on.
AGREED_STATUSES = (ProposalStatus.ACCEPTED, ProposalStatus.PLANNED)


def proposals_agreed(*, first, after) -> QuerySet[Proposal]:
    """Proposals the network management accepted or planned between the moments `first`
    (included) and `after` (excluded), with their supports."""
    return (
        Proposal.objects.filter(
            status__in=AGREED_STATUSES, answered_at__gte=first, answered_at__lt=after
        )
        .select_related("process", "organisation", "outcome_event", "outcome_initiative")
        .prefetch_related("process__translations")
        .annotate(support_count=Count("supports", distinct=True))
        .order_by("answered_at", "pk")
    )


def working_groups_active(*, start, end) -> QuerySet[WorkingGroup]:
    """Working groups of at least two organisations that met (minutes) between the days
    `start` and `end`, both included."""
    return (
        WorkingGroup.objects.annotate(
            organisation_count=Count("organisations", distinct=True),
            meetings=Count(
                "minutes",
                filter=Q(minutes__meeting_date__gte=start, minutes__meeting_date__lte=end),
                distinct=True,
            ),
        )
        .filter(organisation_count__gte=2, meetings__gte=1)
        .prefetch_related("organisations", "translations")
        .order_by("name")
    )


def agreements_taken(*, first, after) -> QuerySet[Agreement]:
    """Agreements of working groups recorded between the moments `first` and `after`."""
    return (
        Agreement.objects.filter(created_at__gte=first, created_at__lt=after)
        .exclude(status=AgreementStatus.DROPPED)
        .select_related("group", "organisation")
        .prefetch_related("group__translations")
        .order_by("created_at", "pk")
    )
