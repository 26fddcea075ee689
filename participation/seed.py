"""Demo data of the participation app: a proposal process per qualification module with
proposals in several languages, comments, supports and some answers; a date poll for the next
network meeting with some organisations' answers; two working groups with minutes and
agreements, one of them past its date. Idempotent: what exists
(found by its title) is left as it is."""

import datetime
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from events.models import QualificationModule
from members.models import FieldOfCooperation, Membership, Organisation
from members.seed import ORGANISATIONS

from .demo_content import (
    DATE_POLL,
    PROCESS_DESCRIPTION,
    PROCESS_TITLE,
    PROPOSALS,
    WORKING_GROUPS,
)
from .factories import ProposalProcessFactory, date_poll_create
from .models import (
    Agreement,
    DatePoll,
    DatePollAnswer,
    Proposal,
    ProposalComment,
    ProposalProcess,
    ProposalSupport,
    WorkingGroup,
    WorkingGroupMinutes,
)


def _person(organisation: Organisation):
    found = Membership.objects.filter(organisation=organisation).order_by("role", "pk").first()
    return found.user if found else None


def _processes(log) -> dict[int, ProposalProcess]:
    processes = {}
    for module in QualificationModule.objects.filter(locale=Locale.get_default()):
        title = PROCESS_TITLE.format(number=module.number)
        process = ProposalProcess.objects.filter(title=title).first()
        if process is None:
            process = ProposalProcessFactory(
                title=title, description=PROCESS_DESCRIPTION, module=module
            )
            log(f"Proposal process created: {process}")
        processes[module.number] = process
    return processes


def _proposal(spec, process, organisations, manager, log) -> None:
    if Proposal.objects.filter(process=process, title=spec["title"]).exists():
        return
    organisation = organisations[spec["organisation"]]
    proposal = Proposal.objects.create(
        process=process,
        author=_person(organisation),
        organisation=organisation,
        title=spec["title"],
        text=spec["text"],
        language=spec["language"],
    )
    for index in spec["supporters"]:
        supporter = organisations[index]
        ProposalSupport.objects.get_or_create(
            proposal=proposal,
            organisation=supporter,
            per_organisation=True,
            defaults={"user": _person(supporter)},
        )
    for index, text, language in spec["comments"]:
        ProposalComment.objects.create(
            proposal=proposal,
            author=_person(organisations[index]),
            organisation=organisations[index],
            text=text,
            language=language,
        )
    if spec.get("status"):
        # Answered in the past: set directly, so that seeding sends no mail.
        proposal.status = spec["status"]
        proposal.reason = spec["reason"]
        proposal.answered_at = timezone.now()
        proposal.answered_by = manager
        proposal.save()
    log(f"Proposal created: {proposal}")


def seed_participation(*, log: Callable[[str], None]) -> None:
    processes = _processes(log)
    names = [name for name, _kind, _text in ORGANISATIONS]
    found = {organisation.name: organisation for organisation in Organisation.objects.all()}
    if not processes or not all(name in found for name in names):
        return
    organisations = [found[name] for name in names]
    manager = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    for spec in PROPOSALS:
        if spec["module"] in processes:
            _proposal(spec, processes[spec["module"]], organisations, manager, log)
    _date_poll(organisations, log)
    for spec in WORKING_GROUPS:
        _working_group(spec, organisations, log)


def _date_poll(organisations, log) -> None:
    if DatePoll.objects.filter(title=DATE_POLL["title"]).exists():
        return
    poll = date_poll_create(
        days=DATE_POLL["days"],
        title=DATE_POLL["title"],
        description=DATE_POLL["description"],
        venue_name=DATE_POLL["venue_name"],
    )
    options = list(poll.options.all())
    for index, values in DATE_POLL["answers"].items():
        organisation = organisations[index]
        for option, value in zip(options, values, strict=True):
            DatePollAnswer.objects.create(
                option=option, organisation=organisation, user=_person(organisation), answer=value
            )
    log(f"Date poll created: {poll}")


def _working_group(spec, organisations, log) -> None:
    if WorkingGroup.objects.filter(slug=spec["slug"]).exists():
        return
    group = WorkingGroup.objects.create(
        name=spec["name"],
        slug=spec["slug"],
        description=spec["description"],
        field_of_cooperation=FieldOfCooperation.objects.filter(
            locale=Locale.get_default(), slug=spec["field"]
        ).first(),
    )
    group.organisations.set([organisations[index] for index in spec["organisations"]])
    group.save()  # a cluster's relations are written when it is saved
    today = timezone.localdate()
    minutes = WorkingGroupMinutes.objects.create(
        group=group,
        meeting_date=today - datetime.timedelta(days=spec["minutes"]["days_ago"]),
        text=spec["minutes"]["text"],
        created_by=_person(organisations[spec["organisations"][0]]),
    )
    for what, index, days, status in spec["agreements"]:
        Agreement.objects.create(
            group=group,
            minutes=minutes,
            what=what,
            organisation=organisations[index],
            owner=_person(organisations[index]),
            due_on=today + datetime.timedelta(days=days),
            status=status,
            created_by=minutes.created_by,
        )
    log(f"Working group created: {group}")
