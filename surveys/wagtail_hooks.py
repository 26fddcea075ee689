from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page

from members.access import is_network_manager, is_network_member

from . import admin_views, selectors, views
from .data_inventory import INVENTORY
from .models import Access, AccessCode, Participation, QuestionnairePage, Response
from .seed import seed_questionnaires
from .selectors import questionnaires_for_module, questionnaires_open_for_member


@hooks.register("register_page_views")
def page_views() -> dict:
    """What the surveys app's page models and panels call at request time (see `home.routing`)."""
    return {
        "surveys.orphaned_answer_problems": selectors.orphaned_answer_problems,
        "surveys.questionnaire_intro": views.questionnaire_intro,
        "surveys.questionnaire_preview": views.questionnaire_preview,
        "surveys.questionnaire_resume": views.questionnaire_resume,
        "surveys.questionnaire_saved": views.questionnaire_saved,
        "surveys.questionnaire_step": views.questionnaire_step,
        "surveys.questionnaire_thanks": views.questionnaire_thanks,
        "surveys.response_count": selectors.response_count,
    }


@hooks.register("register_admin_urls")
def register_admin_urls():
    questionnaire_urls = [
        path("<int:pk>/codes/", admin_views.codes, name="codes"),
        path("<int:pk>/codes/<int:batch_pk>.pdf", admin_views.codes_pdf, name="codes_pdf"),
        path("<int:pk>/kopieren/", admin_views.copies, name="copies"),
        path("<int:pk>/export.json", admin_views.export, name="export"),
        path("import/", admin_views.import_file, name="import"),
    ]
    return [
        path(
            "befragungen/",
            include((questionnaire_urls, "surveys_admin"), namespace="surveys_admin"),
        ),
    ]


@hooks.register("register_page_listing_buttons")
def questionnaire_buttons(page, user, next_url=None, **kwargs):
    if not isinstance(page.specific_deferred, QuestionnairePage):
        return
    original = page.specific_deferred.original
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
    seed_questionnaires(log=log)


@hooks.register("register_data_inventory")
def data_inventory():
    """This app's part of the inventory behind the privacy notice (`home.privacy`)."""
    return INVENTORY


@hooks.register("backup_unordered_tables")
def unordered_in_backups():
    # Written as people answer: who answered a members-only questionnaire, which codes are used.
    return [Participation, AccessCode]
