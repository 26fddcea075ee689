"""Keeps Wagtail's Locale rows in step with settings.LANGUAGES after every migrate."""

from django.conf import settings


def ensure_locales(**kwargs) -> None:
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
