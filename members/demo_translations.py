"""Translations of the members app's German demo content, keyed by the German text (one dict per
language), merged into the site's demo translations."""

from home.demo_translations import TRANSLATIONS as SITE_TRANSLATIONS

MEMBERS_TRANSLATIONS: dict[str, dict[str, str]] = {
    "en": {},
    "tr": {},
    "ar": {},
    "fr": {},
    "ru": {},
}

TRANSLATIONS = {
    language: {**SITE_TRANSLATIONS.get(language, {}), **MEMBERS_TRANSLATIONS.get(language, {})}
    for language in set(SITE_TRANSLATIONS) | set(MEMBERS_TRANSLATIONS)
}
