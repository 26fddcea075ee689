"""The one way out for every e-mail: `queue_mail()` hands it to the task worker, which sends it
and tries again when the mail server refuses it.

`queue_mail` takes `send_mail`'s arguments, so a call site changes by its name only. It tells
the truth about the hand-over: with the database backend (production) a mail is handed over once
its task is queued, with the immediate backend (the embedded default, the tests) once it is
sent. A view that tells the person "we have sent you an e-mail" says so only when
`mails_failed(request)` is 0 (`MailOutcomeMiddleware` counts every mail of the request,
those queued after a service's commit included); code outside a request can count with
`mail_outcome()`.
"""

import base64
import contextlib
import contextvars
import dataclasses
import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, send_mail
from django.utils import timezone
from django_tasks import TaskResultStatus, task

logger = logging.getLogger(__name__)

# Minutes to wait before the 2nd, 3rd … attempt; the last value repeats.
RETRY_MINUTES = (1, 5, 30, 120)


@dataclasses.dataclass
class MailOutcome:
    """What happened to the mails queued inside one `mail_outcome()` block."""

    handed_over: int = 0
    failed: int = 0


_outcome: contextvars.ContextVar[MailOutcome | None] = contextvars.ContextVar(
    "mail_outcome", default=None
)


@contextlib.contextmanager
def mail_outcome():
    """Count the mails queued inside the block, for the page that reports them."""
    outcome = MailOutcome()
    token = _outcome.set(outcome)
    try:
        yield outcome
    finally:
        _outcome.reset(token)


class MailOutcomeMiddleware:
    """Counts the mails each request queues in `request.mail_outcome`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with mail_outcome() as outcome:
            request.mail_outcome = outcome
            return self.get_response(request)


def mails_failed(request) -> int:
    """How many mails this request could not hand over."""
    outcome = getattr(request, "mail_outcome", None)
    return outcome.failed if outcome is not None else 0


def _retry_delay(attempt: int) -> datetime.timedelta:
    return datetime.timedelta(minutes=RETRY_MINUTES[min(attempt, len(RETRY_MINUTES)) - 1])


def _send(subject, message, from_email, recipient_list, html_message, attachments, headers) -> int:
    if not attachments and not headers:
        return send_mail(subject, message, from_email, recipient_list, html_message=html_message)
    # Extra headers (a digest's List-Unsubscribe) and attachments need the message object.
    mail = EmailMultiAlternatives(subject, message, from_email, recipient_list, headers=headers)
    if html_message:
        mail.attach_alternative(html_message, "text/html")
    for filename, content, mimetype in attachments or ():
        # Binary attachments travel through the task queue as base64 text.
        if not mimetype.startswith("text/"):
            content = base64.b64decode(content)
        mail.attach(filename, content, mimetype)
    return mail.send()


@task()
def mail_deliver(
    *,
    subject: str,
    message: str,
    from_email: str | None,
    recipient_list: list[str],
    html_message: str | None = None,
    headers: dict[str, str] | None = None,
    attachments: list[list[str]] | None = None,
    attempt: int = 1,
) -> int:
    """Send one mail. When the server refuses it, queue the next attempt (where the backend can
    wait) and fail, so that this attempt shows as failed with its error. `attachments` are
    [filename, content, mimetype], the content as text, base64 for other than text/* types (so
    that the task's arguments stay JSON)."""
    try:
        return _send(
            subject, message, from_email, recipient_list, html_message, attachments, headers
        )
    except Exception:
        if attempt < settings.MAIL_ATTEMPTS and mail_deliver.get_backend().supports_defer:
            mail_deliver.using(run_after=timezone.now() + _retry_delay(attempt)).enqueue(
                subject=subject,
                message=message,
                from_email=from_email,
                recipient_list=recipient_list,
                html_message=html_message,
                headers=headers,
                attachments=attachments,
                attempt=attempt + 1,
            )
        raise


def _portable(filename: str, content: str | bytes, mimetype: str) -> list[str]:
    if isinstance(content, bytes):
        content = base64.b64encode(content).decode()
    return [str(filename), content, mimetype]


def queue_mail(
    subject,
    message,
    from_email,
    recipient_list,
    *,
    html_message: str | None = None,
    headers: dict[str, str] | None = None,
    attachments: list[tuple[str, str, str]] | None = None,
) -> bool:
    """Hand one mail to the worker; returns whether it was handed over (see the module).
    `headers` are extra header lines (e.g. `List-Unsubscribe`); `attachments`: (filename,
    content, mimetype), e.g. a calendar file (text) or an image (bytes)."""
    try:
        result = mail_deliver.enqueue(
            subject=str(subject),
            message=str(message),
            from_email=from_email,
            recipient_list=[str(address) for address in recipient_list],
            html_message=html_message,
            headers=headers,
            attachments=[_portable(*item) for item in attachments or ()] or None,
        )
        handed_over = result.status != TaskResultStatus.FAILED
    except Exception:
        logger.exception("A mail could not be queued: %s", subject)
        handed_over = False
    else:
        if not handed_over:
            logger.error("A mail could not be sent: %s (%s)", subject, result.errors[-1].traceback)
    outcome = _outcome.get()
    if outcome is not None:
        if handed_over:
            outcome.handed_over += 1
        else:
            outcome.failed += 1
    return handed_over
