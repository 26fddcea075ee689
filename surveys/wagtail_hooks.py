from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from members.access import can_view_reports, is_network_manager, is_network_member

from . import admin_views, report_views, selectors, views
from .models import Access, Goal, QuestionnairePage, Response
from .seed import seed_surveys
from .selectors import questionnaires_for_module, questionnaires_open_for_member


class GoalViewSet(SnippetViewSet):
    model = Goal
    icon = "success"
    menu_label = _("Project goals")
    list_display = ["__str__", "phase", "statement", "target_description", "metric", "target"]
    list_filter = ["kind", "phase"]


register_snippet(GoalViewSet)


@hooks.register("register_page_views")
def page_views() -> dict:
    """What the surveys app's page models and panels call at request time (see `home.routing`)."""
    return {
        "surveys.orphaned_answer_problems": selectors.orphaned_answer_problems,
        "surveys.questionnaire_intro": views.questionnaire_intro,
        "surveys.questionnaire_preview": views.questionnaire_preview,
        "surveys.questionnaire_step": views.questionnaire_step,
        "surveys.questionnaire_thanks": views.questionnaire_thanks,
        "surveys.response_count": selectors.response_count,
    }


@hooks.register("register_admin_urls")
def register_admin_urls():
    questionnaire_urls = [
        path("<int:pk>/ergebnisse/", report_views.questionnaire_report, name="results"),
        path("<int:pk>/ergebnisse.csv", report_views.results_csv, name="results_csv"),
        path("<int:pk>/ergebnisse.xlsx", report_views.results_xlsx, name="results_xlsx"),
        path(
            "<int:pk>/antworten/<int:answer_pk>/zitat/",
            report_views.answer_quote,
            name="answer_quote",
        ),
        path("<int:pk>/codes/", admin_views.codes, name="codes"),
        path("<int:pk>/codes/<int:batch_pk>.pdf", admin_views.codes_pdf, name="codes_pdf"),
    ]
    report_urls = [
        path("", report_views.dashboard, name="dashboard"),
        path("nachweis/<str:metric>/", report_views.evidence, name="evidence"),
        path("organisationen-und-module/", report_views.matrix, name="matrix"),
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
            include((questionnaire_urls, "surveys_admin"), namespace="surveys_admin"),
        ),
        path("berichte/", include((report_urls, "surveys_reports"), namespace="surveys_reports")),
    ]


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_reports(request.user)


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return ReportsMenuItem(
        _("Evaluation"), reverse("surveys_reports:dashboard"), icon_name="success", order=250
    )


@hooks.register("register_page_listing_buttons")
def questionnaire_buttons(page, user, next_url=None, **kwargs):
    if not isinstance(page.specific_deferred, QuestionnairePage):
        return
    original = page.specific_deferred.original
    if can_view_reports(user):
        yield ListingButton(
            gettext("Report"), reverse("surveys_admin:results", args=[original.pk]), priority=60
        )
    if is_network_manager(user):
        yield ListingButton(
            gettext("Codes"), reverse("surveys_admin:codes", args=[original.pk]), priority=61
        )


def _holds_responses(pages) -> bool:
    """Whether any of `pages`, or a page below one, is a questionnaire with responses."""
    paths = [page.path for page in pages]
    if not paths:
        return False
    below = Page.objects.none()
    for path_prefix in paths:
        below = below | Page.objects.filter(path__startswith=path_prefix)
    return Response.objects.filter(questionnaire__in=below.values("pk")).exists()


def _refuse_deletion(request):
    messages.error(
        request,
        gettext(
            "This questionnaire has responses and cannot be deleted. Set an end date to "
            "close it instead."
        ),
    )


@hooks.register("before_delete_page")
def keep_questionnaires_with_responses(request, page):
    """Responses are evidence for the funder: a questionnaire that has some (or a page above
    it) is closed by its end date, never deleted."""
    if _holds_responses([page]):
        _refuse_deletion(request)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def keep_questionnaires_with_responses_in_bulk(
    request, action_type, objects, action_class_instance
):

    pages = [obj for obj in objects if isinstance(obj, Page)]
    if action_type == "delete" and _holds_responses(pages):
        _refuse_deletion(request)
        return redirect(request.GET.get("next") or "wagtailadmin_explore_root")
    return None


@hooks.register("qualification_module_links")
def module_questionnaire_links(*, request, module):
    # Code questionnaires are reached by their codes; members' ones only by members.
    shown = {Access.OPEN_LINK} | ({Access.MEMBERS} if is_network_member(request.user) else set())
    return [
        {"title": gettext("Questionnaire: %(title)s") % {"title": q.title}, "url": q.url}
        for q in questionnaires_for_module(module, locale=module.locale)
        if q.is_open() and q.original.access in shown
    ]


@hooks.register("extranet_dashboard_panels")
def open_questionnaires_panel(*, request, locale):
    questionnaires = questionnaires_open_for_member(request.user, locale)
    if not questionnaires:
        return []
    return [
        {
            "order": 25,
            "template": "surveys/panels/open_questionnaires.html",
            "questionnaires": questionnaires,
        }
    ]


@hooks.register("personal_data")
def responses_personal_data(*, user):
    """Named responses only: anonymous ones cannot be found, by design."""
    responses = Response.objects.filter(user=user).select_related("questionnaire")
    return {
        "questionnaire_responses": [
            {
                "questionnaire": response.questionnaire.title,
                "submitted_on": response.submitted_on.isoformat(),
                "language": response.language,
                "answers": [
                    {
                        "question": answer.question.text,
                        "item": answer.question.label_of("items", answer.item),
                        "choice": answer.question.label_of("choices", answer.choice),
                        "number": answer.number,
                        "text": answer.text,
                    }
                    for answer in response.answers.select_related("question")
                ],
            }
            for response in responses
        ]
    }


@hooks.register("seed_demo", order=40)
def seed_demo(*, log) -> None:
    seed_surveys(log=log)
