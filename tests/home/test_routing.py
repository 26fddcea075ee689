"""Page models reach the views above them through the `register_page_views` hook."""

import re
from pathlib import Path

import pytest

from home.routing import page_view

ROOT = Path(__file__).resolve().parents[2]
APPS = ("home", "members", "events", "surveys")


def _names_asked_for() -> set[str]:
    names = set()
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            names.update(re.findall(r'page_view\("([\w.]+)"\)', path.read_text()))
    return names


def test_every_page_view_a_model_asks_for_is_registered():
    names = _names_asked_for()
    assert len(names) > 20
    for name in sorted(names):
        assert callable(page_view(name)), name


def test_an_unknown_page_view_fails_loudly():
    with pytest.raises(LookupError, match="events.nothing"):
        page_view("events.nothing")
