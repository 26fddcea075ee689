"""The test suite: fast hashing, memory cache, console-free mail; SQLite unless DATABASE_URL."""

import atexit
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The throttles count in this memory cache (django-ratelimit warns that it is per process).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
SESSION_ENGINE = "django.contrib.sessions.backends.db"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Prepared downloads in a folder of their own per test run, removed when it ends.
PREPARED_DOWNLOADS_ROOT = Path(tempfile.mkdtemp(prefix="mso-prepared-"))
atexit.register(shutil.rmtree, PREPARED_DOWNLOADS_ROOT, ignore_errors=True)
STORAGES = {
    **STORAGES,  # noqa: F405
    "prepared_downloads": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PREPARED_DOWNLOADS_ROOT, "base_url": "/no-public-url/"},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The test client's host: links in mails and pages open in the test client as they are.
PUBLIC_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests log staff in with force_login; the two-factor tests switch this on (production's value).
STAFF_2FA_REQUIRED = False
# Static files straight from the app and site folders, without collectstatic.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tasks run at once; the worker's own test switches to the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
