from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members and extranet")

    def ready(self):
        # The receivers import models: only once the app registry is ready.
        from . import signals  # noqa: PLC0415

        signals.connect()
