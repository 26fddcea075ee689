"""Finding a date for the network meeting: one answer per organisation and date, changeable
until the date is chosen; the chosen date becomes a members-only meeting with registration,
and the organisations that said yes are told in their language."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.users.models import UserProfile

from events.models import EventKind, EventPage
from participation import services
from participation.errors import ParticipationError
from participation.factories import date_poll_create
from participation.models import DatePollAnswer

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member_a", "contact_a", "contact_b", "manager", "editor", "evaluator"]
LOGIN = "login"


def _client(cast, role: str) -> Client:
    client = Client()
    if (user := cast.by_role(role)) is not None:
        client.force_login(user)
    return client


def _answer(poll, user, organisation, *values):
    options = list(poll.options.all())
    return services.poll_answer(
        poll=poll,
        user=user,
        organisation=organisation,
        answers={option.pk: value for option, value in zip(options, values, strict=False)},
    )


def test_an_organisation_answers_each_date_once_and_may_change_its_mind(cast):
    poll = date_poll_create()

    _answer(poll, cast.member_a, cast.organisation_a, "yes", "no")
    _answer(poll, cast.contact_a, cast.organisation_a, "maybe", "yes")

    answers = DatePollAnswer.objects.filter(organisation=cast.organisation_a)
    assert sorted(answers.values_list("answer", flat=True)) == ["maybe", "yes"]
    assert {answer.user for answer in answers} == {cast.contact_a}


def test_answers_are_refused_once_the_poll_is_closed_or_decided(cast, calendar):
    closed = date_poll_create(closes_on=timezone.localdate() - datetime.timedelta(days=1))
    with pytest.raises(ParticipationError, match="poll_closed"):
        _answer(closed, cast.member_a, cast.organisation_a, "yes")

    poll = date_poll_create()
    services.poll_decide(poll=poll, option=poll.options.first(), by=cast.manager)
    with pytest.raises(ParticipationError, match="poll_decided"):
        _answer(poll, cast.member_a, cast.organisation_a, "no")


def test_only_the_manager_chooses_the_date_and_only_once(cast, calendar):
    poll = date_poll_create()
    option = poll.options.first()

    with pytest.raises(ParticipationError, match="not_manager"):
        services.poll_decide(poll=poll, option=option, by=cast.contact_a)
    services.poll_decide(poll=poll, option=option, by=cast.manager)
    with pytest.raises(ParticipationError, match="poll_decided"):
        services.poll_decide(poll=poll, option=option, by=cast.manager)


def test_the_chosen_date_becomes_a_members_only_meeting_and_those_who_said_yes_are_told(
    cast, calendar, django_capture_on_commit_callbacks
):
    poll = date_poll_create(title="Netzwerktreffen Frühjahr")
    first = poll.options.first()
    _answer(poll, cast.member_a, cast.organisation_a, "yes")
    _answer(poll, cast.contact_b, cast.organisation_b, "no")
    profile = UserProfile.get_for_user(cast.member_a)
    profile.preferred_language = "fr"
    profile.save()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        event = services.poll_decide(poll=poll, option=first, by=cast.manager)

    event = EventPage.objects.get(pk=event.pk)
    assert event.live and event.members_only and event.registration_required
    assert event.kind == EventKind.NETWORK_MEETING
    assert event.start == first.start
    told = {tuple(message.to): message for message in mail.outbox}
    assert set(told) == {(cast.member_a.email,), (cast.contact_a.email,)}
    assert "Date" in told[(cast.member_a.email,)].body  # French: "Date : …"
    assert "Veuillez vous inscrire" in told[(cast.member_a.email,)].body
    assert "Bitte melden Sie sich" in told[(cast.contact_a.email,)].body


@pytest.mark.parametrize("role", ROLES)
def test_every_poll_view_answers_each_role_as_the_matrix_says(role, cast, calendar):
    poll = date_poll_create()
    option = poll.options.first()
    outsiders = {"anonymous": LOGIN, "editor": LOGIN, "evaluator": LOGIN}
    network = {"member_a": 200, "contact_a": 200, "contact_b": 200, "manager": 200}
    answer = {"member_a": 302, "contact_a": 302, "contact_b": 302, "manager": 403}
    decide = {"member_a": 403, "contact_a": 403, "contact_b": 403, "manager": 302}
    requests = [
        ("get", "/de/extranet/terminfindung/", {}, network | outsiders),
        ("get", f"/ar/extranet/terminfindung/{poll.pk}/", {}, network | outsiders),
        (
            "post",
            f"/de/extranet/terminfindung/{poll.pk}/",
            {f"option_{option.pk}": "yes"},
            answer | outsiders,
        ),
        (
            "post",
            f"/de/extranet/terminfindung/{poll.pk}/festlegen/",
            {"option": option.pk},
            decide | outsiders,
        ),
    ]
    client = _client(cast, role)
    wrong = []
    for method, url, data, expected_by_role in requests:
        expected = expected_by_role[role]
        response = getattr(client, method)(url, data)
        if expected == LOGIN:
            ok = response.status_code == 302 and "/konto/anmelden/" in response["Location"]
        else:
            ok = response.status_code == expected
        if not ok:
            wrong.append(f"{method} {url}: expected {expected}, got {response.status_code}")
    assert wrong == []


def test_an_unknown_answer_or_date_gets_a_400_with_a_message(cast, calendar):
    poll = date_poll_create()
    other = date_poll_create()
    option = poll.options.first()

    answered = _client(cast, "member_a").post(
        f"/en/extranet/terminfindung/{poll.pk}/", {f"option_{option.pk}": "perhaps"}
    )
    decided = _client(cast, "manager").post(
        f"/en/extranet/terminfindung/{poll.pk}/festlegen/", {"option": other.options.first().pk}
    )

    assert answered.status_code == 400
    assert "Select a valid choice." in answered.content.decode()
    assert decided.status_code == 400
    assert not DatePollAnswer.objects.exists() and not EventPage.objects.exists()


def test_the_poll_page_shows_each_organisations_answer_and_isolates_dates_in_arabic(cast):
    poll = date_poll_create()
    _answer(poll, cast.contact_b, cast.organisation_b, "maybe")

    page = _client(cast, "member_a").get(f"/ar/extranet/terminfindung/{poll.pk}/")

    content = page.content.decode()
    assert "Verein B e.V." in content
    assert '<th scope="row"><bdi dir="ltr">' in content
