"""The extranet's participation views, inside the language prefix (/de/extranet/beteiligung/…)."""

from django.urls import path

from home.url_groups import by_first_segment

from . import views

app_name = "participation"

urlpatterns = [
    path("extranet/beteiligung/", views.process_list, name="processes"),
    path("extranet/beteiligung/<int:pk>/", views.process_detail, name="process"),
    path(
        "extranet/beteiligung/<int:pk>/vorschlagen/",
        views.proposal_create,
        name="proposal_create",
    ),
    path("extranet/vorschlaege/<int:pk>/", views.proposal_detail, name="proposal"),
    path("extranet/vorschlaege/<int:pk>/kommentieren/", views.comment_add, name="comment_add"),
    path("extranet/vorschlaege/<int:pk>/unterstuetzen/", views.support, name="support"),
    path(
        "extranet/vorschlaege/<int:pk>/unterstuetzung-zuruecknehmen/",
        views.support_withdraw,
        name="support_withdraw",
    ),
    path("extranet/vorschlaege/<int:pk>/antworten/", views.proposal_answer, name="answer"),
    path("extranet/kommentare/<int:pk>/ausblenden/", views.comment_hide, name="comment_hide"),
    path("extranet/terminfindung/", views.poll_list, name="polls"),
    path("extranet/terminfindung/<int:pk>/", views.poll_detail, name="poll"),
    path("extranet/terminfindung/<int:pk>/festlegen/", views.poll_decide, name="poll_decide"),
    path("extranet/arbeitsgruppen/", views.group_list, name="groups"),
    path("extranet/arbeitsgruppen/<slug:slug>/", views.group_detail, name="group"),
    path("extranet/arbeitsgruppen/<slug:slug>/protokoll/", views.minutes_add, name="minutes_add"),
    path(
        "extranet/arbeitsgruppen/<slug:slug>/vereinbarungen/neu/",
        views.agreement_add,
        name="agreement_add",
    ),
    path(
        "extranet/arbeitsgruppen/<slug:slug>/vereinbarungen/<int:pk>/status/",
        views.agreement_status,
        name="agreement_status",
    ),
    path(
        "extranet/arbeitsgruppen/<slug:slug>/dokumente/neu/",
        views.group_document_add,
        name="group_document_add",
    ),
    path("extranet/zusammenfassung/", views.digest_settings, name="digest_settings"),
    path(
        "zusammenfassung/abbestellen/<str:token>/",
        views.digest_unsubscribe,
        name="digest_unsubscribe",
    ),
]

urlpatterns = by_first_segment(urlpatterns)
