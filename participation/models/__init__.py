"""The participation app's models: proposal processes with proposals, comments and supports;
date polls for network meetings; working groups with minutes, documents and agreements; each
member's digest setting."""

from .digest import DigestSetting
from .groups import (
    Agreement,
    AgreementStatus,
    WorkingGroup,
    WorkingGroupDocument,
    WorkingGroupMinutes,
)
from .polls import DatePoll, DatePollAnswer, DatePollOption, PollAnswer
from .proposals import (
    Proposal,
    ProposalComment,
    ProposalProcess,
    ProposalStatus,
    ProposalSupport,
)

__all__ = [
    "Agreement",
    "AgreementStatus",
    "WorkingGroup",
    "WorkingGroupDocument",
    "WorkingGroupMinutes",
    "DatePoll",
    "DigestSetting",
    "DatePollAnswer",
    "DatePollOption",
    "PollAnswer",
    "Proposal",
    "ProposalComment",
    "ProposalProcess",
    "ProposalStatus",
    "ProposalSupport",
]
