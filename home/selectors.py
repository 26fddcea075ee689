"""Reads of the public site that pages, feeds, the sitemap and search share.

Each returns a queryset whose query count does not grow with the number of items: images and
tags are prefetched.
"""

from django.db.models import Prefetch, QuerySet
from taggit.models import Tag
from wagtail.models import Locale, Page

from .models import NewsIndexPage, NewsPage, SiteImage

LIST_IMAGE_FILTERS = ("fill-480x270|format-webp", "fill-960x540|format-webp")


def _with_list_images(queryset: QuerySet) -> QuerySet:
    images = SiteImage.objects.prefetch_renditions(*LIST_IMAGE_FILTERS)
    return queryset.defer_streamfields().prefetch_related(Prefetch("image", queryset=images))


def news_for_index(*, index: NewsIndexPage, tag: str | None = None) -> QuerySet[NewsPage]:
    """The public, live news articles of one news index, newest first, optionally by tag slug."""
    news = NewsPage.objects.child_of(index).live().public()
    if tag:
        news = news.filter(tags__slug=tag)
    return _with_list_images(news.order_by("-date", "-first_published_at", "-pk"))


def news_latest(*, locale_id: int, limit: int = 3) -> list[NewsPage]:
    """The newest public articles in one language, for the home page."""
    news = NewsPage.objects.live().public().filter(locale_id=locale_id)
    return list(_with_list_images(news.order_by("-date", "-first_published_at", "-pk"))[:limit])


def news_tags(*, index: NewsIndexPage) -> QuerySet[Tag]:
    """The tags used by the public articles of one news index, alphabetically."""
    articles = NewsPage.objects.child_of(index).live().public().values("pk")
    return (
        Tag.objects.filter(home_newspagetag_items__content_object__in=articles)
        .distinct()
        .order_by("name")
    )


def news_index_for_locale(*, locale_id: int) -> NewsIndexPage | None:
    return NewsIndexPage.objects.live().public().filter(locale_id=locale_id).first()


def sitemap_entries(*, request) -> list[dict]:
    """{"loc", "lastmod", "alternates": [(language, url)]} for every live public page in every
    language, the alternates being its versions in the other languages (itself included)."""
    pages = list(
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .select_related("locale")
        .defer_streamfields()
        .order_by("path")
    )
    located = [(page, page.get_full_url(request=request)) for page in pages]
    located = [(page, url) for page, url in located if url]  # pages outside every site have none
    versions: dict = {}
    for page, url in located:
        versions.setdefault(page.translation_key, []).append((page.locale.language_code, url))
    return [
        {
            "loc": url,
            "lastmod": page.last_published_at,
            "alternates": versions[page.translation_key],
        }
        for page, url in located
    ]


def news_for_feed(*, index: NewsIndexPage, limit: int) -> QuerySet[NewsPage]:
    """The newest articles of one news index, with their tags, for its feed."""
    return news_for_index(index=index).prefetch_related("tags")[:limit]


def search_public_pages(*, query: str, locale: Locale):
    """Live public pages of one language that match `query`, best first (Wagtail search; on
    PostgreSQL its full-text search). Private pages never appear, not even their titles."""
    return Page.objects.live().public().filter(locale=locale).specific().search(query)


def translations_out_of_date() -> list[dict]:
    """Translated pages whose original was published again after the translation was last
    synced with it (wagtail-localize's "Sync translated pages"), oldest sync first."""
    from django.db.models import F, OuterRef, Subquery
    from wagtail_localize.models import Translation, TranslationSource

    original = Page.objects.filter(
        translation_key=OuterRef("object_id"), locale=OuterRef("locale")
    ).values("last_published_at")[:1]
    stale_sources = TranslationSource.objects.annotate(published=Subquery(original)).filter(
        published__gt=F("last_updated_at")
    )
    translations = (
        Translation.objects.filter(source__in=stale_sources, enabled=True)
        .select_related("source", "target_locale")
        .order_by("source__last_updated_at")
    )
    wanted = {(t.source.object_id, t.target_locale_id) for t in translations}
    wanted |= {(t.source.object_id, t.source.locale_id) for t in translations}
    candidates = Page.objects.filter(translation_key__in={key for key, _locale in wanted})
    pages = {
        (page.translation_key, page.locale_id): page
        for page in candidates.select_related("locale")
        if (page.translation_key, page.locale_id) in wanted
    }
    rows = []
    for translation in translations:
        source = translation.source
        target = pages.get((source.object_id, translation.target_locale_id))
        original_page = pages.get((source.object_id, source.locale_id))
        if target is None or original_page is None:
            continue
        rows.append(
            {
                "original": original_page,
                "translation": target,
                "source": source,
                "changed_at": original_page.last_published_at,
                "synced_at": source.last_updated_at,
            }
        )
    return rows
