"""Factories for the funding app's models, for tests."""

import datetime
from decimal import Decimal

import factory

from .models import BudgetLine, Expense, PlannedAmount


class BudgetLineFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"09{n:02d}")
    title = factory.LazyAttribute(lambda line: f"Position {line.code}")

    class Meta:
        model = BudgetLine
        django_get_or_create = ("code",)


class PlannedAmountFactory(factory.django.DjangoModelFactory):
    line = factory.SubFactory(BudgetLineFactory)
    year = 2013
    funder_share = Decimal("1000.00")
    own_share = Decimal("0.00")

    class Meta:
        model = PlannedAmount


class ExpenseFactory(factory.django.DjangoModelFactory):
    line = factory.SubFactory(BudgetLineFactory)
    booked_on = datetime.date(2013, 3, 1)
    amount = Decimal("100.00")
    payee = "Bürgerzentrum Alte Heid"
    purpose = "Raummiete"

    class Meta:
        model = Expense
