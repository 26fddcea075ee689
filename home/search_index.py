"""Writing and matching the public search's index (`SearchDocument`) on either database.

A document has one language, and is indexed with that language's word forms: on PostgreSQL its
text search configuration (`SEARCH_CONFIGS`), on SQLite the Snowball stemmer of the same name
(`home.search_text`) feeding an FTS5 table. Diacritics count on neither: PostgreSQL indexes the
stems of the text and of its `unaccent` form, SQLite the stems of the word and of its folded
form; both also index the folded words themselves, so that a stop word ("about", "über") can
still be searched for. A query word matches when any of its forms does; every word of a query
must match.

Matching says nothing about who may see a result: the sources (`home.search_sources`) check
that when they turn matches into results.
"""

from dataclasses import dataclass

from django.db import connection, transaction

from .models import SearchDocument
from .search_text import index_terms, query_words, search_config, word_forms

FTS_TABLE = f"{SearchDocument._meta.db_table}_fts"
DOCUMENT_TABLE = SearchDocument._meta.db_table
MAX_MATCHES = 500


@dataclass(frozen=True)
class Document:
    language: str
    title: str
    body: str


@dataclass(frozen=True)
class Match:
    source: str
    object_id: int
    rank: float


def _is_postgres() -> bool:
    return connection.vendor == "postgresql"


@transaction.atomic
def documents_replace(*, source: str, object_id: int, documents: list[Document]) -> None:
    """The object's documents are exactly `documents` (one per language) from now on."""
    documents_delete(source=source, object_id=object_id)
    for document in documents:
        row = SearchDocument.objects.create(
            source=source,
            object_id=object_id,
            language=document.language,
            title=document.title,
            body=document.body,
        )
        _full_text_write(row)


def documents_delete(*, source: str, object_id: int) -> None:
    # On SQLite a trigger deletes their FTS5 rows with them.
    SearchDocument.objects.filter(source=source, object_id=object_id).delete()


def documents_clear() -> None:
    """An empty index (before indexing everything again)."""
    SearchDocument.objects.all().delete()


def _full_text_write(row: SearchDocument) -> None:
    with connection.cursor() as cursor:
        if _is_postgres():
            cursor.execute(
                f"""UPDATE {DOCUMENT_TABLE} SET vector =
                    setweight(to_tsvector(%(config)s::regconfig, title)
                        || to_tsvector(%(config)s::regconfig, unaccent(title))
                        || to_tsvector('simple', unaccent(title)), 'A')
                    || setweight(to_tsvector(%(config)s::regconfig, body)
                        || to_tsvector(%(config)s::regconfig, unaccent(body))
                        || to_tsvector('simple', unaccent(body)), 'B')
                    WHERE id = %(id)s""",  # noqa: S608
                {"config": search_config(row.language), "id": row.pk},
            )
        else:
            # A row id left behind by a flushed table must not keep its old terms.
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [row.pk])  # noqa: S608
            cursor.execute(
                f"INSERT INTO {FTS_TABLE} (rowid, title, body) VALUES (%s, %s, %s)",  # noqa: S608
                [
                    row.pk,
                    index_terms(row.title, row.language),
                    index_terms(row.body, row.language),
                ],
            )


def matches(*, query: str, language: str, sources: list[str] | None = None) -> list[Match]:
    """Documents in `language` (of the given sources, or all) that contain every word of
    `query` in some form, best first (title words weigh more)."""
    words = query_words(query)
    if not words:
        return []
    if _is_postgres():
        return _postgres_matches(words, language, sources)
    return _sqlite_matches(words, language, sources)


def _postgres_matches(words: list[str], language: str, sources: list[str] | None) -> list[Match]:
    config = search_config(language)
    word_query = (
        "(plainto_tsquery(%s::regconfig, %s) || plainto_tsquery(%s::regconfig, unaccent(%s))"
        " || plainto_tsquery('simple', unaccent(%s)))"
    )
    tsquery = " && ".join([word_query] * len(words))
    params: list = []
    for word in words:
        params += [config, word, config, word, word]
    source_filter = ""
    if sources is not None:
        source_filter = "AND source = ANY(%s)"
    sql = f"""
        SELECT source, object_id, ts_rank(vector, query) AS rank
        FROM {DOCUMENT_TABLE}, (SELECT {tsquery} AS query) AS q
        WHERE language = %s {source_filter} AND vector @@ query
        ORDER BY rank DESC, id LIMIT {MAX_MATCHES}
    """  # noqa: S608
    params.append(language)
    if sources is not None:
        params.append(list(sources))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [Match(source, object_id, float(rank)) for source, object_id, rank in cursor]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _sqlite_matches(words: list[str], language: str, sources: list[str] | None) -> list[Match]:
    groups = []
    for word in words:
        forms = sorted(word_forms(word, language))
        if forms:
            groups.append("(" + " OR ".join(_fts_phrase(form) for form in forms) + ")")
    if not groups:
        return []
    params: list = [" AND ".join(groups), language]
    source_filter = ""
    if sources is not None:
        if not sources:
            return []
        source_filter = f"AND d.source IN ({', '.join(['%s'] * len(sources))})"
        params += list(sources)
    sql = f"""
        SELECT d.source, d.object_id, bm25({FTS_TABLE}, 5.0, 1.0) AS score
        FROM {FTS_TABLE} JOIN {DOCUMENT_TABLE} AS d ON d.id = {FTS_TABLE}.rowid
        WHERE {FTS_TABLE} MATCH %s AND d.language = %s {source_filter}
        ORDER BY score, d.id LIMIT {MAX_MATCHES}
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        # bm25 is lower for better matches.
        return [Match(source, object_id, -float(score)) for source, object_id, score in cursor]
