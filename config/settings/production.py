"""Production: refuses to start without a secret key, trusts the reverse proxy's scheme header,
and passes `manage.py check --deploy` once SECRET_KEY and ALLOWED_HOSTS are set."""

from .base import *  # noqa: F403
from .env import env_bool, env_choice, env_int, env_list, env_required, env_str

DEBUG = False
SECRET_KEY = env_required(
    "SECRET_KEY",
    "set it to a long random string, e.g. the output of "
    "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`.",
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [])

# Behind a reverse proxy that terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# compose.yaml publishes `web` on 127.0.0.1 only: one proxy in front, which must append the
# visitor's address to X-Forwarded-For (the login lockout and the throttles count by it).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)
USE_X_FORWARDED_HOST = env_bool("USE_X_FORWARDED_HOST", False)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if not SECURE_SSL_REDIRECT:
    # Switched off on purpose where the proxy already redirects to HTTPS.
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W008"]  # noqa: F405

SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"  # Wagtail's admin previews opt back in to same-origin frames

# Mail and Wagtail's own tasks (search index, references) go to the worker.
TASKS_BACKEND = env_str("TASKS_BACKEND", "database")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}  # noqa: F405

if not REDIS_URL:  # noqa: F405
    # Each worker would keep its own cache, and a purge would reach only one of them.
    PAGE_CACHE_SECONDS = 0
    SHARED_DATA_CACHE_SECONDS = 0

# One JSON object per log line, for the log collector (LOG_FORMAT=text for plain lines).
LOG_FORMAT = env_choice("LOG_FORMAT", "json", ("text", "json"))
LOGGING["handlers"]["console"]["formatter"] = LOG_FORMAT  # noqa: F405

# The demo-data command creates logins with published passwords.
DEMO_DATA_ALLOWED = env_bool("ALLOW_DEMO_DATA", False)
