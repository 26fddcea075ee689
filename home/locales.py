"""Locale look-ups without a query each time: Wagtail's `Locale.get_active()` asks the database
on every call, and a page view makes a dozen of them. Locales change only when staff add one."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.models import Locale

_by_language: dict[str, Locale] = {}


def locale_for(language_code: str) -> Locale:
    locale = _by_language.get(language_code)
    if locale is None:
        locale = Locale.objects.get_for_language(language_code)
        _by_language[language_code] = locale
    return locale


def active_locale() -> Locale:
    try:
        return locale_for(get_language())
    except (Locale.DoesNotExist, LookupError):
        return Locale.get_default()


def answer_get_active_from_memory() -> None:
    """Make Wagtail's own `Locale.get_active()` (behind every `.localized`) and
    `Locale.get_default()` (behind every translation's `.original`) use the remembered locales
    too (called from `HomeConfig.ready`)."""
    Locale.get_active = classmethod(lambda cls: active_locale())
    Locale.get_default = classmethod(lambda cls: locale_for(settings.LANGUAGE_CODE))


def forget_locales(**kwargs) -> None:
    _by_language.clear()


post_save.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_saved")
post_delete.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_deleted")
