"""Optional error reporting to Sentry (or a compatible service such as GlitchTip), switched on by
`SENTRY_DSN` and a no-op without it.

What leaves the server is kept to what finding a bug needs: no personal data
(`send_default_pii` off), no request bodies (questionnaire answers, passwords, codes, profile
fields), no cookies, no query strings (a questionnaire code travels in `?code=`), no local
variables of the stack frames (they hold the same), no breadcrumbs (log lines name users and
addresses), and only harmless request headers. The request id is attached, so a report can be
found in the logs.
"""

from .request_id import current_request_id

# Request headers a report keeps; every other one (Cookie, Authorization, Referer with its
# query string, X-Forwarded-For with the visitor's address) is dropped.
KEPT_HEADERS = {"accept", "accept-language", "content-type", "host", "user-agent", "x-request-id"}


def event_scrub(event: dict, hint: dict) -> dict:
    """Sentry's `before_send`: strip what may carry personal data or secrets."""
    request = event.get("request")
    if request:
        for key in ("data", "cookies", "query_string", "env"):
            request.pop(key, None)
        if "url" in request:
            request["url"] = request["url"].split("?", 1)[0]
        headers = request.get("headers") or {}
        request["headers"] = {
            name: value for name, value in headers.items() if name.lower() in KEPT_HEADERS
        }
    event.pop("breadcrumbs", None)
    event.pop("user", None)
    event.setdefault("tags", {})["request_id"] = current_request_id()
    return event


def error_reporting_init(
    *, dsn: str, environment: str, release: str, traces_sample_rate: float, transport=None
) -> None:
    """Switch reporting on; `transport` replaces Sentry's HTTP transport (the tests use it)."""
    # Loaded only where reporting is switched on.
    import sentry_sdk  # noqa: PLC0415
    from sentry_sdk.integrations.django import DjangoIntegration  # noqa: PLC0415

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release or None,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        max_request_body_size="never",
        include_local_variables=False,
        max_breadcrumbs=0,
        traces_sample_rate=traces_sample_rate,
        before_send=event_scrub,
        before_send_transaction=event_scrub,
        transport=transport,
    )
