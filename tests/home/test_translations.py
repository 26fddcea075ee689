"""UI translations: every catalogue is complete, and the committed .mo files match the .po files."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "site" / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))

    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert catalogue.metadata["Language"] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    # Keyed with the context too: "Cancelled" of a registration is not that of a cooperation.
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.pofile(str(folder / "django.po"))
    }
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.mofile(str(folder / "django.mo"))
    }

    assert {k: v for k, v in compiled.items() if k[1]} == source
