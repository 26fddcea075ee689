"""A view that loses the database answers 503 in the visitor's language, with Retry-After,
instead of the 500 page (home.middleware.DatabaseUnavailableMiddleware); so does a session that
the database cannot save after the view (home.middleware.SessionMiddleware), where Django
would answer 400 "session interrupted"."""

import logging

import pytest
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import OperationalError, connection
from django.http import HttpResponse
from django.urls import path

from tests.html import parse


def database_gone(request):
    raise OperationalError("server closed the connection unexpectedly")


def programming_fault(request):
    raise ValueError("a bug, not the database")


def step(request):
    request.session["answers"] = request.POST.get("answer", "")
    return HttpResponse("weiter")


def step_while_logged_out_elsewhere(request):
    request.session["answers"] = request.POST.get("answer", "")
    Session.objects.all().delete()  # a logout in another tab, while this request runs
    cache.clear()
    return HttpResponse("weiter")


urlpatterns = [
    path("weg/", database_gone),
    path("fehler/", programming_fault),
    path("schritt/", step),
    path("abgemeldet/", step_while_logged_out_elsewhere),
]


def session_write_fails(execute, sql, params, many, context):
    if sql.lstrip().upper().startswith("UPDATE") and "django_session" in sql:
        raise OperationalError("terminating connection due to administrator command")
    return execute(sql, params, many, context)


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


@pytest.fixture(params=["django.contrib.sessions.backends.db", "home.sessions"])
def session_engine(request, settings):
    settings.SESSION_ENGINE = request.param
    return request.param


@pytest.mark.parametrize(
    ("language", "heading"), [("de", "Kurz nicht erreichbar"), ("ar", "غير متاح مؤقتًا")]
)
def test_a_session_the_database_cannot_save_is_a_503_not_a_400(
    client, caplog, session_engine, language, heading
):
    assert client.post("/schritt/", {"answer": "eins"}).status_code == 200  # creates it

    with (
        connection.execute_wrapper(session_write_fails),
        caplog.at_level(logging.ERROR, logger="home.middleware"),
    ):
        response = client.post("/schritt/", {"answer": "zwei"}, HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert parse(response.content).headings == [heading]
    assert "Database unavailable while saving the session: POST /schritt/" in caplog.text
    # Sent again once the database is back, the answer is kept.
    assert client.post("/schritt/", {"answer": "zwei"}).status_code == 200
    assert client.session["answers"] == "zwei"


def test_a_session_deleted_meanwhile_is_still_a_400(client, session_engine):
    client.raise_request_exception = False
    assert client.post("/schritt/", {"answer": "eins"}).status_code == 200

    response = client.post("/abgemeldet/", {"answer": "zwei"})

    assert response.status_code == 400
