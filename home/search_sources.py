"""What the public search finds: pages of every type (events included) and what higher apps
register (organisations), each through a `SearchSource`.

A source says which documents an object gives the index (`home.search_index`) and, at query
time, which of the matched objects the public may see and how each is shown. Apps above `home`
register theirs through the `register_search_sources` hook, and keep their documents current
with `source_reindex` from their own signal receivers:

    @hooks.register("register_search_sources")
    def search_sources():
        return [OrganisationSearchSource()]

Pages are found only while live and public; a page type may hide more through the
`search_hidden_pages` hook (members-only events), which returns a page queryset.
"""

import abc
import functools
from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils.html import strip_tags
from wagtail import hooks
from wagtail.models import Locale, Page
from wagtail.search import index

from .indexing import note_for_reindex
from .search_index import Document, documents_clear, documents_delete, documents_replace
from .view_restrictions import is_restricted

PAGE_SOURCE = "page"


class SearchSource(abc.ABC):
    """One kind of thing the public search finds. `fallback_language`: documents in this
    language are also searched in every other language (texts shown there as a fallback). A
    source lacking one of the abstract methods cannot be made: it fails when registered, not
    when someone searches."""

    name: str = ""
    fallback_language: str | None = None

    def object_id(self, obj) -> int:
        return obj.pk

    @abc.abstractmethod
    def documents(self, obj) -> list[Document]: ...

    @abc.abstractmethod
    def all_objects(self) -> Iterable: ...

    @abc.abstractmethod
    def visible(self, ids: list[int], *, locale: Locale) -> set[int]:
        """Of the matched ids, those anyone may see in this language."""

    @abc.abstractmethod
    def results(self, ids: list[int], *, locale: Locale, request) -> dict[int, dict]:
        """Title, URL and summary of each visible id."""


def _field_text(obj, field: index.SearchField) -> str:
    # Wagtail gives a field's searchable content: text without markup (rich text, streams) or
    # a list of parts (stream blocks, tags).
    value = field.get_value(obj)
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(strip_tags(str(part)) for part in value)
    return strip_tags(str(value))


class PageSearchSource(SearchSource):
    """Every page, with the text its type declares in `search_fields`, in its locale."""

    name = PAGE_SOURCE

    def documents(self, page) -> list[Document]:
        if page.depth <= 1:
            return []
        page = page.specific
        fields = [
            field
            for field in page.get_search_fields()
            if type(field) is index.SearchField and field.field_name != "title"
        ]
        body = "\n".join(filter(None, (_field_text(page, field) for field in fields)))
        return [Document(language=page.locale.language_code, title=page.title, body=body)]

    def all_objects(self) -> Iterable:
        return Page.objects.filter(depth__gt=1).specific().iterator(chunk_size=200)

    def visible(self, ids: list[int], *, locale: Locale) -> set[int]:
        pages = Page.objects.live().filter(locale=locale, pk__in=ids)
        for hidden in _hidden_pages():
            pages = pages.exclude(pk__in=hidden.values("pk"))
        # Public: not below a view restriction (Wagtail's `public()`, from the cached paths).
        return {pk for pk, path in pages.values_list("pk", "path") if not is_restricted(path)}

    def results(self, ids: list[int], *, locale: Locale, request) -> dict[int, dict]:
        results = {}
        for page in Page.objects.filter(pk__in=ids).specific().defer_streamfields():
            summary = (
                page.search_description or getattr(page, "teaser", "") or getattr(page, "intro", "")
            )
            results[page.pk] = {
                "title": page.title,
                "url": page.get_url(request),
                "summary": summary,
            }
        return results


def _hidden_pages() -> list[QuerySet]:
    return [hook() for hook in hooks.get_hooks("search_hidden_pages")]


@functools.cache
def _sources() -> dict[str, SearchSource]:
    sources: dict[str, SearchSource] = {PAGE_SOURCE: PageSearchSource()}
    for hook in hooks.get_hooks("register_search_sources"):
        for source in hook():
            sources.setdefault(source.name, source)
    return sources


def search_sources() -> list[SearchSource]:
    return list(_sources().values())


def search_source(name: str) -> SearchSource:
    return _sources()[name]


def source_reindex(name: str, obj) -> None:
    """Write the object's documents again (after it changed); inside `deferred_indexing()`,
    once when the block ends."""
    if note_for_reindex(source_reindex, name, obj):
        return
    source = search_source(name)
    documents_replace(
        source=source.name, object_id=source.object_id(obj), documents=source.documents(obj)
    )


def source_forget(name: str, object_id: int) -> None:
    """Remove a deleted object's documents."""
    documents_delete(source=name, object_id=object_id)


def reindex_all() -> dict[str, int]:
    """Every source's every object indexed again; how many objects per source."""
    documents_clear()
    counts = {}
    for source in search_sources():
        count = 0
        for obj in source.all_objects():
            documents_replace(
                source=source.name, object_id=source.object_id(obj), documents=source.documents(obj)
            )
            count += 1
        counts[source.name] = count
    return counts
