"""Demo data of the participation app: a proposal process per qualification module with
proposals in several languages, comments, supports and some answers; a date poll for the next
network meeting with some organisations' answers; two working groups with minutes and
agreements, one of them past its date. The processes, proposals and answers are dated in the
modules' project phases and each group's first meeting in phase 3, so that the indicators count
them there (`demo_content`). The titles and descriptions get their translations from the app's
demo catalogues. Idempotent: what exists (found by its title) is left as it is, and a
translation already given in a language is kept."""

import datetime
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from events.models import QualificationModule
from members.models import FieldOfCooperation, Membership, Organisation
from members.periods import site_time_zone
from members.seed import ORGANISATIONS

from .demo_content import (
    ANSWER_AFTER_DAYS,
    DATE_POLL,
    PROCESS_DESCRIPTION,
    PROCESS_TITLE,
    PROPOSAL_EVERY_DAYS,
    PROPOSAL_FIRST_DAY,
    PROPOSALS,
    WORKING_GROUPS,
)
from .demo_translations import TRANSLATIONS
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
from .models.translations import OTHER_LANGUAGES


def _person(organisation: Organisation):
    found = Membership.objects.filter(organisation=organisation).order_by("role", "pk").first()
    return found.user if found else None


def _at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=site_time_zone())


def _translations_add(instance, texts: dict[str, str], **values) -> None:
    """Give `instance` the demo translations of its texts ({field: German text, formatted with
    `values`}) in every language that has them all and is not given yet."""
    relation = instance._meta.get_field("translations")
    model, parent = relation.related_model, relation.field.name
    given = set(instance.translations.values_list("language_code", flat=True))
    for language, _name in OTHER_LANGUAGES:
        strings = TRANSLATIONS.get(language, {})
        translated = {
            field: strings.get(german, "").format(**values) for field, german in texts.items()
        }
        if language not in given and all(translated.values()):
            model.objects.create(**{parent: instance}, language_code=language, **translated)


def _processes(log) -> dict[int, ProposalProcess]:
    """A process per module, open from the first day of the module's phase (and still open, so
    that the demo's members can propose); without a phase, from a week ago."""
    processes = {}
    modules = QualificationModule.objects.filter(locale=Locale.get_default()).select_related(
        "phase"
    )
    for module in modules:
        title = PROCESS_TITLE.format(number=module.number)
        process = ProposalProcess.objects.filter(title=title).first()
        if process is None:
            dated = {"opens_on": module.phase.start_date, "closes_on": None} if module.phase else {}
            process = ProposalProcessFactory(
                title=title, description=PROCESS_DESCRIPTION, module=module, **dated
            )
            log(f"Proposal process created: {process}")
        if process.title == title and process.description == PROCESS_DESCRIPTION:
            _translations_add(
                process,
                {"title": PROCESS_TITLE, "description": PROCESS_DESCRIPTION},
                number=module.number,
            )
        processes[module.number] = process
    return processes


def _proposal(spec, process, organisations, manager, log, *, made: datetime.datetime) -> None:
    """One proposal with its supports, comments and answer, made at `made` (answered some
    weeks later, commented and supported in between)."""
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
        proposal.answered_at = min(
            made + datetime.timedelta(days=ANSWER_AFTER_DAYS), timezone.now()
        )
        proposal.answered_by = manager
        proposal.save()
    # auto_now_add fields take a date only through an update.
    Proposal.objects.filter(pk=proposal.pk).update(created_at=made)
    later = min(made + datetime.timedelta(days=2), timezone.now())
    ProposalSupport.objects.filter(proposal=proposal).update(created_at=later)
    ProposalComment.objects.filter(proposal=proposal).update(created_at=later)
    log(f"Proposal created: {proposal}")


def seed_participation(*, log: Callable[[str], None]) -> None:
    processes = _processes(log)
    names = [name for name, _kind, _text in ORGANISATIONS]
    found = {organisation.name: organisation for organisation in Organisation.objects.all()}
    if not processes or not all(name in found for name in names):
        return
    organisations = [found[name] for name in names]
    manager = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    made_in_process: dict[int, int] = {}
    for spec in PROPOSALS:
        process = processes.get(spec["module"])
        if process is None:
            continue
        index = made_in_process[process.pk] = made_in_process.get(process.pk, -1) + 1
        day = process.opens_on + datetime.timedelta(
            days=PROPOSAL_FIRST_DAY + index * PROPOSAL_EVERY_DAYS
        )
        made = min(_at(day), timezone.now())
        _proposal(spec, process, organisations, manager, log, made=made)
    _date_poll(organisations, log)
    for spec in WORKING_GROUPS:
        _working_group(spec, organisations, log)


def _date_poll(organisations, log) -> None:
    poll = DatePoll.objects.filter(title=DATE_POLL["title"]).first()
    if poll is not None:
        if poll.description == DATE_POLL["description"]:
            _translations_add(
                poll, {"title": DATE_POLL["title"], "description": DATE_POLL["description"]}
            )
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
    _translations_add(poll, {"title": DATE_POLL["title"], "description": DATE_POLL["description"]})
    log(f"Date poll created: {poll}")


def _working_group(spec, organisations, log) -> None:
    texts = {"name": spec["name"], "description": spec["description"]}
    group = WorkingGroup.objects.filter(slug=spec["slug"]).first()
    if group is not None:
        if (group.name, group.description) == (spec["name"], spec["description"]):
            _translations_add(group, texts)
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
    _translations_add(group, texts)
    first = spec["first_meeting"]
    founded = WorkingGroupMinutes.objects.create(
        group=group,
        meeting_date=first["day"],
        text=first["text"],
        created_by=_person(organisations[spec["organisations"][0]]),
    )
    for what, index, due_on in first["agreements"]:
        Agreement.objects.create(
            group=group,
            minutes=founded,
            what=what,
            organisation=organisations[index],
            owner=_person(organisations[index]),
            due_on=due_on,
            status="done",
            created_by=founded.created_by,
        )
    # Written down on the day of the meeting (auto_now_add takes a date only through an update).
    WorkingGroupMinutes.objects.filter(pk=founded.pk).update(created_at=_at(first["day"], 20))
    Agreement.objects.filter(minutes=founded).update(
        created_at=_at(first["day"], 20), updated_at=_at(first["day"], 20)
    )
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
