"""Translations of the surveys app's German demo content, keyed by the German text (one dict per
language), merged into the events app's demo translations."""

from events.demo_translations import TRANSLATIONS as EVENTS_TRANSLATIONS

SURVEYS_TRANSLATIONS: dict[str, dict[str, str]] = {
    "en": {},
    "tr": {},
    "ar": {},
    "fr": {},
    "ru": {},
}

TRANSLATIONS = {
    language: {**EVENTS_TRANSLATIONS.get(language, {}), **strings}
    for language, strings in SURVEYS_TRANSLATIONS.items()
}
