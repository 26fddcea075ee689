"""Places are never exceeded, however many people register at the same moment: 30 threads
against the real PostgreSQL database, each with its own connection, released at once by a
barrier. SQLite has no row locks to test (its writers queue for one file lock), so these tests
need PostgreSQL, where CI runs them; REQUIRE_POSTGRES=1 makes their absence a failure."""

import datetime
import threading

import pytest
from django.db import connections

from events import services
from events.models import Registration, RegistrationStatus
from members.factories import member_create
from tests.postgresql import postgresql_required

# The page tree (with Wagtail's root page) comes before the cast, whose staff roles need it.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PEOPLE = 30
PLACES = 10


@pytest.fixture(autouse=True)
def _postgresql():
    postgresql_required("Concurrency is tested on PostgreSQL")


def _all_at_once(work, arguments) -> list:
    barrier = threading.Barrier(len(arguments))
    errors = []

    def run(argument):
        try:
            barrier.wait(timeout=30)
            work(argument)
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(argument,)) for argument in arguments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_thirty_members_registering_at_once_fill_ten_places_and_wait_in_order(publish_event, cast):
    event = publish_event(title="Beliebtes Modul", capacity=PLACES)
    people = [
        member_create(cast.organisation_a, username=f"eilig-{number}") for number in range(PEOPLE)
    ]

    errors = _all_at_once(
        lambda person: services.registration_member(event=event, by=person, language="de"),
        people,
    )

    assert errors == []
    statuses = list(Registration.objects.filter(event=event).values_list("status", flat=True))
    assert len(statuses) == PEOPLE
    assert statuses.count(RegistrationStatus.REGISTERED) == PLACES
    assert statuses.count(RegistrationStatus.WAITING) == PEOPLE - PLACES


def test_thirty_visitors_confirming_at_once_fill_ten_places(publish_event):
    event = publish_event(title="Offener Abend", capacity=PLACES)
    pending = [
        services.registration_request(
            event=event,
            name=f"Gast {number}",
            email=f"gast{number}@example.org",
            language="de",
            consent=True,
        )
        for number in range(PEOPLE)
    ]

    errors = _all_at_once(
        lambda registration: services.registration_confirm(registration=registration), pending
    )

    assert errors == []
    registered = Registration.objects.filter(event=event, status=RegistrationStatus.REGISTERED)
    waiting = Registration.objects.filter(event=event, status=RegistrationStatus.WAITING)
    assert registered.count() == PLACES
    assert waiting.count() == PEOPLE - PLACES


def test_the_same_person_registering_twice_at_once_is_stored_once(publish_event, cast):
    event = publish_event(capacity=PLACES)
    errors = _all_at_once(
        lambda _number: services.registration_member(event=event, by=cast.member_a, language="de"),
        list(range(5)),
    )

    assert Registration.objects.filter(event=event).count() == 1
    assert len(errors) == 4
    assert all(getattr(error, "code", "") == "duplicate" for error in errors)


def test_cancellations_at_once_move_exactly_as_many_people_up(publish_event, cast):
    event = publish_event(capacity=5)
    people = [member_create(cast.organisation_a, username=f"p-{number}") for number in range(10)]
    registrations = [
        services.registration_member(event=event, by=person, language="de") for person in people
    ]
    leaving = registrations[:3]

    errors = _all_at_once(
        lambda registration: services.registration_cancel(registration=registration), leaving
    )

    assert errors == []
    counts = {
        status: Registration.objects.filter(event=event, status=status).count()
        for status in RegistrationStatus.values
    }
    assert counts["registered"] == 5
    assert counts["waiting"] == 2
    assert counts["cancelled"] == 3
    # First come, first served: the three who waited longest moved up.
    moved_up = [r.pk for r in registrations[5:8]]
    assert set(Registration.objects.filter(pk__in=moved_up).values_list("status", flat=True)) == {
        "registered"
    }


def test_accepting_an_offer_and_its_deadline_passing_at_once_give_the_place_once(
    publish_event, cast
):
    """Each offered place is either confirmed by its holder or passed on by the job, never
    both: the acceptances (a minute before the deadline, by their clock) and the job (a minute
    after) all take the event's lock."""
    event = publish_event(capacity=5)
    people = [member_create(cast.organisation_a, username=f"o-{number}") for number in range(10)]
    registrations = [
        services.registration_member(event=event, by=person, language="de") for person in people
    ]
    for registration in registrations[:5]:
        services.registration_cancel(registration=registration)
    offered = list(Registration.objects.filter(event=event, offer_expires_at__isnull=False))
    assert len(offered) == 5
    deadline = offered[0].offer_expires_at
    before = deadline - datetime.timedelta(minutes=1)
    after = deadline + datetime.timedelta(minutes=1)

    def work(item):
        if item == "job":
            services.offers_expire(now=after)
        else:
            try:
                services.offer_accept(registration=item, now=before)
            except services.RegistrationError as error:
                assert error.code == "offer_expired"

    errors = _all_at_once(work, [*offered, "job"])

    assert errors == []
    accepted = 0
    for registration in Registration.objects.filter(pk__in=[r.pk for r in offered]):
        took = registration.status == "registered" and registration.offer_expires_at is None
        lapsed = registration.status == "cancelled"
        assert took != lapsed
        accepted += took
    # Nobody else waits, so the places held are exactly the accepted offers.
    placed = Registration.objects.filter(event=event, status=RegistrationStatus.REGISTERED)
    assert placed.count() == accepted
