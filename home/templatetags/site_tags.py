"""Template tags every page layout uses: the language switcher, the main menu, localized links."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

register = template.Library()


def _site_root(request) -> Page | None:
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One entry per configured language: the same page in that language when it is translated,
    else that language's home page with `translated=False`, so the switcher can say so."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    by_language: dict[str, str] = {}
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            by_language[translation.locale.language_code] = translation.url
    root = _site_root(request)
    root_by_language: dict[str, str] = {}
    if root is not None:
        for translation in root.get_translations(inclusive=True).live().select_related("locale"):
            root_by_language[translation.locale.language_code] = translation.url
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if isinstance(page, Page):
            url = by_language.get(code)
            translated = url is not None
            url = url or root_by_language.get(code) or f"/{code}/"
        else:
            # Not a Wagtail page (an error page or a view): the same path in the other language.
            path = request.get_full_path() if request is not None else "/"
            url, translated = translate_url(path, code), True
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "translated": translated,
                "current": code == current,
                "bidi": info["bidi"],
            }
        )
    return links


@register.simple_tag(takes_context=True)
def localized_home(context) -> Page | None:
    """The home page in the visitor's language (falls back to the default language's)."""
    root = _site_root(context.get("request"))
    return root.localized if root is not None else None


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[Page]:
    """Public pages marked "show in menus" right below the home page of the visitor's language."""
    home = localized_home(context)
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().specific(defer=True))


@register.filter
def localized_url(page: Page | None) -> str:
    """The URL of `page` in the active language when a live translation exists, else of `page`."""
    if page is None:
        return ""
    return page.localized.url or ""
