"""No template can forget to isolate a value that reads left to right: every phone or fax
number, postcode, address, e-mail or web address rendered as text goes through the `ltr` or
`isolate` component (home/templatetags/bidi.py)."""

import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
TEMPLATE_DIRS = [ROOT / "site" / "templates", *ROOT.glob("*/templates")]

# The last part of a variable's path that names a contact value (`organisation.public_phone`,
# `contact.email`, `page.venue_address`, `organisation.website`).
CONTACT_VALUE = re.compile(
    r"(^|_)(phone|fax|email|e_mail|postal_code|postcode|zip_code|address|website|homepage)$"
)
ISOLATED = re.compile(r"\|\s*(ltr|isolate)\b")
VARIABLE = re.compile(r"\{\{\s*(?P<expr>.*?)\s*\}\}")
BLOCKTRANSLATE_WITH = re.compile(
    r"\{%\s*blocktrans(?:late)?\b(?P<args>.*?)%\}(?P<body>.*?)\{%\s*endblocktrans", re.S
)
ASSIGNMENT = re.compile(r"(\w+)=(?P<expr>[^\s%]+)")
# Text that can hold no markup: a value there must stay plain.
PLAIN_TEXT_BLOCK = re.compile(
    r"\{%\s*block\s+(title|description)\s*%\}.*?\{%\s*endblock|<title>.*?</title>", re.S
)


def templates() -> list[Path]:
    return sorted(path for folder in TEMPLATE_DIRS for path in folder.rglob("*.html"))


def names_contact_value(expr: str) -> bool:
    variable = re.split(r"[|\s]", expr, maxsplit=1)[0]
    return bool(CONTACT_VALUE.search(variable.rsplit(".", 1)[-1]))


def in_attribute(source: str, position: int) -> bool:
    """Whether `position` is inside a tag (an attribute value such as href="mailto:…")."""
    return source.rfind("<", 0, position) > source.rfind(">", 0, position)


def unisolated(source: str) -> list[str]:
    plain = [match.span() for match in PLAIN_TEXT_BLOCK.finditer(source)]
    # Inside a blocktranslate, a name its `with` assigns is checked where it is assigned.
    assigned = [
        (tag.start("body"), tag.end("body"), set(re.findall(r"(\w+)=", tag["args"])))
        for tag in BLOCKTRANSLATE_WITH.finditer(source)
    ]
    found = []
    for match in VARIABLE.finditer(source):
        expr = match["expr"]
        if any(start <= match.start() < end for start, end in plain):
            continue
        if any(s <= match.start() < e and expr in names for s, e, names in assigned):
            continue
        if (
            names_contact_value(expr)
            and not in_attribute(source, match.start())
            and not ISOLATED.search(expr)
        ):
            found.append(match.group(0))
    for tag in BLOCKTRANSLATE_WITH.finditer(source):
        for assignment in ASSIGNMENT.finditer(tag["args"]):
            expr = assignment["expr"]
            if names_contact_value(expr) and not ISOLATED.search(expr):
                found.append(assignment.group(0))
    return found


def test_the_scan_sees_templates_of_every_app():
    apps = {path.relative_to(ROOT).parts[0] for path in templates()}

    assert {"site", "home", "members", "events", "surveys"} <= apps


def test_the_scan_catches_a_phone_number_without_the_component():
    source = '<p>{% translate "Phone" %}: <a href="tel:{{ org.phone }}">{{ org.phone }}</a></p>'

    assert unisolated(source) == ["{{ org.phone }}"]
    assert unisolated(source.replace(">{{ org.phone }}<", ">{{ org.phone|ltr }}<")) == []
    assert unisolated("{% blocktranslate with email=r.email %}{{ email }}{% endblocktranslate %}")


def test_every_contact_value_in_every_template_is_isolated():
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in templates()
        if (found := unisolated(path.read_text()))
    }

    assert offenders == {}, (
        "Render these through the bidi component (`|ltr` for numbers and addresses, "
        "`|isolate` for names and fallback text):\n"
        + "\n".join(f"{path}: {', '.join(found)}" for path, found in offenders.items())
    )
