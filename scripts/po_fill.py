"""Fill a .po catalogue from a JSON object {msgid: msgstr} (or {msgid: [singular, plural…]}).

Used when adding UI strings: `python scripts/po_fill.py de new-strings.json`. For English the
msgstr is the msgid. Clears fuzzy flags on the entries it fills and reports what is still missing.
"""

import json
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def fill(language: str, translations: dict) -> list[str]:
    path = ROOT / "site" / "locale" / language / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(path))
    for entry in catalogue:
        # Only what is missing or fuzzy: a msgid shared by several contexts must not overwrite
        # the translations the other contexts already have.
        if entry.translated() and "fuzzy" not in entry.flags:
            continue
        value = entry.msgid if language == "en" else translations.get(entry.msgid)
        if value is None:
            continue
        if entry.msgid_plural:
            forms = value if isinstance(value, list) else [entry.msgid, entry.msgid_plural]
            if language == "en":
                forms = [entry.msgid, entry.msgid_plural]
            entry.msgstr_plural = dict(enumerate(forms))
        else:
            entry.msgstr = value
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = None
        entry.previous_msgid_plural = None
    catalogue.save()
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    return untranslated + [e.msgid for e in catalogue.fuzzy_entries()]


if __name__ == "__main__":
    language, source = sys.argv[1], sys.argv[2]
    missing = fill(language, json.loads(Path(source).read_text()) if source != "-" else {})
    print(language, "missing:", missing)
