from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Public site")

    def ready(self):
        from .signals import connect_page_cache_purge, ensure_locales

        post_migrate.connect(ensure_locales, sender=self)
        connect_page_cache_purge()
