"""The documentation stays inside the repository: every relative link in a Markdown file leads to
a file (and, with `#…`, a heading) that exists, and no document points outside the repository."""

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SKIPPED_DIRS = {"node_modules", "staticfiles", "media", "__pycache__"}

FENCE = re.compile(r"^ {0,3}(```|~~~).*?^ {0,3}\1", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"`[^`\n]*`")
INLINE_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$", re.MULTILINE)
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
OUTSIDE = [
    (re.compile(r"\.\./shared\b"), "../shared"),
    (re.compile(r"(?<![\w.~-])/work(?:/|\b)"), "an absolute /work path"),
]


def markdown_files() -> list[Path]:
    """README.md, docs/ and any other Markdown file of the repository (not in hidden folders
    such as .venv, nor in generated ones)."""
    found = []
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        found += [Path(folder) / name for name in sorted(files) if name.endswith(".md")]
    return found


def prose(text: str) -> str:
    """The text without code blocks and code spans, where brackets are not links."""
    return CODE_SPAN.sub("", FENCE.sub("", text))


def links(text: str) -> list[str]:
    text = prose(text)
    return INLINE_LINK.findall(text) + REFERENCE.findall(text)


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    heading = re.sub(r"[`*_]|\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    return {anchor(heading) for heading in HEADING.findall(FENCE.sub("", path.read_text()))}


def relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_the_front_page_and_the_docs_folder_are_checked():
    files = {relative(path) for path in markdown_files()}
    assert "README.md" in files
    assert "docs/README.md" in files
    assert "docs/architecture.md" in files


def test_the_front_page_stays_short():
    assert len((ROOT / "README.md").read_text().splitlines()) <= 160


@pytest.mark.parametrize("path", markdown_files(), ids=relative)
def test_every_relative_link_leads_to_something_in_the_repository(path):
    broken = []
    for target in links(path.read_text()):
        if SCHEME.match(target) or target.startswith("//"):
            continue
        file_part, _hash, fragment = target.partition("#")
        destination = (path.parent / file_part).resolve() if file_part else path
        if not destination.is_relative_to(ROOT):
            broken.append(f"{target} (outside the repository)")
        elif not destination.exists():
            broken.append(f"{target} (no such file)")
        elif fragment and destination.suffix == ".md" and fragment not in anchors(destination):
            broken.append(f"{target} (no such heading)")
    assert broken == [], f"{relative(path)} links to what is not there"


@pytest.mark.parametrize("path", markdown_files(), ids=relative)
def test_no_document_points_outside_the_repository(path):
    text = path.read_text()
    found = [what for pattern, what in OUTSIDE if pattern.search(text)]
    assert found == [], f"{relative(path)} mentions {', '.join(found)}"


def test_the_link_check_sees_links_but_not_code():
    text = '[a](docs/a.md) ![b](b.png "t") `[c](c.md)`\n\n```\n[d](d.md)\n```\n[e]: e.md\n'
    text += "- item\n\n  ```sh\n  [f](f.md)\n  ```\n"
    assert sorted(links(text)) == ["b.png", "docs/a.md", "e.md"]
    assert anchor("Configuration (environment variables)") == "configuration-environment-variables"
    assert anchor("Which app may import which") == "which-app-may-import-which"
