"""The wizard from the participant's side: every question type round-trips from the form to
stored answers, conditions are decided on the server, steps are taken in order, and the answers
of every language land under the same question ids."""

import pytest

from surveys.models import Answer, Response
from tests.html import soup

from .conftest import ITEMS, TOPICS, Wizard

pytestmark = pytest.mark.django_db


def _answer_everything(wizard: Wizard, *, all_sessions="nein") -> None:
    w = wizard
    response = w.start()
    assert response.status_code == 302
    assert response["Location"].endswith("/schritt/1/")
    response = w.post(
        "1",
        {
            w.field("1", "Wie haben Sie"): w.choice("Wie haben Sie", "Über das Netzwerk"),
            w.field("1", "Waren Sie"): all_sessions,
            w.field("1", "Möchten Sie"): "yes",
            w.field("1", "Wie viele Personen"): "7",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    step2 = {
        w.field("2", "Wie sehr", ITEMS[0]): "4",
        w.field("2", "Wie sehr", ITEMS[1]): "5",
        w.field("2", "Wie zufrieden"): "3",
        w.field("2", "Würden Sie"): "9",
    }
    if all_sessions == "no":
        step2[w.field("2", "Was hat Sie")] = "Schichtarbeit"
    response = w.post("2", step2)
    assert response.status_code == 302, response.content.decode()[:3000]
    question = w.question("Welche Themen")
    response = w.post(
        "3",
        {
            w.field("3", "Welche Themen"): [w.choice("Welche Themen", TOPICS[0]), "other"],
            w.field("3", "Welche Themen") + "__other": "Vereinsrecht",
            w.field("3", "Was sollten"): "Mehr Pausen.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert response["Location"].endswith("/schritt/pruefen/")
    assert question.allow_other


def test_every_question_type_round_trips_to_stored_answers(client, publish_questionnaire):
    page = publish_questionnaire()
    wizard = Wizard(client, page)
    _answer_everything(wizard, all_sessions="no")
    review = client.get(wizard.url("pruefen"))
    assert review.status_code == 200
    text = soup(review).get_text(" ")
    assert "Über das Netzwerk" in text and "Vereinsrecht" in text and "Schichtarbeit" in text

    response = wizard.review()
    assert response.status_code == 302
    assert response["Location"].endswith("/danke/")
    assert Response.objects.count() == 1
    stored = Response.objects.get()
    assert stored.language == "de" and stored.anonymous
    answers = {
        (a.question.text[:12], a.item, a.choice): (a.number, a.text)
        for a in Answer.objects.filter(response=stored).select_related("question")
    }
    w = wizard
    matrix = w.question("Wie sehr")
    assert answers[("Wie haben Si", "", w.choice("Wie haben Sie", "Über das Netzwerk"))] == (
        None,
        "",
    )
    assert answers[("Waren Sie an", "", "no")] == (None, "")
    assert answers[("Wie viele Pe", "", "")] == (7, "")
    assert answers[("Wie sehr sti", matrix.items[0][0], "")] == (4, "")
    assert answers[("Wie sehr sti", matrix.items[1][0], "")] == (5, "")
    assert answers[("Wie zufriede", "", "")] == (3, "")
    assert answers[("Würden Sie d", "", "")] == (9, "")
    assert answers[("Was hat Sie ", "", "")] == (None, "Schichtarbeit")
    assert answers[("Welche Theme", "", w.choice("Welche Themen", TOPICS[0]))] == (None, "")
    assert answers[("Welche Theme", "", "other")] == (None, "Vereinsrecht")
    assert answers[("Was sollten ", "", "")] == (None, "Mehr Pausen.")
    assert len(answers) == 12

    thanks = client.get(response["Location"])
    assert "Vielen Dank" in thanks.content.decode()
