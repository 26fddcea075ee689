"""A view that loses the database answers 503 in the visitor's language, with Retry-After,
instead of the 500 page (home.middleware.DatabaseUnavailableMiddleware)."""

import logging

import pytest
from django.db import OperationalError
from django.urls import path

from tests.html import parse


def database_gone(request):
    raise OperationalError("server closed the connection unexpectedly")


def programming_fault(request):
    raise ValueError("a bug, not the database")


urlpatterns = [
    path("weg/", database_gone),
    path("fehler/", programming_fault),
]

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]


@pytest.mark.parametrize(
    ("language", "heading", "direction"),
    [("de", "Kurz nicht erreichbar", "ltr"), ("ar", "غير متاح مؤقتًا", "rtl")],
)
def test_a_lost_database_is_a_503_to_try_again_in_the_visitors_language(
    client, caplog, language, heading, direction
):
    with caplog.at_level(logging.ERROR, logger="home.middleware"):
        response = client.post("/weg/", HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "no-store" in response["Cache-Control"]
    html = parse(response.content)
    assert html.html_attrs == {"lang": language, "dir": direction}
    assert html.headings == [heading]
    assert "Database unavailable: POST /weg/" in caplog.text, "the operator still learns of it"


def test_any_other_fault_is_still_the_500_page(client):
    client.raise_request_exception = False
    response = client.get("/fehler/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 500
    assert parse(response.content).headings == ["Something went wrong"]
