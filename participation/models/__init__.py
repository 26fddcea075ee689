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
    WorkingGroupTranslation,
)
from .polls import DatePoll, DatePollAnswer, DatePollOption, DatePollTranslation, PollAnswer
from .proposals import (
    Proposal,
    ProposalComment,
    ProposalProcess,
    ProposalProcessTranslation,
    ProposalStatus,
    ProposalSupport,
)

__all__ = [
    "Agreement",
    "AgreementStatus",
    "WorkingGroup",
    "WorkingGroupDocument",
    "WorkingGroupMinutes",
    "WorkingGroupTranslation",
    "DatePoll",
    "DigestSetting",
    "DatePollAnswer",
    "DatePollOption",
    "DatePollTranslation",
    "PollAnswer",
    "Proposal",
    "ProposalComment",
    "ProposalProcess",
    "ProposalProcessTranslation",
    "ProposalStatus",
    "ProposalSupport",
]
