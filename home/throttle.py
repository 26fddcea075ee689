"""Throttling of actions that send mail or store data for anyone who asks (password resets,
visitors' event registrations, questionnaire codes and submissions, invitations).

The counting is django-ratelimit's, in Django's cache (Redis in production, shared by every
worker); the rates are in `settings.THROTTLE_RATES`. A refused request raises django-ratelimit's
`Ratelimited`, which `RatelimitMiddleware` turns into the 429 page (`home.views.too_many_requests`)
before anything is sent or stored.
"""

from django.conf import settings
from django_ratelimit.core import get_usage
from django_ratelimit.exceptions import Ratelimited


def client_ip(request) -> str:
    """The visitor's address: REMOTE_ADDR, or, behind `TRUSTED_PROXY_COUNT` reverse proxies
    that append to X-Forwarded-For, the address the outermost of them saw. Entries further left
    were written by the client and are not trusted."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [item.strip() for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [item for item in forwarded if item]
    if len(forwarded) < proxies:
        return remote
    return forwarded[-proxies]


def client_ip_for_axes(request) -> str:
    # django-axes also passes requests without META (its management commands); be lenient.
    return client_ip(request) if hasattr(request, "META") else ""


def throttle(
    request, action: str, *, by: str, value: str | None = None, count: bool = True
) -> None:
    """Count one `action` by `by` ("ip", "user", or another name whose `value` is given) and
    refuse with `Ratelimited` once `settings.THROTTLE_RATES[f"{action}_{by}"]` is exceeded.
    With `count=False`, only refuse if the limit is reached already (for actions where only
    failures count). An empty value (no address typed) is not counted."""
    if by == "ip":
        # django-ratelimit's own key: `client_ip` (RATELIMIT_IP_META_KEY), IPv6 by its /64.
        key = "ip"
    else:
        if by == "user":
            value = str(request.user.pk)
        value = (value or "").strip().lower()
        if not value:
            return

        def key(_group, _request):
            return value

    name = f"{action}_{by}"
    usage = get_usage(
        request,
        group=f"throttle.{name}",
        key=key,
        rate=settings.THROTTLE_RATES[name],
        increment=count,
    )
    if usage is None:  # RATELIMIT_ENABLE = False
        return
    # Counting, the request that goes beyond the limit is refused; only looking, the one after
    # the limit is reached already.
    if usage["should_limit"] or (not count and usage["count"] >= usage["limit"]):
        raise Ratelimited
