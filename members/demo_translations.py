"""Translations of the members app's German demo content, keyed by the German text (one dict per
language), read from its gettext catalogues in `members/demo/locale` and merged into the site's
demo translations."""

from pathlib import Path

from home.demo_catalogue import demo_translations
from home.demo_translations import TRANSLATIONS as SITE_TRANSLATIONS

MEMBERS_TRANSLATIONS: dict[str, dict[str, str]] = demo_translations(Path(__file__).resolve().parent)

TRANSLATIONS = {
    language: {**SITE_TRANSLATIONS.get(language, {}), **MEMBERS_TRANSLATIONS.get(language, {})}
    for language in set(SITE_TRANSLATIONS) | set(MEMBERS_TRANSLATIONS)
}
