"""Shared fixtures: the page tree in every language, and a real Chromium for browser journeys."""

import os
import shutil
from dataclasses import dataclass
from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory, StandardPageFactory
from home.locales import forget_locales
from home.localization import translation_publish
from home.models import HomePage, StandardPage
from home.page_cache import forget_local
from tests.worlds import (
    STACK,
    WorldStack,
    baseline_remember,
    baseline_restore,
    commits,
    group_by_worlds,
    leave_emptying_to_baseline_restore,
    shared,
    uses_database,
    world,
    worlds_of,
    xdist_scheduler,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != settings.LANGUAGE_CODE]
RTL_LANGUAGES = {"ar"}


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the site's default language: a request through the test client (or a
    test) activates a language for the thread, which would otherwise reach the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached pages and menus must not leak from one test's database into the next."""
    cache.clear()
    forget_local()
    forget_locales()


# Shared worlds (tests/worlds.py) ---------------------------------------------------------------


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    group_by_worlds(items)


def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") == "loadfile":
        return xdist_scheduler(config, log)
    return None


leave_emptying_to_baseline_restore()


@pytest.fixture(scope="session", autouse=True)
def _world_stack(request, django_db_setup, django_db_blocker):
    baseline_remember(django_db_blocker)
    stack = WorldStack(django_db_blocker)
    request.config.stash[STACK] = stack
    yield stack
    stack.close()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before any fixture of the test is set up (a module's own world may be among them), roll
    back the open worlds the test does not ask for."""
    if STACK in item.config.stash and uses_database(item):
        item.config.stash[STACK].keep_only([] if commits(item) else worlds_of(item))


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    """Settle the open worlds just before a test's own transaction begins."""
    if fixturedef.argname == "_django_db_helper" and STACK in request.config.stash:
        stack = request.config.stash[STACK]
        if commits(request.node):
            stack.drop_to(0)
        else:
            stack.settle(worlds_of(request.node))
            # Runs after the test's savepoint is rolled back, before module fixtures end.
            request.addfinalizer(stack.drop_borrowed)
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A test that committed leaves an empty database behind; restore the migrated one."""
    result = yield
    # After the session's last test the test database is gone already.
    if commits(item) and nextitem is not None:
        baseline_restore(item, item.config.stash[STACK].blocker)
    return result


@dataclass
class PageTree:
    home: HomePage
    about: StandardPage
    imprint: StandardPage

    def translated(self, page: Page, language: str) -> Page:
        return page.get_translation(Locale.objects.get(language_code=language)).specific


def _translation_strings(language: str) -> dict[str, str]:
    return {
        "Startseite": f"Start [{language}]",
        "Willkommen im Netzwerk.": f"Welcome [{language}]",
        "Über uns": f"About [{language}]",
        "Impressum": f"Imprint [{language}]",
    }


def _wagtail_root() -> Page:
    """Wagtail's root page, which the migrations create (and `baseline_restore` puts back after a
    test that commits)."""
    return Page.get_first_root_node()


@world("page_tree")
def page_tree_build() -> PageTree:
    """A German home page with an "about" and an imprint page, each translated into every other
    language through wagtail-localize, with the default site pointing at the home page."""
    root = _wagtail_root()
    home = HomePageFactory(parent=root, title="Startseite", slug="start")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    placeholder_id = site.root_page_id
    site.root_page = home
    site.save()
    Page.objects.filter(pk=placeholder_id).delete()
    about = StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns", show_in_menus=True)
    imprint = StandardPageFactory(parent=home, title="Impressum", slug="impressum")
    for language in OTHER_LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        for page in (home, about, imprint):
            translation_publish(
                instance=page, locale=locale, strings=_translation_strings(language)
            )
    return PageTree(home=home, about=about, imprint=imprint)


@pytest.fixture
def page_tree(request, db) -> PageTree:
    return shared(request, "page_tree")


@world("seeded")
def seeded_build() -> str:
    """The demo site as `seed_demo` builds it; the value is what the command printed."""
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded(request, db) -> str:
    return shared(request, "seeded")


# Browser journeys -----------------------------------------------------------------------------

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium_available() -> bool:
    return bool(shutil.which(CHROMIUM_PATH)) or os.access(CHROMIUM_PATH, os.X_OK)


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright. Missing browser: skip, or fail when
    REQUIRE_BROWSER=1 (as in CI), so browser journeys never silently stop running there."""
    if not _chromium_available():
        message = (
            f"No Chromium at {CHROMIUM_PATH}: browser tests need Debian's chromium package "
            "(apt-get install chromium) or CHROMIUM_PATH."
        )
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    # Only browser tests pay for Playwright, and only once Chromium is known to be there.
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    # Playwright's sync API runs an event loop in this thread; the test's own database access
    # is still synchronous, so Django's async-safety guard is lifted for browser tests.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def csp_violations_watch(page) -> list[str]:
    """The Content-Security-Policy violations Chromium reports on the page's console, as they
    come: every browser journey fails at its end if the policy refused a script, a style, an
    image or a frame that the page needed."""
    violations = []

    def note(message):
        if "Content Security Policy" in message.text:
            violations.append(message.text)

    page.on("console", note)
    return violations


@pytest.fixture
def phone(chromium):
    """A page in a phone-sized window (360 x 740), as most participants and visitors use."""
    context = chromium.new_context(viewport={"width": 360, "height": 740}, locale="de-DE")
    page = context.new_page()
    violations = csp_violations_watch(page)
    yield page
    context.close()
    assert violations == [], "The Content-Security-Policy refused something:\n" + "\n".join(
        violations
    )


@pytest.fixture
def desktop(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    page = context.new_page()
    violations = csp_violations_watch(page)
    yield page
    context.close()
    assert violations == [], "The Content-Security-Policy refused something:\n" + "\n".join(
        violations
    )
