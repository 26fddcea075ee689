"""A request id on every request, its response and every log line written while serving it.

The id comes from the reverse proxy's `X-Request-ID` header when it sends a sane one (nginx:
`proxy_set_header X-Request-ID $request_id;`), so that the proxy's log and ours share it; else a
new one is made. It is sent back in the response's `X-Request-ID`, and `RequestIdFilter` puts it
on each log record as `request_id` (see LOGGING in the settings).
"""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
META_KEY = "HTTP_X_REQUEST_ID"
# Anything else from outside (a log injection, a huge value) is replaced by our own id.
ACCEPTED = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")
NO_REQUEST = "-"

_current = contextvars.ContextVar("request_id", default=NO_REQUEST)


def current_request_id() -> str:
    return _current.get()


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get(META_KEY, "")
        request_id = incoming if ACCEPTED.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        # Not reset on the way out: Django logs a 4xx answer ("Not Found: …") after the last
        # middleware has returned. Each request sets its own id before anything else runs.
        _current.set(request_id)
        response = self.get_response(request)
        response[HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record ("-" outside a request: commands, start-up)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _current.get()
        return True
