"""Who may read the Prometheus metrics (`/metrics`, django-prometheus): a scraper that sends
`Authorization: Bearer <METRICS_TOKEN>`, or a logged-in superuser. Without a token in the
settings, only superusers. The metrics name no person, but they show traffic and errors per
view, which is nobody else's business."""

import hmac

from django.conf import settings

BEARER = "Bearer "


def metrics_access_allowed(request) -> bool:
    token = settings.METRICS_TOKEN
    sent = request.META.get("HTTP_AUTHORIZATION", "")
    if token and sent.startswith(BEARER):
        return hmac.compare_digest(sent.removeprefix(BEARER).encode(), token.encode())
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_active and user.is_superuser)
