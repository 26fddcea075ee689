"""The evaluation tests read the questionnaires' world: the members cast, a calendar, the
"Befragungen" pages and a questionnaire that asks every question type."""

from tests.events.conftest import calendar, publish_event  # noqa: F401 (fixtures)
from tests.members.conftest import cast, extranet  # noqa: F401 (fixtures)
from tests.surveys.conftest import (  # noqa: F401 (fixtures and the questionnaire's texts)
    CHOICES,
    ITEMS,
    TOPICS,
    every_type_steps,
    publish_questionnaire,
    survey_index,
)
