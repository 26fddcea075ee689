"""The funding pages in the Wagtail admin: the budget, the bookings (by hand, from the
assistant's hours, from the finance system's CSV) and the statements of use.

The network management books and sends; the Evaluation group reads; nobody else sees amounts or
receipts (403). Writes into a period whose statement was sent are refused with 409 and a
message, and change nothing.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home.pagination import paginate, query_string
from members.access import can_view_reports, is_network_manager, private_response
from members.models import ProjectPhase
from members.periods import Period

from . import selectors, services, statements
from .forms import ExpenseFilterForm, ExpenseForm, HoursForm, ImportForm, assistant_line
from .models import AssistantHours, SentStatement

CONFLICT = 409
EXPENSES_PER_PAGE = 50


def _reader(request):
    if not can_view_reports(request.user):
        raise PermissionDenied


def _manager(request):
    if not is_network_manager(request.user):
        raise PermissionDenied


def _page(request, template, context, status=200):
    context.setdefault("header_icon", "table")
    context.setdefault("page_title", context.get("header_title"))
    context["is_manager"] = is_network_manager(request.user)
    context["budget_url"] = reverse("funding:budget")
    return private_response(TemplateResponse(request, template, context, status=status))


# Budget ------------------------------------------------------------------------------------------


def budget(request):
    _reader(request)
    phases = selectors.phases()
    project = Period.of_project()
    sent = {statement.phase_id: statement for statement in SentStatement.objects.all()}
    return _page(
        request,
        "funding/budget.html",
        {
            "header_title": _("Budget"),
            "by_year": [
                {"label": str(year), "rows": selectors.budget_rows(selectors.year_period(year))}
                for year in selectors.plan_years()
            ],
            "by_phase": [
                {
                    "label": str(phase),
                    "rows": selectors.budget_rows(Period.of_phase(phase)),
                    "costs": selectors.costs(Period.of_phase(phase)),
                }
                for phase in phases
            ],
            "whole": selectors.budget_rows(project) if project else [],
            "whole_costs": selectors.costs(project) if project else None,
            "statements": [{"phase": phase, "sent": sent.get(phase.pk)} for phase in phases],
            "final_sent": sent.get(None),
        },
    )


# Bookings ----------------------------------------------------------------------------------------


def expense_list(request):
    """The bookings, a page at a time, filtered by line and year; the sums cover every booking
    the filters select, not only the page. A filter that is not one answers 400 with its
    message; a page number that is not one shows the first page, one too high the last (as
    every list of the project does)."""
    _reader(request)
    form = ExpenseFilterForm(request.GET or None, years=selectors.expense_years())
    line = year = None
    status = 200
    if form.is_bound:
        if form.is_valid():
            line, year = form.cleaned_data["line"], form.cleaned_data["year"]
        else:
            status = 400
    found = selectors.expenses(line=line, year=year)
    if status == 400:
        found = found.none()
    return _page(
        request,
        "funding/expense_list.html",
        {
            "header_title": _("Expenses"),
            "form": form,
            "invalid": status == 400,
            "expenses": paginate(found, request.GET.get("page"), EXPENSES_PER_PAGE),
            "sums": selectors.expense_sums(found),
            "line": line,
            "year": year,
            "query_string": query_string(
                line=line.code if line else "", year=str(year) if year else ""
            ),
        },
        status=status,
    )


def _expense_fields(form) -> dict:
    return {name: form.cleaned_data[name] for name in ExpenseForm.Meta.fields}


def expense_create(request):
    _manager(request)
    form = ExpenseForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.expense_create(
                    by=request.user,
                    receipt_upload=form.cleaned_data["receipt_file"],
                    **_expense_fields(form),
                )
            except services.FundingError as error:
                form.add_error(None, error.message)
                status = CONFLICT
            else:
                messages.success(request, _("The expense has been booked."))
                return redirect("funding:expenses")
        else:
            status = 400
    return _page(
        request,
        "funding/expense_form.html",
        {"header_title": _("Book an expense"), "form": form},
        status=status,
    )


def expense_edit(request, pk):
    _manager(request)
    expense = get_object_or_404(selectors.expenses(), pk=pk)
    frozen = selectors.frozen_statement(expense.booked_on)
    form = ExpenseForm(request.POST or None, request.FILES or None, instance=expense)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.expense_update(
                    expense=expense,
                    by=request.user,
                    receipt_upload=form.cleaned_data["receipt_file"],
                    **_expense_fields(form),
                )
            except services.FundingError as error:
                messages.error(request, error.message)
                form.add_error(None, error.message)
                status = CONFLICT
            else:
                messages.success(request, _("The expense has been changed."))
                return redirect("funding:expenses")
        else:
            status = 400
    return _page(
        request,
        "funding/expense_form.html",
        {
            "header_title": _("Change an expense"),
            "form": form,
            "expense": expense,
            "frozen": frozen,
        },
        status=status,
    )


@require_POST
def expense_delete(request, pk):
    _manager(request)
    expense = get_object_or_404(selectors.expenses(), pk=pk)
    try:
        services.expense_delete(expense=expense, by=request.user)
    except services.FundingError as error:
        messages.error(request, error.message)
        return _page(
            request,
            "funding/expense_form.html",
            {
                "header_title": _("Change an expense"),
                "form": ExpenseForm(instance=expense),
                "expense": expense,
                "frozen": selectors.frozen_statement(expense.booked_on),
            },
            status=CONFLICT,
        )
    messages.success(request, _("The expense has been deleted."))
    return redirect("funding:expenses")


# The assistant's hours ---------------------------------------------------------------------------


def hours(request):
    _reader(request)
    line = assistant_line()
    form = HoursForm(request.POST or None)
    status = 200
    if request.method == "POST":
        _manager(request)
        if line is None:
            messages.error(request, _("The financing plan has no line with an hourly rate."))
            status = 400
        elif form.is_valid():
            try:
                services.assistant_hours_book(line=line, by=request.user, **form.cleaned_data)
            except services.FundingError as error:
                form.add_error(None, error.message)
                status = CONFLICT if isinstance(error, services.PeriodFrozen) else 400
            else:
                messages.success(request, _("The hours have been booked."))
                return redirect("funding:hours")
        else:
            status = 400
    return _page(
        request,
        "funding/hours.html",
        {
            "header_title": _("Project assistant's hours"),
            "header_icon": "time",
            "line": line,
            "form": form,
            "months": AssistantHours.objects.select_related("expense"),
        },
        status=status,
    )


# Import ------------------------------------------------------------------------------------------


def bookings_import(request):
    _manager(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    errors, status = [], 200
    if request.method == "POST":
        if form.is_valid():
            try:
                booked, skipped = services.bookings_import(
                    content=form.cleaned_data["file"].read(), by=request.user
                )
            except services.ImportRejected as rejected:
                errors = rejected.errors
                status = 400
            else:
                messages.success(
                    request,
                    _("%(booked)s bookings imported, %(skipped)s already imported before.")
                    % {"booked": booked, "skipped": skipped},
                )
                return redirect("funding:expenses")
        else:
            status = 400
    return _page(
        request,
        "funding/import.html",
        {
            "header_title": _("Import bookings"),
            "header_icon": "upload",
            "form": form,
            "errors": errors,
        },
        status=status,
    )


# Statements of use -------------------------------------------------------------------------------


def _phase(number) -> ProjectPhase | None:
    return None if number is None else get_object_or_404(ProjectPhase, number=number)


def _sent(phase) -> SentStatement | None:
    return SentStatement.objects.filter(phase=phase).first()


def _statement_url(kind: str, number) -> str:
    if number is None:
        return reverse(f"funding:final_statement{kind}")
    return reverse(f"funding:statement{kind}", args=[number])


def statement(request, number=None):
    _reader(request)
    phase = _phase(number)
    sent = _sent(phase)
    data = sent.figures if sent else statements.statement_data(phase)
    return _page(
        request,
        "funding/statement.html",
        {
            "header_title": data["title"],
            "header_icon": "doc-full",
            "statement": data,
            "sent": sent,
            "pdf_url": _statement_url("_pdf", number),
            "xlsx_url": _statement_url("_xlsx", number),
            "send_url": _statement_url("_send", number),
        },
    )


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return private_response(response)


def statement_pdf(request, number=None):
    _reader(request)
    phase = _phase(number)
    sent = _sent(phase)
    pdf = bytes(sent.pdf) if sent else statements.statement_pdf(statements.statement_data(phase))
    return _download(pdf, "application/pdf", statements.statement_filename(phase, "pdf"))


def statement_xlsx(request, number=None):
    _reader(request)
    phase = _phase(number)
    sent = _sent(phase)
    xlsx = bytes(sent.xlsx) if sent else statements.statement_xlsx(statements.statement_data(phase))
    return _download(xlsx, statements.XLSX_TYPE, statements.statement_filename(phase, "xlsx"))


@require_POST
def statement_send(request, number=None):
    _manager(request)
    phase = _phase(number)
    try:
        services.statement_send(phase=phase, by=request.user)
    except services.StatementAlreadySent as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _(
                "The statement of use is marked as sent. Its figures, PDF and workbook are kept "
                "as they are now, and the bookings of its period can no longer be changed."
            ),
        )
    return redirect(_statement_url("", number))
