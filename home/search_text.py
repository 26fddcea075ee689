"""Words as the public search compares them: in their language's stem, with and without
diacritics, so that "toplanti" finds "toplantı", "Bagis" finds "Bağış" and "сети" finds "сеть".

PostgreSQL does this itself (a text search configuration per language and `unaccent`); this
module does the same in Python for SQLite, whose FTS5 index then only stores and matches the
terms it is given. Both sides use the Snowball stemmers, so the two databases find the same.
"""

import functools
import re
import unicodedata

import snowballstemmer
from django.conf import settings

# Letters with their combining marks (decomposed accents, Cyrillic titlos, Arabic vowel signs),
# which `\w` alone would split a word at.
WORD = re.compile(r"[\w\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670]+")
# Letters that Unicode does not decompose but `unaccent` folds all the same.
FOLDED_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae"})
MAX_QUERY_WORDS = 12


def search_config(language: str) -> str:
    """The PostgreSQL text search configuration (and Snowball stemmer) for a language code."""
    return settings.SEARCH_CONFIGS.get(language, "simple")


def fold(word: str) -> str:
    """The word without diacritics, lower case (what `unaccent` and `lower` make of it)."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(FOLDED_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.cache
def _stemmer(config: str):
    if config == "simple":
        return None
    return snowballstemmer.stemmer(config)


def word_forms(word: str, language: str) -> set[str]:
    """The terms one word is indexed and searched as: its stem, the stem of its folded form
    and the folded word itself; each with diacritics removed (the SQLite index folds what
    Unicode decomposes anyway)."""
    stemmer = _stemmer(search_config(language))
    word = word.lower()
    forms = {word, fold(word)}
    if stemmer is not None:
        forms = {stemmer.stemWord(form) for form in forms}
    return {fold(form) for form in forms | {word} if form}


def words(text: str) -> list[str]:
    return WORD.findall(text or "")


def index_terms(text: str, language: str) -> str:
    """The text as the terms the SQLite index stores."""
    return " ".join(" ".join(sorted(word_forms(word, language))) for word in words(text))


def query_words(query: str) -> list[str]:
    """The first words of a query (a longer query costs more and finds no more), without
    underscores alone, which no index holds."""
    return [word for word in words(query) if word.strip("_")][:MAX_QUERY_WORDS]
