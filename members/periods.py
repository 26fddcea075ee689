"""The days a report, a phase or a figure covers, and the one way they become bounds.

A period is a first and a last day, both included, as the site's calendar counts them
(`settings.TIME_ZONE`), whatever time zone a request runs in: Wagtail's admin switches to each
user's own time zone, and a figure the funder signs must not change with who opens it. Every
count of the reports bounds its records here: responses by the day they were sent
(`Response.submitted_on` is already a day of the site), events, their registrations and
attendance by the event's start.
"""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .models import ProjectPhase


def site_time_zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def site_day(moment: datetime.datetime | None = None) -> datetime.date:
    """The day `moment` (by default now) falls on in the site's time zone."""
    return timezone.localtime(moment or timezone.now(), site_time_zone()).date()


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date

    @classmethod
    def of_phase(cls, phase: ProjectPhase) -> "Period":
        return cls(phase.start_date, phase.end_date)

    @classmethod
    def of_project(cls) -> "Period | None":
        """From the first phase's first day to the last phase's last day; None without phases."""
        phases = ProjectPhase.objects.order_by("start_date")
        first, last = phases.first(), phases.order_by("-end_date").first()
        return cls(first.start_date, last.end_date) if first else None

    def moments(self) -> tuple[datetime.datetime, datetime.datetime]:
        """The first moment of the period and the first moment after it, in the site's time
        zone (so an event at 23:30 on the last day is in, one at 0:30 the next day is out)."""
        zone = site_time_zone()
        first = datetime.datetime.combine(self.start, datetime.time.min, tzinfo=zone)
        after = datetime.datetime.combine(
            self.end + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
        )
        return first, after

    def days_q(self, field: str) -> Q:
        """Records whose date field `field` is a day of the period."""
        return Q(**{f"{field}__gte": self.start, f"{field}__lte": self.end})

    def moments_q(self, field: str) -> Q:
        """Records whose date-time field `field` falls within the period."""
        first, after = self.moments()
        return Q(**{f"{field}__gte": first, f"{field}__lt": after})

    def __contains__(self, day: datetime.date) -> bool:
        return self.start <= day <= self.end

    def query(self) -> str:
        return f"start={self.start.isoformat()}&end={self.end.isoformat()}"
