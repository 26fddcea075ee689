"""The demo content's translations live in per-app gettext catalogues (`<app>/demo/locale`).

They reproduce exactly the Python dictionaries they replaced (a snapshot taken from those
dictionaries before the move is the reference), every catalogue parses and is compiled, and the
untranslated entries are counted so that a gap is noticed.

After an intended change to a catalogue, rewrite the snapshot:
`.venv/bin/python manage.py shell -c "from tests.home.test_seed_catalogues import snapshot_write;
snapshot_write()"` and update UNTRANSLATED below.
"""

import hashlib
import json
from pathlib import Path

import polib
import pytest
from django.conf import settings
from wagtail_localize.models import StringSegment, StringTranslation

from events import demo_translations as events_demo
from home import demo_translations as home_demo
from home.demo_catalogue import DOMAIN, demo_catalogue, demo_languages, demo_locale_dir
from members import demo_translations as members_demo
from participation import demo_translations as participation_demo
from surveys import demo_translations as surveys_demo

ROOT = Path(settings.BASE_DIR)
SNAPSHOT = Path(__file__).parent / "data" / "demo_translations_snapshot.json"

# app -> (its demo_translations module, the name of its own dictionary there)
MODULES = {
    "home": (home_demo, "TRANSLATIONS"),
    "members": (members_demo, "MEMBERS_TRANSLATIONS"),
    "events": (events_demo, "EVENTS_TRANSLATIONS"),
    "surveys": (surveys_demo, "SURVEYS_TRANSLATIONS"),
    "participation": (participation_demo, "PARTICIPATION_TRANSLATIONS"),
}

# Entries with an empty (or fuzzy) msgstr, where the demo shows the German text, per app and
# language: today all of them slugs, as the Arabic and Russian pages keep their German slugs.
UNTRANSLATED = {
    "home": {"en": 0, "tr": 0, "ar": 12, "fr": 0, "ru": 12},
    "members": {"en": 0, "tr": 0, "ar": 0, "fr": 0, "ru": 0},
    "events": {"en": 0, "tr": 0, "ar": 0, "fr": 0, "ru": 0},
    "surveys": {"en": 0, "tr": 0, "ar": 3, "fr": 0, "ru": 3},
    "participation": {"en": 0, "tr": 0, "ar": 0, "fr": 0, "ru": 0},
}

# German texts of the seeded content that no catalogue has. The events catalogue has this event
# description with its <p> tags, but wagtail-localize offers rich text paragraph by paragraph,
# without them, so the description has never been translated.
KNOWN_GAPS = {
    "Alle Mitgliedsorganisationen sind herzlich eingeladen. Bitte melden Sie sich an, damit wir "
    "planen können."
}


def _digest(value) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def _sizes(translations: dict[str, dict[str, str]]) -> dict[str, int]:
    return {language: len(strings) for language, strings in sorted(translations.items())}


def _po_path(app: str, language: str) -> Path:
    return demo_locale_dir(ROOT / app) / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def _seeded_string_translations() -> list[list[str]]:
    return sorted(
        [language, source, translation]
        for language, source, translation in StringTranslation.objects.values_list(
            "locale__language_code", "translation_of__data", "data"
        )
    )


def snapshot() -> dict:
    """What the catalogues give today, in the snapshot's shape (without the seeded world)."""
    modules = MODULES.items()
    return {
        "own": {app: getattr(module, name) for app, (module, name) in modules},
        "merged_sha256": {app: _digest(module.TRANSLATIONS) for app, (module, _name) in modules},
        "merged_sizes": {app: _sizes(module.TRANSLATIONS) for app, (module, _name) in modules},
    }


def snapshot_write() -> None:
    """Rewrite the snapshot from the catalogues (after an intended change to them)."""
    stored = json.loads(SNAPSHOT.read_text())
    stored.update(snapshot())
    SNAPSHOT.write_text(json.dumps(stored, ensure_ascii=False, indent=1) + "\n")


@pytest.fixture(scope="module")
def stored() -> dict:
    return json.loads(SNAPSHOT.read_text())


@pytest.mark.parametrize("app", MODULES)
def test_each_apps_catalogues_give_its_former_dictionary(app, stored):
    module, name = MODULES[app]
    assert getattr(module, name) == stored["own"][app]


@pytest.mark.parametrize("app", MODULES)
def test_the_merged_translations_the_seed_code_uses_are_unchanged(app, stored):
    module, _name = MODULES[app]
    assert _sizes(module.TRANSLATIONS) == stored["merged_sizes"][app]
    assert _digest(module.TRANSLATIONS) == stored["merged_sha256"][app]


@pytest.mark.parametrize("app", MODULES)
def test_every_language_has_a_parsable_compiled_catalogue(app):
    msgids = None
    for language in demo_languages():
        catalogue = polib.pofile(str(_po_path(app, language)))
        assert catalogue.metadata["Language"] == language
        assert catalogue.metadata["Content-Type"] == "text/plain; charset=UTF-8"
        # The loader reads plain entries only: no contexts, plurals or obsolete entries.
        assert not [e.msgid for e in catalogue if e.msgctxt or e.msgid_plural or e.obsolete]
        # Every language lists the same German texts, so each shows what it lacks.
        entries = [entry.msgid for entry in catalogue]
        assert len(entries) == len(set(entries))
        assert msgids is None or entries == msgids, language
        msgids = entries
        # The compiled .mo holds exactly the translated entries of the .po (compilemessages ran).
        translated = {e.msgid: e.msgstr for e in catalogue if e.msgstr and "fuzzy" not in e.flags}
        assert demo_catalogue(ROOT / app, language) == translated, (
            f"{_po_path(app, language)} is not compiled: run manage.py compilemessages"
        )


@pytest.mark.parametrize("app", MODULES)
def test_untranslated_entries_are_counted(app):
    missing = {
        language: [
            entry.msgid
            for entry in polib.pofile(str(_po_path(app, language)))
            if not entry.msgstr or "fuzzy" in entry.flags
        ]
        for language in demo_languages()
    }
    counts = {language: len(msgids) for language, msgids in missing.items()}
    assert counts == UNTRANSLATED[app], missing


def test_seed_demo_translates_the_content_as_before(seeded, stored):
    """Every string translation `seed_demo` stores (language, German, translation) is the same
    as when the translations were Python dictionaries."""
    triples = _seeded_string_translations()
    assert len(triples) == stored["seeded_string_translations"]["count"]
    assert _digest(triples) == stored["seeded_string_translations"]["sha256"]


def test_every_seeded_text_but_slugs_has_a_catalogue_entry(seeded):
    """A German text added to the demo content needs an entry (empty until translated) in its
    app's catalogues, so that translators see it. Slugs without one keep the German slug."""
    msgids = {entry.msgid for app in MODULES for entry in polib.pofile(str(_po_path(app, "en")))}
    texts = {
        segment.string.data
        for segment in StringSegment.objects.select_related("string", "context")
        if segment.context.path.rsplit(".", 1)[-1] != "slug"
    }
    assert texts - msgids == KNOWN_GAPS
