"""The reports' long downloads that the worker prepares (`home.prepared_downloads`): a
questionnaire's responses as CSV and XLSX, and the PDF of a phase or the final report while it
has not been sent (a sent one is stored and goes out at once).

Each is drawn from what the direct route gets from its request, here kept as parameters: the
questionnaire and the query string of its report (filters and labels language), or the phase.
The drawing is the direct route's own (`surveys.exports`, `exports`, `phase_reports`), so the
file holds the same rows and the same verdict of the small-group rule."""

from django.http import HttpResponse, QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.prepared_downloads import PreparedDownloadError, PreparedKind
from members.access import can_view_reports
from members.models import ProjectPhase
from surveys import exports as survey_exports
from surveys.filters import ReportFilters
from surveys.models import QuestionnairePage

from . import exports, phase_reports
from .filters import ReportFilterForm

RESULTS_CSV = "evaluation.results_csv"
RESULTS_XLSX = "evaluation.results_xlsx"
REPORT_PDF = "evaluation.report_pdf"


def labels_language(query: QueryDict) -> str:
    """The language of the answers' labels the query asks for, else the default language."""
    codes = set(Locale.objects.values_list("language_code", flat=True))
    language = query.get("labels", "")
    return language if language in codes else Locale.get_default().language_code


def report_filters(
    query: QueryDict, questionnaire
) -> tuple[ReportFilterForm, ReportFilters | None]:
    """The report's filters read from its query string; None when they are not valid."""
    form = ReportFilterForm(query or None, questionnaire=questionnaire)
    if not query:
        return form, ReportFilters()
    if not form.is_valid():
        return form, None
    return form, form.filters()


def _may_read(user, params: dict) -> bool:
    return can_view_reports(user)


# A questionnaire's responses ---------------------------------------------------------------------


def results_params(questionnaire: QuestionnairePage, query: QueryDict) -> dict:
    return {"questionnaire": questionnaire.pk, "query": query.urlencode()}


def _questionnaire(params: dict) -> QuestionnairePage:
    questionnaire = QuestionnairePage.objects.filter(pk=params["questionnaire"]).first()
    if questionnaire is None:
        raise PreparedDownloadError("The questionnaire no longer exists.")
    return questionnaire.original


def _results(params: dict, render) -> HttpResponse:
    questionnaire = _questionnaire(params)
    query = QueryDict(params["query"])
    _form, filters = report_filters(query, questionnaire)
    if filters is None:
        raise PreparedDownloadError("The report's filters are no longer valid.")
    return render(questionnaire, filters=filters, language=labels_language(query))


def _results_title(params: dict, what: str) -> str:
    questionnaire = QuestionnairePage.objects.filter(pk=params["questionnaire"]).first()
    return f"{what}: {questionnaire.title}" if questionnaire else what


def _results_back(params: dict) -> str:
    url = reverse("evaluation_results:results", args=[params["questionnaire"]])
    return f"{url}?{params['query']}" if params["query"] else url


# The phase and final reports ---------------------------------------------------------------------


def report_params(phase: ProjectPhase | None) -> dict:
    return {"phase": phase.number if phase else None}


def _phase(params: dict) -> ProjectPhase | None:
    if params["phase"] is None:
        return None
    phase = ProjectPhase.objects.filter(number=params["phase"]).first()
    if phase is None:
        raise PreparedDownloadError("The project phase no longer exists.")
    return phase


def report_pdf_response(phase: ProjectPhase | None) -> HttpResponse:
    """The report's PDF: as it was sent, once it has been, else drawn from today's data."""
    sent = phase_reports.sent_report(phase)
    pdf = bytes(sent.pdf) if sent else phase_reports.report_pdf(phase_reports.report_data(phase))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="{phase_reports.report_filename(phase)}"'
    )
    return response


def _report_title(params: dict) -> str:
    if params["phase"] is None:
        return _("Final report as PDF")
    return _("Interim report of phase %(number)s as PDF") % {"number": params["phase"]}


def _report_back(params: dict) -> str:
    if params["phase"] is None:
        return reverse("evaluation:final_report")
    return reverse("evaluation:phase_report", args=[params["phase"]])


def kinds() -> list[PreparedKind]:
    return [
        PreparedKind(
            name=RESULTS_CSV,
            title=lambda params: _results_title(params, _("Responses as CSV")),
            back=_results_back,
            may_have=_may_read,
            render=lambda params: _results(params, survey_exports.responses_csv),
        ),
        PreparedKind(
            name=RESULTS_XLSX,
            title=lambda params: _results_title(params, _("Responses as Excel workbook")),
            back=_results_back,
            may_have=_may_read,
            render=lambda params: _results(params, exports.responses_xlsx),
        ),
        PreparedKind(
            name=REPORT_PDF,
            title=_report_title,
            back=_report_back,
            may_have=_may_read,
            render=lambda params: report_pdf_response(_phase(params)),
        ),
    ]
