"""Two members of one organisation supporting the same proposal at the same moment store one
support: the database's unique constraint decides, not a check before the insert. Needs
PostgreSQL and real commits (two connections); CI requires it (REQUIRE_POSTGRES=1)."""

import threading

import pytest
from django.db import connections

from members.factories import OrganisationFactory, member_create
from participation import services
from participation.errors import ParticipationError
from participation.factories import ProposalFactory
from participation.models import ProposalSupport
from tests.postgresql import postgresql_required

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def _postgresql():
    postgresql_required("Concurrency is tested on PostgreSQL")


def test_two_supports_from_one_organisation_at_once_store_one():
    organisation = OrganisationFactory(name="Verein Gleichzeitig", slug="gleichzeitig")
    people = [member_create(organisation, username=f"schnell-{n}") for n in range(2)]
    proposal = ProposalFactory()
    barrier = threading.Barrier(len(people))
    outcomes = []

    def support(person):
        try:
            barrier.wait(timeout=30)
            services.support_give(proposal=proposal, user=person, organisation=organisation)
            outcomes.append("stored")
        except ParticipationError as error:
            outcomes.append(error.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=support, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(outcomes) == ["already_supported", "stored"]
    assert ProposalSupport.objects.filter(proposal=proposal).count() == 1
