"""The public search's own index: one row per searchable thing and language."""

from django.db import models


class SearchDocument(models.Model):
    """What one source (pages, organisations …) gives the search for one object in one language.

    The database's own full-text index sits beside this table and is written only by
    `home.search_index`: on PostgreSQL a `vector` column (tsvector, in the language's text
    search configuration, with and without diacritics), on SQLite an FTS5 table of the same name
    with the suffix `_fts`, keyed by this row's id. Neither is a model field, so the schema of
    each lives in the migration, guarded by the database it belongs to.
    """

    source = models.CharField(max_length=40)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=10)
    title = models.TextField(blank=True)
    body = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "object_id", "language"], name="search_document_per_language"
            )
        ]
        indexes = [models.Index(fields=["language", "source"], name="search_document_language")]

    def __str__(self) -> str:
        return f"{self.source} {self.object_id} ({self.language})"
