"""Helpers for the throttling tests: the 429 page as the visitor reads it, and the clock moved
past a throttle's window."""

import time

from tests.html import soup

# The 429 page's heading, as each catalogue has it.
TOO_MANY = {"de": "Zu viele Anfragen", "en": "Too many requests", "ar": "طلبات كثيرة جدًا"}


def assert_throttled(response, language: str = "de") -> None:
    """The request was refused with the 429 page in `language`, with its direction."""
    assert response.status_code == 429, response.status_code
    page = soup(response)
    html = page.find("html")
    assert html["lang"] == language
    assert html["dir"] == ("rtl" if language == "ar" else "ltr")
    assert page.select_one("main h1").get_text(strip=True) == TOO_MANY[language]
    assert "no-store" in response["Cache-Control"]


def later(monkeypatch, seconds: int) -> None:
    """Move the clock that django-ratelimit's windows and the memory cache read forward."""
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + seconds)
