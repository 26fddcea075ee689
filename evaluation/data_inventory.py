"""The evaluation app's part of the data inventory behind the privacy notice (`home.privacy`)."""

from django.utils.translation import gettext_lazy as _

from home.privacy import DataInventory, LegalBasis, PersonalData

INVENTORY = DataInventory(
    personal=[
        PersonalData(
            model="evaluation.SentReport",
            fields=("sent_by",),
            description=_("Who sent a report to the funder, and when"),
            purpose=_("Editorial responsibility and review"),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("Until the end of the project and its final evaluation"),
        ),
    ],
    not_personal={
        "evaluation.Goal": (
            "kind",
            "number",
            "statement",
            "phase",
            "target_description",
            "metric",
            "target",
            "assessment",
            "assessment_note",
            "further_evidence",
        ),
        # Figures only: no report shows a group smaller than the threshold.
        "evaluation.SentReport": ("scope", "phase", "sent_at", "figures", "pdf"),
    },
)
