"""Demo data for the public site: locales, the page tree in German with its translations,
site settings and the demo admin login. Idempotent: what exists is left as it is."""

import json
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from .demo_content import FOOTER_LINKS, HOME, PAGES, SITE_NAME
from .demo_translations import TRANSLATIONS
from .factories import HomePageFactory, StandardPageFactory
from .localization import translation_publish
from .models import FooterSettings, HomePage, StandardPage
from .signals import ensure_locales

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "demo-admin-2026"  # noqa: S105 - printed on purpose: a demo login


def _raw_body(blocks: list, pages_by_key: dict[str, Page]) -> str:
    raw = []
    for block_type, value in blocks:
        if block_type == "call_to_action" and isinstance(value.get("page"), str):
            value = {**value, "page": pages_by_key[value["page"]].pk, "external_url": ""}
        raw.append({"type": block_type, "value": value})
    return json.dumps(raw)


def _ensure_admin(log: Callable[[str], None]) -> None:
    User = get_user_model()
    if User.objects.filter(username=ADMIN_USERNAME).exists():
        log(f"Admin login exists: {ADMIN_USERNAME} (password unchanged)")
        return
    User.objects.create_superuser(
        username=ADMIN_USERNAME,
        email="netzwerk@example.org",
        password=ADMIN_PASSWORD,
        first_name="Netzwerk",
        last_name="Management",
    )
    log(f"Admin login created: {ADMIN_USERNAME} / {ADMIN_PASSWORD}")


def _ensure_home(default_locale: Locale) -> tuple[HomePage, bool]:
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=default_locale, depth=2).first()
    if home is not None:
        return home, False
    home = HomePageFactory(
        parent=root,
        locale=default_locale,
        title=HOME["title"],
        slug=HOME["slug"],
        intro=HOME["intro"],
        search_description=HOME["search_description"],
    )
    return home, True


def _ensure_site(home: HomePage) -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    if site.root_page_id != home.pk or site.site_name != SITE_NAME:
        old_root_id = site.root_page_id
        site.root_page = home
        site.site_name = SITE_NAME
        site.save()
        # Wagtail's installer leaves a placeholder "Welcome" page; the demo site replaces it.
        placeholder = Page.objects.filter(pk=old_root_id, content_type__model="page").first()
        if placeholder is not None and placeholder.pk != home.pk:
            placeholder.delete()


def seed_home(*, log: Callable[[str], None]) -> None:
    ensure_locales()
    default_locale = Locale.get_default()
    _ensure_admin(log)
    home, home_created = _ensure_home(default_locale)
    _ensure_site(home)

    pages_by_key: dict[str, Page] = {}
    for spec in PAGES:
        page = StandardPage.objects.child_of(home).filter(slug=spec["slug"]).first()
        if page is None:
            page = StandardPageFactory(
                parent=home,
                title=spec["title"],
                slug=spec["slug"],
                intro=spec["intro"],
                show_in_menus=spec["show_in_menus"],
                body=_raw_body(spec["body"], pages_by_key),
            )
            page.save_revision().publish()
            log(f"Page created: {page.title}")
        pages_by_key[spec["key"]] = page

    if home_created:
        home.body = _raw_body(HOME["body"], pages_by_key)
        home.save_revision().publish()
        log(f"Home page created: {home.title}")

    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    wanted = {field: pages_by_key[key].pk for field, key in FOOTER_LINKS.items()}
    if any(getattr(footer, f"{field}_id") != pk for field, pk in wanted.items()):
        for field, pk in wanted.items():
            setattr(footer, f"{field}_id", pk)
        footer.save()
        log("Footer links set")

    for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if language == default_locale.language_code:
            continue
        locale = Locale.objects.get(language_code=language)
        for page in [home, *pages_by_key.values()]:
            if not page.has_translation(locale):
                translation_publish(
                    instance=page, locale=locale, strings=TRANSLATIONS.get(language, {})
                )
                log(f"Translated into {language}: {page.title}")
