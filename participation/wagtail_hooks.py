from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.jobs import DailyAt, Every, Job
from members.access import is_network_member
from members.selectors import user_organisations

from .data_inventory import INVENTORY
from .models import (
    DatePoll,
    DatePollAnswer,
    DigestSetting,
    Proposal,
    ProposalComment,
    ProposalProcess,
    ProposalSupport,
    WorkingGroup,
)
from .seed import seed_participation
from .selectors import agreements_open_for, polls_open, processes_open


class ProposalProcessViewSet(SnippetViewSet):
    """The network manager opens and closes proposal processes here; the proposals themselves
    live in the extranet, where the manager answers them."""

    model = ProposalProcess
    icon = "comment"
    menu_label = _("Proposal processes")
    list_display = ["title", "module", "field_of_cooperation", "opens_on", "closes_on"]
    copy_view_enabled = False


class DatePollViewSet(SnippetViewSet):
    """The network manager proposes dates here; members answer and the manager chooses the
    date in the extranet."""

    model = DatePoll
    icon = "date"
    menu_label = _("Date polls")
    list_display = ["title", "closes_on", "decided_at"]
    copy_view_enabled = False


class WorkingGroupViewSet(SnippetViewSet):
    """The network manager sets up working groups and their organisations here; the groups'
    minutes, documents and agreements are written in the extranet."""

    model = WorkingGroup
    icon = "group"
    menu_label = _("Working groups")
    list_display = ["name", "field_of_cooperation"]
    copy_view_enabled = False


class ParticipationViewSetGroup(SnippetViewSetGroup):
    items = (ProposalProcessViewSet, DatePollViewSet, WorkingGroupViewSet)
    menu_icon = "comment"
    menu_label = _("Participation")
    menu_order = 220


register_snippet(ParticipationViewSetGroup)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action("participation.answer", _("Answer a proposal"), _("Proposal answered"))
    actions.register_action("participation.comment_hide", _("Hide a comment"), _("Comment hidden"))


@hooks.register("extranet_navigation")
def proposals_navigation(*, request):
    return [
        {
            "title": gettext("Proposals"),
            "url": reverse("participation:processes"),
            "key": "participation",
        },
        {
            "title": gettext("Finding a date"),
            "url": reverse("participation:polls"),
            "key": "date_polls",
        },
        {
            "title": gettext("Working groups"),
            "url": reverse("participation:groups"),
            "key": "working_groups",
        },
    ]


@hooks.register("extranet_dashboard_panels")
def proposals_panel(*, request, locale):
    """Open proposal processes and date polls; the open agreements of the user's organisations
    (none without an organisation)."""
    if not is_network_member(request.user):
        return []
    panels = [
        {
            "order": 16,
            "template": "participation/panels/proposals.html",
            "processes": processes_open(),
            "polls": polls_open(),
        }
    ]
    organisations = [membership.organisation for membership in user_organisations(request.user)]
    if organisations:
        panels.append(
            {
                "order": 13,
                "template": "participation/panels/agreements.html",
                "agreements": agreements_open_for(organisations),
            }
        )
    return panels


@hooks.register("register_jobs")
def participation_jobs() -> list[Job]:
    """The participation app's periodic jobs (`home.jobs`)."""
    return [
        Job(
            "agreement_reminders",
            _("Remind owners of overdue agreements"),
            DailyAt(7, 30),
            "send_agreement_reminders",
        ),
        # Weekly, counted from the last run (the scheduler's `Every`).
        Job("member_digest", _("Weekly digest for members"), Every(7 * 24 * 60), "send_digest"),
    ]


@hooks.register("account_sections")
def digest_account_section(*, user):
    """The digest setting on the member's account page."""
    if not is_network_member(user):
        return []
    return [
        {
            "title": gettext("Weekly digest"),
            "text": gettext("What is new for you, once a week by e-mail."),
            "link": gettext("Change the setting"),
            "url": reverse("participation:digest_settings"),
        }
    ]


@hooks.register("seed_demo", order=45)
def seed_demo(*, log) -> None:
    seed_participation(log=log)


@hooks.register("register_data_inventory")
def data_inventory():
    """This app's part of the inventory behind the privacy notice (`home.privacy`)."""
    return INVENTORY


@hooks.register("personal_data")
def participation_personal_data(*, user):
    """A member's own proposals, comments and supports, for their data export."""
    return {
        "proposals": [
            {
                "title": proposal.title,
                "text": proposal.text,
                "language": proposal.language,
                "created_at": proposal.created_at.isoformat(),
                "status": proposal.status,
            }
            for proposal in Proposal.objects.filter(author=user)
        ],
        "proposal_comments": [
            {
                "proposal": comment.proposal.title,
                "text": comment.text,
                "created_at": comment.created_at.isoformat(),
            }
            for comment in ProposalComment.objects.filter(author=user).select_related("proposal")
        ],
        "date_poll_answers": [
            {
                "poll": answer.option.poll.title,
                "date": answer.option.start.isoformat(),
                "answer": answer.answer,
            }
            for answer in DatePollAnswer.objects.filter(user=user).select_related("option__poll")
        ],
        "digest": [
            {
                "enabled": setting.enabled,
                "last_sent_at": setting.last_sent_at and setting.last_sent_at.isoformat(),
            }
            for setting in DigestSetting.objects.filter(user=user)
        ],
        "proposal_supports": [
            {"proposal": support.proposal.title, "created_at": support.created_at.isoformat()}
            for support in ProposalSupport.objects.filter(user=user).select_related("proposal")
        ],
    }
