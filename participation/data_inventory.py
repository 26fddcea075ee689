"""The participation app's part of the data inventory behind the privacy notice (`home.privacy`)."""

from django.utils.translation import gettext_lazy as _

from home.privacy import DataInventory, LegalBasis, PersonalData

INVENTORY = DataInventory(
    personal=[
        PersonalData(
            model="participation.Proposal",
            fields=("author", "title", "text", "document", "created_at", "answered_by"),
            description=_(
                "Proposals of members: who wrote them, their text and document, who answered"
            ),
            purpose=_("Planning the modules and the joint work of the network with its members"),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("Until the end of the project and its final evaluation"),
        ),
        PersonalData(
            model="participation.ProposalComment",
            fields=("author", "text", "created_at", "hidden_by", "hidden_reason"),
            description=_("Comments on proposals, who wrote them, who hid one and why"),
            purpose=_("Planning the modules and the joint work of the network with its members"),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("Until the end of the project and its final evaluation"),
        ),
        PersonalData(
            model="participation.ProposalSupport",
            fields=("user", "created_at"),
            description=_("Who supported a proposal on behalf of their organisation"),
            purpose=_("Counting supports fairly, one per organisation"),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("Until the end of the project and its final evaluation"),
        ),
        PersonalData(
            model="participation.DatePollAnswer",
            fields=("user", "updated_at"),
            description=_("Who answered a date poll for their organisation, and when"),
            purpose=_("Finding a date for the network meeting"),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("Until the end of the project and its final evaluation"),
        ),
        PersonalData(
            model="participation.DatePoll",
            fields=("decided_by",),
            description=_("Who chose the date of a network meeting"),
            purpose=_("Editorial responsibility and review"),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("As long as the page or entry exists"),
        ),
    ],
    not_personal={
        "participation.ProposalProcess": (
            "title",
            "description",
            "module",
            "field_of_cooperation",
            "opens_on",
            "closes_on",
            "one_support_per_organisation",
            "created_at",
        ),
        "participation.Proposal": (
            "process",
            "organisation",
            "language",
            "status",
            "reason",
            "answered_at",
            "outcome_event",
            "outcome_initiative",
        ),
        "participation.ProposalComment": ("proposal", "organisation", "language", "hidden_at"),
        "participation.ProposalSupport": ("proposal", "organisation", "per_organisation"),
        "participation.DatePoll": (
            "title",
            "description",
            "venue_name",
            "closes_on",
            "decided_option",
            "event",
            "decided_at",
            "created_at",
        ),
        "participation.DatePollOption": ("sort_order", "poll", "start", "end"),
        "participation.DatePollAnswer": ("option", "organisation", "answer"),
    },
)
