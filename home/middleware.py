"""Answers the container's health check before host validation and HTTPS redirects, which a
probe from inside the container (plain HTTP to 127.0.0.1) would otherwise fail."""

from .views import healthz

HEALTH_CHECK_PATH = "/healthz"


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == HEALTH_CHECK_PATH and request.method in ("GET", "HEAD"):
            return healthz(request)
        return self.get_response(request)
