"""Translations of the events app's German demo content, keyed by the German text (one dict per
language), read from its gettext catalogues in `events/demo/locale` and merged into the site's
and the members app's demo translations."""

from pathlib import Path

from home.demo_catalogue import demo_translations
from members.demo_translations import TRANSLATIONS as MEMBERS_TRANSLATIONS

EVENTS_TRANSLATIONS: dict[str, dict[str, str]] = demo_translations(Path(__file__).resolve().parent)

TRANSLATIONS = {
    language: {**MEMBERS_TRANSLATIONS.get(language, {}), **strings}
    for language, strings in EVENTS_TRANSLATIONS.items()
}
