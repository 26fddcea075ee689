"""Why a participation service refuses, with a message in the person's language."""

from django.utils.translation import gettext_lazy as _

from home.errors import DomainError


class ParticipationError(DomainError):
    MESSAGES = {
        "not_member": _("Only members of the network can take part."),
        "not_manager": _("Only the network management can do this."),
        "closed": _("This proposal process is closed."),
        "not_your_organisation": _("You can only act for an organisation you belong to."),
        "no_organisation": _("Supports are given on behalf of a member organisation."),
        "already_supported": _("Your organisation already supports this proposal."),
        "reason_required": _("Please give a reason."),
        "poll_closed": _("This date poll is closed; answers can no longer be changed."),
        "poll_decided": _("A date has already been chosen for this poll."),
        "no_calendar": _("The calendar has not been set up yet."),
        "unknown_date": _("This date does not belong to the poll."),
        "not_in_group": _("Only the organisations of this working group can do this."),
        "organisation_not_in_group": _(
            "An agreement is taken on by one of the working group's organisations."
        ),
    }
