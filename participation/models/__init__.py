"""The participation app's models: proposal processes with proposals, comments and supports;
date polls for network meetings."""

from .polls import DatePoll, DatePollAnswer, DatePollOption, PollAnswer
from .proposals import (
    Proposal,
    ProposalComment,
    ProposalProcess,
    ProposalStatus,
    ProposalSupport,
)

__all__ = [
    "DatePoll",
    "DatePollAnswer",
    "DatePollOption",
    "PollAnswer",
    "Proposal",
    "ProposalComment",
    "ProposalProcess",
    "ProposalStatus",
    "ProposalSupport",
]
