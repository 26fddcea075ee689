"""The surveys app's part of the data inventory behind the privacy notice (`home.privacy`)."""

from django.utils.translation import gettext_lazy as _

from home.privacy import DataInventory, LegalBasis, PersonalData

INVENTORY = DataInventory(
    personal=[
        PersonalData(
            model="surveys.PersonalInvitation",
            fields=(
                "questionnaire",
                "registration",
                "attempt",
                "invited_at",
                "reminded_at",
                "reminders",
            ),
            description=_(
                "That a participant was sent a personal link to a questionnaire, and when they "
                "were reminded (not which code)"
            ),
            purpose=_(
                "Reminding only those who have not answered, with the link they already have"
            ),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("Until the registration is anonymised"),
        ),
        PersonalData(
            model="surveys.Response",
            fields=(
                "questionnaire",
                "language",
                "submitted_on",
                "event",
                "anonymous",
                "user",
                "access_code",
                "submission_key",
            ),
            description=_(
                "Answers to questionnaires: anonymous, unless a questionnaire says before the "
                "first question that it is not"
            ),
            purpose=_("Evaluating the qualification modules and the network"),
            legal_basis=LegalBasis.CONSENT,
            retention=_("Until the end of the project and its final evaluation"),
        ),
        PersonalData(
            model="surveys.Answer",
            fields=("response", "question", "item", "choice", "number", "text", "quoted"),
            description=_(
                "Answers to questionnaires: anonymous, unless a questionnaire says before the "
                "first question that it is not"
            ),
            purpose=_("Evaluating the qualification modules and the network"),
            legal_basis=LegalBasis.CONSENT,
            retention=_("Until the end of the project and its final evaluation"),
        ),
        PersonalData(
            model="surveys.SavedAnswers",
            fields=("questionnaire", "code_hash", "data", "expires_on"),
            description=_(
                "Unfinished answers to a questionnaire, kept under a code that only the "
                "participant holds (no name, account, code of access or address)"
            ),
            purpose=_("Going on with a questionnaire after a break or a lost session"),
            legal_basis=LegalBasis.CONSENT,
            retention=_("Until the answers are sent, at most the days set for kept answers"),
        ),
        PersonalData(
            model="surveys.Participation",
            fields=("questionnaire", "user"),
            description=_("Which member has answered a questionnaire (not what)"),
            purpose=_("Answering each questionnaire once"),
            legal_basis=LegalBasis.CONSENT,
            retention=_("Until the end of the project and its final evaluation"),
        ),
        PersonalData(
            model="surveys.CodeBatch",
            fields=("created_by",),
            description=_("Who made a set of questionnaire codes"),
            purpose=_("Editorial responsibility and review"),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("As long as the page or entry exists"),
        ),
    ],
    not_personal={
        "surveys.CodeBatch": (
            "questionnaire",
            "event",
            "label",
            "expires_at",
            "created_at",
            "mailed",
        ),
        # Single-use codes are handed out on paper and point to no one.
        "surveys.AccessCode": ("batch", "questionnaire", "code", "used"),
        "surveys.SurveyIndexPage": ("intro",),
        "surveys.QuestionnairePage": (
            "intro",
            "steps",
            "closing_text",
            "module",
            "event",
            "opens_at",
            "closes_at",
            "access",
            "anonymous",
        ),
        "surveys.Question": (
            "questionnaire",
            "block_id",
            "step_id",
            "position",
            "kind",
            "code",
            "text",
            "options",
            "wording",
            "current",
        ),
    },
)
