"""Who may do what, tried from the outside with each role (anonymous visitor, a member, a contact
person, an editor, the network manager): the network manager's tools, members-only and open
questionnaires, the cache headers of answer pages, and a participant who does not play by the
rules (jumping ahead, tampered forms, values that were never offered, hidden questions)."""

import uuid
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.contrib.messages import constants as message_levels
from django.contrib.messages import get_messages
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils import translation

from surveys import services
from surveys.factories import steps_data
from surveys.models import Answer, Participation, Response

from .conftest import CHOICES, Wizard

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member_a", "contact_a", "editor", "manager"]

CHOICE = "Wie haben Sie vom Modul erfahren?"
ALL_SESSIONS = "Waren Sie an allen Terminen da?"
PEOPLE = "Wie viele Personen aus Ihrem Verein waren dabei?"
CLUB = "In welchem Verein sind Sie aktiv?"
REMARKS = "Was möchten Sie uns sagen?"
HINDERED = "Was hat Sie gehindert, immer zu kommen?"
SATISFIED = "Wie zufrieden sind Sie insgesamt?"
RECOMMEND = "Würden Sie das Modul weiterempfehlen?"


def access_steps() -> list[dict]:
    """Three steps; "Was hat Sie gehindert" (step 2) is shown only when F2 is "nein"."""
    return steps_data(
        [
            (
                "Über Sie",
                [
                    ("single_choice", CHOICE, {"code": "F1", "choices": CHOICES}),
                    ("yes_no", ALL_SESSIONS, {"code": "F2"}),
                    ("number", PEOPLE, {"min_value": 0, "max_value": 50}),
                    ("short_text", CLUB, {}),
                    ("long_text", REMARKS, {}),
                ],
            ),
            (
                "Ihre Gründe",
                [
                    ("short_text", HINDERED, {"condition": ("F2", "nein")}),
                    ("rating", SATISFIED, {}),
                ],
            ),
            ("Ihr Fazit", [("recommendation", RECOMMEND, {})]),
        ]
    )


def login_as(client, cast, role: str) -> None:
    client.logout()
    user = cast.by_role(role)
    if user is not None:
        client.force_login(user)


def login_path() -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return resolve_url(settings.LOGIN_URL)


def path_of(response) -> str:
    return urlparse(response["Location"]).path


def messages_of(response, level: int) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request) if m.level == level]


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


# The network manager's tools ------------------------------------------------------------------


def test_only_the_network_manager_reaches_results_csv_and_codes(
    client, cast, publish_questionnaire, settings
):
    settings.SURVEY_MIN_GROUP_SIZE = 1  # one response, exported (small groups: evaluation tests)
    page = publish_questionnaire(steps=access_steps())
    batch = services.codes_generate(questionnaire=page, count=3, label="Sitzung 1")
    choice = page.step_specs()[0].questions[0]
    services.response_submit(
        questionnaire=page,
        language="de",
        answers=[services.AnswerValue(choice.id, choice=choice.choices[2][0])],
        submission_key=uuid.uuid4(),
    )
    # What each tool gives the network manager: its type and something only it shows.
    tools = {
        reverse("evaluation_results:results", args=[page.pk]): ("text/html", CHOICE),
        reverse("evaluation_results:results_csv", args=[page.pk]): ("text/csv", CHOICES[2]),
        reverse("surveys_admin:codes", args=[page.pk]): ("text/html", page.title),
        reverse("surveys_admin:codes_pdf", args=[page.pk, batch.pk]): ("application/pdf", "%PDF"),
    }
    seen = {}
    for role in ROLES:
        login_as(client, cast, role)
        for url, (content_type, marker) in tools.items():
            response = client.get(url)
            where = path_of(response) if response.status_code == 302 else ""
            seen[(role, url)] = (response.status_code, where)
            if response.status_code == 200:
                assert response["Content-Type"].startswith(content_type), url
                body = b"".join(response) if response.streaming else response.content
                assert marker.encode() in body, url
            if role == "editor":
                # Wagtail turns the tool's PermissionDenied into its admin home with an error.
                assert messages_of(response, message_levels.ERROR) or response.status_code == 403

    expected = {
        "anonymous": {(302, "/admin/login/")},
        "member_a": {(302, "/admin/login/")},  # no admin access at all
        "contact_a": {(302, "/admin/login/")},
        "editor": {(302, "/admin/"), (403, "")},  # an admin account, not the manager's tools
        "manager": {(200, "")},
    }
    wrong = {key: got for key, got in seen.items() if got not in expected[key[0]]}
    assert wrong == {}
    assert len(seen) == len(ROLES) * len(tools)
    assert Response.objects.count() == 1


def test_a_qr_sheet_is_printed_only_for_its_own_questionnaire_and_never_for_mailed_codes(
    client, cast, publish_questionnaire
):
    page = publish_questionnaire(steps=access_steps(), access="codes")
    other = publish_questionnaire(steps=access_steps(), access="codes")
    printed = services.codes_generate(questionnaire=page, count=2)
    mailed = services.codes_generate(questionnaire=page, count=2)
    mailed.mailed = 2
    mailed.save(update_fields=["mailed"])
    login_as(client, cast, "manager")

    def pdf(questionnaire, batch):
        return client.get(reverse("surveys_admin:codes_pdf", args=[questionnaire.pk, batch.pk]))

    assert pdf(page, printed).status_code == 200
    assert pdf(other, printed).status_code == 404
    assert pdf(page, mailed).status_code == 404


def test_only_the_network_manager_gets_the_tool_buttons_in_the_page_listing(
    client, cast, publish_questionnaire
):
    page = publish_questionnaire(steps=access_steps())
    results = reverse("evaluation_results:results", args=[page.pk])
    listing = reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    for role, shown in [("editor", False), ("manager", True)]:
        login_as(client, cast, role)
        response = client.get(listing)
        assert response.status_code == 200
        assert (f'href="{results}"' in response.content.decode()) is shown, role


# Members-only and open questionnaires ------------------------------------------------------------


def test_a_members_only_questionnaire_by_role(client, cast, publish_questionnaire):
    page = publish_questionnaire(steps=access_steps(), access="members", anonymous=False)
    expected = {
        "anonymous": 302,
        "member_a": 200,
        "contact_a": 200,
        "editor": 302,  # an admin account is not a membership (members.access.is_network_member)
        "manager": 200,
    }
    seen = {}
    for role in ROLES:
        login_as(client, cast, role)
        response = client.get(page.url)
        seen[role] = response.status_code
        assert {"private", "no-store"} <= cache_control(response), role
        if response.status_code == 302:
            assert path_of(response) == login_path(), role
            assert page.url in response["Location"], "back to the questionnaire after login"
        else:
            assert page.title in response.content.decode()
    assert seen == expected

    # Neither can an editor start it nor open a step.
    login_as(client, cast, "editor")
    wizard = Wizard(client, page)
    started = wizard.start()
    assert started.status_code == 302 and path_of(started) == login_path()
    step = client.get(wizard.url("1"))
    assert step.status_code == 302 and path_of(step) == login_path()
    assert Response.objects.count() == 0 and Participation.objects.count() == 0
    # The login page itself does not send a logged-in editor round in circles.
    assert client.get(started["Location"]).status_code == 200


def test_an_open_questionnaire_is_open_to_everybody_and_never_cached(
    client, cast, publish_questionnaire
):
    page = publish_questionnaire(steps=access_steps())
    for role in ROLES:
        login_as(client, cast, role)
        response = client.get(page.url)
        assert response.status_code == 200, role
        assert page.title in response.content.decode()
        assert {"private", "no-store"} <= cache_control(response), role
        assert "public" not in cache_control(response)

    client.logout()
    wizard = Wizard(client, page)
    started = wizard.start()
    assert {"private", "no-store"} <= cache_control(started)
    step = client.get(wizard.url("1"))
    assert step.status_code == 200
    assert {"private", "no-store"} <= cache_control(step)


# A participant who does not play by the rules ----------------------------------------------------


@pytest.fixture
def wizard(client, publish_questionnaire) -> Wizard:
    return Wizard(client, publish_questionnaire(steps=access_steps()))


def step1(wizard: Wizard, **answers) -> dict:
    data = {
        wizard.field("1", CHOICE): wizard.choice(CHOICE, CHOICES[0]),
        wizard.field("1", ALL_SESSIONS): "yes",
        wizard.field("1", PEOPLE): "7",
        wizard.field("1", CLUB): "Verein A",
        wizard.field("1", REMARKS): "Gut.",
    }
    for text, value in answers.items():
        data[wizard.field("1", text)] = value
    return data


def refused(response, wizard: Wizard, text: str) -> bool:
    """The step came back (200) with an error on the question `text` only."""
    assert response.status_code == 200, response.get("Location")
    errors = response.context["form"].errors
    return set(errors) == {wizard.question(text).id}


def nothing_kept(client, wizard: Wizard) -> bool:
    """Step 1 holds no answers: step 2 sends the participant back, and no response exists."""
    later = client.get(wizard.url("2"))
    return (
        later.status_code == 302
        and later["Location"].endswith("/schritt/1/")
        and Response.objects.count() == 0
        and Answer.objects.count() == 0
    )


def test_jumping_ahead_by_url_leads_to_the_first_unanswered_step(client, wizard):
    wizard.start()
    response = client.get(wizard.url("3"))
    assert response.status_code == 302 and response["Location"].endswith("/schritt/1/")
    assert client.get(wizard.url("pruefen"))["Location"].endswith("/schritt/1/")
    # Posting a later step straight away is sent back the same way, and nothing is kept.
    posted = wizard.post("3", {wizard.field("3", RECOMMEND): "10"})
    assert posted.status_code == 302 and posted["Location"].endswith("/schritt/1/")
    # Nor does "going back" to a later step help.
    goto = wizard.post("1", {}, wizard_goto_step="pruefen")
    assert client.get(goto["Location"])["Location"].endswith("/schritt/1/")
    sent = wizard.post("pruefen", {})
    assert sent.status_code == 302 and sent["Location"].endswith("/schritt/1/")

    assert wizard.post("1", step1(wizard)).status_code == 302
    response = client.get(wizard.url("3"))
    assert response.status_code == 302 and response["Location"].endswith("/schritt/2/")
    assert client.get(wizard.url("2")).status_code == 200
    assert Response.objects.count() == 0


def test_a_step_before_starting_leads_to_the_introduction(client, wizard):
    for step in ("1", "2", "pruefen"):
        response = client.get(wizard.url(step))
        assert response.status_code == 302, step
        assert response["Location"] == wizard.url(), step
    posted = wizard.post("1", step1(wizard))
    assert posted.status_code == 302 and posted["Location"] == wizard.url()
    assert Response.objects.count() == 0


@pytest.mark.parametrize("step_name", ["99", "fertig", "../1", "", "1' OR '1'='1"])
def test_a_tampered_management_form_is_sent_back_with_a_message(client, wizard, step_name):
    wizard.start()
    data = {f"{wizard.prefix}-current_step": step_name, **step1(wizard)}

    response = client.post(wizard.url("1"), data)

    assert response.status_code == 302
    assert response["Location"].endswith("/schritt/1/")
    assert len(messages_of(response, message_levels.WARNING)) == 1
    assert nothing_kept(client, wizard)


def test_a_missing_management_form_is_sent_back_too(client, wizard):
    wizard.start()
    response = client.post(wizard.url("1"), step1(wizard))
    assert response.status_code == 302 and response["Location"].endswith("/schritt/1/")
    assert len(messages_of(response, message_levels.WARNING)) == 1
    assert nothing_kept(client, wizard)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (CHOICE, "not-a-choice"),
        (CHOICE, CHOICES[0]),  # the label instead of its id
        (ALL_SESSIONS, "vielleicht"),
        (ALL_SESSIONS, "ja"),  # the stored values are "yes" and "no"
    ],
)
def test_a_value_that_was_never_offered_is_refused(client, wizard, question, value):
    wizard.start()
    response = wizard.post("1", step1(wizard, **{question: value}))
    assert refused(response, wizard, question)
    assert nothing_kept(client, wizard)


@pytest.mark.parametrize(
    ("question", "too_long", "longest"),
    [(REMARKS, 5001, 5000), (CLUB, 301, 300)],
)
def test_overlong_text_is_refused(client, wizard, question, too_long, longest):
    wizard.start()
    response = wizard.post("1", step1(wizard, **{question: "x" * too_long}))
    assert refused(response, wizard, question)
    assert nothing_kept(client, wizard)

    assert wizard.post("1", step1(wizard, **{question: "x" * longest})).status_code == 302


@pytest.mark.parametrize("value", ["51", "-1", "1000000000000", "sieben", "2.5"])
def test_a_number_out_of_range_is_refused(client, wizard, value):
    wizard.start()
    response = wizard.post("1", step1(wizard, **{PEOPLE: value}))
    assert refused(response, wizard, PEOPLE)
    assert nothing_kept(client, wizard)


def test_the_range_ends_are_accepted(client, wizard):
    wizard.start()
    assert wizard.post("1", step1(wizard, **{PEOPLE: "0"})).status_code == 302
    assert wizard.post("1", step1(wizard, **{PEOPLE: "50"})).status_code == 302


def test_a_question_hidden_by_its_condition_stores_nothing_when_posted(client, wizard):
    hidden = wizard.question(HINDERED)
    wizard.start()
    assert wizard.post("1", step1(wizard, **{ALL_SESSIONS: "yes"})).status_code == 302
    response = wizard.post(
        "2",
        {
            wizard.field("2", SATISFIED): "4",
            f"2-{hidden.id}": "sneaked in",  # hidden: F2 is "ja"
        },
    )
    assert response.status_code == 302 and response["Location"].endswith("/schritt/3/")
    assert wizard.post("3", {wizard.field("3", RECOMMEND): "8"}).status_code == 302
    assert wizard.review()["Location"].endswith("/danke/")

    stored = Response.objects.get()
    assert not Answer.objects.filter(question__block_id=hidden.id).exists()
    assert not Answer.objects.filter(text="sneaked in").exists()
    numbers = dict(
        Answer.objects.filter(response=stored, number__isnull=False).values_list(
            "question__text", "number"
        )
    )
    assert numbers == {PEOPLE: 7, SATISFIED: 4, RECOMMEND: 8}
