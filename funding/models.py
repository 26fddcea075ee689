"""The money half of the funded project: the financing plan (its expense lines and the amounts
planned per year), the expenses booked against it, the assistant's hours, and the statements of
use as they were sent to the funder.

Amounts are `Decimal` euros with two places everywhere, never floats: the statement of use is
checked to the cent.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

AMOUNT = {"max_digits": 12, "decimal_places": 2}


class Share(models.TextChoices):
    """Who carries an amount: the funder's grant or the city's own share (Eigenanteil)."""

    FUNDER = "funder", _("Funder's share")
    OWN = "own", _("Own share of the city")


class BudgetLine(models.Model):
    """An expense line of the financing plan (Ausgabeposition), e.g. 0835 speakers."""

    code = models.CharField(_("code"), max_length=10, unique=True)
    title = models.CharField(_("title"), max_length=200)
    explanation = models.TextField(_("explanation"), blank=True)
    # Only the fee-based assistant's line books hours; the others book amounts.
    hourly_rate = models.DecimalField(_("hourly rate"), null=True, blank=True, **AMOUNT)
    monthly_hours_cap = models.DecimalField(
        _("hours per month at most"), max_digits=5, decimal_places=2, null=True, blank=True
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("expense line")
        verbose_name_plural = _("expense lines")

    def __str__(self) -> str:
        return f"{self.code} {self.title}"


class PlannedAmount(models.Model):
    """What the plan sets aside for one line in one calendar year, split by who pays."""

    line = models.ForeignKey(
        BudgetLine, verbose_name=_("expense line"), on_delete=models.CASCADE, related_name="plan"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    funder_share = models.DecimalField(_("funder's share"), default=0, **AMOUNT)
    own_share = models.DecimalField(_("own share"), default=0, **AMOUNT)

    class Meta:
        ordering = ["line__code", "year"]
        verbose_name = _("planned amount")
        verbose_name_plural = _("planned amounts")
        constraints = [
            models.UniqueConstraint(fields=["line", "year"], name="planned_once_per_line_year"),
            models.CheckConstraint(
                condition=Q(funder_share__gte=0, own_share__gte=0), name="planned_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.line.code} {self.year}"


class Expense(models.Model):
    """One booking against a line. A booking in a period whose statement was sent never
    changes again; a correction is a new booking (a negative amount reverses one)."""

    line = models.ForeignKey(
        BudgetLine,
        verbose_name=_("expense line"),
        on_delete=models.PROTECT,
        related_name="expenses",
    )
    booked_on = models.DateField(_("date"))
    amount = models.DecimalField(_("amount in euros"), **AMOUNT)
    share = models.CharField(
        _("paid from"), max_length=10, choices=Share.choices, default=Share.FUNDER
    )
    payee = models.CharField(_("payee"), max_length=200)
    purpose = models.CharField(_("purpose"), max_length=300)
    receipt = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("receipt"),
        null=True,
        blank=True,
        # A receipt is evidence for the funder: it cannot be deleted while a booking needs it.
        on_delete=models.PROTECT,
        related_name="+",
    )
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    module = models.ForeignKey(
        "events.QualificationModule",
        verbose_name=_("qualification module"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The booking number in the city's finance system: the same CSV row never books twice.
    finance_reference = models.CharField(
        _("reference in the finance system"), max_length=64, blank=True
    )
    created_at = models.DateTimeField(_("booked at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("booked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-booked_on", "-pk"]
        verbose_name = _("expense")
        verbose_name_plural = _("expenses")
        constraints = [
            models.UniqueConstraint(
                fields=["finance_reference"],
                condition=~Q(finance_reference=""),
                name="expense_reference_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.booked_on:%d.%m.%Y} {self.line.code} {self.amount} € {self.payee}"


class AssistantHours(models.Model):
    """The fee-based assistant's hours in one month; they are booked as one expense on the
    assistant's line (hours × the line's hourly rate)."""

    month = models.DateField(_("month"), unique=True, help_text=_("The first day of the month."))
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=2)
    expense = models.OneToOneField(
        Expense,
        verbose_name=_("expense"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assistant_hours",
    )

    class Meta:
        ordering = ["-month"]
        verbose_name = _("assistant's hours")
        verbose_name_plural = _("assistant's hours")
        constraints = [
            models.CheckConstraint(condition=Q(hours__gt=0), name="assistant_hours_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.month:%m/%Y}: {self.hours}"


class SentStatement(models.Model):
    """A statement of use (Verwendungsnachweis) as it was sent: its figures, its PDF and its
    workbook are stored and shown instead of the live data from then on."""

    class Scope(models.TextChoices):
        PHASE = "phase", _("Statement of use of a phase")
        FINAL = "final", _("Statement of use for the whole period")

    scope = models.CharField(_("statement"), max_length=10, choices=Scope.choices)
    phase = models.ForeignKey(
        "members.ProjectPhase",
        verbose_name=_("project phase"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    sent_at = models.DateTimeField(_("sent at"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    figures = models.JSONField()
    pdf = models.BinaryField()
    xlsx = models.BinaryField()

    class Meta:
        ordering = ["phase__number"]
        verbose_name = _("sent statement of use")
        verbose_name_plural = _("sent statements of use")
        constraints = [
            models.UniqueConstraint(
                fields=["phase"], condition=Q(phase__isnull=False), name="statement_sent_once"
            ),
            models.UniqueConstraint(
                fields=["scope"], condition=Q(scope="final"), name="final_statement_sent_once"
            ),
            models.CheckConstraint(
                condition=Q(scope="final", phase__isnull=True)
                | Q(scope="phase", phase__isnull=False),
                name="statement_scope_matches_phase",
            ),
        ]

    def __str__(self) -> str:
        return str(self.phase or _("Statement of use for the whole period"))
