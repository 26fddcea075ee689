"""The participation tests' world: the members cast (organisations A and B, their people, the
network manager, staff outside the network), the extranet, and an open proposal process with
one proposal of organisation A."""

from dataclasses import dataclass

import pytest
from wagtail.models import Page

from events.factories import EventIndexPageFactory
from participation.factories import ProposalFactory, ProposalProcessFactory
from participation.models import Proposal, ProposalProcess
from tests.members.conftest import Cast, cast  # noqa: F401 (the fixture)
from tests.worlds import shared, world


@dataclass
class Proposals:
    process: ProposalProcess
    proposal: Proposal


@world("proposals", needs=("cast",))
def proposals_build(cast: Cast) -> Proposals:  # noqa: F811 (the world's value)
    process = ProposalProcessFactory(title="Modul 1: Ihre Themen")
    proposal = ProposalFactory(
        process=process,
        author=cast.contact_a,
        organisation=cast.organisation_a,
        title="Besuch im Integrationsrat",
        text="Eine Sitzung gemeinsam besuchen.",
    )
    return Proposals(process=process, proposal=proposal)


@pytest.fixture
def calendar(db):
    """A bare calendar below Wagtail's root, where a chosen date becomes an event (cheaper than
    the page tree in six languages, which no poll test needs)."""
    page = EventIndexPageFactory(parent=Page.get_first_root_node(), title="Termine", slug="termine")
    page.save_revision().publish()
    return page


@pytest.fixture
def proposals(request, cast) -> Proposals:  # noqa: F811 (the fixture)
    return shared(request, "proposals", cast=cast)
