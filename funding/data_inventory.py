"""The funding app's part of the data inventory behind the privacy notice (`home.privacy`)."""

from django.utils.translation import gettext_lazy as _

from home.privacy import DataInventory, LegalBasis, PersonalData

INVENTORY = DataInventory(
    personal=[
        PersonalData(
            model="funding.Expense",
            fields=("payee", "purpose", "receipt", "created_by"),
            description=_(
                "Payees of the project's expenses (for example speakers and the project "
                "assistant), what they were paid for, their receipts, and who booked them"
            ),
            purpose=_("Accounting to the funder for the use of the grant"),
            legal_basis=LegalBasis.LEGAL_OBLIGATION,
            retention=_("Ten years after the statement of use, as public budget law requires"),
        ),
        PersonalData(
            model="funding.AssistantHours",
            fields=("month", "hours"),
            description=_("The project assistant's hours per month"),
            purpose=_("Accounting to the funder for the use of the grant"),
            legal_basis=LegalBasis.LEGAL_OBLIGATION,
            retention=_("Ten years after the statement of use, as public budget law requires"),
        ),
        PersonalData(
            model="funding.SentStatement",
            fields=("sent_by",),
            description=_("Who sent a statement of use to the funder, and when"),
            purpose=_("Editorial responsibility and review"),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("Until the end of the project and its final evaluation"),
        ),
    ],
    not_personal={
        "funding.BudgetLine": ("code", "title", "explanation", "hourly_rate", "monthly_hours_cap"),
        "funding.PlannedAmount": ("line", "year", "funder_share", "own_share"),
        "funding.Expense": (
            "line",
            "booked_on",
            "amount",
            "share",
            "event",
            "module",
            "finance_reference",
            "created_at",
        ),
        "funding.AssistantHours": ("expense",),
        # Amounts per line only; payees appear in neither the figures nor the PDF.
        "funding.SentStatement": ("scope", "phase", "sent_at", "figures", "pdf", "xlsx"),
    },
)
