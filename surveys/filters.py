"""Which responses a report or an export covers: module, event session, phase, language and a
date range, combinable. `responses_filtered` applies them in the database (the reports read
them from a query string with a form of their own). Whether a view's figures may be shown is
decided by the small-group rule in `disclosure`."""

import datetime
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from events.models import EventPage, QualificationModule
from members.models import ProjectPhase
from members.periods import Period

from .models import QuestionnairePage, Response


@dataclass(frozen=True)
class ReportFilters:
    module: QualificationModule | None = None
    event: EventPage | None = None
    phase: ProjectPhase | None = None
    language: str = ""
    start: datetime.date | None = None
    end: datetime.date | None = None

    def any(self) -> bool:
        return any((self.module, self.event, self.phase, self.language, self.start, self.end))

    def query(self) -> dict[str, str]:
        """The filters as query parameters, for links to exports and other views."""
        values = {
            "module": self.module.pk if self.module else "",
            "event": self.event.pk if self.event else "",
            "phase": self.phase.number if self.phase else "",
            "language": self.language,
            "start": self.start.isoformat() if self.start else "",
            "end": self.end.isoformat() if self.end else "",
        }
        return {name: str(value) for name, value in values.items() if value}


def response_module_q(module: QualificationModule) -> Q:
    """A response belongs to the module of its session, else to its questionnaire's module."""
    return Q(event__module=module) | Q(event__module__isnull=True, questionnaire__module=module)


def responses_filtered(questionnaire: QuestionnairePage, filters: ReportFilters) -> QuerySet:
    responses = Response.objects.filter(questionnaire=questionnaire.original)
    if filters.module:
        responses = responses.filter(response_module_q(filters.module))
    if filters.event:
        responses = responses.filter(event=filters.event)
    if filters.phase:
        responses = responses.filter(Period.of_phase(filters.phase).days_q("submitted_on"))
    if filters.language:
        responses = responses.filter(language=filters.language)
    if filters.start:
        responses = responses.filter(submitted_on__gte=filters.start)
    if filters.end:
        responses = responses.filter(submitted_on__lte=filters.end)
    return responses
