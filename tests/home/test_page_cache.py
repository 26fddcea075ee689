"""Anonymous page views are cached; publishing purges them in every language; members and
pages that set cookies are never served from the cache."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.http import HttpResponse
from wagtail.models import PageViewRestriction

from home.page_cache import CACHED_HEADER, AnonymousPageCacheMiddleware

from .conftest import make_news


@pytest.fixture(autouse=True)
def fresh_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()


def test_second_anonymous_view_comes_from_the_cache(client, page_tree):
    first = client.get(page_tree.about.url)
    second = client.get(page_tree.about.url)

    assert first[CACHED_HEADER] == "miss"
    assert second[CACHED_HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_publishing_purges_the_page_at_once(client, page_tree):
    client.get(page_tree.about.url)
    about = page_tree.about
    about.title = "Über das Netzwerk (neu)"
    about.save_revision().publish()

    response = client.get(about.url)

    assert response[CACHED_HEADER] == "miss"
    assert "Über das Netzwerk (neu)" in response.content.decode()


def test_publishing_purges_every_language(client, page_tree):
    english_home = page_tree.translated(page_tree.home, "en")
    client.get(english_home.url)
    assert client.get(english_home.url)[CACHED_HEADER] == "hit"

    english_about = page_tree.translated(page_tree.about, "en")
    english_about.title = "About us, renamed"
    english_about.save_revision().publish()

    response = client.get(english_home.url)
    assert response[CACHED_HEADER] == "miss"
    assert "About us, renamed" in response.content.decode()  # in the menu


def test_unpublishing_purges_the_cache(client, page_tree):
    client.get(page_tree.home.url)
    page_tree.about.unpublish()

    response = client.get(page_tree.home.url)

    assert response[CACHED_HEADER] == "miss"
    assert page_tree.about.url not in response.content.decode()


def test_logged_in_users_never_get_cached_pages(client, page_tree):
    client.get(page_tree.about.url)  # cached for anonymous visitors
    user = get_user_model().objects.create_user("mitglied", password="x")
    client.force_login(user)

    response = client.get(page_tree.about.url)

    assert CACHED_HEADER not in response


def test_responses_that_set_cookies_are_not_stored(rf, page_tree):
    def view_with_form(request):
        request.is_page_cacheable = True
        response = HttpResponse("<form>…</form>")
        response.set_cookie("csrftoken", "token")
        return response

    middleware = AnonymousPageCacheMiddleware(view_with_form)
    middleware(rf.get("/de/formular/"))
    second = middleware(rf.get("/de/formular/"))

    assert CACHED_HEADER not in second


def test_not_found_pages_are_not_cached(client, page_tree):
    client.get("/de/gibt-es-nicht/")
    response = client.get("/de/gibt-es-nicht/")

    assert response.status_code == 404
    assert CACHED_HEADER not in response


def test_making_a_cached_page_private_takes_effect_at_once(client, page_tree):
    assert client.get(page_tree.about.url)[CACHED_HEADER] == "miss"
    PageViewRestriction.objects.create(
        page=page_tree.about, restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get(page_tree.about.url)

    assert response.status_code == 302
    assert response["Location"].startswith("/de/konto/anmelden/?next=")


def test_made_up_query_strings_bypass_the_cache(client, page_tree):
    client.get(page_tree.about.url + "?utm=1")
    response = client.get(page_tree.about.url + "?utm=1")

    assert CACHED_HEADER not in response
    assert response.status_code == 200


def test_parameter_order_does_not_split_the_cache(client, news_index):
    client.get(news_index.url + "?page=1&tag=x")

    assert client.get(news_index.url + "?tag=x&page=1")[CACHED_HEADER] == "hit"


def test_shared_lists_refresh_when_news_is_published(client, settings, page_tree, news_index):
    settings.PAGE_CACHE_SECONDS = 0  # only the shared data caches are in play
    make_news(news_index, 1)
    assert "Nachricht 001" not in client.get(news_index.url).content.decode()
    assert "Nachricht 001" not in client.get("/de/suche/?q=Nachricht").content.decode()

    make_news(news_index, 1, offset=1)

    assert "Nachricht 001" in client.get(news_index.url).content.decode()
    assert "Nachricht 001" in client.get(page_tree.home.url).content.decode()
    assert "Nachricht 001" in client.get("/de/suche/?q=Nachricht").content.decode()
