"""The extranet's participation views. Thin: members only (members.views.members_only), a form,
one service, a response; a refused service answers with its message and a 4xx."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from members.access import is_network_manager, private_response
from members.selectors import user_organisations
from members.views import members_only

from . import forms, selectors, services
from .digest import user_pk_from_token
from .errors import ParticipationError
from .models import (
    Agreement,
    DigestSetting,
    Proposal,
    ProposalComment,
    ProposalProcess,
    WorkingGroup,
)

NAV_KEY = "participation"
POLL_NAV_KEY = "date_polls"
GROUP_NAV_KEY = "working_groups"
# A service's refusal: taking part without the right is forbidden, anything else conflicts with
# the state of things (a closed process, a second support).
FORBIDDEN = {
    "not_member",
    "not_manager",
    "not_your_organisation",
    "no_organisation",
    "not_in_group",
}


def _organisations(user) -> list:
    return [found.organisation for found in user_organisations(user)]


def _refusal_status(error: ParticipationError) -> int:
    return 403 if error.code in FORBIDDEN else 409


@members_only
@require_safe
def process_list(request):
    return render(
        request,
        "participation/process_list.html",
        {"processes": selectors.processes(), "nav_key": NAV_KEY},
    )


@members_only
@require_safe
def process_detail(request, pk):
    process = get_object_or_404(selectors.processes(), pk=pk)
    form = forms.ProposalListForm(request.GET or None)
    status = 400 if form.is_bound and not form.is_valid() else 200
    proposals = selectors.proposals_listed(process=process, **form.filters())
    return render(
        request,
        "participation/process_detail.html",
        {
            "process": process,
            "form": form,
            "proposals": proposals,
            "nav_key": NAV_KEY,
        },
        status=status,
    )


@members_only
def proposal_create(request, pk):
    process = get_object_or_404(ProposalProcess, pk=pk)
    organisations = _organisations(request.user)
    form = forms.ProposalForm(
        request.POST or None, request.FILES or None, organisations=organisations
    )
    status = 200
    if not process.is_open():
        messages.error(request, ParticipationError.MESSAGES["closed"])
        return redirect("participation:process", pk=process.pk)
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                proposal = services.proposal_create(
                    process=process,
                    author=request.user,
                    organisation=data.get("organisation"),
                    title=data["title"],
                    text=data["text"],
                    language=data["language"],
                    upload=data.get("document"),
                )
            except ParticipationError as error:
                form.add_error(None, error.message)
                status = _refusal_status(error)
            else:
                messages.success(request, _("Thank you: your proposal has been published."))
                return redirect("participation:proposal", pk=proposal.pk)
    return render(
        request,
        "participation/proposal_form.html",
        {"process": process, "form": form, "nav_key": NAV_KEY},
        status=status,
    )


def _detail(request, proposal: Proposal, *, status=200, **forms_given):
    organisations = _organisations(request.user)
    context = {
        "proposal": proposal,
        "process": proposal.process,
        "comments": selectors.proposal_comments(proposal),
        "supporters": selectors.supporting_organisations(proposal),
        "supported": selectors.supported_by(proposal, request.user),
        "is_manager": is_network_manager(request.user),
        "comment_form": forms_given.get("comment_form")
        or forms.CommentForm(organisations=organisations),
        "support_form": forms.SupportForm(organisations=organisations) if organisations else None,
        "answer_form": forms_given.get("answer_form")
        or forms.AnswerForm(
            initial={
                "status": proposal.status,
                "reason": proposal.reason,
                "outcome_event": proposal.outcome_event_id,
                "outcome_initiative": proposal.outcome_initiative_id,
            }
        ),
        "nav_key": NAV_KEY,
    }
    return render(request, "participation/proposal_detail.html", context, status=status)


def _proposal(pk) -> Proposal:
    proposal = selectors.proposal_detail(pk)
    if proposal is None:
        raise Http404
    return proposal


@members_only
@require_safe
def proposal_detail(request, pk):
    return _detail(request, _proposal(pk))


def _refused(request, proposal, error: ParticipationError, **forms_given):
    messages.error(request, error.message)
    return _detail(request, proposal, status=_refusal_status(error), **forms_given)


@members_only
@require_POST
def comment_add(request, pk):
    proposal = _proposal(pk)
    form = forms.CommentForm(request.POST, organisations=_organisations(request.user))
    if not form.is_valid():
        return _detail(request, proposal, status=400, comment_form=form)
    try:
        services.comment_add(
            proposal=proposal,
            author=request.user,
            organisation=form.cleaned_data.get("organisation"),
            text=form.cleaned_data["text"],
            language=form.cleaned_data["language"],
        )
    except ParticipationError as error:
        return _refused(request, proposal, error, comment_form=form)
    messages.success(request, _("Your comment has been published."))
    return redirect(reverse("participation:proposal", args=[proposal.pk]) + "#comments")


@members_only
@require_POST
def support(request, pk):
    proposal = _proposal(pk)
    form = forms.SupportForm(request.POST, organisations=_organisations(request.user))
    if not form.is_valid():
        return _refused(request, proposal, ParticipationError("no_organisation"))
    try:
        services.support_give(
            proposal=proposal, user=request.user, organisation=form.cleaned_data["organisation"]
        )
    except ParticipationError as error:
        return _refused(request, proposal, error)
    messages.success(request, _("Thank you for your support."))
    return redirect("participation:proposal", pk=proposal.pk)


@members_only
@require_POST
def support_withdraw(request, pk):
    proposal = _proposal(pk)
    try:
        services.support_withdraw(proposal=proposal, user=request.user)
    except ParticipationError as error:
        return _refused(request, proposal, error)
    messages.success(request, _("Your support has been withdrawn."))
    return redirect("participation:proposal", pk=proposal.pk)


@members_only
@require_POST
def proposal_answer(request, pk):
    if not is_network_manager(request.user):
        raise PermissionDenied
    proposal = _proposal(pk)
    form = forms.AnswerForm(request.POST)
    if not form.is_valid():
        return _detail(request, proposal, status=400, answer_form=form)
    try:
        services.proposal_answer(proposal=proposal, by=request.user, **form.cleaned_data)
    except ParticipationError as error:
        return _refused(request, proposal, error, answer_form=form)
    messages.success(request, _("The answer has been saved and the proposer informed."))
    return redirect("participation:proposal", pk=proposal.pk)


@members_only
@require_POST
def comment_hide(request, pk):
    if not is_network_manager(request.user):
        raise PermissionDenied
    comment = get_object_or_404(ProposalComment.objects.select_related("proposal"), pk=pk)
    proposal = _proposal(comment.proposal_id)
    form = forms.HideCommentForm(request.POST)
    if not form.is_valid():
        return _refused(request, proposal, ParticipationError("reason_required"))
    services.comment_hide(comment=comment, by=request.user, reason=form.cleaned_data["reason"])
    messages.success(request, _("The comment has been hidden."))
    return redirect(reverse("participation:proposal", args=[proposal.pk]) + "#comments")


# Date polls ---------------------------------------------------------------------------------


@members_only
@require_safe
def poll_list(request):
    return render(
        request,
        "participation/poll_list.html",
        {"polls": selectors.polls(), "nav_key": POLL_NAV_KEY},
    )


def _poll_page(request, poll, *, form=None, decide_form=None, status=200):
    organisations = _organisations(request.user)
    if form is None and organisations:
        form = forms.PollAnswerForm(
            poll=poll,
            organisations=organisations,
            initial_answers=selectors.poll_answers_of(poll, organisations[0]),
        )
    return render(
        request,
        "participation/poll_detail.html",
        {
            "poll": poll,
            "rows": selectors.poll_rows(poll),
            "form": form,
            "is_manager": is_network_manager(request.user),
            "decide_form": decide_form or forms.PollDecideForm(poll=poll),
            "nav_key": POLL_NAV_KEY,
        },
        status=status,
    )


@members_only
def poll_detail(request, pk):
    """The poll's dates with every organisation's answers; members answer for their
    organisation here (POST), as often as they like until the poll is closed."""
    poll = get_object_or_404(selectors.polls(), pk=pk)
    if request.method != "POST":
        return _poll_page(request, poll)
    organisations = _organisations(request.user)
    if not organisations:
        # Organisations answer; a manager without one has nobody to answer for.
        raise PermissionDenied
    form = forms.PollAnswerForm(request.POST, poll=poll, organisations=organisations)
    if not form.is_valid():
        return _poll_page(request, poll, form=form, status=400)
    try:
        services.poll_answer(
            poll=poll,
            user=request.user,
            organisation=form.cleaned_data.get("organisation"),
            answers=form.answers(),
        )
    except ParticipationError as error:
        messages.error(request, error.message)
        return _poll_page(request, poll, form=form, status=_refusal_status(error))
    messages.success(request, _("Your organisation's answers have been saved."))
    return redirect("participation:poll", pk=poll.pk)


@members_only
@require_POST
def poll_decide(request, pk):
    if not is_network_manager(request.user):
        raise PermissionDenied
    poll = get_object_or_404(selectors.polls(), pk=pk)
    form = forms.PollDecideForm(request.POST, poll=poll)
    if not form.is_valid():
        return _poll_page(request, poll, decide_form=form, status=400)
    try:
        services.poll_decide(poll=poll, option=form.cleaned_data["option"], by=request.user)
    except ParticipationError as error:
        messages.error(request, error.message)
        return _poll_page(request, poll, status=_refusal_status(error))
    messages.success(
        request,
        _("The date is set: the meeting is in the calendar and the organisations were told."),
    )
    return redirect("participation:poll", pk=poll.pk)


# Working groups -----------------------------------------------------------------------------


@members_only
@require_safe
def group_list(request):
    return render(
        request,
        "participation/group_list.html",
        {"groups": selectors.working_groups(), "nav_key": GROUP_NAV_KEY},
    )


def _group(slug) -> WorkingGroup:
    return get_object_or_404(selectors.working_groups(), slug=slug)


def _group_page(request, group, *, status=200, agreement_form=None, document_form=None):
    people = selectors.group_people(group)
    return render(
        request,
        "participation/group_detail.html",
        {
            "group": group,
            "minutes": selectors.group_minutes(group),
            "agreements": selectors.group_agreements(group),
            "documents": selectors.group_documents(group),
            "can_work": services.can_work_in(request.user, group),
            "agreement_form": agreement_form or forms.AgreementForm(group=group, people=people),
            "document_form": document_form or forms.GroupDocumentForm(),
            "status_choices": forms.AgreementStatusForm().fields["status"].choices,
            "nav_key": GROUP_NAV_KEY,
        },
        status=status,
    )


@members_only
@require_safe
def group_detail(request, slug):
    return _group_page(request, _group(slug))


def _group_writer(request, slug) -> WorkingGroup:
    group = _group(slug)
    if not services.can_work_in(request.user, group):
        raise PermissionDenied
    return group


@members_only
def minutes_add(request, slug):
    """Minutes of a meeting, with the agreements taken in it (rows left empty are skipped)."""
    group = _group_writer(request, slug)
    people = selectors.group_people(group)
    form = forms.MinutesForm(request.POST or None)
    formset = forms.AgreementFormSet(
        request.POST or None, prefix="agreements", form_kwargs={"group": group, "people": people}
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid() and formset.is_valid():
            drafts = [f.draft() for f in formset if f.has_changed() and f.cleaned_data]
            services.minutes_record(
                group=group, by=request.user, agreements=drafts, **form.cleaned_data
            )
            messages.success(request, _("The minutes have been saved."))
            return redirect("participation:group", slug=group.slug)
    return render(
        request,
        "participation/minutes_form.html",
        {"group": group, "form": form, "formset": formset, "nav_key": GROUP_NAV_KEY},
        status=status,
    )


@members_only
@require_POST
def agreement_add(request, slug):
    group = _group_writer(request, slug)
    form = forms.AgreementForm(request.POST, group=group, people=selectors.group_people(group))
    if not form.is_valid():
        return _group_page(request, group, status=400, agreement_form=form)
    services.agreement_add(group=group, by=request.user, draft=form.draft())
    messages.success(request, _("The agreement has been recorded."))
    return redirect(reverse("participation:group", args=[group.slug]) + "#agreements")


@members_only
@require_POST
def agreement_status(request, slug, pk):
    group = _group_writer(request, slug)
    agreement = get_object_or_404(Agreement, pk=pk, group=group)
    form = forms.AgreementStatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please choose a valid status."))
        return _group_page(request, group, status=400)
    services.agreement_status_set(agreement=agreement, by=request.user, **form.cleaned_data)
    messages.success(request, _("The agreement's status has been changed."))
    return redirect(reverse("participation:group", args=[group.slug]) + "#agreements")


@members_only
@require_POST
def group_document_add(request, slug):
    group = _group_writer(request, slug)
    form = forms.GroupDocumentForm(request.POST, request.FILES)
    if not form.is_valid():
        return _group_page(request, group, status=400, document_form=form)
    services.group_document_add(
        group=group,
        by=request.user,
        upload=form.cleaned_data["document"],
        title=form.cleaned_data["title"],
    )
    messages.success(request, _("The document has been added."))
    return redirect(reverse("participation:group", args=[group.slug]) + "#documents")


# The members' digest ------------------------------------------------------------------------


@members_only
def digest_settings(request):
    setting = DigestSetting.objects.filter(user=request.user).first()
    enabled = setting.enabled if setting else True
    # An unticked box sends nothing: a POST binds the form even when it is empty.
    data = request.POST if request.method == "POST" else None
    form = forms.DigestSettingForm(data, initial={"enabled": enabled})
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "participation/digest_settings.html", {"form": form}, status=400)
        services.digest_setting_set(user=request.user, enabled=form.cleaned_data["enabled"])
        messages.success(request, _("Your setting has been saved."))
        return redirect("participation:digest_settings")
    return render(
        request, "participation/digest_settings.html", {"form": form, "nav_key": "account"}
    )


@csrf_exempt  # mail programs unsubscribe with a bare POST (RFC 8058); the token is the secret
def digest_unsubscribe(request, token):
    """One-click unsubscribe from the digest, without logging in: a GET shows a button (so that
    a link scanner changes nothing), a POST turns the digest off."""
    user_pk = user_pk_from_token(token)
    user = get_user_model().objects.filter(pk=user_pk, is_active=True).first() if user_pk else None
    if user is None:
        response = render(request, "participation/digest_unsubscribe.html", {"invalid": True})
        response.status_code = 404
        return private_response(response)
    done = request.method == "POST"
    if done:
        services.digest_setting_set(user=user, enabled=False)
    response = render(
        request, "participation/digest_unsubscribe.html", {"done": done, "token": token}
    )
    return private_response(response)
