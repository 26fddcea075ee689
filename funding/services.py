"""Writes of the funding app: bookings (by hand, from the assistant's hours, from the finance
system's CSV), receipts as private documents, and the statement of use frozen as sent.

Every write that touches a day of a period whose statement of use was sent is refused with
`PeriodFrozen`: what the funder received never changes; a correction is a new booking in an open
period.
"""

import datetime
import logging
from decimal import Decimal

from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from home.roles import EVALUATORS, NETWORK_MANAGERS
from members.models import ProjectPhase

from . import csv_import, selectors, statements
from .models import AssistantHours, BudgetLine, Expense, SentStatement, Share

logger = logging.getLogger(__name__)

RECEIPTS_COLLECTION_NAME = "Belege"


class FundingError(Exception):
    """A write the funding rules refuse; `message` says why, in the user's language."""

    def __init__(self, message: str = ""):
        super().__init__(message)
        self.message = message


class PeriodFrozen(FundingError):
    pass


class HoursOverCap(FundingError):
    pass


class StatementAlreadySent(FundingError):
    pass


class ImportRejected(FundingError):
    def __init__(self, errors: list[csv_import.RowError]):
        super().__init__(_("Nothing was imported."))
        self.errors = errors


def _lock_phases(*days: datetime.date) -> None:
    """Lock the phases covering `days` (all phases without days) until the transaction ends:
    a write and the sending of its statement wait for each other, so no booking slips into a
    period while its statement is being frozen (PostgreSQL; SQLite writes one at a time).

    A day that no phase covers (a gap between phases) belongs only to the statement for the
    whole period, which locks every phase: such a write locks every phase too. Which phases
    cover the days is read before any lock is taken, so every caller takes its locks in one
    statement in the same order (by pk) and two writers never deadlock."""
    phases = ProjectPhase.objects.select_for_update().order_by("pk")
    if days:
        spans = list(ProjectPhase.objects.values_list("start_date", "end_date"))
        uncovered = any(not any(start <= day <= end for start, end in spans) for day in days)
        if not uncovered:
            covering = Q()
            for day in days:
                covering |= Q(start_date__lte=day, end_date__gte=day)
            phases = phases.filter(covering)
    list(phases.values_list("pk", flat=True))


def _refuse_if_frozen(*days: datetime.date) -> None:
    _lock_phases(*days)
    for day in days:
        sent = selectors.frozen_statement(day)
        if sent is not None:
            raise PeriodFrozen(
                _(
                    "The statement of use covering %(day)s has been sent (%(statement)s): its "
                    "bookings cannot be changed. Book a correction in an open period instead."
                )
                % {"day": day.strftime("%d.%m.%Y"), "statement": sent}
            )


# Receipts ----------------------------------------------------------------------------------------


def receipts_collection_ensure() -> Collection:
    """The collection for receipts: only the network management and the Evaluation group may
    open its documents (superusers too, as Wagtail lets them). No other staff group holds
    permissions on it (`home.roles` grants them only on named collections)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=RECEIPTS_COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(instance=Collection(name=RECEIPTS_COLLECTION_NAME))
    restriction = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    ).first()
    if restriction is None:
        CollectionViewRestriction.objects.filter(collection=collection).delete()
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    groups = [Group.objects.get_or_create(name=name)[0] for name in (NETWORK_MANAGERS, EVALUATORS)]
    restriction.groups.set(groups)
    return collection


def receipt_store(*, upload, title: str, by=None):
    """Keep an uploaded receipt as a Wagtail document in the private receipts collection."""
    document = get_document_model()(
        title=title[:255], collection=receipts_collection_ensure(), uploaded_by_user=by
    )
    document.file.save(upload.name, upload, save=False)
    document.save()
    return document


# Bookings ----------------------------------------------------------------------------------------


@transaction.atomic
def expense_create(*, by, receipt_upload=None, **fields) -> Expense:
    """Book an expense. Refused in a frozen period."""
    expense = Expense(created_by=by, **fields)
    _refuse_if_frozen(expense.booked_on)
    if receipt_upload is not None:
        expense.receipt = receipt_store(upload=receipt_upload, title=_receipt_title(expense), by=by)
    expense.save()
    logger.info("Expense booked: %s by %s", expense, by)
    return expense


@transaction.atomic
def expense_update(*, expense: Expense, by, receipt_upload=None, **fields) -> Expense:
    """Change a booking; refused when it was or would be in a frozen period. `expense` is
    compared as it is stored, not as a form may have changed it in memory."""
    stored = Expense.objects.select_for_update().get(pk=expense.pk)
    _refuse_if_frozen(stored.booked_on, fields.get("booked_on", stored.booked_on))
    if AssistantHours.objects.filter(expense=stored).exists():
        # Its amount is hours × rate: changed by hand, the two would disagree.
        raise FundingError(
            _("This booking comes from the assistant's hours: change the hours of its month.")
        )
    for name, value in fields.items():
        setattr(stored, name, value)
    if receipt_upload is not None:
        stored.receipt = receipt_store(upload=receipt_upload, title=_receipt_title(stored), by=by)
    stored.save()
    logger.info("Expense changed: %s by %s", stored, by)
    return stored


@transaction.atomic
def expense_delete(*, expense: Expense, by) -> None:
    stored = Expense.objects.select_for_update().get(pk=expense.pk)
    _refuse_if_frozen(stored.booked_on)
    AssistantHours.objects.filter(expense=stored).delete()
    stored.delete()
    logger.info("Expense deleted: %s by %s", stored, by)


def _receipt_title(expense: Expense) -> str:
    return f"Beleg {expense.booked_on:%d.%m.%Y} {expense.payee}"


# The assistant's hours ---------------------------------------------------------------------------


def _last_day(month: datetime.date) -> datetime.date:
    following = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return following - datetime.timedelta(days=1)


@transaction.atomic
def assistant_hours_book(
    *, line: BudgetLine, month: datetime.date, hours: Decimal, payee: str, by
) -> AssistantHours:
    """Book the assistant's `hours` in `month` on `line` (hours × its rate, on the month's last
    day); a month booked again replaces its hours. Refused above the line's monthly cap and in
    a frozen period."""
    month = month.replace(day=1)
    cap = line.monthly_hours_cap
    if cap is not None and hours > cap:
        raise HoursOverCap(
            _("At most %(cap)s hours a month can be booked; %(hours)s were entered.")
            % {"cap": cap.normalize(), "hours": hours.normalize()}
        )
    if hours <= 0:
        raise HoursOverCap(_("Enter more than zero hours."))
    day = _last_day(month)
    _refuse_if_frozen(day)
    amount = selectors.cents(hours * (line.hourly_rate or 0))
    record = AssistantHours.objects.select_for_update().filter(month=month).first()
    purpose = _("Project assistance %(month)s: %(hours)s hours") % {
        "month": month.strftime("%m/%Y"),
        "hours": hours.normalize(),
    }
    if record is None:
        expense = Expense.objects.create(
            line=line, booked_on=day, amount=amount, payee=payee, purpose=purpose, created_by=by
        )
        record = AssistantHours.objects.create(month=month, hours=hours, expense=expense)
    else:
        expense = record.expense
        _refuse_if_frozen(expense.booked_on)
        expense.line, expense.amount, expense.payee, expense.purpose = line, amount, payee, purpose
        expense.save()
        record.hours = hours
        record.save(update_fields=["hours"])
    return record


# Import from the finance system ------------------------------------------------------------------


@transaction.atomic
def bookings_import(*, content: bytes, by) -> tuple[int, int]:
    """Import the finance system's CSV: every row is checked first, and nothing is booked when
    any row is wrong (`ImportRejected` lists each error by row). A row whose reference was
    imported before is skipped, so the same file imported twice books nothing twice.
    Returns (booked, skipped)."""
    rows, errors = csv_import.parse(content)
    _lock_phases()
    lines = {line.code: line for line in BudgetLine.objects.all()}
    known = set(
        Expense.objects.filter(finance_reference__in=[row.reference for row in rows]).values_list(
            "finance_reference", flat=True
        )
    )
    errors.extend(csv_import.check_rows(rows, lines=lines, known=known))
    if errors:
        raise ImportRejected(sorted(errors, key=lambda error: error.row))
    booked = skipped = 0
    for row in rows:
        if row.reference in known:
            skipped += 1
            continue
        try:
            with transaction.atomic():
                Expense.objects.create(
                    line=lines[row.code],
                    booked_on=row.booked_on,
                    amount=row.amount,
                    share=Share.OWN if row.own_share else Share.FUNDER,
                    payee=row.payee,
                    purpose=row.purpose,
                    finance_reference=row.reference,
                    created_by=by,
                )
        except IntegrityError:
            skipped += 1  # imported at the same moment by someone else
            continue
        booked += 1
    logger.info("Bookings imported by %s: %s booked, %s skipped", by, booked, skipped)
    return booked, skipped


# The statement of use ----------------------------------------------------------------------------


def statement_send(*, phase, by, now=None) -> SentStatement:
    """Freeze the statement of use of `phase` (None: the whole period) as sent: its figures,
    PDF and workbook are stored and shown from now on, and the bookings of its days are
    frozen."""
    try:
        with transaction.atomic():
            # The phase (or, for the whole period, every phase) stays locked while the figures
            # are taken and stored, so no booking changes them in between (`_lock_phases`).
            if phase is None:
                _lock_phases()
            else:
                _lock_phases(phase.start_date, phase.end_date)
            if SentStatement.objects.filter(phase=phase).exists():
                raise StatementAlreadySent(_("This statement of use has already been sent."))
            scope = SentStatement.Scope.FINAL if phase is None else SentStatement.Scope.PHASE
            sent = SentStatement(
                scope=scope, phase=phase, sent_at=now or timezone.now(), sent_by=by
            )
            sent.figures = statements.statement_data(phase)
            sent.pdf = statements.statement_pdf(sent.figures, sent=sent)
            sent.xlsx = statements.statement_xlsx(sent.figures)
            sent.save()
    except IntegrityError:
        raise StatementAlreadySent(_("This statement of use has already been sent.")) from None
    logger.info("Statement of use sent: %s by %s", sent, by)
    return sent
