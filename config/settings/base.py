"""Settings shared by every environment. Secrets and hosts come from the environment.

`dev.py` relaxes these for a laptop, `test.py` speeds them up, `production.py` hardens them.
"""

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from home.error_reporting import error_reporting_init

from .env import env_bool, env_choice, env_float, env_int, env_list, env_rate, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# `site/` holds the site-wide templates, static files and UI translations (see README).
SITE_DIR = BASE_DIR / "site"

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps, in import order from the bottom up: home <- members <- events <- surveys <-
    # participation <- evaluation <- funding. A lower app reaches a higher one only through
    # Wagtail hooks.
    "home",
    "members",
    "events",
    "surveys",
    "participation",
    "evaluation",
    "funding",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "formtools",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
    "django_ratelimit",
    "django_tasks",
    "django_tasks_db",
    # Request, response and cache metrics for Prometheus at /metrics (home.metrics).
    "django_prometheus",
]

MIDDLEWARE = [
    # Outermost: every response and every log line of a request carries its id.
    "home.request_id.RequestIdMiddleware",
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "home.middleware.HealthCheckMiddleware",
    "home.middleware.RejectNullBytesMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "home.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.front_cache.FrontCacheHeadersMiddleware",
    "home.page_cache.AnonymousPageCacheMiddleware",
    "home.middleware.CachedSiteMiddleware",
    "home.middleware.PrivateResponseMiddleware",
    # Django's; a session the database cannot save (a restart) answers 503, not 400.
    "home.middleware.SessionMiddleware",
    "home.middleware.LocaleMiddleware",
    # A view that loses the database answers 503 in the visitor's language (set just above).
    "home.middleware.DatabaseUnavailableMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session was confirmed with a second factor.
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Staff in the admin: enrolment or the second factor first (home.two_factor).
    "home.middleware.StaffTwoFactorMiddleware",
    # Counts the mails a request queues, so that its page tells whether they went out.
    "home.mail.MailOutcomeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a throttled request (django-ratelimit's Ratelimited) into the 429 page.
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

# Content-Security-Policy (django-csp): the site has no inline script or style and loads nothing
# from other hosts, and no other site may frame it. The admin (home.middleware) gets inline
# scripts and styles, which Wagtail's templates and widgets use, and frames of its own origin
# for the page preview; it still loads nothing from other hosts.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "data:"],
        "style-src": [SELF],
        "script-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "img-src": [SELF, "data:", "blob:"],
        "style-src": [SELF, UNSAFE_INLINE],
        "script-src": [SELF, UNSAFE_INLINE],
        "frame-ancestors": [SELF],
    }
}

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
            # Every template isolates phone numbers, addresses and fallback text with the same
            # component, without having to remember to load it.
            "builtins": ["home.templatetags.bidi", "home.templatetags.hyphenation"],
        },
    },
]

# Database: an SQLite file unless DATABASE_URL says otherwise (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's backend with a health check that asks the socket, not the server (home.postgresql).
    DATABASES["default"]["ENGINE"] = "home.postgresql"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Persistent connections buy nothing on a file database.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # SQLite has no row locks: each transaction takes the write lock when it begins, so that
    # writes which count places first (registrations) are served one after the other.
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: Redis when REDIS_URL is set, else this process's memory.
REDIS_URL = env_str("REDIS_URL")
SILENCED_SYSTEM_CHECKS: list[str] = []
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "home.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "mso"),
        }
    }
    # Sessions are read from Redis and also written to the database, so a Redis restart
    # logs nobody out and loses no half-filled questionnaire.
    # (Django's cached_db, with a lighter write of an existing session: home/sessions.py.)
    SESSION_ENGINE = "home.sessions"
    # django-ratelimit lists only django-redis as "officially supported"; Django's own Redis
    # cache does what it needs too (add is SET NX, incr is INCRBY, both atomic in Redis).
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.W001"]
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # django-ratelimit warns that this cache is per process: throttling then counts per worker,
    # which is weaker but still works (a laptop, the tests, a single-process installation).
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]

# `seed_demo` creates logins with published passwords: only where this is True.
DEMO_DATA_ALLOWED = True

# Anonymous page views are cached this long at most; publishing purges them at once.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# Menus, footers and language links that many pages share; also purged on publish.
SHARED_DATA_CACHE_SECONDS = env_int("SHARED_DATA_CACHE_SECONDS", 600)

# The front cache (Varnish, config/varnish/default.vcl; home/front_cache.py): where the app sends
# its bans (Varnish's "purge" listener), and how long it may keep an anonymous page view.
FRONT_CACHE_PURGE_URL = env_str("FRONT_CACHE_PURGE_URL", "")
FRONT_CACHE_SECONDS = env_int("FRONT_CACHE_SECONDS", 600 if FRONT_CACHE_PURGE_URL else 0)
if FRONT_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "home.front_cache.BanEverythingBackend",
            "LOCATION": FRONT_CACHE_PURGE_URL,
        }
    }

# Accounts. Members log in on the site (the extranet); only staff use the Wagtail admin.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses logins while locked out
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "members:login"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "members:account"
# django-axes: after this many failed logins, logging in is paused for a while: for that user
# name from that address (so nobody can keep someone else's account locked from elsewhere: the
# owner still gets in from their own address), and for one browser at one address trying many
# names. Not for a user name alone (that would be a weapon against the account), nor for a whole
# address alone: a training room shares one address behind its router.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("LOGIN_LOCKOUT_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], ["ip_address", "user_agent"]]
AXES_CLIENT_IP_CALLABLE = "home.throttle.client_ip_for_axes"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "members/locked_out.html"
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False
# django-axes' records of logins (name, address, browser, times) are deleted after this many days
# (`manage.py expire_login_history`), and at once with the account they belong to.
LOGIN_HISTORY_RETENTION_DAYS = env_int("LOGIN_HISTORY_RETENTION_DAYS", 90)
# Sessions end after this long without a request (extranet and admin alike); each request
# starts the time again, so the session is saved on every request.
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_MINUTES", 120) * 60
SESSION_SAVE_EVERY_REQUEST = True
# The visitor's address is REMOTE_ADDR, or, behind this many reverse proxies that append to
# X-Forwarded-For, the address the outermost one saw (home.throttle.client_ip). Used by the
# login lockout and the throttles below; 0 in development, 1 in production (compose.yaml).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Throttles (home.throttle, counted in the cache: Redis in production). Beyond a rate, the
# request is refused with the 429 page before anything is mailed or stored.
THROTTLE_RATES = {
    "password_reset_ip": env_rate("THROTTLE_PASSWORD_RESET_PER_IP", "20/h"),
    "password_reset_email": env_rate("THROTTLE_PASSWORD_RESET_PER_ADDRESS", "5/h"),
    "event_registration_ip": env_rate("THROTTLE_EVENT_REGISTRATION_PER_IP", "10/h"),
    "event_registration_email": env_rate("THROTTLE_EVENT_REGISTRATION_PER_ADDRESS", "3/h"),
    # Wrong codes only; right ones are not counted.
    "survey_code_ip": env_rate("THROTTLE_SURVEY_CODE_PER_IP", "20/10m"),
    # High enough for a meeting behind one router sending an open questionnaire at its end.
    "survey_submission_ip": env_rate("THROTTLE_SURVEY_SUBMISSION_PER_IP", "60/h"),
    "invitation_user": env_rate("THROTTLE_INVITATION_PER_USER", "30/h"),
    # Wrong second-factor codes (authenticator or recovery code) in the admin, per account.
    "staff_otp_user": env_rate("THROTTLE_STAFF_OTP_PER_USER", "5/h"),
}
RATELIMIT_IP_META_KEY = "home.throttle.client_ip"
RATELIMIT_VIEW = "home.views.too_many_requests"
# Staff log into the admin with a second factor (an authenticator app's TOTP codes, recovery
# codes): required for the network management and the reviewers (and superusers) when this is
# on, offered to the other staff; whoever has set it up is always asked for it (home.two_factor).
STAFF_2FA_REQUIRED = env_bool("STAFF_2FA_REQUIRED", True)
# The name authenticator apps show beside the account.
OTP_TOTP_ISSUER = env_str("SITE_NAME", "MSO-Netzwerk")
# Wrong codes are counted by the shared throttle above (Redis, all workers), not by django-otp's
# per-device delay, which would also refuse the right code typed a second after a wrong one.
OTP_TOTP_THROTTLE_FACTOR = 0
# Invitations expire after this many days; a profile is due for confirmation once a year.
INVITATION_VALID_DAYS = env_int("INVITATION_VALID_DAYS", 14)
PROFILE_CONFIRMATION_DAYS = env_int("PROFILE_CONFIRMATION_DAYS", 365)
PROFILE_CONFIRMATION_REMINDER_DAYS = env_int("PROFILE_CONFIRMATION_REMINDER_DAYS", 30)
# Events: reminders go out this many hours before the start (`manage.py send_event_reminders`);
# registrations' personal data is removed this many days after the event
# (`manage.py anonymise_registrations`), keeping the counts.
EVENT_REMINDER_HOURS = env_int("EVENT_REMINDER_HOURS", 24)
EVENT_REGISTRATION_RETENTION_DAYS = env_int("EVENT_REGISTRATION_RETENTION_DAYS", 365)
# A place offered from the waiting list waits this long for the person's confirmation, then
# passes on (`manage.py expire_waiting_list_offers`); 0 gives such places outright.
EVENT_WAITING_OFFER_HOURS = env_int("EVENT_WAITING_OFFER_HOURS", 48)
# Reports of anonymous questionnaires show no breakdown with fewer responses than this, so that
# nobody can be recognised by their answers.
SURVEY_MIN_GROUP_SIZE = env_int("SURVEY_MIN_GROUP_SIZE", 3)
# Unfinished answers are kept this many days for a participant to go on (after a lost session
# or a break); sending them deletes them at once.
SURVEY_SAVED_ANSWERS_DAYS = env_int("SURVEY_SAVED_ANSWERS_DAYS", 14)
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # one day

# Background tasks (django-tasks, Django's tasks framework): "database" queues them in the
# database for `manage.py run_worker` (production, compose's `worker`); "immediate" runs them at
# once inside the request, so the embedded default needs no second process.
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS_BACKEND = env_str("TASKS_BACKEND", "immediate")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}
# A mail the server refused is tried again this many times in all, after 1, 5, 30, 120 … minutes
# (only on the database backend; the immediate one reports the failure to the page at once).
MAIL_ATTEMPTS = env_int("MAIL_ATTEMPTS", 5)
# A prepared download (home.prepared_downloads) is tried this many times in all, 1 and 5 minutes
# apart, is taken as failed when an attempt has not finished after this many minutes (a worker
# that died), and is deleted with its file after this many hours.
PREPARED_DOWNLOAD_ATTEMPTS = env_int("PREPARED_DOWNLOAD_ATTEMPTS", 3)
PREPARED_DOWNLOAD_TIMEOUT_MINUTES = env_int("PREPARED_DOWNLOAD_TIMEOUT_MINUTES", 30)
PREPARED_DOWNLOAD_RETENTION_HOURS = env_int("PREPARED_DOWNLOAD_RETENTION_HOURS", 24)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. German is the default; the set is this one setting (and the Locale rows that
# `seed_demo` or the admin creates from it).
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("tr", _("Turkish")),
    ("ar", _("Arabic")),
    ("fr", _("French")),
    ("ru", _("Russian")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [SITE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# Static files: served by WhiteNoise from STATIC_ROOT (collected at build time).
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [SITE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Files the worker prepares for one person (long PDFs, large exports): outside MEDIA_ROOT, so no
# URL reaches them but the download view, which checks who asks (home.prepared_downloads).
PREPARED_DOWNLOADS_ROOT = Path(env_str("PREPARED_DOWNLOADS_ROOT", str(BASE_DIR / "prepared")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "prepared_downloads": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PREPARED_DOWNLOADS_ROOT, "base_url": "/no-public-url/"},
    },
}

# E-mail: printed to the console unless an SMTP host is configured.
EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "MSO-Netzwerk <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Logs go to the console: plain text, or one JSON object per line (LOG_FORMAT=json, the default
# in production) for a log collector. Each record carries the request id (home.request_id).
LOG_FORMAT = env_choice("LOG_FORMAT", "text", ("text", "json"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "home.request_id.RequestIdFilter"}},
    "formatters": {
        "text": {"format": "%(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django.security.DisallowedHost": {"level": "ERROR"},
        # Failed logins, paused logins, refused questionnaire codes, permission denials: user
        # name and shortened address only (home.security_log).
        **{
            f"{app}.security": {"level": env_str("SECURITY_LOG_LEVEL", "INFO")}
            for app in ("home", "members", "surveys")
        },
    },
}

# Wagtail
WAGTAIL_SITE_NAME = env_str("SITE_NAME", "MSO-Netzwerk")
# No avatars from Gravatar: the admin asks no other host for anything (initials instead).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the dashboard ask wagtail.org for the latest release; updates are the lock file's job.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The site's one public address: the Wagtail Site's host and port follow it after every
# `migrate`, and with them canonical tags, the sitemap, feeds and every link in mails and QR
# codes (home/public_address.py). scripts/run.sh sets it from HOST and PORT. The older
# WAGTAILADMIN_BASE_URL is read when PUBLIC_URL is not set, so existing .env files keep working.
PUBLIC_URL = env_str("PUBLIC_URL") or env_str("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILADMIN_BASE_URL = PUBLIC_URL
# Wagtail's own index serves the admin's search; the public search has its own index, one
# language per document (home/search_index.py, docs/public-site.md#search).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # On PostgreSQL: no one language's stemming and stop words for six languages' content.
        "SEARCH_CONFIG": "simple",
    }
}
# The word forms each language's content is searched with: a PostgreSQL text search
# configuration, and the Snowball stemmer of the same name on SQLite ("simple": none). PostgreSQL
# has shipped an Arabic one since version 13 (the project needs 15).
SEARCH_CONFIGS = {
    "de": "german",
    "en": "english",
    "tr": "turkish",
    "ar": "arabic",
    "fr": "french",
    "ru": "russian",
}
# Documents go through Django (permission checks, private collections), never as media files.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
# Private means members of the network (groups), never a shared password.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
# Uploaded documents must be what their extension says (home/uploads.py); moves out of
# restricted collections are for the network management (home/media_access.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.forms.DocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILIMAGES_IMAGE_MODEL = "home.SiteImage"
# Moves out of restricted collections are for the network management (home/media_access.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.ImageForm"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"gif": "png", "bmp": "png", "tiff": "jpeg"}

# Prometheus metrics (/metrics): for a scraper sending `Authorization: Bearer <METRICS_TOKEN>`,
# or a logged-in superuser; without a token, superusers only (home.metrics).
METRICS_TOKEN = env_str("METRICS_TOKEN")

# Error reports to Sentry (or GlitchTip) when SENTRY_DSN is set; nothing is sent without it, and
# no personal data, request bodies, cookies or query strings with it (home.error_reporting).
SENTRY_DSN = env_str("SENTRY_DSN")
if SENTRY_DSN:
    error_reporting_init(
        dsn=SENTRY_DSN,
        environment=env_str("SENTRY_ENVIRONMENT", "production"),
        release=env_str("SENTRY_RELEASE"),
        traces_sample_rate=env_float("SENTRY_TRACES_SAMPLE_RATE", 0.0),
    )
