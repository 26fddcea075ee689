"""Editing a questionnaire in the Wagtail admin once people have answered it: what would orphan
stored answers is refused with a message and nothing is saved, a reworded question starts a new
wording that the CSV export keeps apart, conditions must point back to an earlier question and
one of its answers, the edit page shows the responses, the preview shows every question, a
questionnaire with responses cannot be deleted, and closing it keeps what was given.

The StreamField editor is drawn by JavaScript, so the edit form's steps are posted as the
widget would send them: `steps_form_data` turns the page's stored steps (with their block ids)
into that form data, with Wagtail's `nested_form_data`."""

import copy
import csv
import datetime
import io
import json
import uuid

import pytest
from django.contrib.messages import constants as message_levels
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail import blocks
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html

from surveys import services
from surveys.factories import steps_data
from surveys.models import Answer, Question, QuestionnairePage, Response
from surveys.services import AnswerValue
from tests.html import soup

from .conftest import CHOICES, ITEMS, Wizard, every_type_steps, field_names

pytestmark = pytest.mark.django_db

RATING = "Wie zufrieden sind Sie insgesamt?"
REWORDED = "Wie zufrieden waren Sie mit dem Modul insgesamt?"
CHOICE = "Wie haben Sie vom Modul erfahren?"
MATRIX = "Wie sehr stimmen Sie zu?"
SUGGESTION = "Was sollten wir verbessern?"


def editing_steps() -> list[dict]:
    return steps_data(
        [
            (
                "Ihre Teilnahme",
                [
                    ("single_choice", CHOICE, {"code": "F1", "choices": CHOICES}),
                    ("rating", RATING, {"code": "F2"}),
                    ("matrix", MATRIX, {"items": ITEMS}),
                ],
            ),
            ("Ihre Anregungen", [("long_text", SUGGESTION, {})]),
        ]
    )


# The admin's edit form ---------------------------------------------------------------------------


def _block_form_data(block, value):
    """What the StreamField widget posts for `value` (stored JSON) of `block`, block ids kept."""
    if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        data = {}
        for index, child in enumerate(value):
            child_block = (
                block.child_blocks[child["type"]]
                if isinstance(block, blocks.StreamBlock)
                else block.child_block
            )
            data[str(index)] = {
                "type": child.get("type", "item"),
                "id": child["id"],
                "value": _block_form_data(child_block, child["value"]),
                "deleted": "",
                "order": str(index),
            }
        data["count"] = str(len(value))
        return data
    if isinstance(block, blocks.StructBlock):
        value = value or {}
        return {
            name: _block_form_data(child, value.get(name))
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.BooleanBlock):
        return "on" if value else ""
    return "" if value is None else str(value)


def steps_form_data(raw_steps: list[dict]) -> dict:
    stream_block = QuestionnairePage._meta.get_field("steps").stream_block
    return nested_form_data({"steps": _block_form_data(stream_block, raw_steps)})


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def edit_form(client, page, steps: list[dict] | None = None, **changes):
    """The edit form as the browser would send it: the fields read from the edit page itself,
    the steps as the StreamField widget sends them."""
    response = client.get(edit_url(page))
    assert response.status_code == 200
    form = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    if page.anonymous:
        form["anonymous"] = "on"  # Wagtail's switch is not read back as a ticked checkbox
    form.update(steps_form_data(raw_steps(page) if steps is None else steps))
    for name, value in changes.items():
        form[name] = value
    return form


def publish_edit(client, page, steps: list[dict] | None = None, **changes):
    form = edit_form(client, page, steps, **changes)
    form["action-publish"] = "action-publish"
    return client.post(edit_url(page), form)


def stream_messages(response) -> list[str]:
    """The messages the StreamField widget shows above the steps (it draws them from JSON)."""
    found = soup(response).select_one("#steps[data-w-block-arguments-value]")
    assert found is not None, "the steps' StreamField widget is missing"
    _value, errors = json.loads(found["data-w-block-arguments-value"])
    return (errors or {}).get("messages", [])


def raw_steps(page) -> list[dict]:
    return copy.deepcopy(list(page.steps.raw_data))


def question_of(steps: list[dict], text: str) -> dict:
    for step in steps:
        for question in step["value"]["questions"]:
            if question["value"]["text"] == text:
                return question
    raise KeyError(text)


def step_of(steps: list[dict], text: str) -> dict:
    return next(
        step
        for step in steps
        if any(q["value"]["text"] == text for q in step["value"]["questions"])
    )


def item_id(question: dict, name: str, label: str) -> str:
    return next(child["id"] for child in question["value"][name] if child["value"] == label)


def in_german(message: str, **values) -> str:
    """An app message as the German admin shows it (the English msgid where untranslated)."""
    with translation.override("de"):
        return gettext(message) % values


# A questionnaire with one response ---------------------------------------------------------------


def submit(page, *, choice: str, rating: int, matrix: tuple[int, int], text: str) -> Response:
    steps = raw_steps(page)
    single = question_of(steps, CHOICE)
    scale = question_of(steps, RATING)
    grid = question_of(steps, MATRIX)
    answers = [
        AnswerValue(single["id"], choice=item_id(single, "choices", choice)),
        AnswerValue(scale["id"], number=rating),
        AnswerValue(grid["id"], item=item_id(grid, "items", ITEMS[0]), number=matrix[0]),
        AnswerValue(grid["id"], item=item_id(grid, "items", ITEMS[1]), number=matrix[1]),
        AnswerValue(question_of(steps, SUGGESTION)["id"], text=text),
    ]
    return services.response_submit(
        questionnaire=page, language="de", answers=answers, submission_key=uuid.uuid4()
    )


@pytest.fixture
def answered(publish_questionnaire):
    """A live questionnaire with one response: "Über das Netzwerk", 4, (2, 5), "Mehr Pausen."."""
    page = publish_questionnaire(steps=editing_steps())
    submit(page, choice=CHOICES[1], rating=4, matrix=(2, 5), text="Mehr Pausen.")
    return page


@pytest.fixture
def manager_client(cast):
    client = Client()
    client.force_login(cast.manager)
    return client


def _delete_question(steps):
    step = step_of(steps, RATING)
    step["value"]["questions"] = [
        q for q in step["value"]["questions"] if q["value"]["text"] != RATING
    ]


def _rating_becomes_number(steps):
    question = question_of(steps, RATING)
    question["type"] = "number"
    question["value"].update(min_value=0, max_value=10)


def _answered_choice_removed(steps):
    question = question_of(steps, CHOICE)
    question["value"]["choices"] = [
        child for child in question["value"]["choices"] if child["value"] != CHOICES[1]
    ]


def _answered_statement_removed(steps):
    question = question_of(steps, MATRIX)
    question["value"]["items"] = [
        child for child in question["value"]["items"] if child["value"] != ITEMS[1]
    ]


def _scale_narrowed(steps):
    question_of(steps, RATING)["value"]["max_value"] = 3


def _matrix_scale_raised(steps):
    question_of(steps, MATRIX)["value"]["min_value"] = 3


REFUSALS = {
    "delete an answered question": (
        _delete_question,
        "The question “%(text)s” has answers and cannot be deleted.",
        RATING,
    ),
    "change an answered question's type": (
        _rating_becomes_number,
        "The question “%(text)s” has answers: its type cannot change.",
        RATING,
    ),
    "remove an answered choice": (
        _answered_choice_removed,
        "A choice of the question “%(text)s” has been given as an answer and cannot be deleted.",
        CHOICE,
    ),
}


# (1) Refusals through the admin ------------------------------------------------------------------


@pytest.mark.parametrize("change", list(REFUSALS))
def test_the_admin_refuses_a_change_that_would_orphan_answers(manager_client, answered, change):
    edit, message, text = REFUSALS[change]
    before = Page.objects.get(pk=answered.pk)
    steps = raw_steps(answered)
    edit(steps)

    response = publish_edit(manager_client, answered, steps)

    assert response.status_code == 200, "the edit form comes back with the error"
    assert stream_messages(response) == [in_german(message, text=text)]
    answered.refresh_from_db()
    assert answered.latest_revision_id == before.latest_revision_id, "nothing was saved"
    assert answered.live_revision_id == before.live_revision_id
    latest = answered.get_latest_revision_as_object()
    assert raw_steps(latest) == raw_steps(before.specific)
    question = question_of(raw_steps(latest), text)
    assert question == question_of(raw_steps(before.specific), text)
    assert Answer.objects.count() == 5


def test_rewording_an_answered_question_starts_a_new_wording_and_the_csv_keeps_both(
    client, manager_client, answered, settings
):
    settings.SURVEY_MIN_GROUP_SIZE = 1  # two responses, exported (small groups: evaluation tests)
    first = Response.objects.get()
    steps = raw_steps(answered)
    rating = question_of(steps, RATING)
    rating["value"]["text"] = REWORDED

    response = publish_edit(manager_client, answered, steps)

    assert response.status_code == 302, stream_messages(response)
    answered.refresh_from_db()
    assert question_of(raw_steps(answered), REWORDED)["id"] == rating["id"]

    # A participant answers the reworded questionnaire.
    wizard = Wizard(client, answered)
    assert wizard.question(REWORDED).id == rating["id"]
    wizard.start()
    step1 = {
        wizard.field("1", CHOICE): wizard.choice(CHOICE, CHOICES[2]),
        wizard.field("1", REWORDED): "2",
        wizard.field("1", MATRIX, ITEMS[0]): "3",
        wizard.field("1", MATRIX, ITEMS[1]): "1",
    }
    assert wizard.post("1", step1).status_code == 302
    assert wizard.post("2", {wizard.field("2", SUGGESTION): "Mehr Zeit."}).status_code == 302
    assert wizard.review()["Location"].endswith("/danke/")
    second = Response.objects.exclude(pk=first.pk).get()

    wordings = Question.objects.filter(questionnaire=answered, block_id=rating["id"])
    old, new = wordings.get(text=RATING), wordings.get(text=REWORDED)
    assert (old.current, new.current) == (False, True)
    assert list(Answer.objects.filter(question=old).values_list("response", "number")) == [
        (first.pk, 4)
    ]
    assert list(Answer.objects.filter(question=new).values_list("response", "number")) == [
        (second.pk, 2)
    ]
    # The other questions were not reworded: both responses share their rows.
    choice = Question.objects.get(questionnaire=answered, text=CHOICE)
    assert set(choice.answers.values_list("response", flat=True)) == {first.pk, second.pk}

    export = manager_client.get(reverse("evaluation_results:results_csv", args=[answered.pk]))
    assert export.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    header, body = rows[0], {row[0]: row for row in rows[1:]}
    assert set(body) == {str(first.pk), str(second.pk)}
    old_column = [n for n, title in enumerate(header) if title.startswith(RATING)]
    new_column = [n for n, title in enumerate(header) if title.startswith(REWORDED)]
    assert len(old_column) == len(new_column) == 1, header
    old_column, new_column = old_column[0], new_column[0]
    assert (body[str(first.pk)][old_column], body[str(first.pk)][new_column]) == ("4", "")
    assert (body[str(second.pk)][old_column], body[str(second.pk)][new_column]) == ("", "2")
    choice_column = header.index(CHOICE)
    assert body[str(first.pk)][choice_column] == CHOICES[1]
    assert body[str(second.pk)][choice_column] == CHOICES[2]


@pytest.mark.parametrize(
    "change",
    [
        *REFUSALS,
        "remove an answered statement",
        "narrow a scale below an answer",
        "raise a matrix scale above an answer",
    ],
)
def test_clean_refuses_what_would_orphan_answers(answered, change):
    edits = {
        **{name: (edit, message, text) for name, (edit, message, text) in REFUSALS.items()},
        "remove an answered statement": (
            _answered_statement_removed,
            "A statement of the question “%(text)s” has answers and cannot be deleted.",
            MATRIX,
        ),
        "narrow a scale below an answer": (
            _scale_narrowed,
            "The question “%(text)s” has answers from %(low)s to %(high)s: its range must "
            "still include them.",
            RATING,
        ),
        "raise a matrix scale above an answer": (
            _matrix_scale_raised,
            "The question “%(text)s” has answers from %(low)s to %(high)s: its range must "
            "still include them.",
            MATRIX,
        ),
    }
    edit, message, text = edits[change]
    bounds = {RATING: {"low": 4, "high": 4}, MATRIX: {"low": 2, "high": 5}}.get(text, {})
    steps = raw_steps(answered)
    edit(steps)
    answered.steps = steps

    assert clean_problems(answered) == [in_german(message, text=text, **bounds)]


def test_clean_allows_what_keeps_every_answer(answered):
    steps = raw_steps(answered)
    question_of(steps, RATING)["value"].update(text=REWORDED, max_value=7)
    question_of(steps, MATRIX)["value"].update(min_value=0, max_value=10)
    choice = question_of(steps, CHOICE)
    choice["value"]["choices"] = [
        child for child in choice["value"]["choices"] if child["value"] != CHOICES[2]
    ] + [{"type": "item", "value": "Über Freunde", "id": str(uuid.uuid4())}]
    steps += steps_data([("Zum Schluss", [("yes_no", "Kommen Sie wieder?", {})])])
    answered.steps = steps

    assert clean_problems(answered) == []


def clean_problems(page) -> list[str]:
    with translation.override("de"):
        try:
            page.clean()
        except ValidationError as error:
            (found,) = error.error_dict["steps"]
            return [str(message) for message in found.non_block_errors]
    return []


# (2) Conditions ----------------------------------------------------------------------------------


def _conditional_steps(condition_step: int, condition: tuple[str, str]) -> list[dict]:
    """Two steps; the question "Was hat Sie gehindert?" in step `condition_step` carries
    `condition`. F1 (single choice) and F2 (yes/no) are in step 1, F5 (number) in step 2."""
    hindered = ("short_text", "Was hat Sie gehindert?", {"condition": condition})
    first = [
        ("single_choice", CHOICE, {"code": "F1", "choices": CHOICES}),
        ("yes_no", "Waren Sie an allen Terminen da?", {"code": "F2"}),
    ]
    second = [("number", "Wie viele Termine waren es?", {"code": "F5"})]
    if condition_step == 1:
        first.append(hindered)
    else:
        second.append(hindered)
    return steps_data([("Ihre Teilnahme", first), ("Ihre Termine", second)])


WHERE = "Question “%(text)s”"
UNKNOWN = "%(where)s: no question in an earlier step has the code “%(code)s”."
NOT_OFFERED = "%(where)s: “%(value)s” is not an answer of the question “%(code)s”."
LATER = (
    "%(where)s: the question “%(code)s” comes in the same step or later. A condition can only "
    "look at questions of earlier steps, which are answered before it is decided."
)


@pytest.mark.parametrize(
    ("condition_step", "condition", "message"),
    [
        (2, ("F9", "ja"), UNKNOWN),  # no such code
        (1, ("F2", "nein"), LATER),  # the same step
        (1, ("F5", "3"), LATER),  # a later step
        (2, ("F5", "3"), LATER),  # the same step, after the question with the code
        (2, ("F2", "vielleicht"), NOT_OFFERED),  # yes/no knows only yes and no
        (2, ("F1", "Über Freunde"), NOT_OFFERED),  # not one of the choices
    ],
)
def test_clean_refuses_a_condition_that_cannot_be_decided(
    publish_questionnaire, condition_step, condition, message
):
    page = publish_questionnaire(steps=_conditional_steps(2, ("F2", "nein")))
    assert clean_problems(page) == []
    page.steps = _conditional_steps(condition_step, condition)

    code, value = condition
    where = in_german(WHERE, text="Was hat Sie gehindert?")
    assert clean_problems(page) == [in_german(message, where=where, code=code, value=value)]


def test_clean_accepts_conditions_on_earlier_answers_as_written(publish_questionnaire):
    page = publish_questionnaire(steps=_conditional_steps(2, ("F2", "nein")))
    for condition in [("f2", "Ja"), ("F1", "über die presse"), ("F2", "no")]:
        page.steps = _conditional_steps(2, condition)
        assert clean_problems(page) == [], condition
    steps = _conditional_steps(2, ("F2", "nein"))
    steps[1]["value"]["condition"] = {"question": "F7", "answer": "ja"}
    page.steps = steps
    where = in_german("Step “%(title)s”", title="Ihre Termine")
    assert clean_problems(page) == [in_german(UNKNOWN, where=where, code="F7")]
    steps[1]["value"]["condition"] = {"question": "F5", "answer": "3"}  # its own question
    page.steps = steps
    assert clean_problems(page) == [in_german(LATER, where=where, code="F5")]


# (3) The responses panel -------------------------------------------------------------------------


def test_the_edit_page_shows_the_response_count_and_the_managers_tools(
    client, cast, manager_client, answered
):
    submit(answered, choice=CHOICES[0], rating=5, matrix=(1, 1), text="")
    results = reverse("evaluation_results:results", args=[answered.pk])
    codes = reverse("surveys_admin:codes", args=[answered.pk])

    page = soup(manager_client.get(edit_url(answered)))
    link = page.select_one(f'a[href="{results}"]')
    assert link is not None
    panel = link.find_parent(class_="help-block")
    assert panel.select_one(f'a[href="{codes}"]') is not None
    count = panel.find("strong").get_text(" ", strip=True)
    assert count.split()[0] == "2", count

    # An editor sees the count, but the tools are the network manager's.
    client.force_login(cast.editor)
    response = client.get(edit_url(answered))
    assert response.status_code == 200
    html = soup(response)
    assert not html.select(f'a[href="{results}"]') and not html.select(f'a[href="{codes}"]')
    counts = [strong.get_text(" ", strip=True) for strong in html.select(".help-block strong")]
    assert any(text.split()[0] == "2" for text in counts), counts


# (4) The preview ---------------------------------------------------------------------------------


def test_the_preview_shows_every_step_and_every_question(manager_client, publish_questionnaire):
    page = publish_questionnaire()
    steps = raw_steps(page)
    question_of(steps, "Was sollten wir verbessern?")["value"]["text"] = "Was fehlt Ihnen noch?"
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    posted = manager_client.post(url, edit_form(manager_client, page, steps))
    assert posted.json()["is_valid"] is True
    response = manager_client.get(url)

    assert response.status_code == 200
    text = soup(response).get_text(" ")
    titles = [step["value"]["title"] for step in steps]
    questions = [q["value"]["text"] for step in steps for q in step["value"]["questions"]]
    assert titles == ["Ihre Teilnahme", "Ihre Bewertung", "Ihre Anregungen"]
    assert len(questions) == 10
    missing = [wanted for wanted in titles + questions + ITEMS if wanted not in text]
    assert missing == []
    # Conditional ones too: the question behind F2 = "nein" and the step behind F3 = "ja".
    assert "Was hat Sie gehindert, immer zu kommen?" in text
    assert "Welche Themen wünschen Sie sich?" in text
    # What the editor has not saved yet.
    assert "Was fehlt Ihnen noch?" in text and "Was sollten wir verbessern?" not in text


def test_serve_preview_shows_every_question(rf, publish_questionnaire):
    page = publish_questionnaire(steps=every_type_steps())
    request = rf.get("/")
    response = page.serve_preview(request, "")
    response.render()
    text = soup(response.content).get_text(" ")
    for step in page.step_specs():
        assert step.title in text
        for question in step.questions:
            assert question.text in text


# (5) Deleting ------------------------------------------------------------------------------------


def delete_url(page) -> str:
    return reverse("wagtailadmin_pages:delete", args=[page.pk])


def test_a_questionnaire_with_responses_cannot_be_deleted(manager_client, answered):
    response = manager_client.post(delete_url(answered))

    assert response.status_code == 302
    assert response["Location"] == edit_url(answered)
    errors = [
        str(m) for m in get_messages(response.wsgi_request) if m.level == message_levels.ERROR
    ]
    assert errors == [
        in_german(
            "This questionnaire has responses and cannot be deleted. Set an end date to close "
            "it instead."
        )
    ]
    assert QuestionnairePage.objects.filter(pk=answered.pk).exists()
    assert Response.objects.filter(questionnaire=answered).count() == 1


def test_a_questionnaire_without_responses_can_be_deleted(manager_client, publish_questionnaire):
    page = publish_questionnaire(steps=editing_steps())

    response = manager_client.post(delete_url(page))

    assert response.status_code == 302
    assert not QuestionnairePage.objects.filter(pk=page.pk).exists()


def test_deleting_the_page_above_a_questionnaire_with_responses_is_refused(
    manager_client, answered
):
    """Deleting "Befragungen" would delete the questionnaire below it: refused too, not a
    server error (the responses' protected foreign keys must not be what stops it)."""
    index = answered.get_parent()

    response = manager_client.post(delete_url(index))

    assert response.status_code in (302, 403)
    assert QuestionnairePage.objects.filter(pk=answered.pk).exists()
    assert Response.objects.filter(questionnaire=answered).count() == 1


def test_bulk_deleting_a_questionnaire_with_responses_is_refused(manager_client, answered):
    """The page listing's bulk "Delete" is another way to delete a questionnaire."""
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={answered.pk}"
    )

    response = manager_client.post(url)

    assert response.status_code in (200, 302, 403)
    assert QuestionnairePage.objects.filter(pk=answered.pk).exists()
    assert Response.objects.filter(questionnaire=answered).count() == 1


# (6) Closing -------------------------------------------------------------------------------------


def test_closing_keeps_the_responses_and_takes_no_more(client, manager_client, answered):
    wizard = Wizard(client, answered)
    wizard.start()
    step1 = {
        wizard.field("1", CHOICE): wizard.choice(CHOICE, CHOICES[0]),
        wizard.field("1", RATING): "5",
        wizard.field("1", MATRIX, ITEMS[0]): "5",
        wizard.field("1", MATRIX, ITEMS[1]): "5",
    }
    assert wizard.post("1", step1).status_code == 302
    assert wizard.post("2", {}).status_code == 302
    assert client.get(wizard.url("pruefen")).status_code == 200

    yesterday = timezone.localtime() - datetime.timedelta(days=1)
    response = publish_edit(
        manager_client, answered, closes_at=yesterday.strftime("%Y-%m-%d %H:%M")
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    answered.refresh_from_db()
    assert answered.closes_at is not None and answered.state() == "closed"

    sent = wizard.review()
    assert sent.status_code == 410
    assert Response.objects.filter(questionnaire=answered).count() == 1
    assert Answer.objects.count() == 5
    assert client.get(wizard.url()).status_code == 410


def test_a_question_published_while_participants_answer_reaches_the_next_step_at_once(
    client, manager_client, answered
):
    """The steps and the question rows are kept in each process until the next publish: a
    wizard that began before a publish gets the new question on its next step, and its answer
    is stored against the new question's row."""
    wizard = Wizard(client, answered)
    wizard.start()
    step1 = {
        wizard.field("1", CHOICE): wizard.choice(CHOICE, CHOICES[0]),
        wizard.field("1", RATING): "5",
        wizard.field("1", MATRIX, ITEMS[0]): "4",
        wizard.field("1", MATRIX, ITEMS[1]): "4",
    }
    assert wizard.post("1", step1).status_code == 302  # the steps are kept from here on
    steps = raw_steps(answered)
    added = copy.deepcopy(question_of(steps, SUGGESTION))
    added["id"] = str(uuid.uuid4())
    added["value"]["text"] = "Was hat Ihnen gefallen?"
    step_of(steps, SUGGESTION)["value"]["questions"].append(added)

    response = publish_edit(manager_client, answered, steps)

    assert response.status_code == 302, stream_messages(response)
    shown = client.get(wizard.url("2"))
    assert f"2-{added['id']}" in field_names(shown.content.decode())
    answers = {wizard.field("2", SUGGESTION): "Mehr Zeit.", f"2-{added['id']}": "Die Pausen."}
    assert wizard.post("2", answers).status_code == 302
    assert wizard.review()["Location"].endswith("/danke/")
    stored = Answer.objects.get(question__block_id=added["id"])
    assert (stored.text, stored.question.current) == ("Die Pausen.", True)
    assert stored.question.text == "Was hat Ihnen gefallen?"
