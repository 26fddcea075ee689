"""Template tags every page layout uses: the language switcher, the menu, the footer, SEO tags.

The data comes from `home.navigation`, which caches it until the next publish.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from .. import navigation
from ..page_cache import cached_until_publish
from ..public_address import public_url
from ..selectors import image_renditions

SOCIAL_IMAGE = "fill-1200x630|format-jpeg"

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One entry per configured language: the same page in that language when it is translated,
    else that language's home page with `translated=False`, so the switcher can say so."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    by_language: dict[str, dict] = {}
    root_by_language: dict[str, dict] = {}
    if isinstance(page, Page):
        by_language = navigation.translation_urls(request, page)
        site = Site.find_for_request(request) if request is not None else None
        if site is not None and len(by_language) < len(settings.LANGUAGES):
            root_by_language = navigation.translation_urls(request, site.root_page)
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if isinstance(page, Page):
            version = by_language.get(code) or root_by_language.get(code)
            translated = code in by_language
            url = version["url"] if version else f"/{code}/"
            # A routable page's sub-page (e.g. one organisation in the directory) keeps its
            # sub-path in the other language's version of the page.
            subpath = context.get("translation_subpath")
            if subpath and translated:
                url = f"{url}{subpath}"
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
def home_link(context) -> dict | None:
    """{"pk", "url"} of the home page in the visitor's language."""
    return navigation.home_link(context.get("request"))


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page) -> list[dict]:
    return navigation.breadcrumb_trail(context.get("request"), page)


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[dict]:
    return navigation.menu_links(context.get("request"))


@register.simple_tag(takes_context=True)
def site_footer(context) -> dict:
    return navigation.footer(context.get("request"))


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
    versions = navigation.translation_urls(request, page)
    subpath = context.get("translation_subpath")
    if subpath:  # a routable page's sub-page: each language's URL gets the same sub-path
        versions = {
            code: {key: f"{url}{subpath}" for key, url in version.items()}
            for code, version in versions.items()
        }
        description = context.get("page_description", "") or description
    own = versions.get(get_language())
    default_version = versions.get(settings.LANGUAGE_CODE)
    social = _social_image(request, specific)
    data.update(
        page=specific,
        description=" ".join(description.split())[:300],
        canonical=own["full_url"] if own else specific.get_full_url(request),
        alternates=[(code, version["full_url"]) for code, version in versions.items()],
        x_default=default_version["full_url"] if default_version else "",
        og_type="article" if hasattr(specific, "teaser") else "website",
        og_locale=get_language(),
        image_url=social["url"] if social else "",
        image_alt=social["alt"] if social else "",
    )
    return data


def _social_image(request, page) -> dict | None:
    """{"url", "alt"} of the page's image as social media show it, remembered until the next
    purge (it costs the image, its renditions and its alternative texts: three queries)."""

    def compute():
        image = page.image if getattr(page, "image_id", None) else None
        social = image_renditions(image, [SOCIAL_IMAGE]).get(SOCIAL_IMAGE)
        # Empty rather than None, which the cache would take for "not computed".
        return {"url": public_url(social.url), "alt": str(image.alt_in())} if social else {}

    return cached_until_publish(request, "social-image", compute, page.pk, get_language()) or None
