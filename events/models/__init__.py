"""Events, qualification modules, registrations and attendance, one idea per module."""

from .modules import QualificationModule
from .pages import EventIndexPage, EventKind, EventPage
from .registrations import CalendarFeed, EventAttendance, Registration, RegistrationStatus

__all__ = [
    "CalendarFeed",
    "EventAttendance",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "QualificationModule",
    "Registration",
    "RegistrationStatus",
]
