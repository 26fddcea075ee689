"""An event's text that nobody has translated yet is German on the other languages' pages, and
is marked so (`lang="de"`, `dir="ltr"` on Arabic pages); a translated text is not marked."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from home.localization import translation_publish

TEASER = "Ein Abend für alle Vereine."
DESCRIPTION = "Wir sprechen über Förderanträge."


def _page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def event(publish_event):
    return publish_event(
        title="Netzwerktreffen", teaser=TEASER, description=f"<p>{DESCRIPTION}</p>"
    )


@pytest.mark.parametrize(("language", "direction"), [("ar", "ltr"), ("tr", "ltr")])
def test_untranslated_description_and_teaser_are_marked_german(client, event, language, direction):
    # Only the teaser is translated; the description keeps the German source.
    translated = translation_publish(
        instance=event,
        locale=Locale.objects.get(language_code=language),
        strings={TEASER: f"Teaser [{language}]"},
    )

    html = _page(client, translated.url)

    description = html.select_one(".event .rich-text")
    assert DESCRIPTION in description.get_text()
    assert (description.get("lang"), description.get("dir")) == ("de", direction)
    teaser = html.select_one(".event .lead")
    assert teaser.get_text() == f"Teaser [{language}]"
    assert teaser.get("lang") is None


def test_the_german_event_page_marks_nothing(client, event):
    html = _page(client, event.url)

    assert html.select_one(".event .rich-text").get("lang") is None
    assert html.select_one(".event .lead").get("lang") is None
