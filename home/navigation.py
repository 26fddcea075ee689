"""What every page's header and footer show: the home link, the menu, the footer's links and
contact details, and each page's versions in the other languages.

Many pages share these, and they change only when something is published, so they are computed
once per language (or page) and kept until the next purge of the page cache. The values are plain
data (titles, URLs), never model instances, so they cache cheaply.
"""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page, Site

from .locales import active_locale
from .models import ContactSettings, FooterSettings
from .page_cache import cached_until_publish
from .text_language import text_with_fallback

# What a link to a page needs; loading only these keeps wide page rows cheap to build.
LINK_FIELDS = ("id", "title", "url_path", "path", "depth", "locale_id", "translation_key", "live")


def _site(request) -> Site | None:
    return Site.find_for_request(request) if request is not None else None


def translation_urls(request, page: Page) -> dict[str, dict[str, str]]:
    """{language: {"url", "full_url"}} for every live version of `page`, itself included."""

    def compute():
        versions = (
            page.get_translations(inclusive=True)
            .live()
            .public()
            .only(*LINK_FIELDS)
            .select_related("locale")
        )
        return {
            version.locale.language_code: {
                "url": version.get_url(request),
                "full_url": version.get_full_url(request),
            }
            for version in versions
        }

    site = _site(request)
    return cached_until_publish(request, "translations", compute, site.pk if site else 0, page.pk)


def breadcrumb_trail(request, page: Page) -> list[dict]:
    """[{"url", "title"}] of the page's ancestors below Wagtail's root (the home page first)."""

    def compute():
        ancestors = page.get_ancestors().filter(depth__gt=1).only(*LINK_FIELDS)
        return [
            {"url": ancestor.get_url(request), "title": ancestor.title} for ancestor in ancestors
        ]

    site = _site(request)
    return cached_until_publish(request, "trail", compute, site.pk if site else 0, page.pk)


def home_link(request) -> dict | None:
    """{"pk", "url"} of the home page in the visitor's language (else the default language's)."""
    site = _site(request)
    if site is None:
        return None

    def compute():
        versions = site.root_page.get_translations(inclusive=True).live().only(*LINK_FIELDS)
        home = versions.filter(locale=active_locale()).first() or site.root_page
        return {"pk": home.pk, "url": home.get_url(request)}

    return cached_until_publish(request, "home", compute, site.pk, get_language())


def menu_links(request) -> list[dict]:
    """Public pages marked "show in menus" right below the home page of the visitor's language."""
    home = home_link(request)
    if home is None:
        return []

    def compute():
        children = Page.objects.get(pk=home["pk"]).get_children()
        items = children.live().public().in_menu().only(*LINK_FIELDS)
        return [
            {"pk": item.pk, "title": item.title, "url": item.get_url(request)} for item in items
        ]

    return cached_until_publish(request, "menu", compute, home["pk"], get_language())


def footer(request) -> dict:
    """The footer's contact details and its legal links, in the visitor's language."""
    site = _site(request)
    if site is None:
        return {"contact": None, "social": [], "links": []}

    def compute():
        contact = ContactSettings.for_site(site)
        language = get_language()
        translated = contact.translations.filter(language_code=language).first()
        links = FooterSettings.for_site(site).page_links()
        chosen = Page.objects.filter(pk__in=[page_id for _label, page_id in links])
        keys = chosen.values("translation_key")
        locale_id = active_locale().pk
        pages = Page.objects.live().public().filter(translation_key__in=keys).only(*LINK_FIELDS)
        by_id = {page.pk: page for page in pages}
        localized = {p.translation_key: p for p in pages if p.locale_id == locale_id}
        return {
            "contact": {
                **{field: getattr(contact, field) for field in ("address", "phone", "email")},
                # In the visitor's language where it is translated, else German, marked so.
                **{
                    field: text_with_fallback(
                        {
                            language: getattr(translated, field, ""),
                            settings.LANGUAGE_CODE: getattr(contact, field),
                        },
                        language,
                    )
                    for field in ("organisation_name", "office_hours")
                },
            },
            "social": contact.social_links(),
            "links": [
                (str(label), _version(page_id, by_id, localized).get_url(request))
                for label, page_id in links
                if page_id in by_id
            ],
        }

    return cached_until_publish(request, "footer", compute, site.pk, get_language())


def _version(page_id: int, by_id: dict, localized: dict) -> Page:
    """The visitor's language version of a chosen page, else the chosen page itself."""
    chosen = by_id[page_id]
    return localized.get(chosen.translation_key, chosen)
