from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import selectors, views
from .access import is_network_manager
from .data_inventory import INVENTORY
from .models import (
    Cooperation,
    District,
    FieldOfCooperation,
    JointInitiative,
    LocalInstitution,
    Organisation,
    ProjectPhase,
    SpokenLanguage,
)
from .search import OrganisationSearchSource
from .seed import MEMBER_PASSWORD, demo_member_usernames, seed_members


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "district", "is_listed", "confirmed_at"]
    list_filter = ["kind", "is_listed", "district"]
    search_fields = ["name"]


class JointInitiativeViewSet(SnippetViewSet):
    model = JointInitiative
    icon = "link"
    menu_label = _("Joint initiatives")
    list_display = ["title", "status", "start_date", "end_date"]
    list_filter = ["status"]


class LocalInstitutionViewSet(SnippetViewSet):
    model = LocalInstitution
    icon = "home"
    menu_label = _("Local institutions")
    list_display = ["name", "kind", "district"]
    list_filter = ["kind"]


class CooperationViewSet(SnippetViewSet):
    model = Cooperation
    icon = "link-external"
    menu_label = _("Cooperations")
    list_display = ["institution", "status", "start_date"]
    list_filter = ["status"]


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (
        OrganisationViewSet,
        JointInitiativeViewSet,
        LocalInstitutionViewSet,
        CooperationViewSet,
    )
    menu_icon = "group"
    menu_label = _("Network")
    menu_order = 200


class ProjectPhaseViewSet(SnippetViewSet):
    model = ProjectPhase
    icon = "date"
    menu_label = _("Project phases")
    list_display = ["number", "title", "start_date", "end_date"]


class FieldOfCooperationViewSet(SnippetViewSet):
    model = FieldOfCooperation
    icon = "tag"
    menu_label = _("Fields of cooperation")
    list_display = ["name", "slug", "locale"]


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"
    menu_label = _("Districts")


class SpokenLanguageViewSet(SnippetViewSet):
    model = SpokenLanguage
    icon = "openquote"
    menu_label = _("Spoken languages")
    list_display = ["name", "code"]


register_snippet(NetworkViewSetGroup)
register_snippet(ProjectPhaseViewSet)
register_snippet(FieldOfCooperationViewSet)
register_snippet(DistrictViewSet)
register_snippet(SpokenLanguageViewSet)


@hooks.register("register_page_views")
def page_views() -> dict:
    """What the members app's page models call at request time (see `home.routing`)."""
    return {
        "members.dashboard_panels": selectors.dashboard_panels,
        "members.directory": views.directory,
        "members.directory_profile": views.directory_profile,
        "members.organisations_listed": selectors.organisations_listed,
    }


@hooks.register("register_search_sources")
def search_sources() -> list:
    """Listed organisations' public profiles are found by the site's search."""
    return [OrganisationSearchSource()]


@hooks.register("register_admin_menu_item")
def extranet_overview_menu_item():
    class NetworkManagerMenuItem(MenuItem):
        def is_shown(self, request):
            return is_network_manager(request.user)

    return NetworkManagerMenuItem(
        _("Profile changes (extranet)"),
        reverse("members:network_overview"),
        icon_name="history",
        order=210,
    )


@hooks.register("seed_demo", order=20)
def seed_demo(*, log) -> None:
    seed_members(log=log)


@hooks.register("demo_logins")
def member_logins() -> list[str]:
    return [
        f"Extranet ({role}, {organisation}): /de/konto/anmelden/  {username} / {MEMBER_PASSWORD}"
        for username, role, organisation in demo_member_usernames()
    ]


@hooks.register("register_data_inventory")
def data_inventory():
    """This app's part of the inventory behind the privacy notice (`home.privacy`)."""
    return INVENTORY
