from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Organisation, ProjectPhase


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    add_to_admin_menu = True
    menu_order = 200
    list_display = ["name", "kind", "is_listed", "updated_at"]
    list_filter = ["kind", "is_listed"]
    search_fields = ["name"]


class ProjectPhaseViewSet(SnippetViewSet):
    model = ProjectPhase
    icon = "date"
    menu_label = _("Project phases")
    list_display = ["number", "title", "start_date", "end_date"]


register_snippet(OrganisationViewSet)
register_snippet(ProjectPhaseViewSet)


@hooks.register("seed_demo", order=20)
def seed_demo(*, log) -> None:
    from .seed import seed_members

    seed_members(log=log)
