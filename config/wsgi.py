import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()

# Everything loaded so far lives as long as the worker: moved out of the garbage collector's
# reach, so that its full collections during a long export do not walk it again and again.
gc.freeze()
