from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events and qualification modules")

    def ready(self):
        # The receivers import models: only once the app registry is ready.
        from . import signals  # noqa: PLC0415

        signals.connect()
