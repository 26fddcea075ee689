"""The events tests' world: the members cast (organisations A and B, their people, the network
manager, an editor), a calendar in every language, and a helper that publishes events."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from events.factories import EventIndexPageFactory, EventPageFactory, in_days  # noqa: F401
from events.models import EventIndexPage, EventPage
from home.localization import translation_publish
from tests.conftest import OTHER_LANGUAGES, PageTree
from tests.members.conftest import PASSWORD, cast, extranet  # noqa: F401 (fixtures)
from tests.worlds import shared, world


def berlin(year, month, day, hour=18, minute=0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=timezone.get_current_timezone())


@world("calendar", needs=("page_tree",))
def calendar_build(page_tree: PageTree) -> EventIndexPage:
    """The calendar below the German home page, translated into every other language."""
    page = EventIndexPageFactory(parent=page_tree.home, title="Veranstaltungen", slug="termine")
    page.save_revision().publish()
    for language in OTHER_LANGUAGES:
        translation_publish(
            instance=page,
            locale=Locale.objects.get(language_code=language),
            strings={"Veranstaltungen": f"Events [{language}]"},
        )
    return page


@pytest.fixture
def calendar(request, page_tree) -> EventIndexPage:
    return shared(request, "calendar", page_tree=page_tree)


@pytest.fixture
def publish_event(calendar):
    """Publish an event in the calendar: `publish_event(title=..., capacity=..., translate=True)`.
    Translations (with the title marked by language) are made when asked for."""

    def publish(*, translate: bool = False, languages=(), **fields) -> EventPage:
        event = EventPageFactory.build(**fields)
        event.languages = list(languages)
        calendar.add_child(instance=event)
        event.save_revision().publish()
        event.refresh_from_db()
        if translate:
            for language in OTHER_LANGUAGES:
                translation_publish(
                    instance=event,
                    locale=Locale.objects.get(language_code=language),
                    strings={event.title: f"{event.title} [{language}]"},
                )
        return event

    return publish


def login(client, user) -> None:
    client.force_login(user)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): ...` runs what the block leaves for after the commit (the e-mails) at
    its end, as the commit of a real request would; tests run inside one transaction."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _translated_event(calendar: EventIndexPage, **fields) -> EventPage:
    """An event in the calendar with its Turkish translation (title and `strings` translated)."""
    strings = fields.pop("strings")
    event = EventPageFactory.build(**fields)
    calendar.add_child(instance=event)
    event.save_revision().publish()
    event.refresh_from_db()
    translation_publish(
        instance=event, locale=Locale.objects.get(language_code="tr"), strings=strings
    )
    return event


QUESTIONS = [
    ("interpreting", {"question": "Brauchen Sie eine Verdolmetschung?", "help_text": ""}),
    ("childcare", {"question": "Für wie viele Kinder brauchen Sie Betreuung?", "help_text": ""}),
    ("accessibility", {"question": "Was brauchen Sie, um teilzunehmen?", "help_text": ""}),
    ("food", {"question": "Essen", "help_text": "", "required": True}),
]


@world("question_event", needs=("calendar",))
def question_event_build(calendar: EventIndexPage) -> EventPage:
    """An event that asks the four kinds of registration question, in German and Turkish (only
    the title and the food question translated)."""
    return _translated_event(
        calendar,
        title="Elternabend",
        capacity=10,
        registration_questions=[(kind, {"required": False, **v}) for kind, v in QUESTIONS],
        strings={"Elternabend": "Veli toplantısı", "Essen": "Yemek"},
    )


@pytest.fixture
def question_event(request, calendar) -> EventPage:
    return shared(request, "question_event", calendar=calendar)


@world("small_event", needs=("calendar",))
def small_event_build(calendar: EventIndexPage) -> EventPage:
    """An event of one place, in German and Turkish."""
    return _translated_event(
        calendar, title="Elternabend", capacity=1, strings={"Elternabend": "Veli toplantısı"}
    )


@pytest.fixture
def small_event(request, calendar) -> EventPage:
    return shared(request, "small_event", calendar=calendar)
