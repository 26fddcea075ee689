"""The project's goals and the reports sent to the funder. Both tables were made by `surveys`
and keep their names (`surveys_goal`, `surveys_sentreport`)."""

from .goals import Goal, GoalStatus, Metric
from .reports import SentReport

__all__ = ["Goal", "GoalStatus", "Metric", "SentReport"]
