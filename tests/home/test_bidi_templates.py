"""No template can forget to isolate a value that reads left to right: every phone or fax
number, postcode, address, e-mail or web address rendered as text goes through the `ltr` or
`isolate` component (home/templatetags/bidi.py), and every date or time through `bidi_date`,
`bidi_time` (or `isolate` after `event_datetime`)."""

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
# Django's date and time filters and the events' own date filter, which render numerals.
DATE_FILTER = re.compile(r"\|\s*(date|time|event_datetime)\b")
DATE_ISOLATED = re.compile(r"\|\s*(bidi_date|bidi_time|isolate|ltr)\b")
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


def needs_isolation(expr: str) -> bool:
    """A contact value without `ltr`/`isolate`, or a date whose last date filter is not
    followed by the component (`x|date:"c"|bidi_date` would not be isolated either)."""
    if names_contact_value(expr) and not ISOLATED.search(expr):
        return True
    dates = list(DATE_FILTER.finditer(expr))
    return bool(dates) and not DATE_ISOLATED.search(expr, dates[-1].end())


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
        if needs_isolation(expr) and not in_attribute(source, match.start()):
            found.append(match.group(0))
    for tag in BLOCKTRANSLATE_WITH.finditer(source):
        if any(start <= tag.start() < end for start, end in plain):
            continue
        for assignment in ASSIGNMENT.finditer(tag["args"]):
            if needs_isolation(assignment["expr"]):
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


def test_the_scan_catches_a_date_without_the_component():
    source = '<time datetime="{{ e.start|date:\'c\' }}">{{ e.start|date:"DATE_FORMAT" }}</time>'

    assert unisolated(source) == ['{{ e.start|date:"DATE_FORMAT" }}']
    assert unisolated(source.replace('|date:"DATE', '|bidi_date:"DATE')) == []
    assert unisolated("{{ e.end|time:'TIME_FORMAT'|default:'' }}")
    assert unisolated("{{ e.start|event_datetime }}")
    assert not unisolated("{{ e.start|event_datetime:'short'|isolate }}")
    assert unisolated("{% blocktranslate with d=x|date:'d.m.Y' %}{{ d }}{% endblocktranslate %}")
    assert not unisolated("{% block title %}{{ month|date:'F Y' }}{% endblock %}")


def test_every_contact_value_in_every_template_is_isolated():
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in templates()
        if (found := unisolated(path.read_text()))
    }

    assert offenders == {}, (
        "Render these through the bidi component (`|ltr` for numbers and addresses, "
        "`|isolate` for names and fallback text, `|bidi_date`/`|bidi_time` for dates):\n"
        + "\n".join(f"{path}: {', '.join(found)}" for path, found in offenders.items())
    )
