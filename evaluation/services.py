"""Writes of the evaluation: a phase report frozen as sent, a written answer chosen as a quote."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from surveys.models import Answer

from . import phase_reports
from .models import SentReport

logger = logging.getLogger(__name__)


class ReportAlreadySent(Exception):
    """A sent report is frozen: it cannot be sent (and so changed) a second time."""


def report_send(*, phase, by, now=None):
    """Freeze the report of `phase` (None: the final report) as sent: its figures and its PDF
    are stored, and from now on shown instead of the live data."""
    if SentReport.objects.filter(phase=phase).exists():
        raise ReportAlreadySent
    scope = SentReport.Scope.FINAL if phase is None else SentReport.Scope.PHASE
    sent = SentReport(scope=scope, phase=phase, sent_at=now or timezone.now(), sent_by=by)
    sent.figures = phase_reports.report_data(phase)
    sent.pdf = phase_reports.report_pdf(sent.figures, sent=sent)
    try:
        with transaction.atomic():
            sent.save()
    except IntegrityError:
        raise ReportAlreadySent from None
    logger.info("Report sent: %s by %s", sent, by)
    return sent


def answer_quote(*, answer: Answer, quoted: bool) -> Answer:
    """Choose (or drop) a free-text answer as a quote for the phase report."""
    if answer.quoted != quoted:
        answer.quoted = quoted
        answer.save(update_fields=["quoted"])
    return answer
