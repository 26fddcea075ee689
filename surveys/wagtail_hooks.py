from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Goal


class GoalViewSet(SnippetViewSet):
    model = Goal
    icon = "success"
    menu_label = _("Project goals")
    list_display = ["__str__", "phase", "statement"]
    list_filter = ["kind", "phase"]


register_snippet(GoalViewSet)


@hooks.register("seed_demo", order=40)
def seed_demo(*, log) -> None:
    from .seed import seed_surveys

    seed_surveys(log=log)
