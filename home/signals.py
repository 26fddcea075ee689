"""Keeps Wagtail's Locale rows in step with settings.LANGUAGES after every migrate."""

from django.conf import settings


def ensure_locales(**kwargs) -> None:
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def connect_page_cache_purge() -> None:
    """Purge the anonymous page cache whenever what the public sees may have changed."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from .page_cache import purge

    page_published.connect(purge, dispatch_uid="page_cache_published")
    page_unpublished.connect(purge, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(purge, dispatch_uid="page_cache_moved")
    post_delete.connect(_purge_for_page, dispatch_uid="page_cache_deleted")
    post_save.connect(_purge_for_setting, dispatch_uid="page_cache_settings")


def _purge_for_page(sender, **kwargs) -> None:
    from wagtail.models import Page

    from .page_cache import purge

    if issubclass(sender, Page):
        purge()


def _purge_for_setting(sender, created=False, **kwargs) -> None:
    from wagtail.contrib.settings.models import BaseSiteSetting

    from .page_cache import purge

    # A settings row created empty on first read changes nothing that visitors see.
    if issubclass(sender, BaseSiteSetting) and not created:
        purge()
