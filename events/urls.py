"""Calendar files, the links in registration e-mails, and the extranet's event tools. Included
inside the language prefix, before Wagtail's pages; the calendar and the events themselves are
Wagtail pages."""

from django.urls import path

from home.url_groups import by_first_segment

from . import views

app_name = "events"

urlpatterns = [
    path("kalender.ics", views.calendar_feed, name="calendar_feed"),
    path("kalender/veranstaltung-<int:pk>.ics", views.event_ics, name="event_ics"),
    path("anmeldung/<str:token>/", views.registration_detail, name="registration"),
    path(
        "anmeldung/<str:token>/bestaetigen/",
        views.registration_confirm,
        name="registration_confirm",
    ),
    path("anmeldung/<str:token>/abmelden/", views.registration_cancel, name="registration_cancel"),
    path(
        "anmeldung/<str:token>/platz-annehmen/",
        views.registration_accept,
        name="registration_accept",
    ),
    path(
        "anmeldung/<str:token>/teilnahmebescheinigung.pdf",
        views.registration_certificate,
        name="registration_certificate",
    ),
    path("extranet/veranstaltungen/", views.my_events, name="my_events"),
    path(
        "extranet/veranstaltungen/angebot-einreichen/",
        views.offering_submit,
        name="offering_submit",
    ),
    path(
        "extranet/veranstaltungen/<int:pk>/anwesenheit/",
        views.attendance,
        name="attendance",
    ),
    path(
        "extranet/veranstaltungen/<int:pk>/anwesenheit/person-hinzufuegen/",
        views.walk_in_add,
        name="walk_in_add",
    ),
    path(
        "extranet/veranstaltungen/<int:pk>/einlass/",
        views.checkin_typed,
        name="checkin_typed",
    ),
    path(
        "extranet/veranstaltungen/<int:pk>/unterschriftenliste.pdf",
        views.sign_in_sheet,
        name="sign_in_sheet",
    ),
    path("extranet/einlass/<str:code>/", views.checkin_scan, name="checkin_scan"),
    path(
        "extranet/veranstaltungen/<int:pk>/nachricht/",
        views.registrants_message,
        name="registrants_message",
    ),
    path(
        "extranet/veranstaltungen/<int:pk>/teilnehmende.<str:extension>",
        views.participants_export,
        name="participants_export",
    ),
    path("extranet/kalender/neue-adresse/", views.personal_feed_renew, name="personal_feed_renew"),
    path("extranet/kalender/<str:token>.ics", views.personal_feed, name="personal_feed"),
]

urlpatterns = by_first_segment(urlpatterns)
