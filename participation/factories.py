"""Factories of the participation app, shared by the tests and the demo data."""

import datetime

import factory
from django.utils import timezone

from .models import Proposal, ProposalComment, ProposalProcess


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
