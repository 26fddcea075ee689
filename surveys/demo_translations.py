"""Translations of the surveys app's German demo content, keyed by the German text (one dict per
language), read from its gettext catalogues in `surveys/demo/locale` and merged into the events
app's demo translations."""

from pathlib import Path

from events.demo_translations import TRANSLATIONS as EVENTS_TRANSLATIONS
from home.demo_catalogue import demo_translations

SURVEYS_TRANSLATIONS: dict[str, dict[str, str]] = demo_translations(Path(__file__).resolve().parent)

TRANSLATIONS = {
    language: {**EVENTS_TRANSLATIONS.get(language, {}), **strings}
    for language, strings in SURVEYS_TRANSLATIONS.items()
}
