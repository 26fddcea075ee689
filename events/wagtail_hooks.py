from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from members.access import is_network_manager
from members.models import Membership, Role

from . import views
from .data_inventory import INVENTORY
from .models import EventPage, QualificationModule, Registration
from .questions import AnswerReader, event_questions
from .seed import seed_events
from .selectors import (
    calendar_for_locale,
    events_members_only,
    events_upcoming_for_dashboard,
    organisation_participation,
)


class QualificationModuleViewSet(SnippetViewSet):
    model = QualificationModule
    icon = "doc-full"
    menu_label = _("Qualification modules")
    list_display = ["number", "title", "phase"]


class RegistrationViewSet(SnippetViewSet):
    """Registrations in the admin, to look one up or correct it; the attendance list and the
    exports are in the extranet (linked from each event's page listing)."""

    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    list_display = ["name", "email", "event", "status", "attended"]
    list_filter = ["status", "attended"]
    search_fields = ["name", "email", "organisation_name"]
    list_per_page = 50
    copy_view_enabled = False


register_snippet(QualificationModuleViewSet)
register_snippet(RegistrationViewSet)


@hooks.register("register_page_views")
def page_views() -> dict:
    """What the events app's page models call at request time (see `home.routing`)."""
    return {
        "events.calendar_list": views.calendar_list,
        "events.calendar_month": views.calendar_month,
        "events.event_detail": views.event_detail,
        "events.event_register": views.event_register,
        "events.module_detail": views.module_detail,
        "events.module_list": views.module_list,
    }


@hooks.register("search_hidden_pages")
def members_only_events():
    """The site's search shows public pages only; members-only events are not public either."""
    return events_members_only()


@hooks.register("register_page_listing_buttons")
def attendance_button(page, user, next_url=None, **kwargs):
    if isinstance(page.specific_deferred, EventPage) and is_network_manager(user):
        yield ListingButton(
            gettext("Participants and attendance"),
            reverse("events:attendance", args=[page.pk]),
            priority=60,
        )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action("events.attendance", _("Record attendance"), _("Attendance recorded"))
    actions.register_action(
        "events.walk_in", _("Add a person at the door"), _("Person added at the door")
    )
    actions.register_action("events.checkin", _("Check in"), _("Checked in at the door"))
    actions.register_action(
        "events.message", _("Write to the registrants"), _("Message sent to the registrants")
    )
    actions.register_action(
        "events.offers_expired",
        _("Pass on offered places"),
        _("Offered places not confirmed in time passed on"),
    )


@hooks.register("extranet_dashboard_panels")
def upcoming_events_panel(*, request, locale):
    return [
        {
            "order": 15,
            "template": "events/panels/upcoming.html",
            "events": list(events_upcoming_for_dashboard(viewer=request.user, locale=locale)),
            "calendar": calendar_for_locale(locale),
        }
    ]


@hooks.register("extranet_dashboard_panels")
def participation_panels(*, request, locale):
    """One panel per organisation the user is a contact person of, with its participation
    figures. Ordinary members and a network manager without a contact membership get none."""
    if not request.user.is_authenticated:
        return []
    memberships = (
        Membership.objects.filter(user=request.user, role=Role.CONTACT)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    return [
        {
            "order": 12,
            "template": "events/panels/participation.html",
            "organisation": membership.organisation,
            "participation": organisation_participation(membership.organisation, locale=locale),
        }
        for membership in memberships
    ]


@hooks.register("extranet_navigation")
def my_events_navigation(*, request):
    return [{"title": gettext("My events"), "url": reverse("events:my_events"), "key": "events"}]


@hooks.register("personal_data")
def registrations_personal_data(*, user):
    registrations = Registration.objects.filter(user=user).select_related("event")
    return {
        "event_registrations": [
            {
                # The answers as the questions and answers read, not as stored keys.
                "answers": dict(
                    AnswerReader(event_questions(registration.event)).pairs(registration)
                ),
                "event": registration.event.title,
                "start": registration.event.start.isoformat(),
                "name": registration.name,
                "email": registration.email,
                "status": registration.status,
                "attended": registration.attended,
                "registered_at": registration.created_at.isoformat(),
            }
            for registration in registrations
        ]
    }


@hooks.register("seed_demo", order=30)
def seed_demo(*, log) -> None:
    seed_events(log=log)


@hooks.register("register_data_inventory")
def data_inventory():
    """This app's part of the inventory behind the privacy notice (`home.privacy`)."""
    return INVENTORY
