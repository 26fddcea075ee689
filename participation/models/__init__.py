"""The participation app's models: proposal processes with proposals, comments and supports."""

from .proposals import (
    Proposal,
    ProposalComment,
    ProposalProcess,
    ProposalStatus,
    ProposalSupport,
)

__all__ = [
    "Proposal",
    "ProposalComment",
    "ProposalProcess",
    "ProposalStatus",
    "ProposalSupport",
]
