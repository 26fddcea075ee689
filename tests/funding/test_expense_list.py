"""The list of bookings pages: 50 bookings a page, newest first, the filters (line, year) kept in
the page links, the sums over every booking the filters select (not only the page shown), a
page number that is not one answered with the first page and one too high with the last, and a
filter that is not one with 400 and a message in the reader's language."""

import datetime
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from funding.models import Expense
from funding.views import EXPENSES_PER_PAGE

pytestmark = pytest.mark.django_db
D = Decimal
EXTRA = 55  # room bookings of 1.00 € in 2013, on top of the world's five bookings


@pytest.fixture
def many(funding_world):
    Expense.objects.bulk_create(
        Expense(
            line=funding_world.rooms,
            booked_on=datetime.date(2013, 4, 1) + datetime.timedelta(days=number),
            amount=D("1.00"),
            payee=f"Kleinbetrag {number}",
            purpose="Material",
        )
        for number in range(EXTRA)
    )
    client = Client()
    client.force_login(funding_world.cast.evaluator)
    return client


def _get(client, **params):
    return client.get(reverse("funding:expenses"), params)


def test_more_bookings_than_a_page_are_paged_and_the_second_page_shows_the_rest(many):
    first, second = _get(many), _get(many, page="2")

    assert first.status_code == second.status_code == 200
    total = Expense.objects.count()
    assert total == EXTRA + 5 > EXPENSES_PER_PAGE
    shown = [e.pk for e in first.context["expenses"]] + [e.pk for e in second.context["expenses"]]
    assert len(first.context["expenses"]) == EXPENSES_PER_PAGE
    assert len(second.context["expenses"]) == total - EXPENSES_PER_PAGE
    assert sorted(shown) == sorted(Expense.objects.values_list("pk", flat=True))
    text = first.content.decode()
    assert '<nav class="pagination" aria-label="Seiten">' in text
    assert '<span aria-current="page">Seite 1 von 2</span>' in text
    assert 'href="?page=2" rel="next"' in text
    assert 'href="?page=1" rel="prev"' in second.content.decode()


def test_the_filters_are_kept_in_the_page_links(many, funding_world):
    first = _get(many, line="0832", year="2013")
    second = _get(many, line="0832", year="2013", page="2")

    assert 'href="?line=0832&amp;year=2013&amp;page=2" rel="next"' in first.content.decode()
    assert 'href="?line=0832&amp;year=2013&amp;page=1" rel="prev"' in second.content.decode()
    rooms_2013 = Expense.objects.filter(line=funding_world.rooms, booked_on__year=2013)
    shown = list(first.context["expenses"]) + list(second.context["expenses"])
    assert sorted(e.pk for e in shown) == sorted(rooms_2013.values_list("pk", flat=True))


def test_the_sums_cover_every_booking_the_filters_select_on_every_page(many):
    # Rooms in 2013: 1,000.10 + 1,159.95 + 55 × 1.00; the 2012 booking is left out.
    for page in ("1", "2"):
        response = _get(many, line="0832", year="2013", page=page)
        text = response.content.decode()
        assert "57 Buchungen, auf allen Seiten zusammen:" in text
        assert "2.215,05 €" in text
    everything = _get(many).context["sums"]
    assert (everything.count, everything.funder, everything.own) == (
        60,
        D("48548.38"),
        D("4500.33"),
    )
    assert everything.total == D("53048.71")


@pytest.mark.parametrize(
    ("page", "shown"), [("abc", 1), ("-3", 1), ("0", 1), ("", 1), ("2.5", 1), ("999", 2)]
)
def test_a_page_number_that_is_not_one_shows_the_first_page_and_one_too_high_the_last(
    many, page, shown
):
    response = _get(many, page=page)

    assert response.status_code == 200
    assert response.context["expenses"].number == shown


def test_a_filtered_selection_on_one_page_has_no_page_links(many):
    response = _get(many, line="0817")

    assert response.status_code == 200
    assert len(response.context["expenses"]) == 2
    assert 'class="pagination"' not in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"line": "9999"}, "Wählen Sie eine Position des Finanzierungsplans."),
        ({"year": "1999"}, "Wählen Sie eines der aufgeführten Jahre."),
        ({"year": "zwei", "page": "2"}, "Wählen Sie eines der aufgeführten Jahre."),
    ],
)
def test_a_filter_that_is_not_one_is_answered_with_400_and_a_message(many, params, message):
    response = _get(many, **params)

    assert response.status_code == 400
    text = response.content.decode()
    assert message in text
    assert "Kleinbetrag" not in text
