"""Builders and readers shared by the report tests.

The report tests read one world of known data in many ways. Building it for each test would
cost seconds per test (pages, a translation, events, responses), so each test module builds it
once, inside a transaction that is rolled back after the module's last test (`world_once`);
every test still runs in its own savepoint on top of it, so what a test writes is gone after it.
"""

import csv
import datetime
import io
import uuid

import openpyxl
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext
from pypdf import PdfReader
from wagtail.models import Locale, Site

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventIndexPage, EventPage
from home.factories import HomePageFactory
from home.localization import translation_publish
from home.models import HomePage
from home.roles import EVALUATORS, roles_ensure
from members.factories import UserFactory
from surveys import services
from surveys.factories import QuestionnairePageFactory, SurveyIndexPageFactory
from surveys.models import QuestionnairePage, Response, SurveyIndexPage
from surveys.services import AnswerValue
from tests.conftest import _wagtail_root
from tests.worlds import world_once  # noqa: F401 (re-exported for the report tests)

# Words as the German UI shows them ---------------------------------------------------------------


def de(message: str, **values) -> str:
    """`message` as the German UI says it (the English msgid while the catalogue lacks it)."""
    with translation.override("de"):
        text = gettext(message)
    return text % values if values else text


def de_plural(singular: str, plural: str, count: int) -> str:
    with translation.override("de"):
        return ngettext(singular, plural, count) % {"count": count}


def in_language(language: str, message: str) -> str:
    with translation.override(language):
        return gettext(message)


# The world ---------------------------------------------------------------------------------------


def berlin(year, month, day, hour=18) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, tzinfo=timezone.get_current_timezone())


class Pages:
    """A German home page with the "Befragungen" page and a calendar below it; translations
    (with their parent pages) are made where a test asks for one."""

    def __init__(self):
        self.home: HomePage = HomePageFactory(
            parent=_wagtail_root(), title="Startseite", slug="start"
        )
        site = Site.objects.filter(is_default_site=True).first() or Site(
            hostname="localhost", port=80, is_default_site=True
        )
        site.root_page = self.home
        site.save()
        self.surveys: SurveyIndexPage = SurveyIndexPageFactory(
            parent=self.home, title="Befragungen", slug="befragungen"
        )
        self.surveys.save_revision().publish()
        self.calendar: EventIndexPage = EventIndexPageFactory(parent=self.home)
        self.calendar.save_revision().publish()

    def questionnaire(self, *, translations=None, **fields) -> QuestionnairePage:
        """Publish a questionnaire; `translations`: {language: {German text: translation}}."""
        page = QuestionnairePageFactory.build(**fields)
        self.surveys.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        for language, strings in (translations or {}).items():
            translation_publish(
                instance=page, locale=Locale.objects.get(language_code=language), strings=strings
            )
        return page

    def event(self, **fields) -> EventPage:
        event = EventPageFactory.build(**fields)
        self.calendar.add_child(instance=event)
        event.save_revision().publish()
        event.refresh_from_db()
        return event


class Reader:
    """Someone reading the reports of a world that does not change between tests: each page is
    fetched once and kept (drawing a report's charts is what costs the time). Log in while the
    world is built, so that the session outlives each test's savepoint."""

    def __init__(self, user):
        self.client = Client()
        self.client.force_login(user)
        self._seen: dict = {}

    def get(self, url: str, query: dict | None = None):
        key = (url, tuple(sorted((query or {}).items())))
        if key not in self._seen:
            self._seen[key] = self.client.get(url, query or {})
        return self._seen[key]


def manager():
    """The network manager: a superuser."""
    return UserFactory(username="netzwerk", is_superuser=True, is_staff=True)


def evaluator():
    """A read-only evaluator of the funder."""
    roles_ensure()
    user = UserFactory(username="evaluation", first_name="Eva", last_name="Luator")
    user.groups.add(Group.objects.get(name=EVALUATORS))
    return user


# Answers by their labels -------------------------------------------------------------------------


def spec_of(page: QuestionnairePage, text: str):
    return next(
        question
        for step in page.original.step_specs()
        for question in step.questions
        if question.text == text
    )


def submit(page, *, language: str, day: datetime.date, answers: dict, event=None, **extra):
    """Store a response as the wizard would. `answers`: question text → a choice label,
    "ja"/"nein", a number, a text, a list of labels (multiple choice; ("other", text) for the
    free choice) or {statement: number} (matrix)."""
    values = []
    for text, given in answers.items():
        spec = spec_of(page, text)
        choices = {label: choice_id for choice_id, label in spec.choices}
        if spec.kind == "matrix":
            items = {label: item_id for item_id, label in spec.items}
            values += [
                AnswerValue(spec.id, item=items[item], number=number)
                for item, number in given.items()
            ]
        elif spec.kind == "multiple_choice":
            for label in given:
                if isinstance(label, tuple):
                    values.append(AnswerValue(spec.id, choice="other", text=label[1]))
                else:
                    values.append(AnswerValue(spec.id, choice=choices[label]))
        elif spec.kind == "yes_no":
            values.append(AnswerValue(spec.id, choice={"ja": "yes", "nein": "no"}[given]))
        elif spec.kind == "single_choice":
            values.append(AnswerValue(spec.id, choice=choices[given]))
        elif isinstance(given, int):
            values.append(AnswerValue(spec.id, number=given))
        else:
            values.append(AnswerValue(spec.id, text=given))
    response = services.response_submit(
        questionnaire=page,
        language=language,
        answers=values,
        submission_key=uuid.uuid4(),
        now=berlin(day.year, day.month, day.day, 10),
        **extra,
    )
    if event is not None:
        # What a code batch made for the session would have recorded.
        Response.objects.filter(pk=response.pk).update(event=event)
        response.event = event
    return response


# Reading what the reports give out ---------------------------------------------------------------


def csv_rows(response) -> list[list[str]]:
    content = b"".join(response.streaming_content)
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def workbook_of(response):
    """The workbook of a streamed export. Reading the stream to its end closes the response as
    the test client does it; closing it once more would fire `request_finished` and, on
    PostgreSQL, close the connection inside the module's transaction."""

    return openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))


def sheet_blocks(sheet) -> list[list[tuple]]:
    """A sheet's blocks of rows between blank rows, without trailing empty cells."""
    blocks, block = [], []
    for row in sheet.iter_rows(values_only=True):
        values = list(row)
        while values and values[-1] is None:
            values.pop()
        if not values:
            if block:
                blocks.append(block)
            block = []
        else:
            block.append(tuple(values))
    if block:
        blocks.append(block)
    return blocks


def as_csv_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    return str(value)


def pdf_text(content: bytes) -> str:
    """The text of a PDF with runs of white space (line and page breaks) as one space."""

    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def text_of(element) -> str:
    return " ".join(element.get_text().split())
