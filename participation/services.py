"""Writes of the participation app. Each is one transaction and refuses with a
`ParticipationError`; e-mails go out after the commit, in the recipient's language."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import Locale

from events.models import EventIndexPage, EventKind, EventPage
from events.selectors import event_in_language
from home.mail import queue_mail
from home.public_address import public_url
from members.access import is_network_manager, is_network_member, membership
from members.models import JointInitiative, Membership, Organisation, Role
from members.selectors import user_language
from members.services import private_collection_ensure

from .digest import digest_for, digest_recipients, network_name, unsubscribe_url
from .errors import ParticipationError
from .models import (
    Agreement,
    AgreementStatus,
    DatePoll,
    DatePollAnswer,
    DatePollOption,
    DigestSetting,
    PollAnswer,
    Proposal,
    ProposalComment,
    ProposalProcess,
    ProposalStatus,
    ProposalSupport,
    WorkingGroup,
    WorkingGroupDocument,
    WorkingGroupMinutes,
)
from .selectors import agreements_overdue_unreminded


def _member_check(user, organisation: Organisation | None) -> None:
    """`user` takes part on behalf of `organisation`, one of their own; the network manager may
    also act without one (as the network management)."""
    if not is_network_member(user):
        raise ParticipationError("not_member")
    if organisation is None:
        if not is_network_manager(user):
            raise ParticipationError("not_your_organisation")
    elif membership(user, organisation) is None:
        raise ParticipationError("not_your_organisation")


def _manager_check(user) -> None:
    if not is_network_manager(user):
        raise ParticipationError("not_manager")


def _private_document(*, upload: UploadedFile, title: str, by) -> object:
    """The uploaded file as a document in the members-only collection, so that Wagtail serves
    it to the network only (the form has checked its type and size)."""
    document = get_document_model()(
        title=title, collection=private_collection_ensure(), uploaded_by_user=by
    )
    document.file.save(upload.name, upload, save=False)
    document.save()
    return document


@transaction.atomic
def proposal_create(
    *,
    process: ProposalProcess,
    author,
    organisation: Organisation | None,
    title: str,
    text: str,
    language: str,
    upload: UploadedFile | None = None,
) -> Proposal:
    """A new proposal in an open process, on behalf of one of the author's organisations."""
    _member_check(author, organisation)
    if not process.is_open():
        raise ParticipationError("closed")
    document = _private_document(upload=upload, title=title, by=author) if upload else None
    return Proposal.objects.create(
        process=process,
        author=author,
        organisation=organisation,
        title=title.strip(),
        text=text.strip(),
        language=language,
        document=document,
    )


@transaction.atomic
def comment_add(
    *,
    proposal: Proposal,
    author,
    organisation: Organisation | None,
    text: str,
    language: str,
) -> ProposalComment:
    _member_check(author, organisation)
    if not proposal.process.is_open():
        raise ParticipationError("closed")
    return ProposalComment.objects.create(
        proposal=proposal,
        author=author,
        organisation=organisation,
        text=text.strip(),
        language=language,
    )


def support_give(*, proposal: Proposal, user, organisation: Organisation | None) -> ProposalSupport:
    """`user` supports `proposal` on behalf of `organisation`. Under the process's rule of one
    support per organisation, a second support from the same organisation is refused by the
    database, however close together the two arrive."""
    if organisation is None:
        raise ParticipationError("no_organisation")
    _member_check(user, organisation)
    if not proposal.process.is_open():
        raise ParticipationError("closed")
    try:
        with transaction.atomic():
            return ProposalSupport.objects.create(
                proposal=proposal,
                organisation=organisation,
                user=user,
                per_organisation=proposal.process.one_support_per_organisation,
            )
    except IntegrityError as error:
        raise ParticipationError("already_supported") from error


@transaction.atomic
def support_withdraw(*, proposal: Proposal, user) -> int:
    """Withdraw `user`'s own support while the process is open; returns how many were removed."""
    if not proposal.process.is_open():
        raise ParticipationError("closed")
    deleted, _kinds = ProposalSupport.objects.filter(proposal=proposal, user=user).delete()
    return deleted


def _answer_mail(proposal: Proposal) -> None:
    author = proposal.author
    if author is None or not author.email:
        return
    pk = proposal.pk

    def send():
        fresh = (
            Proposal.objects.select_related("author", "process")
            .prefetch_related("process__translations")
            .get(pk=pk)
        )
        language = user_language(fresh.author)
        with translation.override(language):
            context = {
                "proposal": fresh,
                "status": fresh.get_status_display(),
                "network": settings.WAGTAIL_SITE_NAME,
                "url": public_url(reverse("participation:proposal", args=[fresh.pk])),
            }
            queue_mail(
                gettext("Your proposal has been answered: %(title)s") % {"title": fresh.title},
                render_to_string("participation/emails/proposal_answered.txt", context),
                None,
                [fresh.author.email],
            )

    transaction.on_commit(send, robust=True)


@transaction.atomic
def proposal_answer(
    *,
    proposal: Proposal,
    by,
    status: str,
    reason: str,
    outcome_event=None,
    outcome_initiative: JointInitiative | None = None,
) -> Proposal:
    """The network management's answer: a status, a reason and what came of it. The proposer
    is told by e-mail in their language; the answer is logged."""
    _manager_check(by)
    if not reason.strip():
        raise ParticipationError("reason_required")
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    proposal.status = ProposalStatus(status)
    proposal.reason = reason.strip()
    proposal.outcome_event = outcome_event
    proposal.outcome_initiative = outcome_initiative
    proposal.answered_at = timezone.now()
    proposal.answered_by = by
    proposal.save()
    log(
        instance=proposal,
        action="participation.answer",
        user=by,
        data={"status": proposal.status, "reason": proposal.reason},
    )
    _answer_mail(proposal)
    return proposal


@transaction.atomic
def comment_hide(*, comment: ProposalComment, by, reason: str) -> ProposalComment:
    """Hide a comment from the members; its text stays in the database and the log says who
    hid it and why."""
    _manager_check(by)
    if not reason.strip():
        raise ParticipationError("reason_required")
    comment.hidden_at = timezone.now()
    comment.hidden_by = by
    comment.hidden_reason = reason.strip()
    comment.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    log(
        instance=comment.proposal,
        action="participation.comment_hide",
        user=by,
        data={"comment": comment.pk, "reason": comment.hidden_reason},
    )
    return comment


# Date polls ---------------------------------------------------------------------------------


def poll_answer(
    *, poll: DatePoll, user, organisation: Organisation | None, answers: dict[int, str]
) -> int:
    """Store `organisation`'s answers ({date id: yes/maybe/no}) to the poll's dates, replacing
    its earlier ones; one answer per organisation and date, held by a unique constraint.
    Returns how many answers were stored."""
    if organisation is None:
        raise ParticipationError("no_organisation")
    _member_check(user, organisation)
    options = {option.pk: option for option in poll.options.all()}
    if set(answers) - set(options):
        raise ParticipationError("unknown_date")
    with transaction.atomic():
        # The poll's row lock orders answering against deciding: no answer changes afterwards.
        poll = DatePoll.objects.select_for_update().get(pk=poll.pk)
        if not poll.is_open():
            raise ParticipationError("poll_decided" if poll.decided_at else "poll_closed")
        for option_pk, value in answers.items():
            DatePollAnswer.objects.update_or_create(
                option=options[option_pk],
                organisation=organisation,
                defaults={"answer": PollAnswer(value), "user": user},
            )
    return len(answers)


def _people_told_of(poll: DatePoll) -> list:
    """Who hears of the chosen date: the members who answered yes to it for their organisation
    and the contact persons of those organisations."""
    organisations = DatePollAnswer.objects.filter(
        option=poll.decided_option, answer=PollAnswer.YES
    ).values("organisation")
    answered = DatePollAnswer.objects.filter(
        option=poll.decided_option, answer=PollAnswer.YES
    ).values("user")
    contacts = Membership.objects.filter(organisation__in=organisations, role=Role.CONTACT)
    people = get_user_model().objects.filter(
        Q(pk__in=answered) | Q(pk__in=contacts.values("user")), is_active=True
    )
    return list(people.exclude(email="").distinct())


def _meeting_title(poll: DatePoll, event: EventPage, language: str) -> str:
    """The meeting's title in `language`: its event's translation when there is one, else the
    poll's title in that language (the event is made in German only), else the German one."""
    if event.locale.language_code == language:
        return event.title
    return poll.text_in("title", language)


def _decision_mails(poll: DatePoll) -> None:
    pk = poll.pk

    def send():
        fresh = (
            DatePoll.objects.select_related("event", "decided_option")
            .prefetch_related("translations")
            .get(pk=pk)
        )
        for person in _people_told_of(fresh):
            language = user_language(person)
            with translation.override(language):
                event = event_in_language(fresh.event, language)
                title = _meeting_title(fresh, event, language)
                context = {
                    "poll": fresh,
                    "event": event,
                    "title": title,
                    "start": timezone.localtime(fresh.decided_option.start),
                    "network": settings.WAGTAIL_SITE_NAME,
                    "url": public_url(event.url or "/"),
                }
                queue_mail(
                    gettext("Date set: %(title)s") % {"title": title},
                    render_to_string("participation/emails/poll_decided.txt", context),
                    None,
                    [person.email],
                )

    transaction.on_commit(send, robust=True)


@transaction.atomic
def poll_decide(*, poll: DatePoll, option: DatePollOption, by) -> EventPage:
    """Choose `option` as the meeting's date: it becomes a members-only network meeting with
    registration in the default language's calendar, published at once, and the organisations
    that said yes to it are told by e-mail. The poll then takes no more answers."""
    _manager_check(by)
    poll = DatePoll.objects.select_for_update().get(pk=poll.pk)
    if poll.decided_at is not None:
        raise ParticipationError("poll_decided")
    if option.poll_id != poll.pk:
        raise ParticipationError("unknown_date")
    calendar = EventIndexPage.objects.filter(locale=Locale.get_default()).first()
    if calendar is None:
        raise ParticipationError("no_calendar")
    event = EventPage(
        title=poll.title,
        slug=find_available_slug(calendar, slugify(poll.title) or "netzwerktreffen"),
        kind=EventKind.NETWORK_MEETING,
        start=option.start,
        end=option.end,
        teaser=poll.description[:300],
        venue_name=poll.venue_name,
        members_only=True,
        registration_required=True,
        owner=by,
    )
    calendar.add_child(instance=event)
    event.save_revision(user=by, log_action=True).publish(user=by)
    poll.decided_option = option
    poll.event = event
    poll.decided_at = timezone.now()
    poll.decided_by = by
    poll.save(update_fields=["decided_option", "event", "decided_at", "decided_by"])
    _decision_mails(poll)
    return event


# Working groups -----------------------------------------------------------------------------


def can_work_in(user, group: WorkingGroup) -> bool:
    """Members of the group's organisations and the network manager write in a group; every
    member of the network reads it."""
    if is_network_manager(user):
        return True
    if not is_network_member(user):
        return False
    return Membership.objects.filter(user=user, organisation__in=group.organisations.all()).exists()


def _group_check(user, group: WorkingGroup) -> None:
    if not is_network_member(user):
        raise ParticipationError("not_member")
    if not can_work_in(user, group):
        raise ParticipationError("not_in_group")


@dataclass(frozen=True)
class AgreementDraft:
    """An agreement as it is taken: what, which organisation (and person), by when."""

    what: str
    organisation: Organisation
    due_on: datetime.date
    owner: object = None


def _agreement_create(*, group, by, draft: AgreementDraft, minutes=None) -> Agreement:
    if draft.organisation.pk not in {organisation.pk for organisation in group.organisations.all()}:
        raise ParticipationError("organisation_not_in_group")
    return Agreement.objects.create(
        group=group,
        minutes=minutes,
        what=draft.what.strip(),
        organisation=draft.organisation,
        owner=draft.owner,
        due_on=draft.due_on,
        created_by=by,
    )


@transaction.atomic
def minutes_record(
    *,
    group: WorkingGroup,
    by,
    meeting_date: datetime.date,
    text: str,
    agreements: list[AgreementDraft] = (),
) -> WorkingGroupMinutes:
    """The minutes of a meeting with the agreements taken in it, all or nothing."""
    _group_check(by, group)
    minutes = WorkingGroupMinutes.objects.create(
        group=group, meeting_date=meeting_date, text=text.strip(), created_by=by
    )
    for draft in agreements:
        _agreement_create(group=group, by=by, draft=draft, minutes=minutes)
    return minutes


@transaction.atomic
def agreement_add(*, group: WorkingGroup, by, draft: AgreementDraft) -> Agreement:
    _group_check(by, group)
    return _agreement_create(group=group, by=by, draft=draft)


@transaction.atomic
def agreement_status_set(*, agreement: Agreement, by, status: str) -> Agreement:
    _group_check(by, agreement.group)
    agreement.status = AgreementStatus(status)
    agreement.save(update_fields=["status", "updated_at"])
    return agreement


@transaction.atomic
def group_document_add(
    *, group: WorkingGroup, by, upload: UploadedFile, title: str
) -> WorkingGroupDocument:
    _group_check(by, group)
    document = _private_document(upload=upload, title=title, by=by)
    return WorkingGroupDocument.objects.create(group=group, document=document, added_by=by)


def _agreement_reminder_recipients(agreement: Agreement) -> list:
    if agreement.owner is not None and agreement.owner.is_active and agreement.owner.email:
        return [agreement.owner]
    contacts = Membership.objects.filter(
        organisation=agreement.organisation, role=Role.CONTACT, user__is_active=True
    ).select_related("user")
    return [membership.user for membership in contacts if membership.user.email]


def agreement_reminders_send(*, today: datetime.date | None = None) -> int:
    """Remind the owner of each open agreement past its date, once: the owner, or without one
    the contact persons of the organisation that took it on. A compare-and-set on
    `reminded_at` makes a second run (or a parallel one) send nothing again."""
    today = today or timezone.localdate()
    sent = 0
    for agreement in agreements_overdue_unreminded(today):
        claimed = Agreement.objects.filter(pk=agreement.pk, reminded_at=None).update(
            reminded_at=timezone.now()
        )
        if not claimed:
            continue
        for person in _agreement_reminder_recipients(agreement):
            with translation.override(user_language(person)):
                context = {
                    "agreement": agreement,
                    "network": settings.WAGTAIL_SITE_NAME,
                    "url": public_url(reverse("participation:group", args=[agreement.group.slug])),
                }
                queue_mail(
                    gettext("An agreement is due: %(what)s") % {"what": str(agreement)},
                    render_to_string("participation/emails/agreement_reminder.txt", context),
                    None,
                    [person.email],
                )
        sent += 1
    return sent


# The members' digest ------------------------------------------------------------------------


def digest_setting_set(*, user, enabled: bool) -> DigestSetting:
    setting, _created = DigestSetting.objects.update_or_create(
        user=user, defaults={"enabled": enabled}
    )
    return setting


def digests_send(*, now: datetime.datetime | None = None) -> int:
    """Send each member who wants it the digest of what is new for them, in their language,
    with a one-click unsubscribe (`List-Unsubscribe`); nothing when nothing is new. Remembers
    when, so a second run in the same week sends nothing again. Returns how many were sent."""
    now = now or timezone.now()
    sent = 0
    for user in digest_recipients():
        content = digest_for(user, now=now)
        if content.is_empty():
            continue
        unsubscribe = unsubscribe_url(user, content.language)
        with translation.override(content.language):
            context = {
                "digest": content,
                "user": user,
                "network": network_name(),
                "extranet_url": public_url(reverse("participation:processes")),
                "settings_url": public_url(reverse("participation:digest_settings")),
                "unsubscribe_url": unsubscribe,
                "base_url": public_url("/").rstrip("/"),
            }
            handed_over = queue_mail(
                gettext("What is new in the network"),
                render_to_string("participation/emails/digest.txt", context),
                None,
                [user.email],
                headers={
                    "List-Unsubscribe": f"<{unsubscribe}>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
            )
        if handed_over:
            DigestSetting.objects.update_or_create(user=user, defaults={"last_sent_at": now})
            sent += 1
    return sent
