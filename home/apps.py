from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Public site")

    def ready(self):
        # The receivers import models: only once the app registry is ready.
        from . import checks  # noqa: F401, PLC0415 - registers the system checks
        from .public_address import default_site_sync_after_migrate  # noqa: PLC0415
        from .signals import (  # noqa: PLC0415
            connect_page_cache_purge,
            connect_search_index,
            ensure_locales,
            search_index_fill,
        )

        post_migrate.connect(ensure_locales, sender=self)
        post_migrate.connect(default_site_sync_after_migrate, sender=self)
        post_migrate.connect(search_index_fill, sender=self)
        from .locales import answer_get_active_from_memory  # noqa: PLC0415
        from .view_restrictions import answer_unrestricted_pages_from_cache  # noqa: PLC0415

        connect_page_cache_purge()
        connect_search_index()
        answer_unrestricted_pages_from_cache()
        answer_get_active_from_memory()
