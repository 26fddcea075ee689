"""Template tags every page layout uses: the language switcher, the main menu, localized links."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from ..selectors import page_translations

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
        by_language = {code: p.get_url(request) for code, p in page_translations(page).items()}
    root = _site_root(request)
    root_by_language: dict[str, str] = {}
    if root is not None and isinstance(page, Page) and len(by_language) < len(settings.LANGUAGES):
        root_by_language = {code: p.get_url(request) for code, p in page_translations(root).items()}
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


@register.inclusion_tag("components/seo_meta.html", takes_context=True)
def seo_meta(context) -> dict:
    """Description, canonical URL, hreflang alternates and Open Graph tags for the current page."""
    request = context.get("request")
    page = context.get("page")
    data = {"request": request, "site_name": context.get("site_name", "")}
    if not isinstance(page, Page):
        return data
    specific = page.specific if type(page) is Page else page
    description = (
        specific.search_description
        or getattr(specific, "teaser", "")
        or getattr(specific, "intro", "")
    )
    translations = page_translations(page)
    default_version = translations.get(settings.LANGUAGE_CODE)
    image = getattr(specific, "image", None)
    data.update(
        page=specific,
        description=" ".join(description.split())[:300],
        canonical=specific.get_full_url(request),
        alternates=[(code, p.get_full_url(request)) for code, p in translations.items()],
        x_default=default_version.get_full_url(request) if default_version else "",
        og_type="article" if hasattr(specific, "teaser") else "website",
        og_locale=get_language(),
        image=image,
    )
    return data
