"""Goals, questionnaires, responses and access codes, one idea per module."""

from .codes import AccessCode, CodeBatch
from .goals import Goal, GoalStatus, Metric
from .pages import Access, QuestionnairePage, SurveyIndexPage
from .reports import SentReport
from .responses import Answer, Participation, Question, Response

__all__ = [
    "Access",
    "AccessCode",
    "Answer",
    "CodeBatch",
    "Goal",
    "GoalStatus",
    "Metric",
    "Participation",
    "Question",
    "QuestionnairePage",
    "Response",
    "SentReport",
    "SurveyIndexPage",
]
