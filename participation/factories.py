"""Factories of the participation app, shared by the tests and the demo data."""

import datetime

import factory
from django.utils import timezone

from .models import DatePoll, DatePollOption, Proposal, ProposalComment, ProposalProcess


class ProposalProcessFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Vorschläge {n}")
    description = "Was soll das Modul behandeln?"
    opens_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=7))
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))

    class Meta:
        model = ProposalProcess


class ProposalFactory(factory.django.DjangoModelFactory):
    process = factory.SubFactory(ProposalProcessFactory)
    title = factory.Sequence(lambda n: f"Vorschlag {n}")
    text = "Wir schlagen vor, das Thema gemeinsam zu behandeln."
    language = "de"

    class Meta:
        model = Proposal


class ProposalCommentFactory(factory.django.DjangoModelFactory):
    proposal = factory.SubFactory(ProposalFactory)
    text = "Gute Idee."
    language = "de"

    class Meta:
        model = ProposalComment


class DatePollFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Netzwerktreffen {n}")
    description = "Wann passt es Ihrem Verein?"
    venue_name = "Rathaus, Ratssaal"

    class Meta:
        model = DatePoll


def date_poll_create(*, days=(14, 21), hour=18, **fields) -> DatePoll:
    """A poll with one proposed date, two hours long, `days` days from today each."""
    poll = DatePollFactory(**fields)
    for order, day in enumerate(days):
        start = timezone.localtime().replace(hour=hour, minute=0, second=0, microsecond=0)
        start += datetime.timedelta(days=day)
        DatePollOption.objects.create(
            poll=poll, sort_order=order, start=start, end=start + datetime.timedelta(hours=2)
        )
    return poll
