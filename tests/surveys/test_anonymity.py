"""Anonymity is a property of the stored rows: an anonymous response keeps nothing that names
its participant (no account, no code, no address, no time finer than the day, a random id), the
code it used is burnt without a link to it, and the database itself refuses an anonymous row that
names somebody. Named questionnaires keep the code; members-only ones let each member answer
once, recorded apart from the answers. The introduction says which it is."""

import datetime
import uuid

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import IntegrityError, models, transaction
from django.shortcuts import resolve_url
from django.test import Client
from django.utils import timezone, translation
from wagtail.models import Locale

from surveys import services
from surveys.factories import steps_data
from surveys.models import AccessCode, Answer, CodeBatch, Participation, Response
from tests.html import soup

from .conftest import Wizard

pytestmark = pytest.mark.django_db

STEPS = [
    (
        "Bewertung",
        [
            ("rating", "Wie zufrieden sind Sie?", {}),
            ("short_text", "Was möchten Sie uns sagen?", {}),
        ],
    )
]
# The only columns a response has; a new one has to be thought about here first.
RESPONSE_COLUMNS = {
    "id",
    "questionnaire",
    "language",
    "submitted_on",
    "event",
    "anonymous",
    "user",
    "access_code",
    "submission_key",
}
IDENTIFYING = (models.GenericIPAddressField, models.DateTimeField, models.TimeField)


def answer(client, page, *, code: str = "", text: str = "Alles gut."):
    """Start (with `code`), answer and send; the response to the last request."""
    wizard = Wizard(client, page)
    started = wizard.start(**({"code": code} if code else {}))
    if started.status_code != 302 or not started["Location"].endswith("/schritt/1/"):
        return started
    answered = wizard.post(
        "1",
        {wizard.field("1", "Wie zufrieden"): "4", wizard.field("1", "Was möchten"): text},
    )
    if answered.status_code != 302:
        return answered
    return wizard.review()


def in_language(page, language: str):
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def session_values(client) -> str:
    """Everything the participant's server-side session holds, as text."""
    return repr(dict(client.session.items()))


# What an anonymous response is made of ----------------------------------------------------------


def test_the_response_table_has_no_column_that_could_name_a_participant():
    fields = {field.name: field for field in Response._meta.concrete_fields}

    assert set(fields) == RESPONSE_COLUMNS
    assert not [name for name, field in fields.items() if isinstance(field, IDENTIFYING)]
    # The day, and only the day (a DateTimeField is a DateField too).
    assert type(fields["submitted_on"]) is models.DateField
    assert isinstance(fields["id"], models.UUIDField) and fields["id"].default is uuid.uuid4
    # Answers keep values, not people or times (and whether the report quotes a written one).
    answer_fields = {field.name: field for field in Answer._meta.concrete_fields}
    assert set(answer_fields) == {
        "id",
        "response",
        "question",
        "item",
        "choice",
        "number",
        "text",
        "quoted",
    }
    assert type(answer_fields["quoted"]) is models.BooleanField
    assert not [field for field in answer_fields.values() if isinstance(field, IDENTIFYING)]


def test_an_anonymous_response_with_a_code_names_nobody(client, cast, publish_questionnaire):
    page = publish_questionnaire(access="codes", anonymous=True, steps=steps_data(STEPS))
    code = services.codes_generate(questionnaire=page, count=2).codes.first().code
    # Even a logged-in member answering an anonymous questionnaire is not recorded.
    client.force_login(cast.member_a)

    sent = answer(client, page, code=code)

    assert sent.status_code == 302 and sent["Location"].endswith("/danke/")
    row = Response.objects.values().get()
    assert row["anonymous"] is True
    assert row["user_id"] is None
    assert row["access_code_id"] is None
    assert isinstance(row["submitted_on"], datetime.date)
    assert not isinstance(row["submitted_on"], datetime.datetime)
    assert row["submitted_on"] == timezone.localdate()
    assert isinstance(row["id"], uuid.UUID) and row["id"].version == 4
    # Nor does any other stored value name the member or the code.
    values = {name: value for name, value in row.items() if name not in ("id", "submission_key")}
    stored = repr(values) + repr(list(Answer.objects.values("item", "choice", "number", "text")))
    for secret in (code, cast.member_a.username, cast.member_a.email):
        assert secret not in stored
    assert Participation.objects.count() == 0
    # The wizard forgets the submission key and the code once the answers are stored.
    assert str(row["submission_key"]) not in session_values(client)
    assert code not in session_values(client)


def test_the_code_is_burnt_in_the_same_submission_but_nothing_links_it_to_the_response(
    client, publish_questionnaire
):
    page = publish_questionnaire(access="codes", anonymous=True, steps=steps_data(STEPS))
    batch = services.codes_generate(questionnaire=page, count=3)
    used, *unused = batch.codes.all()

    assert answer(client, page, code=used.code)["Location"].endswith("/danke/")

    assert list(AccessCode.objects.filter(used=True)) == [used]
    assert Response.objects.get().access_code_id is None
    assert not AccessCode.objects.filter(response__isnull=False).exists()
    for model in (AccessCode, CodeBatch):
        for field in model._meta.concrete_fields:
            related = field.related_model
            assert related not in (Response, Answer, Participation), (model, field.name)
    # A code knows whether it was used, not when.
    assert {field.name for field in AccessCode._meta.concrete_fields} == {
        "id",
        "batch",
        "questionnaire",
        "code",
        "used",
    }


def test_a_refused_submission_leaves_the_code_unused(publish_questionnaire):
    """The code is burnt in the transaction that stores the response: a submission refused after
    the code was checked (here: a second send of the same wizard) burns nothing."""
    page = publish_questionnaire(access="codes", anonymous=True, steps=steps_data(STEPS))
    first, second = services.codes_generate(questionnaire=page, count=2).codes.all()
    key = uuid.uuid4()
    services.response_submit(
        questionnaire=page, language="de", answers=[], submission_key=key, code=first.code
    )

    with pytest.raises(services.SurveyError) as refused:
        services.response_submit(
            questionnaire=page, language="de", answers=[], submission_key=key, code=second.code
        )

    assert refused.value.code == "already_submitted"
    assert Response.objects.count() == 1
    assert list(AccessCode.objects.filter(used=True)) == [first]


# The database refuses an anonymous response that names somebody ---------------------------------


def _response(page, **fields) -> Response:
    return Response.objects.create(
        questionnaire=page,
        language="de",
        submitted_on=timezone.localdate(),
        submission_key=uuid.uuid4(),
        **fields,
    )


def test_the_database_refuses_an_anonymous_response_with_a_user_or_a_code(
    cast, publish_questionnaire
):
    page = publish_questionnaire(access="codes", steps=steps_data(STEPS))
    code = services.codes_generate(questionnaire=page, count=1).codes.get()

    for names in ({"user": cast.member_a}, {"access_code": code}):
        with (
            pytest.raises(IntegrityError, match="anonymous_response_names_nobody"),
            transaction.atomic(),
        ):
            _response(page, anonymous=True, **names)
    assert Response.objects.count() == 0

    # Nor can a stored anonymous response be given a name afterwards.
    stored = _response(page, anonymous=True)
    with (
        pytest.raises(IntegrityError, match="anonymous_response_names_nobody"),
        transaction.atomic(),
    ):
        Response.objects.filter(pk=stored.pk).update(user=cast.member_a)
    assert Response.objects.get().user_id is None
    # A named response may.
    named = _response(page, anonymous=False, user=cast.member_a, access_code=code)
    assert named.user == cast.member_a and named.access_code == code


# Named questionnaires ---------------------------------------------------------------------------


def test_a_named_questionnaire_with_codes_stores_the_code(client, publish_questionnaire):
    page = publish_questionnaire(access="codes", anonymous=False, steps=steps_data(STEPS))
    code = services.codes_generate(questionnaire=page, count=2).codes.first()

    assert answer(client, page, code=code.code)["Location"].endswith("/danke/")

    stored = Response.objects.get()
    assert stored.anonymous is False
    assert stored.access_code == code
    assert stored.user is None  # nobody was logged in
    code.refresh_from_db()
    assert code.used and code.response == stored


# Members-only questionnaires --------------------------------------------------------------------


def test_a_members_only_questionnaire_needs_a_login(client, publish_questionnaire):
    page = publish_questionnaire(access="members", steps=steps_data(STEPS))
    with translation.override(settings.LANGUAGE_CODE):
        login = resolve_url(settings.LOGIN_URL)

    for response in (client.get(page.url), Wizard(client, page).start()):
        assert response.status_code == 302
        assert response["Location"].startswith(login)
        assert page.url in response["Location"]
    with pytest.raises(services.SurveyError) as refused:
        services.response_submit(
            questionnaire=page, language="de", answers=[], submission_key=uuid.uuid4()
        )
    assert refused.value.code == "members_only"
    assert Response.objects.count() == 0 and Participation.objects.count() == 0


def test_a_member_answers_once_and_the_participation_says_nothing_more(
    client, cast, publish_questionnaire
):
    page = publish_questionnaire(
        access="members", anonymous=True, steps=steps_data(STEPS), translate=True
    )
    client.force_login(cast.member_a)
    # A second browser of the same member, started before the first one sends.
    other = Client()
    other.force_login(cast.member_a)
    late = Wizard(other, in_language(page, "en"))
    assert late.start().status_code == 302

    assert answer(client, page)["Location"].endswith("/danke/")

    stored = Response.objects.get()
    assert stored.user_id is None and stored.anonymous
    participation = Participation.objects.get()
    assert (participation.questionnaire_id, participation.user_id) == (page.pk, cast.member_a.pk)
    fields = {field.name: field for field in Participation._meta.concrete_fields}
    assert set(fields) == {"id", "questionnaire", "user"}
    assert not [f for f in fields.values() if isinstance(f, (models.DateField, models.TimeField))]
    assert not [f for f in fields.values() if f.related_model in (Response, Answer)]
    assert not [f for f in Response._meta.concrete_fields if f.related_model is Participation]
    assert isinstance(participation.id, uuid.UUID) and participation.id.version == 4
    assert participation.id != stored.id

    # Again in the same browser, and from the other one: "already answered", nothing stored.
    again = client.get(page.url)
    assert again.status_code == 409
    html = soup(again)
    assert html.find("html")["lang"] == "de"
    assert "Sie haben diesen Fragebogen schon beantwortet." in html.get_text()
    assert answer(client, page).status_code == 409
    late_step = late.post("1", {late.field("1", "Wie zufrieden"): "1"})
    assert late_step.status_code == 409
    assert "You have already answered this questionnaire." in soup(late_step).get_text()
    with pytest.raises(services.SurveyError) as refused:
        services.response_submit(
            questionnaire=page,
            language="de",
            answers=[],
            submission_key=uuid.uuid4(),
            user=cast.member_a,
        )
    assert refused.value.code == "already_answered"
    assert Response.objects.count() == 1
    assert Participation.objects.count() == 1


def test_another_member_may_answer_too(client, cast, publish_questionnaire):
    page = publish_questionnaire(access="members", anonymous=False, steps=steps_data(STEPS))
    for person in (cast.member_a, cast.contact_b):
        client.force_login(person)
        assert answer(client, page)["Location"].endswith("/danke/")
    # Named: each response is the member's.
    assert set(Response.objects.values_list("user_id", flat=True)) == {
        cast.member_a.pk,
        cast.contact_b.pk,
    }
    assert Participation.objects.count() == 2


# What the introduction tells the participant ----------------------------------------------------


@pytest.mark.parametrize(
    ("access", "anonymous", "english", "german"),
    [
        ("open", True, "This questionnaire is anonymous.", "Dieser Fragebogen ist anonym."),
        ("codes", True, "This questionnaire is anonymous.", "Dieser Fragebogen ist anonym."),
        ("members", True, "This questionnaire is anonymous.", "Dieser Fragebogen ist anonym."),
        (
            "codes",
            False,
            "This questionnaire is not anonymous.",
            "Dieser Fragebogen ist nicht anonym.",
        ),
        (
            "members",
            False,
            "This questionnaire is not anonymous.",
            "Dieser Fragebogen ist nicht anonym.",
        ),
    ],
)
def test_the_introduction_says_whether_the_questionnaire_is_anonymous(
    client, cast, publish_questionnaire, access, anonymous, english, german
):
    page = publish_questionnaire(
        access=access, anonymous=anonymous, steps=steps_data(STEPS), translate=True
    )
    client.force_login(cast.member_a)

    for language, says in (("de", german), ("en", english)):
        intro = client.get(in_language(page, language).url)
        assert intro.status_code == 200
        privacy = soup(intro).select_one(".questionnaire-privacy")
        assert privacy is not None
        text = " ".join(privacy.get_text(" ").split())
        assert text.startswith(says)
        # Said before the first question: the introduction has no question yet.
        assert not soup(intro).select("fieldset")
    english_text = " ".join(
        soup(client.get(in_language(page, "en").url))
        .select_one(".questionnaire-privacy")
        .get_text(" ")
        .split()
    )
    if anonymous:
        assert "without your name, code, account or IP address" in english_text
    elif access == "codes":
        assert "stored with your code" in english_text
    else:
        assert "stored with your account" in english_text


# No session for a reader ------------------------------------------------------------------------


@pytest.mark.parametrize("access", ["open", "codes"])
def test_reading_the_introduction_starts_no_session_starting_does(
    client, publish_questionnaire, access
):
    """A visitor who only reads the introduction leaves no session row and gets no session
    cookie; the session begins with the start button."""
    page = publish_questionnaire(access=access, steps=steps_data(STEPS), translate=True)
    code = ""
    if access == "codes":
        code = services.codes_generate(questionnaire=page, count=1).codes.get().code

    for language in ("de", "ar"):
        intro = client.get(in_language(page, language).url)
        assert intro.status_code == 200
        assert settings.SESSION_COOKIE_NAME not in intro.cookies
    assert not Session.objects.exists()
    assert settings.SESSION_COOKIE_NAME not in client.cookies

    started = Wizard(client, page).start(**({"code": code} if code else {}))

    assert started.status_code == 302
    assert settings.SESSION_COOKIE_NAME in started.cookies
    assert Session.objects.count() == 1


def test_the_plain_insert_of_answers_names_every_column_an_answer_has():
    """`response_submit` writes answers with a plain INSERT of `ANSWER_FIELDS`: a column added
    to `Answer` must be added there too, or submissions would fail or leave it empty."""
    columns = [field.name for field in Answer._meta.concrete_fields if not field.primary_key]

    assert columns == services.ANSWER_FIELDS
