"""Questionnaires, responses and access codes, one idea per module."""

from .codes import AccessCode, CodeBatch, PersonalInvitation
from .drafts import SavedAnswers
from .pages import Access, QuestionnairePage, SurveyIndexPage
from .responses import Answer, Participation, Question, Response

__all__ = [
    "Access",
    "AccessCode",
    "Answer",
    "CodeBatch",
    "Participation",
    "PersonalInvitation",
    "Question",
    "QuestionnairePage",
    "Response",
    "SavedAnswers",
    "SurveyIndexPage",
]
