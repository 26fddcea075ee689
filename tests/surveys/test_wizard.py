"""The wizard from the participant's side: every question type round-trips from the form to
stored answers, conditions are decided on the server, steps are taken in order, and the answers
of every language land under the same question ids."""

import uuid

import pytest

from surveys import services
from surveys.factories import steps_data
from surveys.forms import question_fields_shared
from surveys.models import Answer, Response
from tests.html import soup

from .conftest import ITEMS, TOPICS, Wizard, field_names

pytestmark = pytest.mark.django_db


def _answer_everything(wizard: Wizard, *, all_sessions="no") -> None:
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


def test_conditions_are_decided_on_the_server(client, publish_questionnaire):
    """ "Was hat Sie gehindert" shows only when F2 is "nein"; step 3 only when F3 is "ja". A
    hidden question has no field, and posting one stores nothing."""
    page = publish_questionnaire()
    w = Wizard(client, page)
    w.start()
    hidden = w.question("Was hat Sie")
    response = w.post(
        "1",
        {
            w.field("1", "Wie haben Sie"): w.choice("Wie haben Sie", "Über das Netzwerk"),
            w.field("1", "Waren Sie"): "yes",
            w.field("1", "Möchten Sie"): "no",
            w.field("1", "Wie viele Personen"): "2",
        },
    )
    assert response["Location"].endswith("/schritt/2/")
    step2 = client.get(w.url("2"))
    assert hidden.text not in step2.content.decode()
    assert f"2-{hidden.id}" not in field_names(step2.content.decode())
    assert "Schritt 2 von 2" in step2.content.decode()  # step 3 is left out

    response = w.post(
        "2",
        {
            w.field("2", "Wie sehr", ITEMS[0]): "1",
            w.field("2", "Wie sehr", ITEMS[1]): "2",
            w.field("2", "Wie zufrieden"): "5",
            w.field("2", "Würden Sie"): "0",
            f"2-{hidden.id}": "sneaked in",  # a hidden question, posted anyway
        },
    )
    assert response["Location"].endswith("/schritt/pruefen/")
    # Step 3 is hidden too: going there by URL sends the participant on, and nothing of it is kept.
    assert w.review()["Location"].endswith("/danke/")
    texts = set(Answer.objects.values_list("question__text", flat=True))
    assert hidden.text not in texts
    assert not any(text.startswith("Welche Themen") for text in texts)
    assert Answer.objects.filter(text="sneaked in").count() == 0


def test_changing_an_earlier_answer_drops_what_its_condition_no_longer_allows(
    client, publish_questionnaire
):
    page = publish_questionnaire()
    w = Wizard(client, page)
    _answer_everything(w, all_sessions="no")  # the conditional question was answered
    step1 = {
        w.field("1", "Wie haben Sie"): w.choice("Wie haben Sie", "Über die Presse"),
        w.field("1", "Waren Sie"): "yes",  # now it no longer applies
        w.field("1", "Möchten Sie"): "yes",
        w.field("1", "Wie viele Personen"): "7",
    }
    assert w.post("1", step1).status_code == 302
    assert w.review()["Location"].endswith("/danke/")
    texts = set(Answer.objects.values_list("question__text", flat=True))
    assert "Was hat Sie gehindert, immer zu kommen?" not in texts
    assert Answer.objects.filter(text="Schichtarbeit").count() == 0


def test_a_german_and_an_arabic_response_land_in_the_same_question_ids(
    client, publish_questionnaire
):
    page = publish_questionnaire(translate=True)
    arabic = page.get_translation(page.locale.__class__.objects.get(language_code="ar")).specific
    _answer_everything(Wizard(client, page), all_sessions="no")
    assert Wizard(client, page).review()["Location"].endswith("/danke/")
    client.cookies.clear()
    wizard = Wizard(client, arabic)
    assert wizard.url().startswith("/ar/")
    _answer_everything(wizard, all_sessions="no")
    assert wizard.review()["Location"].endswith("/danke/")

    assert Response.objects.filter(questionnaire=page).count() == 2
    assert sorted(Response.objects.values_list("language", flat=True)) == ["ar", "de"]
    by_language = {
        language: set(
            Answer.objects.filter(response__language=language).values_list(
                "question__block_id", "item", "choice"
            )
        )
        for language in ("de", "ar")
    }
    assert by_language["de"] == by_language["ar"]
    assert len(by_language["de"]) == 12


def test_switching_language_keeps_the_answers(client, publish_questionnaire):
    page = publish_questionnaire(translate=True)
    w = Wizard(client, page)
    w.start()
    w.post(
        "1",
        {
            w.field("1", "Wie haben Sie"): w.choice("Wie haben Sie", "Über das Netzwerk"),
            w.field("1", "Waren Sie"): "yes",
            w.field("1", "Möchten Sie"): "no",
            w.field("1", "Wie viele Personen"): "12",
        },
    )
    turkish = w.page.get_translation(w.page.locale.__class__.objects.get(language_code="tr"))
    step1 = client.get(turkish.url + "schritt/1/")
    assert step1.status_code == 200
    html = soup(step1)
    assert html.find("html")["lang"] == "tr"
    assert html.find("input", attrs={"name": w.field("1", "Wie viele Personen")})["value"] == "12"
    # The switcher keeps the step.
    links = {a["hreflang"]: a["href"] for a in html.select(".questionnaire-languages a")}
    assert links["ar"].endswith("/schritt/1/")


def test_back_keeps_what_was_typed_and_a_resubmission_after_the_end_stores_nothing(
    client, publish_questionnaire
):
    page = publish_questionnaire()
    w = Wizard(client, page)
    _answer_everything(w)
    # "Back" from the review with nothing changed, then forward again.
    response = w.post("pruefen", {}, wizard_goto_step="3")
    assert response["Location"].endswith("/schritt/3/")
    assert "Mehr Pausen." in client.get(w.url("3")).content.decode()
    review_form = {f"{w.prefix}-current_step": "pruefen"}
    assert client.post(w.url("pruefen"), review_form)["Location"].endswith("/danke/")
    # Refresh, double click, or back-and-resubmit after the end.
    again = client.post(w.url("pruefen"), review_form)
    assert again.status_code == 302 and again["Location"].endswith("/danke/")
    assert client.post(w.url("3"), {f"{w.prefix}-current_step": "3"}).status_code == 302
    assert Response.objects.count() == 1


def test_the_same_submission_key_is_stored_once(publish_questionnaire):
    """A double click sends the review twice with the same session: the database refuses the
    second, whatever the view does (the submission key is unique)."""
    page = publish_questionnaire()
    key = uuid.uuid4()
    services.response_submit(questionnaire=page, language="de", answers=[], submission_key=key)
    with pytest.raises(services.SurveyError) as refused:
        services.response_submit(questionnaire=page, language="de", answers=[], submission_key=key)
    assert refused.value.code == "already_submitted"
    assert Response.objects.count() == 1


def test_a_question_or_help_text_nobody_translated_is_marked_german(client, publish_questionnaire):
    steps = steps_data(
        [
            (
                "Ihre Meinung",
                [
                    ("yes_no", "Hat Ihnen das Modul geholfen?", {"help_text": "Bitte ehrlich."}),
                    ("short_text", "Was fehlte?", {"help_text": "Ein Stichwort genügt."}),
                ],
            )
        ]
    )
    page = publish_questionnaire(
        steps=steps,
        translate=True,
        strings={
            "ar": {
                "Hat Ihnen das Modul geholfen?": "هل ساعدتك الوحدة؟",
                "Ein Stichwort genügt.": "تكفي كلمة واحدة.",
            }
        },
    )
    arabic = page.get_translation(page.locale.__class__.objects.get(language_code="ar"))

    Wizard(client, page).start()
    german = soup(client.get(page.url + "schritt/1/"))
    html = soup(client.get(arabic.url + "schritt/1/"))

    texts = {bdi.get_text(): bdi.get("lang") for bdi in html.select(".question__text bdi")}
    assert texts == {"هل ساعدتك الوحدة؟": None, "Was fehlte?": "de"}
    helps = {p.get_text(): (p.get("lang"), p.get("dir")) for p in html.select(".helptext")}
    assert helps == {"Bitte ehrlich.": ("de", "ltr"), "تكفي كلمة واحدة.": (None, None)}
    assert german.select(".question [lang]") == []


def test_the_form_a_participant_sees_has_copies_of_the_fields_that_validation_shares(
    client, publish_questionnaire
):
    """Validating stored answers (the review, the check for unanswered steps) shares the fields
    built once per question; a step that is shown, with its answers or with errors, gets copies,
    so that nothing done while rendering reaches other requests."""
    page = publish_questionnaire()
    wizard = Wizard(client, page)
    _answer_everything(wizard)
    assert client.get(wizard.url("pruefen")).status_code == 200  # validates every step

    shown = client.get(wizard.url("2")).context["form"]
    assert shown.is_bound and shown.is_valid(), shown.errors
    invalid = wizard.post("2", {wizard.field("2", "Wie zufrieden"): "99"})
    assert invalid.status_code == 200
    with_errors = invalid.context["form"]
    assert wizard.question("Wie zufrieden").id in with_errors.errors
    # Both requests got the questionnaire's specs kept in the process, as validation does.
    assert shown.step is with_errors.step
    for form in (shown, with_errors):
        shared = {}
        for spec in form.questions:
            shared.update(question_fields_shared(spec))
        assert set(shared) == set(form.fields)
        for name, field in form.fields.items():
            assert field is not shared[name], name
            assert type(field) is type(shared[name]), name
