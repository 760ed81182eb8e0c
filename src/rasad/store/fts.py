"""Full-text search over normalised Arabic, on SQLite (FTS5) and PostgreSQL (tsvector).

Both sides go through `rasad.arabic.normalize_key` (alef/yaa/taa-marbuta folding,
diacritics and tatweel dropped, digits to ASCII), so "غزة" finds "غزه" and "إسرائيل"
finds "اسرائيل". Arabic glues prepositions and the article to words (بغزة، والرئيس),
so the indexed text also carries each word's clitic-stripped stems: a query for "غزة"
finds "بغزة". Queries are bound parameters: the FTS5 query is built from quoted terms,
the PostgreSQL one through plainto_tsquery.
"""

from __future__ import annotations

import functools
import re
from itertools import chain
from typing import Any

from sqlalchemy import Connection, Integer, column, select, text
from sqlalchemy.sql.elements import ColumnElement

from rasad.arabic import normalize_key, strip_clitics

_WORD = re.compile(r"[\w\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+")
# One character that is neither in `_WORD`'s class nor whitespace (no whitespace is in the class):
# with each of them made a space, str.split() cuts a text into exactly `_WORD.findall`'s words,
# ~20% cheaper than findall for an article (no match object per word).
_NOT_WORD = re.compile(r"[^\w\s\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]")


def words(s: str) -> list[str]:
    return _WORD.findall(normalize_key(s))


@functools.lru_cache(maxsize=200_000)
def _stems(w: str) -> tuple[str, ...]:
    """Clitic-stripped forms of a normalised word (cached: news repeats its words)."""
    return tuple(s for s in strip_clitics(w)[1:] if s != w)


def search_text(*parts: str | None) -> str:
    """The text to index: normalised words, then the extra stems of clitic-bearing words."""
    return search_text_keys(*(normalize_key(p) for p in parts if p))


_STEMS: dict[str, tuple[str, ...]] = {}  # _stems of the words seen (a dict look-up is cheaper than lru_cache's)


def search_text_keys(*keys: str) -> str:
    """`search_text` of already normalised parts (the store normalises each article once)."""
    out: list[str] = []
    for k in keys:
        out.extend(_NOT_WORD.sub(" ", k).split())
    cache = _STEMS
    if len(cache) > 200_000:
        cache.clear()
    # the stems of every word by C-level look-ups (a Python loop over the words cost ~40 us an
    # article); the words seen the first time are looked up again once they are cached
    stems: list[Any] = list(map(cache.get, out))
    if None in stems:
        for i, w in enumerate(out):
            if stems[i] is None:
                st = cache.get(w)
                if st is None:
                    st = cache[w] = _stems(w)
                stems[i] = st
    extra = list(chain.from_iterable(stems))
    return " ".join(out + extra) if extra else " ".join(out)


def fts5_query(q: str) -> str | None:
    """An FTS5 MATCH expression: every normalised word of the query, quoted (AND)."""
    terms = words(q)
    if not terms:
        return None
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def pg_query(q: str) -> str | None:
    terms = words(q)
    return " ".join(terms) if terms else None


# One constant statement per full-text table: no SQL is ever built by string formatting
# (tests/security/test_sec_sql.py checks the whole package for that).
_FTS_INSERT = {
    "article_fts": "INSERT INTO article_fts(rowid, body) VALUES (:rowid, :body)",
    "evidence_fts": "INSERT INTO evidence_fts(rowid, body) VALUES (:rowid, :body)",
}
_FTS_MATCH = {
    "article_fts": "SELECT rowid FROM article_fts WHERE article_fts MATCH :fts_q",
    "evidence_fts": "SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH :fts_q",
}


# built once: executing a prebuilt text() reuses SQLAlchemy's compiled form
_FTS_INSERT_STMT = {name: text(sql) for name, sql in _FTS_INSERT.items()}


def index_sqlite(conn: Connection, table: str, rowid: int, body: str) -> None:
    index_sqlite_many(conn, table, [{"rowid": rowid, "body": body}])


def index_sqlite_many(conn: Connection, table: str, rows: list[dict[str, object]]) -> None:
    """Full-text rows ({"rowid", "body"}) of one table, in one executemany."""
    if table not in _FTS_INSERT_STMT:
        raise ValueError(table)
    if rows:
        conn.execute(_FTS_INSERT_STMT[table], rows)


def match_rowids_sql(dialect: str, table: str, id_col: ColumnElement, search_col: ColumnElement,
                     q: str) -> ColumnElement[bool] | None:
    """A WHERE clause on `id_col` (SQLite) or `search_col` (PostgreSQL) matching the query."""
    if dialect == "sqlite":
        expr = fts5_query(q)
        if expr is None:
            return None
        if table not in _FTS_MATCH:
            raise ValueError(table)
        sub = (text(_FTS_MATCH[table])
               .bindparams(fts_q=expr).columns(column("rowid", Integer)).subquery())
        return id_col.in_(select(sub.c.rowid))
    pq = pg_query(q)
    if pq is None:
        return None
    from sqlalchemy import func

    return func.to_tsvector("simple", search_col).op("@@")(func.plainto_tsquery("simple", pq))  # type: ignore[no-any-return]
