"""Factories for the evaluation's models, for tests and the demo data."""

import factory

from .models import Goal


class GoalFactory(factory.django.DjangoModelFactory):
    kind = Goal.Kind.ACTION
    number = factory.Sequence(lambda n: n + 1)
    statement = factory.LazyAttribute(lambda goal: f"Handlungsziel {goal.number}")

    class Meta:
        model = Goal
        django_get_or_create = ("kind", "number")
