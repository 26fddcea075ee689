"""Proposals, comments, supports and answers: what the services guarantee."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.users.models import UserProfile

from members.access import collection_is_members_only
from participation import services
from participation.errors import ParticipationError
from participation.models import ProposalStatus, ProposalSupport

pytestmark = pytest.mark.django_db


def test_a_member_proposes_in_their_own_language_on_behalf_of_their_organisation(cast, proposals):
    proposal = services.proposal_create(
        process=proposals.process,
        author=cast.member_a,
        organisation=cast.organisation_a,
        title="  Belediye bütçesi  ",
        text="Bütçe sürecini öğrenmek istiyoruz.",
        language="tr",
    )

    assert proposal.title == "Belediye bütçesi"
    assert proposal.language == "tr"
    assert proposal.status == ProposalStatus.RECEIVED


def test_a_proposals_document_is_kept_in_the_members_only_collection(cast, proposals):
    upload = SimpleUploadedFile("idee.txt", b"Unsere Idee", content_type="text/plain")

    proposal = services.proposal_create(
        process=proposals.process,
        author=cast.member_a,
        organisation=cast.organisation_a,
        title="Mit Anhang",
        text="Siehe Anhang.",
        language="de",
        upload=upload,
    )

    assert collection_is_members_only(proposal.document.collection)


def test_nobody_proposes_for_an_organisation_they_do_not_belong_to(cast, proposals):
    with pytest.raises(ParticipationError) as refused:
        services.proposal_create(
            process=proposals.process,
            author=cast.member_a,
            organisation=cast.organisation_b,
            title="Fremd",
            text="Fremd",
            language="de",
        )

    assert refused.value.code == "not_your_organisation"


def test_staff_outside_the_network_cannot_propose(cast, proposals):
    with pytest.raises(ParticipationError) as refused:
        services.proposal_create(
            process=proposals.process,
            author=cast.editor,
            organisation=None,
            title="Redaktion",
            text="Redaktion",
            language="de",
        )

    assert refused.value.code == "not_member"


def test_a_closed_process_takes_no_proposals_comments_or_supports(cast, proposals):
    process = proposals.process
    process.closes_on = timezone.localdate() - datetime.timedelta(days=1)
    process.save()

    with pytest.raises(ParticipationError, match="closed"):
        services.proposal_create(
            process=process,
            author=cast.member_a,
            organisation=cast.organisation_a,
            title="Zu spät",
            text="Zu spät",
            language="de",
        )
    with pytest.raises(ParticipationError, match="closed"):
        services.support_give(
            proposal=proposals.proposal, user=cast.contact_b, organisation=cast.organisation_b
        )
    with pytest.raises(ParticipationError, match="closed"):
        services.comment_add(
            proposal=proposals.proposal,
            author=cast.contact_b,
            organisation=cast.organisation_b,
            text="Zu spät",
            language="de",
        )


def test_an_organisation_supports_a_proposal_once_however_many_members_it_has(cast, proposals):
    services.support_give(
        proposal=proposals.proposal, user=cast.member_a, organisation=cast.organisation_a
    )

    with pytest.raises(ParticipationError) as refused:
        services.support_give(
            proposal=proposals.proposal, user=cast.contact_a, organisation=cast.organisation_a
        )

    assert refused.value.code == "already_supported"
    services.support_give(
        proposal=proposals.proposal, user=cast.contact_b, organisation=cast.organisation_b
    )
    assert ProposalSupport.objects.filter(proposal=proposals.proposal).count() == 2


def test_the_manager_can_let_every_member_count_in_a_process(cast, proposals):
    proposals.process.one_support_per_organisation = False
    proposals.process.save()

    services.support_give(
        proposal=proposals.proposal, user=cast.member_a, organisation=cast.organisation_a
    )
    services.support_give(
        proposal=proposals.proposal, user=cast.contact_a, organisation=cast.organisation_a
    )

    assert ProposalSupport.objects.filter(proposal=proposals.proposal).count() == 2
    with pytest.raises(ParticipationError, match="already_supported"):
        services.support_give(
            proposal=proposals.proposal, user=cast.member_a, organisation=cast.organisation_a
        )


def test_a_withdrawn_support_lets_another_member_of_the_organisation_support(cast, proposals):
    services.support_give(
        proposal=proposals.proposal, user=cast.member_a, organisation=cast.organisation_a
    )
    services.support_withdraw(proposal=proposals.proposal, user=cast.member_a)

    services.support_give(
        proposal=proposals.proposal, user=cast.contact_a, organisation=cast.organisation_a
    )

    assert proposals.proposal.supports.get().user == cast.contact_a


def test_the_answer_tells_the_proposer_in_their_language(
    cast, proposals, django_capture_on_commit_callbacks
):
    profile = UserProfile.get_for_user(cast.contact_a)
    profile.preferred_language = "tr"
    profile.save()
    mail.outbox.clear()

    with pytest.raises(ParticipationError, match="reason_required"):
        services.proposal_answer(
            proposal=proposals.proposal, by=cast.manager, status="accepted", reason="  "
        )
    with pytest.raises(ParticipationError, match="not_manager"):
        services.proposal_answer(
            proposal=proposals.proposal, by=cast.contact_b, status="accepted", reason="Gut"
        )
    with django_capture_on_commit_callbacks(execute=True):
        answered = services.proposal_answer(
            proposal=proposals.proposal,
            by=cast.manager,
            status="planned",
            reason="Im zweiten Termin.",
        )

    assert answered.status == ProposalStatus.PLANNED
    assert answered.answered_by == cast.manager
    [sent] = mail.outbox
    assert sent.to == [cast.contact_a.email]
    assert "Besuch im Integrationsrat" in sent.subject
    assert "Planlandı" in sent.body  # the status in Turkish
    assert "/extranet/vorschlaege/" in sent.body


def test_a_hidden_comment_keeps_its_text_and_says_who_hid_it_and_why(cast, proposals):
    comment = services.comment_add(
        proposal=proposals.proposal,
        author=cast.contact_b,
        organisation=cast.organisation_b,
        text="Unfreundlich",
        language="de",
    )

    with pytest.raises(ParticipationError, match="not_manager"):
        services.comment_hide(comment=comment, by=cast.contact_a, reason="Mag ich nicht")
    services.comment_hide(comment=comment, by=cast.manager, reason="Beleidigend")

    comment.refresh_from_db()
    assert comment.text == "Unfreundlich"
    assert comment.hidden_by == cast.manager
    assert comment.hidden_reason == "Beleidigend"
    assert comment.hidden_at is not None
