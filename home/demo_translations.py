"""Translations of the German demo content, keyed by the German text (one dict per language),
read from the home app's gettext catalogues in `home/demo/locale` (see `home.demo_catalogue`)."""

from pathlib import Path

from .demo_catalogue import demo_translations

TRANSLATIONS: dict[str, dict[str, str]] = demo_translations(Path(__file__).resolve().parent)
