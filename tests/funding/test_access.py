"""Who sees and books the money, tried from the outside with every role on every funding URL:
the network management (by group and as superuser) reads and writes; the Evaluation group reads
and every write is refused and changes nothing; members, contact persons, other staff and
visitors see no amount at all. Receipts are private documents: only the network management and
the Evaluation group open them, by the document URL or the admin; nobody else finds them in the
admin's listing, search or chooser, and the media file is not served directly."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from funding import services
from funding.models import AssistantHours, Expense, SentStatement
from home.roles import REVIEWERS

from .conftest import RECEIPT_TEXT, RECEIPT_TITLE

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "member_a",
    "contact_a",
    "editor",
    "reviewer",
    "evaluator",
    "manager",
    "superuser",
]
READERS = {"evaluator", "manager", "superuser"}
MANAGERS = {"manager", "superuser"}
# What nobody outside the readers may see in any response: a payee and an amount.
SECRETS = ["Bürgerzentrum Alte Heid", "1.000,10", "1000.10", RECEIPT_TITLE]


def _client(world, role: str) -> Client:
    client = Client()
    if role == "reviewer":
        client.force_login(Group.objects.get(name=REVIEWERS).user_set.get(username="reviewer"))
    elif role != "anonymous":
        client.force_login(getattr(world.cast, role))
    return client


def _read_urls(world) -> list[str]:
    return [
        reverse("funding:budget"),
        reverse("funding:expenses"),
        reverse("funding:hours"),
        reverse("funding:statement", args=[2]),
        reverse("funding:final_statement"),
        reverse("funding:statement_xlsx", args=[2]),
    ]


def _manager_urls(world) -> list[str]:
    return [
        reverse("funding:expense_create"),
        reverse("funding:expense_edit", args=[world.room_booking.pk]),
        reverse("funding:import"),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_role_reads_exactly_what_it_may(funding_world, receipt, role):
    client = _client(funding_world, role)

    for url in _read_urls(funding_world):
        response = client.get(url)
        if role in READERS:
            assert response.status_code == 200, url
            assert (
                "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
            )
        else:
            assert response.status_code in {302, 403}, url
            assert not any(secret in response.content.decode() for secret in SECRETS), url
    for url in _manager_urls(funding_world):
        response = client.get(url)
        assert response.status_code in ({200} if role in MANAGERS else {302, 403}), url


def test_the_readers_page_shows_amounts_and_the_budget_warning(funding_world, receipt):
    response = _client(funding_world, "evaluator").get(reverse("funding:expenses"))
    budget = _client(funding_world, "evaluator").get(reverse("funding:budget"))

    text = response.content.decode()
    assert "1.000,10 €" in text and "Bürgerzentrum Alte Heid" in text
    assert receipt.url in text
    edit_url = reverse("funding:expense_edit", args=[funding_world.room_booking.pk])
    assert f'href="{edit_url}"' not in text and "/buchungen/neu/" not in text
    manager_text = _client(funding_world, "manager").get(reverse("funding:expenses")).content
    assert f'href="{edit_url}"' in manager_text.decode()
    assert "Über dem Plan" in budget.content.decode()
    assert "90 % erreicht" in budget.content.decode()


@pytest.mark.parametrize("role", [role for role in ROLES if role not in MANAGERS])
def test_every_write_is_refused_to_all_but_the_network_management(funding_world, receipt, role):
    client = _client(funding_world, role)
    booking = funding_world.room_booking
    before = (
        Expense.objects.count(),
        AssistantHours.objects.count(),
        SentStatement.objects.count(),
    )
    writes = [
        (
            reverse("funding:expense_create"),
            {
                "line": booking.line_id,
                "booked_on": "2013-05-01",
                "amount": "5",
                "share": "funder",
                "payee": "X",
                "purpose": "Y",
            },
        ),
        (
            reverse("funding:expense_edit", args=[booking.pk]),
            {
                "line": booking.line_id,
                "booked_on": "2013-03-20",
                "amount": "1",
                "share": "funder",
                "payee": "X",
                "purpose": "Y",
            },
        ),
        (reverse("funding:expense_delete", args=[booking.pk]), {}),
        (reverse("funding:hours"), {"month": "2013-08", "hours": "10", "payee": "X"}),
        (reverse("funding:import"), {"file": ContentFile(b"x", name="a.csv")}),
        (reverse("funding:statement_send", args=[2]), {}),
        (reverse("funding:final_statement_send"), {}),
    ]

    for url, data in writes:
        response = client.post(url, data)
        assert response.status_code in {302, 403}, url
        # Wagtail's admin answers a refusal to its own staff with a redirect and a message.
        assert response.status_code == 403 or response["Location"].startswith("/admin/"), url

    booking.refresh_from_db()
    assert booking.amount == Decimal("1000.10")
    assert (
        Expense.objects.count(),
        AssistantHours.objects.count(),
        SentStatement.objects.count(),
    ) == before


def test_the_network_management_books_an_expense_with_a_receipt(funding_world, receipt):
    client = _client(funding_world, "manager")

    response = client.post(
        reverse("funding:expense_create"),
        {
            "line": funding_world.rooms.pk,
            "booked_on": "2013-11-05",
            "amount": "250.75",
            "share": "funder",
            "payee": "Ebertbad",
            "purpose": "Raummiete Netzwerktreffen",
            "receipt_file": ContentFile(b"%PDF-1.4 beleg", name="beleg.pdf"),
        },
    )

    assert response.status_code == 302
    expense = Expense.objects.get(payee="Ebertbad")
    assert expense.amount == Decimal("250.75")
    assert expense.receipt.collection == services.receipts_collection_ensure()
    assert expense.created_by == funding_world.cast.manager


def test_a_bad_booking_gets_a_400_and_a_message_and_books_nothing(funding_world, receipt):
    client = _client(funding_world, "manager")
    before = Expense.objects.count()

    response = client.post(
        reverse("funding:expense_create"),
        {
            "line": funding_world.rooms.pk,
            "booked_on": "kein Datum",
            "amount": "0",
            "share": "funder",
        },
        HTTP_ACCEPT_LANGUAGE="de",
    )

    assert response.status_code == 400
    assert "Geben Sie einen Betrag ungleich null ein." in response.content.decode()
    assert Expense.objects.count() == before


@pytest.mark.parametrize("role", ROLES)
def test_only_the_network_management_and_the_evaluation_group_open_a_receipt(
    funding_world, receipt, role
):
    response = _client(funding_world, role).get(receipt.url)

    if role in READERS:
        assert response.status_code == 200
        assert RECEIPT_TEXT in b"".join(response.streaming_content)
        assert "private" in response.get("Cache-Control", "")
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/de/konto/anmelden/?next=/documents/")


@pytest.mark.parametrize("role", ["member_a", "editor", "reviewer", "evaluator"])
def test_no_one_else_finds_a_receipt_in_the_admins_listing_search_or_chooser(
    funding_world, receipt, role
):
    client = _client(funding_world, role)
    collection = services.receipts_collection_ensure()

    for url in (
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:index_results") + "?q=Geheimreferentin",
        reverse("wagtaildocs:index") + f"?collection_id={collection.pk}",
        reverse("wagtaildocs:edit", args=[receipt.pk]),
        reverse("wagtaildocs_chooser:choose_results") + "?q=Geheimreferentin",
        reverse("wagtaildocs_chooser:chosen", args=[receipt.pk]),
    ):
        response = client.get(url)
        assert not (response.status_code == 200 and RECEIPT_TITLE in response.content.decode()), url


def test_the_receipt_file_is_not_served_as_a_public_media_file(funding_world, receipt):
    assert Client().get(f"/media/{receipt.file.name}").status_code == 404


def test_the_receipts_collection_is_restricted_to_the_two_groups(funding_world, receipt):
    restriction = services.receipts_collection_ensure().view_restrictions.get()

    assert set(restriction.groups.values_list("name", flat=True)) == {
        "Netzwerkmanagement",
        "Evaluation",
    }


def test_a_sent_period_is_refused_with_409_on_the_hours_page(funding_world, receipt):
    SentStatement.objects.create(
        scope=SentStatement.Scope.PHASE,
        phase=funding_world.phase_2,
        sent_at=datetime.datetime(2014, 1, 10, tzinfo=datetime.UTC),
        figures={},
        pdf=b"",
        xlsx=b"",
    )

    response = _client(funding_world, "manager").post(
        reverse("funding:hours"), {"month": "2013-08", "hours": "10", "payee": "X"}
    )

    assert response.status_code == 409
    assert not AssistantHours.objects.filter(month=datetime.date(2013, 8, 1)).exists()


@pytest.mark.parametrize("role", ["evaluator", "editor", "manager"])
def test_only_the_network_management_edits_the_financing_plan(funding_world, receipt, role):
    response = _client(funding_world, role).get(reverse("wagtailsnippets_funding_budgetline:list"))

    if role == "manager":
        assert response.status_code == 200
        assert "Anmietung von Räumlichkeiten" in response.content.decode()
    else:
        assert response.status_code in {302, 403}
        assert "Anmietung von Räumlichkeiten" not in response.content.decode()
