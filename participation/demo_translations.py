"""Translations of the participation app's German demo content (the titles and descriptions of
the proposal processes, the date poll and the working groups), keyed by the German text (one
dict per language), read from its gettext catalogues in `participation/demo/locale`."""

from pathlib import Path

from home.demo_catalogue import demo_translations

PARTICIPATION_TRANSLATIONS: dict[str, dict[str, str]] = demo_translations(
    Path(__file__).resolve().parent
)

# What the seed code reads: the app's own catalogues (its texts are in no other app's).
TRANSLATIONS = PARTICIPATION_TRANSLATIONS
