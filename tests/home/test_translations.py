"""UI translations: every catalogue is complete, and the committed .mo files match the .po files."""

import ast
import os
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


# What `makemessages` extracts from Python (xgettext's own keywords and those Django adds), by
# the arguments each keyword takes: a gettext function bound to another name (`gettext_lazy as
# _lazy`, `_l = gettext_lazy`) is never extracted, so its strings never reach the translators;
# one bound to a keyword of another shape (`ngettext as _`) is extracted wrongly.
SINGLE = {"_", "gettext", "gettext_lazy", "gettext_noop"}
EXTRACTED_AS = {
    "gettext": SINGLE,
    "gettext_lazy": SINGLE,
    "gettext_noop": SINGLE,
    "ngettext": {"ngettext", "ngettext_lazy"},
    "ngettext_lazy": {"ngettext", "ngettext_lazy"},
    "pgettext": {"pgettext", "pgettext_lazy"},
    "pgettext_lazy": {"pgettext", "pgettext_lazy"},
    "npgettext": {"npgettext", "npgettext_lazy"},
    "npgettext_lazy": {"npgettext", "npgettext_lazy"},
}
# What makemessages reads (as docs/translations.md runs it: without .venv and tests).
SKIPPED = {".venv", "tests", "node_modules", ".git"}


def _python_sources() -> list[Path]:
    found = []
    for folder, subfolders, files in os.walk(settings.BASE_DIR):
        subfolders[:] = [name for name in subfolders if name not in SKIPPED]
        found.extend(Path(folder) / name for name in files if name.endswith(".py"))
    return sorted(found)


def _gettext_bound_to(node) -> str | None:
    """The gettext function `node` names (`gettext_lazy`, `translation.gettext_lazy`), if any."""
    name = getattr(node, "id", None) or getattr(node, "attr", None)
    return name if name in EXTRACTED_AS else None


def unextracted_aliases(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "django.utils.translation":
            for alias in node.names:
                bound = alias.asname or alias.name
                if alias.name in EXTRACTED_AS and bound not in EXTRACTED_AS[alias.name]:
                    found.append(f"{alias.name} as {bound}")
        elif isinstance(node, ast.Assign) and (function := _gettext_bound_to(node.value)):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id not in EXTRACTED_AS[function]:
                    found.append(f"{target.id} = {function}")
    return found


def test_the_alias_check_catches_what_makemessages_would_miss():
    assert unextracted_aliases("from django.utils.translation import gettext_lazy as _lazy") == [
        "gettext_lazy as _lazy"
    ]
    assert unextracted_aliases(
        "from django.utils import translation\n_l = translation.gettext_lazy"
    ) == ["_l = gettext_lazy"]
    assert unextracted_aliases("from django.utils.translation import ngettext as _") == [
        "ngettext as _"
    ]
    assert (
        unextracted_aliases(
            "from django.utils.translation import gettext as _, gettext_lazy, pgettext_lazy"
        )
        == []
    )


def test_every_gettext_function_is_bound_to_a_name_makemessages_extracts():
    root = Path(settings.BASE_DIR)
    found = {
        str(path.relative_to(root)): aliases
        for path in _python_sources()
        if (aliases := unextracted_aliases(path.read_text(encoding="utf-8")))
    }

    assert found == {}
