import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()

# Load the URLconf (and with it every app's views and hooks) now, then move everything loaded so
# far, which lives as long as the worker, out of the garbage collector's reach: its full
# collections during a long export then do not walk it again and again.
get_resolver().url_patterns  # noqa: B018 (loads the URLconf)
gc.freeze()
