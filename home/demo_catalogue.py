"""The translations of the German demo content, read from gettext catalogues.

Each app keeps one catalogue per language in `<app>/demo/locale/<language>/LC_MESSAGES/demo.po`:
the msgid is the German text exactly as the app's demo content has it, the msgstr its translation.
`manage.py compilemessages` compiles them to `demo.mo` next to them (it compiles every `.po` under
a directory named `locale`), and the compiled files are committed. An entry with an empty (or a
fuzzy) msgstr is left out of the compiled catalogue, so the demo keeps the German text there.
See docs/translations-demo.md.
"""

import gettext
from pathlib import Path

from django.conf import settings

DOMAIN = "demo"


def demo_languages() -> list[str]:
    """The content languages the demo content is translated into (all but the default)."""
    return [
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
    ]


def demo_locale_dir(app_dir: Path) -> Path:
    """Where an app's demo catalogues are: `<app>/demo/locale`."""
    return app_dir / "demo" / "locale"


def demo_catalogue(app_dir: Path, language: str) -> dict[str, str]:
    """{German text: translation} from the app's compiled catalogue for `language`.

    A missing catalogue raises FileNotFoundError: every app has one per content language.
    """
    translations = gettext.translation(DOMAIN, demo_locale_dir(app_dir), languages=[language])
    # GNUTranslations has no public way to list its entries; `_catalog` holds them (msgid ->
    # msgstr), with the header under the empty msgid.
    return {msgid: msgstr for msgid, msgstr in translations._catalog.items() if msgid}


def demo_translations(app_dir: Path) -> dict[str, dict[str, str]]:
    """{language: {German text: translation}} for every demo language, from the app's
    catalogues (the structure the seed code and `home.localization` take)."""
    return {language: demo_catalogue(app_dir, language) for language in demo_languages()}
