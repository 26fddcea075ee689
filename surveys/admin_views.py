"""The network manager's tools for one questionnaire, in the Wagtail admin: code batches with
their QR sheets, and personal links mailed to an event's participants. The report and its
exports belong to the reports, which link here."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from events.models import EventPage
from home.mail import mails_failed
from members.access import is_network_manager

from . import qr_sheet, selectors, services
from .exchange import ExchangeError, questionnaire_data, read_questionnaire_file
from .forms import CodeBatchForm, DuplicateForm, ImportForm, PersonalLinksForm
from .models import Access, CodeBatch, QuestionnairePage
from .panels import questionnaire_admin_urls


def _questionnaire(request, pk) -> QuestionnairePage:
    if not is_network_manager(request.user):
        raise PermissionDenied
    return get_object_or_404(QuestionnairePage, pk=pk).original


def _events_for(questionnaire: QuestionnairePage):
    events = EventPage.objects.filter(locale=Locale.get_default()).order_by("-start")
    if questionnaire.event_id:
        return events.filter(pk=questionnaire.event_id)
    if questionnaire.module_id:
        return events.filter(module_id=questionnaire.module_id)
    return events


def _context(questionnaire: QuestionnairePage, title: str, **extra) -> dict:
    return {
        "questionnaire": questionnaire,
        "page_title": title,
        "page_subtitle": questionnaire.title,
        "header_title": f"{title}: {questionnaire.title}",
        "header_icon": "form",
        "edit_url": reverse("wagtailadmin_pages:edit", args=[questionnaire.pk]),
        **questionnaire_admin_urls(questionnaire),
        "codes_url": reverse("surveys_admin:codes", args=[questionnaire.pk]),
        **extra,
    }


def codes(request, pk):
    questionnaire = _questionnaire(request, pk)
    events = _events_for(questionnaire)
    batch_form = CodeBatchForm(events=events)
    links_form = PersonalLinksForm(events=events)
    status = 200
    if request.method == "POST":
        if questionnaire.access != Access.CODES:
            messages.error(request, _("Codes are only for questionnaires answered with codes."))
            return redirect("surveys_admin:codes", pk=questionnaire.pk)
        if request.POST.get("action") == "links":
            links_form = PersonalLinksForm(request.POST, events=events)
            if links_form.is_valid():
                sent = services.personal_links_send(
                    questionnaire=questionnaire,
                    event=links_form.cleaned_data["event"],
                    attended_only=links_form.cleaned_data["audience"] == links_form.ATTENDED,
                    by=request.user,
                    expires_at=links_form.cleaned_data["expires_at"],
                )
                if failed := mails_failed(request):
                    messages.error(
                        request,
                        _("%(failed)s of %(count)s personal links could not be sent.")
                        % {"failed": failed, "count": sent.invited + sent.reminded},
                    )
                elif sent.invited or sent.reminded:
                    messages.success(
                        request,
                        _(
                            "Personal links sent: %(invited)s newly invited, %(reminded)s "
                            "reminded with the link they already had."
                        )
                        % {"invited": sent.invited, "reminded": sent.reminded},
                    )
                if sent.answered:
                    messages.info(
                        request,
                        _("%(count)s have already answered and were not written to again.")
                        % {"count": sent.answered},
                    )
                if not (sent.invited or sent.reminded or sent.answered):
                    messages.warning(
                        request, _("Nobody to send to: no one with an e-mail address.")
                    )
                return redirect("surveys_admin:codes", pk=questionnaire.pk)
        else:
            batch_form = CodeBatchForm(request.POST, events=events)
            if batch_form.is_valid():
                data = batch_form.cleaned_data
                services.codes_generate(
                    questionnaire=questionnaire,
                    count=data["count"],
                    by=request.user,
                    event=data["event"],
                    label=data["label"],
                    expires_at=data["expires_at"],
                )
                messages.success(
                    request, _("%(count)s codes have been made.") % {"count": data["count"]}
                )
                return redirect("surveys_admin:codes", pk=questionnaire.pk)
        status = 400
    return TemplateResponse(
        request,
        "surveys/admin/codes.html",
        _context(
            questionnaire,
            _("Codes"),
            batches=selectors.code_batches(questionnaire),
            personal_links=selectors.personal_links_overview(questionnaire),
            batch_form=batch_form,
            links_form=links_form,
            uses_codes=questionnaire.access == Access.CODES,
        ),
        status=status,
    )


def codes_pdf(request, pk, batch_pk):
    questionnaire = _questionnaire(request, pk)
    # Codes sent by e-mail are personal: they are never printed.
    batch = get_object_or_404(CodeBatch, pk=batch_pk, questionnaire=questionnaire, mailed=0)
    response = HttpResponse(qr_sheet.qr_sheet_pdf(batch), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{qr_sheet.qr_sheet_filename(batch)}"'
    return response


def copies(request, pk):
    """Duplicate the questionnaire (for another session) or take it along as a file."""
    questionnaire = _questionnaire(request, pk)
    posted = request.method == "POST"
    form = DuplicateForm(request.POST if posted else None, events=_events_for_copy(questionnaire))
    status = 200
    if request.method == "POST":
        if form.is_valid():
            copy = services.questionnaire_duplicate(
                questionnaire=questionnaire, by=request.user, event=form.cleaned_data["event"]
            )
            messages.success(
                request,
                _("“%(title)s” is a draft copy with all its languages. Check and publish it.")
                % {"title": copy.title},
            )
            return redirect("wagtailadmin_pages:edit", copy.pk)
        status = 400
    return TemplateResponse(
        request,
        "surveys/admin/copies.html",
        _context(
            questionnaire,
            _("Copy and export"),
            form=form,
            export_url=reverse("surveys_admin:export", args=[questionnaire.pk]),
            import_url=reverse("surveys_admin:import"),
        ),
        status=status,
    )


def _events_for_copy(questionnaire: QuestionnairePage):
    """The sessions of its module (the next one is why it is copied), else every event."""
    events = EventPage.objects.filter(locale=Locale.get_default()).order_by("-start")
    if questionnaire.module_id:
        return events.filter(module_id=questionnaire.module_id)
    return events


def export(request, pk):
    questionnaire = _questionnaire(request, pk)
    response = JsonResponse(
        questionnaire_data(questionnaire), json_dumps_params={"ensure_ascii": False, "indent": 1}
    )
    response["Content-Disposition"] = f'attachment; filename="{questionnaire.slug}.json"'
    return response


def import_file(request):
    if not is_network_manager(request.user):
        raise PermissionDenied
    posted = request.method == "POST"
    form = ImportForm(request.POST if posted else None, request.FILES if posted else None)
    details: list[str] = []
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                data = read_questionnaire_file(form.cleaned_data["file"].read(MAX_UPLOAD + 1))
                page = services.questionnaire_import(data=data, by=request.user)
            except (ExchangeError, services.SurveyError) as error:
                form.add_error("file", error.message)
                details = getattr(error, "details", [])
            else:
                messages.success(
                    request,
                    _("“%(title)s” is imported as a draft with all its languages.")
                    % {"title": page.title},
                )
                return redirect("wagtailadmin_pages:edit", page.pk)
    title = _("Import a questionnaire")
    return TemplateResponse(
        request,
        "surveys/admin/import.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "form",
            "form": form,
            "details": details,
        },
        status=status,
    )


MAX_UPLOAD = 1_000_000
