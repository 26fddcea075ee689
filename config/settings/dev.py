"""Local development: debug on, a fixed insecure key, plain static files."""

from .base import *  # noqa: F403
from .env import env_bool, env_list, env_str

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["*"])
# The demo logins get into the admin with their password alone; staff may still set up a second
# factor, and `STAFF_2FA_REQUIRED=true ./scripts/run.sh` asks for it as production does.
STAFF_2FA_REQUIRED = env_bool("STAFF_2FA_REQUIRED", False)
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Static files straight from the app and site folders, without collectstatic.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
