"""Reads of the public site that pages, feeds, the sitemap and search share.

Each returns a queryset whose query count does not grow with the number of items: images and
tags are prefetched.
"""

import dataclasses
import datetime
import logging

from django.conf import settings
from django.db.models import F, OuterRef, Prefetch, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import get_language
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from taggit.models import Tag
from wagtail.images.models import SourceImageIOError
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from .jobs import Job, all_jobs
from .models import Heartbeat, JobRun, NewsIndexPage, NewsPage, PreparedDownload, SiteImage
from .pagination import paginate
from .prepared_downloads import kinds as prepared_kinds
from .search_index import matches
from .search_sources import search_source, search_sources
from .text_language import TextInLanguage, text_with_fallback

logger = logging.getLogger(__name__)

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


def news_tags(*, index: NewsIndexPage) -> list[dict]:
    """The tags used by the public articles of one news index, alphabetically, as
    {"name", "slug"}: the name with the language it is in."""
    articles = NewsPage.objects.child_of(index).live().public().values("pk")
    tags = (
        Tag.objects.filter(home_newspagetag_items__content_object__in=articles)
        .distinct()
        .order_by("name")
        .prefetch_related("translations")
    )
    return [{"name": tag_name(tag), "slug": tag.slug} for tag in tags]


def tag_name(tag: Tag, language: str | None = None) -> TextInLanguage:
    """A topic's name in `language` (the active one) where a translator gave it one, else the
    German name it was typed with; with the language it is in. Reads `tag.translations.all()`,
    so callers prefetch it."""
    language = language or get_language()
    names = {t.language_code: t.name for t in tag.translations.all()}
    return text_with_fallback(
        {language: names.get(language, ""), settings.LANGUAGE_CODE: tag.name}, language
    )


def news_cards(articles, *, request) -> list[dict]:
    """What a news list shows of each article, as plain data (cacheable): title, URL, date,
    teaser and the two list renditions of its image."""
    cards = []
    for article in articles:
        image = None
        renditions = image_renditions(article.image, LIST_IMAGE_FILTERS)
        if renditions:
            small, large = (renditions[spec] for spec in LIST_IMAGE_FILTERS)
            image = {
                "small": small.url,
                "large": large.url,
                "width": small.width,
                "height": small.height,
            }
        cards.append(
            {
                "title": article.title,
                "url": article.get_url(request),
                "date": article.date,
                "teaser": article.teaser,
                "image": image,
            }
        )
    return cards


def news_listing(*, index: NewsIndexPage, tag: str | None, number: int, per_page: int, request):
    """One page of a news index as plain data: its cards and what the page navigation needs."""
    page = paginate(news_for_index(index=index, tag=tag), number, per_page)
    return {
        "cards": news_cards(page.object_list, request=request),
        "pages": page_data(page),
    }


def news_article_extras(*, article: NewsPage, request) -> dict:
    """What an article shows besides its own fields: the link back to its index, the
    organisations involved and its topics."""
    index = Page.objects.only("id", "url_path", "path", "depth", "locale_id").get(
        path=article.path[: -Page.steplen]
    )
    return {
        "index_url": index.get_url(request),
        "picture": _picture(article.image),
        "organisations": [
            {"name": organisation.name, "website": organisation.website}
            for organisation in article.related_organisations.order_by("name")
        ],
        "tags": [
            {"name": tag_name(tag), "slug": tag.slug}
            for tag in article.tags.prefetch_related("translations")
        ],
    }


def image_renditions(image: SiteImage | None, specs) -> dict:
    """{spec: rendition}, or {} when there is no image or its file is missing (a lost file
    must cost the picture, not the page)."""
    if image is None:
        return {}
    try:
        return image.get_renditions(*specs)
    except (SourceImageIOError, OSError):  # OSError: the file is gone
        logger.warning("Image file missing for image %s", image.pk)
        return {}


ARTICLE_IMAGE_WIDTHS = (480, 960, 1600)
ARTICLE_IMAGE_FORMATS = (("webp", "image/webp"), ("jpeg", "image/jpeg"))


def _picture(image: SiteImage | None) -> dict | None:
    """Sources of a responsive <picture> for an article's image: WebP and JPEG in three widths."""
    if image is None:
        return None
    specs = [
        f"width-{width}|format-{fmt}"
        for fmt, _mime in ARTICLE_IMAGE_FORMATS
        for width in ARTICLE_IMAGE_WIDTHS
    ]
    renditions = image_renditions(image, specs)
    if not renditions:
        return None
    sources = []
    for fmt, mime in ARTICLE_IMAGE_FORMATS:
        used = [renditions[f"width-{width}|format-{fmt}"] for width in ARTICLE_IMAGE_WIDTHS]
        srcset = ", ".join(f"{r.url} {r.width}w" for r in used)
        sources.append({"type": mime, "srcset": srcset, "fallback": used[0]})
    fallback = sources[-1]["fallback"]
    return {
        "sources": [{"type": s["type"], "srcset": s["srcset"]} for s in sources],
        "src": fallback.url,
        "width": fallback.width,
        "height": fallback.height,
        "alt": image.alt_in(),
    }


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
    entries = []
    for page, url in located:
        alternates = versions[page.translation_key]
        entries.append({"loc": url, "lastmod": page.last_published_at, "alternates": alternates})
        # A routable page (e.g. the directory) names the sub-pages it serves, each of which
        # exists in every language its page does.
        subpaths = getattr(page.specific_class, "sitemap_subpaths", None)
        for subpath, lastmod in subpaths() if subpaths else []:
            entries.append(
                {
                    "loc": f"{url}{subpath}",
                    "lastmod": lastmod,
                    "alternates": [(code, f"{other}{subpath}") for code, other in alternates],
                }
            )
    return entries


def news_for_feed(*, index: NewsIndexPage, limit: int) -> QuerySet[NewsPage]:
    """The newest articles of one news index, with their tags, for its feed."""
    return news_for_index(index=index).prefetch_related("tags__translations")[:limit]


def page_data(page: Page) -> dict:
    """The page navigation of a Django paginator page, as plain data the template reads alike."""
    return {
        "number": page.number,
        "paginator": {"num_pages": page.paginator.num_pages, "count": page.paginator.count},
        "has_previous": page.has_previous(),
        "has_next": page.has_next(),
        "previous_page_number": page.number - 1,
        "next_page_number": page.number + 1,
    }


def search_results(*, query: str, locale: Locale, number: int, per_page: int, request) -> dict:
    """One page of search results as plain data: title, URL and summary of each match."""
    page = paginate(search_found(query=query, locale=locale), number, per_page)
    by_source: dict[str, list[int]] = {}
    for source, object_id in page.object_list:
        by_source.setdefault(source, []).append(object_id)
    shown = {
        (name, object_id): result
        for name, ids in by_source.items()
        for object_id, result in search_source(name)
        .results(ids, locale=locale, request=request)
        .items()
    }
    results = [shown[key] for key in page.object_list if key in shown]
    return {"results": results, "pages": page_data(page)}


def search_found(*, query: str, locale: Locale) -> list[tuple[str, int]]:
    """What the public may see of everything matching `query` in the visitor's language, as
    (source, object id) pairs, best first: pages of that language, events among them, and the
    other sources' documents in that language or in the language they fall back to."""
    language = locale.language_code
    ranks: dict[tuple[str, int], float] = {}
    found = list(matches(query=query, language=language))
    fallbacks: dict[str, list[str]] = {}
    for source in search_sources():
        if source.fallback_language and source.fallback_language != language:
            fallbacks.setdefault(source.fallback_language, []).append(source.name)
    for fallback, names in fallbacks.items():
        found += matches(query=query, language=fallback, sources=names)
    registered = {source.name for source in search_sources()}
    for match in found:
        if match.source not in registered:  # left by an app no longer installed
            continue
        key = (match.source, match.object_id)
        ranks[key] = max(ranks.get(key, match.rank), match.rank)
    visible = set()
    for name in {source for source, _id in ranks}:
        ids = [object_id for source, object_id in ranks if source == name]
        visible |= {
            (name, object_id) for object_id in search_source(name).visible(ids, locale=locale)
        }
    return sorted(visible, key=lambda key: (-ranks[key], key))


def translations_out_of_date() -> list[dict]:
    """Translated pages whose original was published again after the translation was last
    synced with it (wagtail-localize's "Sync translated pages"), oldest sync first."""
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


# Background work -------------------------------------------------------------------------------


def heartbeat_age(process: str) -> float | None:
    """Seconds since `process` last showed it was alive; None if it never did."""
    beat_at = Heartbeat.objects.filter(process=process).values_list("beat_at", flat=True).first()
    return None if beat_at is None else (timezone.now() - beat_at).total_seconds()


def worker_heartbeat_age() -> float | None:
    """Seconds since the task worker last polled its queue; None if no worker ever ran. A worker
    busy with one long task does not beat until it is done."""
    return heartbeat_age("worker")


@dataclasses.dataclass(frozen=True)
class JobStatus:
    job: Job
    last_run: JobRun | None
    # None when the job has nothing to do on this installation.
    next_run: datetime.datetime | None


def job_statuses(*, now: datetime.datetime | None = None) -> list[JobStatus]:
    """Each job of the registry with its last run and when it is due next."""
    now = now or timezone.now()
    statuses = []
    for job in all_jobs():
        last = JobRun.objects.filter(job=job.name).order_by("-started_at").first()
        due = job.next_run(last.started_at if last else None, now) if job.applies() else None
        statuses.append(JobStatus(job=job, last_run=last, next_run=due))
    return statuses


def jobs_due(*, now: datetime.datetime | None = None) -> list[Job]:
    now = now or timezone.now()
    return [s.job for s in job_statuses(now=now) if s.next_run is not None and s.next_run <= now]


def task_failures(*, limit: int = 20) -> QuerySet[DBTaskResult]:
    """The latest failed background tasks (a mail the server refused …), newest first."""
    return DBTaskResult.objects.failed().order_by("-finished_at")[:limit]


def tasks_waiting() -> int:
    """Tasks queued for the worker and not started yet (retries that wait included)."""
    return DBTaskResult.objects.filter(status=TaskResultStatus.READY).count()


def prepared_downloads_failed(*, limit: int = 20) -> list[PreparedDownload]:
    """The latest prepared downloads that failed after their last attempt, newest first, each
    with `title` (what was asked for)."""
    known = prepared_kinds()
    failed = list(
        PreparedDownload.objects.filter(status=PreparedDownload.Status.FAILED)
        .select_related("requested_by")
        .order_by("-requested_at")[:limit]
    )
    for download in failed:
        kind = known.get(download.kind)
        download.title = kind.title(download.params) if kind else download.kind
    return failed


def prepared_downloads_waiting() -> int:
    return PreparedDownload.objects.filter(status=PreparedDownload.Status.PENDING).count()
