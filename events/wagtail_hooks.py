from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import QualificationModule


class QualificationModuleViewSet(SnippetViewSet):
    model = QualificationModule
    icon = "doc-full"
    menu_label = _("Qualification modules")
    list_display = ["number", "title", "phase"]


register_snippet(QualificationModuleViewSet)


@hooks.register("seed_demo", order=30)
def seed_demo(*, log) -> None:
    from .seed import seed_events

    seed_events(log=log)
