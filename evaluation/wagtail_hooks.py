from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from members.access import can_view_reports
from surveys.models import QuestionnairePage

from . import downloads, report_views, selectors
from .data_inventory import INVENTORY
from .forms import GoalForm
from .models import Goal
from .seed import seed_goals


class GoalViewSet(SnippetViewSet):
    model = Goal
    edit_handler = ObjectList(Goal.panels, base_form_class=GoalForm)
    url_prefix = "snippets/surveys/goal"  # the address from when goals lived in `surveys`
    icon = "success"
    menu_label = _("Project goals")
    list_display = ["__str__", "phase", "statement", "target_description", "metric", "target"]
    list_filter = ["kind", "phase"]


register_snippet(GoalViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    # A questionnaire's report sits beside its other admin pages (surveys' codes), under the
    # same path; Django tries each "befragungen/" include in turn.
    questionnaire_urls = [
        path("<int:pk>/ergebnisse/", report_views.questionnaire_report, name="results"),
        path("<int:pk>/ergebnisse.csv", report_views.results_csv, name="results_csv"),
        path("<int:pk>/ergebnisse.xlsx", report_views.results_xlsx, name="results_xlsx"),
        path(
            "<int:pk>/antworten/<int:answer_pk>/zitat/",
            report_views.answer_quote,
            name="answer_quote",
        ),
    ]
    report_urls = [
        path("", report_views.dashboard, name="dashboard"),
        path("nachweis/<str:metric>/", report_views.evidence, name="evidence"),
        path("organisationen-und-module/", report_views.matrix, name="matrix"),
        path(
            "organisationen-und-module.csv",
            report_views.matrix_export,
            {"extension": "csv"},
            name="matrix_csv",
        ),
        path(
            "organisationen-und-module.xlsx",
            report_views.matrix_export,
            {"extension": "xlsx"},
            name="matrix_xlsx",
        ),
        path("phase-<int:number>/", report_views.phase_report, name="phase_report"),
        path("phase-<int:number>.pdf", report_views.phase_report_pdf, name="phase_report_pdf"),
        path(
            "phase-<int:number>/versenden/",
            report_views.phase_report_send,
            name="phase_report_send",
        ),
        path("abschlussbericht/", report_views.phase_report, name="final_report"),
        path("abschlussbericht.pdf", report_views.phase_report_pdf, name="final_report_pdf"),
        path(
            "abschlussbericht/versenden/", report_views.phase_report_send, name="final_report_send"
        ),
    ]
    return [
        path(
            "befragungen/",
            include((questionnaire_urls, "evaluation_results"), namespace="evaluation_results"),
        ),
        path("berichte/", include((report_urls, "evaluation"), namespace="evaluation")),
    ]


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_reports(request.user)


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return ReportsMenuItem(
        _("Evaluation"), reverse("evaluation:dashboard"), icon_name="success", order=250
    )


@hooks.register("register_page_listing_buttons")
def questionnaire_report_button(page, user, next_url=None, **kwargs):
    if not isinstance(page.specific_deferred, QuestionnairePage) or not can_view_reports(user):
        return
    original = page.specific_deferred.original
    yield ListingButton(
        gettext("Report"), reverse("evaluation_results:results", args=[original.pk]), priority=60
    )


@hooks.register("questionnaire_admin_urls")
def questionnaire_results_url(*, questionnaire):
    """The questionnaire's report, linked from its admin pages in `surveys`."""
    return {"results_url": reverse("evaluation_results:results", args=[questionnaire.pk])}


@hooks.register("seed_demo", order=35)
def seed_demo(*, log) -> None:
    seed_goals(log=log)


@hooks.register("survey_disclosed_periods")
def sent_report_periods(*, questionnaire):
    """The periods of `questionnaire` whose figures sent reports hold: their bounds stay cuts
    of the small-group rule (`surveys.disclosure`)."""
    return selectors.disclosed_periods(questionnaire)


@hooks.register("register_data_inventory")
def data_inventory():
    """This app's part of the inventory behind the privacy notice (`home.privacy`)."""
    return INVENTORY


@hooks.register("register_prepared_downloads")
def prepared_downloads():
    """The long downloads the worker draws (`home.prepared_downloads`)."""
    return downloads.kinds()
