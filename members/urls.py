"""Accounts and the extranet's tools. Included inside the language prefix, before Wagtail's
pages, so /de/extranet/… reaches these views and the extranet's pages alike."""

from django.urls import path

from home.url_groups import by_first_segment

from . import views

app_name = "members"

urlpatterns = [
    path("konto/anmelden/", views.LoginView.as_view(), name="login"),
    path("konto/abmelden/", views.logout_view, name="logout"),
    path("konto/", views.account, name="account"),
    path("konto/passwort/", views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "konto/passwort-vergessen/",
        views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "konto/passwort-vergessen/gesendet/",
        views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "konto/passwort-neu/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "konto/passwort-neu/fertig/",
        views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("konto/meine-daten.json", views.account_export, name="account_export"),
    path("konto/loeschen/", views.account_delete, name="account_delete"),
    path("konto/einladung/<str:token>/", views.invitation, name="invitation"),
    path("extranet/mitglieder/", views.member_directory, name="directory"),
    path("extranet/vorhaben/", views.initiatives, name="initiatives"),
    path("extranet/netzwerk/", views.network_overview, name="network_overview"),
    path("extranet/organisation/<slug:slug>/", views.organisation_detail, name="organisation"),
    path(
        "extranet/organisation/<slug:slug>/bearbeiten/",
        views.organisation_edit,
        name="organisation_edit",
    ),
    path(
        "extranet/organisation/<slug:slug>/bestaetigen/",
        views.organisation_confirm,
        name="organisation_confirm",
    ),
    path(
        "extranet/organisation/<slug:slug>/verlauf/",
        views.organisation_history,
        name="organisation_history",
    ),
    path(
        "extranet/organisation/<slug:slug>/mitglieder/",
        views.organisation_members,
        name="organisation_members",
    ),
    path(
        "extranet/organisation/<slug:slug>/mitglieder/<int:pk>/entfernen/",
        views.membership_remove,
        name="membership_remove",
    ),
    path(
        "extranet/organisation/<slug:slug>/einladungen/<int:pk>/zurueckziehen/",
        views.invitation_withdraw,
        name="invitation_withdraw",
    ),
    path(
        "extranet/organisation/<slug:slug>/export.json",
        views.organisation_export,
        name="organisation_export",
    ),
    path(
        "extranet/organisation/<slug:slug>/vorhaben/neu/",
        views.joint_work_edit,
        {"kind": "initiative"},
        name="initiative_add",
    ),
    path(
        "extranet/organisation/<slug:slug>/vorhaben/<int:pk>/",
        views.joint_work_edit,
        {"kind": "initiative"},
        name="initiative_edit",
    ),
    path(
        "extranet/organisation/<slug:slug>/kooperationen/neu/",
        views.joint_work_edit,
        {"kind": "cooperation"},
        name="cooperation_add",
    ),
    path(
        "extranet/organisation/<slug:slug>/kooperationen/<int:pk>/",
        views.joint_work_edit,
        {"kind": "cooperation"},
        name="cooperation_edit",
    ),
]

urlpatterns = by_first_segment(urlpatterns)
