"""Demo data for the public site: locales, the page tree in German with its translations,
site settings and the demo admin login. Idempotent: what exists is left as it is."""

import datetime
import json
from collections.abc import Callable
from io import BytesIO

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image, ImageDraw
from wagtail.models import Locale, Page, Site

from .demo_content import (
    CONTACT,
    FOOTER_LINKS,
    HOME,
    IMAGES,
    IMPRINT,
    NEWS,
    NEWS_INDEX,
    PAGES,
    SITE_NAME,
)
from .demo_translations import TRANSLATIONS
from .factories import (
    HomePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    SiteImageFactory,
)
from .localization import translations_publish_missing
from .models import (
    AccessibilityStatementPage,
    ContactSettings,
    FooterSettings,
    HomePage,
    ImprintPage,
    ImprintSettings,
    NewsIndexPage,
    NewsPage,
    PrivacyPage,
    SiteImage,
    StandardPage,
)
from .public_address import default_site_sync
from .roles import (
    EDITORS,
    EVALUATORS,
    NETWORK_MANAGERS,
    REVIEWERS,
    public_collection_ensure,
    roles_ensure,
    translators_group_name,
)
from .signals import ensure_locales

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "demo-admin-2026"  # noqa: S105 - printed on purpose: a demo login
STAFF_PASSWORD = "demo-staff-2026"  # noqa: S105 - printed on purpose: demo logins
# The legal pages' own types; every other page of PAGES is a standard page.
PAGE_TYPES = {
    "imprint": ImprintPage,
    "privacy": PrivacyPage,
    "accessibility": AccessibilityStatementPage,
}
# (username, first name, group) of the demo staff, besides the admin.
STAFF = [
    ("redaktion", "Rita Redaktion", EDITORS),
    ("freigabe", "Frank Freigabe", REVIEWERS),
    ("uebersetzung-en", "Emma Translator", "en"),
    ("uebersetzung-ar", "Amina Übersetzerin", "ar"),
    ("evaluation", "Eva Evaluation", EVALUATORS),
]


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


def staff_group_name(role: str) -> str:
    """A demo role is a group name, or a language code for that language's translators."""
    return translators_group_name(role) if len(role) == 2 else role


def _ensure_staff(log: Callable[[str], None]) -> None:
    User = get_user_model()
    groups = roles_ensure()
    admin = User.objects.get(username=ADMIN_USERNAME)
    admin.groups.add(groups[NETWORK_MANAGERS])
    for username, full_name, role in STAFF:
        if User.objects.filter(username=username).exists():
            continue
        first_name, last_name = full_name.split(" ", 1)
        user = User.objects.create_user(
            username=username,
            email=f"{username}@example.org",
            password=STAFF_PASSWORD,
            first_name=first_name,
            last_name=last_name,
        )
        group_name = staff_group_name(role)
        user.groups.add(groups[group_name])
        log(f"Staff login created: {username} / {STAFF_PASSWORD} ({group_name})")


def _draw_image(key: str) -> ImageFile:
    """A simple abstract illustration, drawn here so that the repository holds no binaries."""

    palettes = {
        "meeting": ("#0b5c7a", "#f3f6f8", "#c2410c"),
        "training": ("#15803d", "#fefce8", "#0b5c7a"),
        "festival": ("#c2410c", "#fff7ed", "#15803d"),
    }
    main, background, accent = palettes.get(key, palettes["meeting"])
    picture = Image.new("RGB", (1600, 900), background)
    draw = ImageDraw.Draw(picture)
    for i in range(7):
        x = 200 + i * 200
        draw.ellipse((x - 70, 330, x + 70, 470), fill=main if i % 2 else accent)
        draw.rectangle((x - 60, 500, x + 60, 760), fill=main if i % 2 else accent)
    draw.rectangle((0, 820, 1600, 900), fill=main)
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return ImageFile(buffer, name=f"demo-{key}.jpg")


def _ensure_images() -> dict[str, SiteImage]:
    """The demo pictures, in the public collection where all staff may choose them."""
    images = {}
    public = public_collection_ensure()
    for key, alt_text in IMAGES.items():
        title = f"Demo: {key}"
        image = SiteImage.objects.filter(title=title).first()
        if image is None:
            image = SiteImageFactory(
                title=title, description=alt_text, file=_draw_image(key), collection=public
            )
        elif image.collection_id != public.pk and image.collection.is_root():
            image.collection = public
            image.save(update_fields=["collection"])
        images[key] = image
    return images


def _ensure_news(home: HomePage, log: Callable[[str], None]) -> list[Page]:
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = NewsIndexPageFactory(
            parent=home,
            title=NEWS_INDEX["title"],
            slug=NEWS_INDEX["slug"],
            intro=NEWS_INDEX["intro"],
            show_in_menus=True,
        )
        index.save_revision().publish()
        log(f"News index created: {index.title}")
    images = _ensure_images()
    today = timezone.localdate()
    articles = []
    for spec in NEWS:
        article = NewsPage.objects.child_of(index).filter(slug=spec["slug"]).first()
        if article is None:
            article = NewsPageFactory(
                parent=index,
                title=spec["title"],
                slug=spec["slug"],
                date=today - datetime.timedelta(days=spec["days_ago"]),
                teaser=spec["teaser"],
                image=images.get(spec["image"]) if spec["image"] else None,
                body=_raw_body(spec["body"], {}),
            )
            article.tags.add(*spec["tags"])
            article.save_revision().publish()
            log(f"News article created: {article.title}")
        articles.append(article)
    return [index, *articles]


def _translate_tags(article: NewsPage, language: str) -> None:
    """wagtail-localize copies tags unchanged; the demo gives each language its own tag names."""
    strings = TRANSLATIONS.get(language, {})
    names = [strings.get(tag.name, tag.name) for tag in article.tags.all()]
    article.tags.set(names, clear=True)
    article.save_revision().publish()


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
    # The demo's links (mails, QR codes, feeds) work where it runs (scripts/run.sh: HOST, PORT).
    default_site_sync()


def seed_home(*, log: Callable[[str], None]) -> None:
    ensure_locales()
    default_locale = Locale.get_default()
    _ensure_admin(log)
    _ensure_staff(log)
    home, home_created = _ensure_home(default_locale)
    _ensure_site(home)

    pages_by_key: dict[str, Page] = {}
    for spec in PAGES:
        page_type = PAGE_TYPES.get(spec["key"], StandardPage)
        page = page_type.objects.child_of(home).filter(slug=spec["slug"]).first()
        if page is None:
            page = page_type(
                title=spec["title"],
                slug=spec["slug"],
                intro=spec["intro"],
                show_in_menus=spec["show_in_menus"],
                body=_raw_body(spec["body"], pages_by_key),
                **spec.get("fields", {}),
            )
            home.add_child(instance=page)
            page.save_revision().publish()
            log(f"Page created: {page.title}")
        pages_by_key[spec["key"]] = page

    if home_created:
        home.body = _raw_body(HOME["body"], pages_by_key)
        home.save_revision().publish()
        log(f"Home page created: {home.title}")

    news_pages = _ensure_news(home, log)

    site = Site.objects.get(is_default_site=True)
    contact = ContactSettings.for_site(site)
    if not contact.email:
        for field, value in CONTACT.items():
            setattr(contact, field, value)
        contact.save()
        log("Contact details set")

    imprint = ImprintSettings.for_site(site)
    if not imprint.responsible_body:
        for field, value in IMPRINT.items():
            setattr(imprint, field, value)
        imprint.save()
        log("Imprint details set")

    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    wanted = {field: pages_by_key[key].pk for field, key in FOOTER_LINKS.items()}
    if any(getattr(footer, f"{field}_id") != pk for field, pk in wanted.items()):
        for field, pk in wanted.items():
            setattr(footer, f"{field}_id", pk)
        footer.save()
        log("Footer links set")

    for page in [home, *pages_by_key.values(), *news_pages]:
        for translated in translations_publish_missing(
            instance=page, strings_by_language=TRANSLATIONS
        ):
            language = translated.locale.language_code
            if isinstance(translated, NewsPage):
                _translate_tags(translated, language)
            log(f"Translated into {language}: {page.title}")
    # Translators' groups are tied to their language's home page, which exists only now.
    roles_ensure()
