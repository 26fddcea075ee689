"""Goals, questionnaires, responses and access codes, one idea per module."""

from .codes import AccessCode, CodeBatch
from .goals import Goal
from .pages import Access, QuestionnairePage, SurveyIndexPage
from .responses import Answer, Participation, Question, Response

__all__ = [
    "Access",
    "AccessCode",
    "Answer",
    "CodeBatch",
    "Goal",
    "Participation",
    "Question",
    "QuestionnairePage",
    "Response",
    "SurveyIndexPage",
]
