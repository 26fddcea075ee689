"""The questionnaire's admin page shows how many responses it has and where its tools are."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import Panel

from home.routing import page_view
from members.access import is_network_manager


def questionnaire_admin_urls(questionnaire) -> dict[str, str]:
    """Links to a questionnaire's pages in apps above this one (e.g. its report as
    `results_url`), which they add through the `questionnaire_admin_urls` hook."""
    urls = {}
    for provide in hooks.get_hooks("questionnaire_admin_urls"):
        urls.update(provide(questionnaire=questionnaire))
    return urls


class ResponsesPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Responses"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "surveys/admin/responses_panel.html"

        def is_shown(self):
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            original = self.instance.original
            context["count"] = page_view("surveys.response_count")(original)
            context["is_translation"] = original.pk != self.instance.pk
            context["may_manage"] = is_network_manager(self.request.user)
            context.update(questionnaire_admin_urls(original))
            context["codes_url"] = reverse("surveys_admin:codes", args=[original.pk])
            context["copies_url"] = reverse("surveys_admin:copies", args=[original.pk])
            context["live_url"] = self.instance.url if self.instance.live else ""
            return context
