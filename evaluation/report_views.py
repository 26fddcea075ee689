"""The reports in the Wagtail admin: a questionnaire's report with filters and exports, the goals
and indicators dashboard with the evidence behind each figure, the organisations × modules matrix,
and the phase and final reports (HTML, PDF, sent and frozen).

The network manager and the read-only evaluators read them; only the network manager changes
anything (quotes, sending a report).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from home import prepared_downloads
from home import services as home_services
from home.prepared_views import prepared_download_redirect
from members.access import can_view_reports, is_network_manager
from members.models import ProjectPhase
from surveys import disclosure
from surveys import exports as survey_exports
from surveys import selectors as survey_selectors
from surveys.filters import ReportFilters
from surveys.models import Answer, QuestionnairePage

from . import (
    downloads,
    exports,
    matrix_exports,
    metrics,
    phase_reports,
    reports,
    results,
    selectors,
    services,
)
from .filters import MatrixFilterForm, PeriodForm, ReportFilterForm
from .models import Metric, SentReport


def _reader(request):
    if not can_view_reports(request.user):
        raise PermissionDenied


def _manager(request):
    if not is_network_manager(request.user):
        raise PermissionDenied


def _questionnaire(request, pk) -> QuestionnairePage:
    _reader(request)
    return get_object_or_404(QuestionnairePage, pk=pk).original


def _labels_language(request) -> str:
    return downloads.labels_language(request.GET)


def _filters(request, questionnaire) -> tuple[ReportFilterForm, ReportFilters | None]:
    return downloads.report_filters(request.GET, questionnaire)


# A questionnaire's report -----------------------------------------------------------------------


def questionnaire_report(request, pk):
    questionnaire = _questionnaire(request, pk)
    form, filters = _filters(request, questionnaire)
    language = _labels_language(request)
    context = {
        "questionnaire": questionnaire,
        "page_title": _("Report"),
        "page_subtitle": questionnaire.title,
        "header_title": f"{_('Report')}: {questionnaire.title}",
        "header_icon": "form",
        "form": form,
        "labels_language": language,
        "languages": Locale.objects.order_by("pk").values_list("language_code", flat=True),
        "is_manager": is_network_manager(request.user),
        "edit_url": reverse("wagtailadmin_pages:edit", args=[questionnaire.pk]),
        "codes_url": reverse("surveys_admin:codes", args=[questionnaire.pk]),
        "dashboard_url": reverse("evaluation:dashboard"),
        "min_group_size": disclosure.min_group_size(),
    }
    if filters is None:
        return TemplateResponse(
            request, "evaluation/admin/report.html", {**context, "invalid": True}, status=400
        )
    report = reports.with_charts(
        results.questionnaire_results(questionnaire, filters, language=language)
    )
    query = urlencode({**filters.query(), "labels": language})
    modules, phases = (
        results.comparisons(questionnaire, filters, language=language)
        if not report.too_few and report.total
        else (None, None)
    )
    context.update(
        report=report,
        timeline=reports.timeline_chart(report) if not report.too_few else None,
        modules=modules,
        phases=phases,
        csv_url=reverse("evaluation_results:results_csv", args=[questionnaire.pk]) + f"?{query}",
        xlsx_url=reverse("evaluation_results:results_xlsx", args=[questionnaire.pk]) + f"?{query}",
        # Without figures, the questions themselves are listed.
        question_texts=(
            [spec.text for spec in survey_selectors.specs_in_language(questionnaire, language)]
            if report.too_few
            else []
        ),
        return_to=request.get_full_path(),
    )
    return TemplateResponse(request, "evaluation/admin/report.html", context)


def _export(request, pk, kind, render):
    """The export of what the report shows: drawn by the worker where tasks are queued (the
    person waits on its status page), else at once in the request."""
    questionnaire = _questionnaire(request, pk)
    form, filters = _filters(request, questionnaire)
    if filters is None:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect(reverse("evaluation_results:results", args=[questionnaire.pk]))
    if not results.responses_filtered(questionnaire, filters).exists():
        messages.warning(request, _("There are no responses to export for these filters."))
        query = request.GET.urlencode()
        return redirect(
            reverse("evaluation_results:results", args=[questionnaire.pk])
            + (f"?{query}" if query else "")
        )
    if prepared_downloads.queued():
        download = home_services.prepared_download_request(
            kind=kind,
            params=downloads.results_params(questionnaire, request.GET),
            user=request.user,
        )
        return prepared_download_redirect(download)
    return render(questionnaire, filters=filters, language=_labels_language(request))


def results_csv(request, pk):
    return _export(request, pk, downloads.RESULTS_CSV, survey_exports.responses_csv)


def results_xlsx(request, pk):
    return _export(request, pk, downloads.RESULTS_XLSX, exports.responses_xlsx)


@require_POST
def answer_quote(request, pk, answer_pk):
    _manager(request)
    questionnaire = get_object_or_404(QuestionnairePage, pk=pk).original
    answer = get_object_or_404(Answer, pk=answer_pk, question__questionnaire=questionnaire)
    quoted = request.POST.get("quoted") == "1"
    services.answer_quote(answer=answer, quoted=quoted)
    messages.success(
        request,
        _("The answer will be quoted in the phase report.")
        if quoted
        else _("The answer is no longer quoted in the phase report."),
    )
    back = request.POST.get("next", "")
    if not back.startswith(reverse("evaluation_results:results", args=[questionnaire.pk])):
        back = reverse("evaluation_results:results", args=[questionnaire.pk])
    return redirect(back)


# Dashboard, evidence and the matrix ---------------------------------------------------------------


def dashboard(request):
    _reader(request)
    phases = list(ProjectPhase.objects.prefetch_related("translations").order_by("number"))
    sent = {report.phase_id: report for report in SentReport.objects.all()}
    return TemplateResponse(
        request,
        "evaluation/reports/dashboard.html",
        {
            "page_title": _("Goals and indicators"),
            "header_title": _("Goals and indicators"),
            "header_icon": "success",
            "impact_goals": metrics.impact_goals(),
            "goals_by_phase": metrics.goals_by_phase(),
            "key_figures": metrics.key_figures_table(),
            "phases": [{"phase": phase, "sent": sent.get(phase.pk)} for phase in phases],
            "final_sent": sent.get(None),
            "questionnaires": selectors.questionnaires_with_responses(),
            "matrix_url": reverse("evaluation:matrix"),
        },
    )


def evidence(request, metric):
    _reader(request)
    if metric not in Metric.values:
        raise Http404
    form = PeriodForm(request.GET)
    if not form.is_valid():
        return TemplateResponse(
            request,
            "evaluation/reports/evidence.html",
            {
                "page_title": Metric(metric).label,
                "header_title": Metric(metric).label,
                "header_icon": "list-ul",
                "form": form,
            },
            status=400,
        )
    period = metrics.Period(form.cleaned_data["start"], form.cleaned_data["end"])
    found = metrics.evidence(metric, period, with_manager_links=is_network_manager(request.user))
    return TemplateResponse(
        request,
        "evaluation/reports/evidence.html",
        {
            "page_title": found.title,
            "header_title": found.title,
            "header_icon": "list-ul",
            "evidence": found,
            "period": period,
            "value": metrics.measure(metric, period),
            "dashboard_url": reverse("evaluation:dashboard"),
        },
    )


def _matrix_filtered(request):
    """The matrix form read from the query string, and the phase it names (or None)."""
    form = MatrixFilterForm(request.GET if request.GET.get("phase") else None)
    if form.is_bound and not form.is_valid():
        return form, None, False
    phase = form.cleaned_data["phase"] if form.is_bound else None
    return form, phase, True


def matrix(request):
    _reader(request)
    form, phase, valid = _matrix_filtered(request)
    query = f"?{urlencode({'phase': phase.number})}" if phase else ""
    return TemplateResponse(
        request,
        "evaluation/reports/matrix.html",
        {
            "page_title": _("Organisations and modules"),
            "header_title": _("Organisations and qualification modules"),
            "header_icon": "table",
            "form": form,
            "phase": phase,
            "matrix": metrics.organisation_module_matrix(
                metrics.phase_period(phase) if phase else None
            )
            if valid
            else None,
            "csv_url": reverse("evaluation:matrix_csv") + query,
            "xlsx_url": reverse("evaluation:matrix_xlsx") + query,
            "dashboard_url": reverse("evaluation:dashboard"),
        },
        status=200 if valid else 400,
    )


def matrix_export(request, extension):
    _reader(request)
    form, phase, valid = _matrix_filtered(request)
    if not valid:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect("evaluation:matrix")
    data = metrics.organisation_module_matrix(metrics.phase_period(phase) if phase else None)
    render = matrix_exports.matrix_xlsx if extension == "xlsx" else matrix_exports.matrix_csv
    return render(data, phase)


# Phase and final reports --------------------------------------------------------------------------


def _phase(number) -> ProjectPhase | None:
    if number is None:
        return None
    return get_object_or_404(ProjectPhase, number=number)


def phase_report(request, number=None):
    _reader(request)
    phase = _phase(number)
    sent = phase_reports.sent_report(phase)
    data = sent.figures if sent else phase_reports.report_data(phase)
    return TemplateResponse(
        request,
        "evaluation/reports/report.html",
        {
            "page_title": data["title"],
            "header_title": data["title"],
            "header_icon": "doc-full",
            "report": data,
            "sent": sent,
            "is_manager": is_network_manager(request.user),
            "pdf_url": _report_url("pdf", number),
            "send_url": _report_url("send", number),
            "dashboard_url": reverse("evaluation:dashboard"),
        },
    )


def phase_report_pdf(request, number=None):
    """A sent report's stored PDF goes out at once; a live one is drawn by the worker where
    tasks are queued (the person waits on its status page), else in the request."""
    _reader(request)
    phase = _phase(number)
    if prepared_downloads.queued() and phase_reports.sent_report(phase) is None:
        download = home_services.prepared_download_request(
            kind=downloads.REPORT_PDF, params=downloads.report_params(phase), user=request.user
        )
        return prepared_download_redirect(download)
    return downloads.report_pdf_response(phase)


@require_POST
def phase_report_send(request, number=None):
    _manager(request)
    phase = _phase(number)
    try:
        services.report_send(phase=phase, by=request.user)
    except services.ReportAlreadySent:
        messages.error(request, _("This report has already been sent; it stays as it was sent."))
    else:
        messages.success(
            request,
            _(
                "The report is marked as sent. Its figures and its PDF are kept as they are now; "
                "later changes to the data do not alter them."
            ),
        )
    return redirect(_report_url("html", number))


def _report_url(kind: str, number) -> str:
    names = {"html": "report", "pdf": "report_pdf", "send": "report_send"}
    if number is None:
        return reverse(f"evaluation:final_{names[kind]}")
    return reverse(f"evaluation:phase_{names[kind]}", args=[number])
