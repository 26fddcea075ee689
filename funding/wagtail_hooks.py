from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from members.access import can_view_reports

from . import views
from .data_inventory import INVENTORY
from .models import BudgetLine, PlannedAmount
from .seed import seed_funding


class BudgetLineViewSet(SnippetViewSet):
    model = BudgetLine
    icon = "list-ol"
    menu_label = _("Expense lines")
    list_display = ["code", "title", "hourly_rate", "monthly_hours_cap"]


class PlannedAmountViewSet(SnippetViewSet):
    model = PlannedAmount
    icon = "table"
    menu_label = _("Planned amounts")
    list_display = ["line", "year", "funder_share", "own_share"]
    list_filter = ["line", "year"]


class FinancingPlanGroup(SnippetViewSetGroup):
    """The plan's lines and amounts: data the network management edits (Django model
    permissions, granted to it by `home.roles`), seeded from the concept."""

    items = (BudgetLineViewSet, PlannedAmountViewSet)
    menu_icon = "table"
    menu_label = _("Financing plan")
    menu_name = "financing-plan"
    menu_order = 265


register_snippet(FinancingPlanGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", views.budget, name="budget"),
        path("buchungen/", views.expense_list, name="expenses"),
        path("buchungen/neu/", views.expense_create, name="expense_create"),
        path("buchungen/<int:pk>/", views.expense_edit, name="expense_edit"),
        path("buchungen/<int:pk>/loeschen/", views.expense_delete, name="expense_delete"),
        path("stunden/", views.hours, name="hours"),
        path("import/", views.bookings_import, name="import"),
        path("nachweis/phase-<int:number>/", views.statement, name="statement"),
        path("nachweis/phase-<int:number>.pdf", views.statement_pdf, name="statement_pdf"),
        path("nachweis/phase-<int:number>.xlsx", views.statement_xlsx, name="statement_xlsx"),
        path(
            "nachweis/phase-<int:number>/versenden/",
            views.statement_send,
            name="statement_send",
        ),
        path("nachweis/gesamt/", views.statement, name="final_statement"),
        path("nachweis/gesamt.pdf", views.statement_pdf, name="final_statement_pdf"),
        path("nachweis/gesamt.xlsx", views.statement_xlsx, name="final_statement_xlsx"),
        path("nachweis/gesamt/versenden/", views.statement_send, name="final_statement_send"),
    ]
    return [path("finanzen/", include((urls, "funding"), namespace="funding"))]


class FundingMenuItem(MenuItem):
    def is_shown(self, request):
        # The same readers as the reports: the network management and the Evaluation group.
        return can_view_reports(request.user)


@hooks.register("register_admin_menu_item")
def register_funding_menu_item():
    return FundingMenuItem(_("Funding"), reverse("funding:budget"), icon_name="table", order=260)


@hooks.register("seed_demo", order=40)
def seed_demo(*, log) -> None:
    seed_funding(log=log)


@hooks.register("register_data_inventory")
def data_inventory():
    """This app's part of the inventory behind the privacy notice (`home.privacy`)."""
    return INVENTORY
