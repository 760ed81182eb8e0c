"""The write side of the store: batches of articles, each article atomic within its batch.

`Store.add_articles` stores a batch of articles (each with its events and issues) in one
transaction, every article inside its own SAVEPOINT: a failure in one article rolls back that
article only, and the batch commits once. Per article: the article, its actors, its events
merged into existing ones (rasad.merge.rules) or new, its sources and issues, and the
full-text rows. An article whose content hash is already stored is skipped, so re-ingesting
anything adds nothing. `Store.add_article` is a batch of one. SQLAlchemy Core with bound
parameters throughout; the statements of the write path are built once, at import.

Writers serialise per batch: SQLite takes the write lock up front (BEGIN IMMEDIATE), PostgreSQL
a transaction-level advisory lock. Merging needs that (two writers that cannot see each other's
new events would create the same event twice), and it keeps concurrent writers that store the
same articles in opposite orders from deadlocking on the unique content hash.

Text normalisation, the wire-copy sketch and the full-text bodies are computed before the
transaction starts, so the lock is held only for the SQL. On SQLite the statements of the write
path run on the DB-API cursor, compiled once (`_Compiled`): same SQL, same bound values.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    Date,
    DateTime,
    Engine,
    and_,
    bindparam,
    func,
    literal,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.exc import IntegrityError

from rasad.arabic import normalize_key
from rasad.arabic.normalize import normalize_key_shared
from rasad.errors import DocIssue, StoreError
from rasad.merge import rules, wire
from rasad.store import fts
from rasad.store.db import open_engine
from rasad.store.models import Base
from rasad.types import Actor, Article, Event

T = Base.metadata.tables
ARTICLES, ACTORS, EVENTS = T["articles"], T["actors"], T["events"]
EVENT_ACTORS, EVENT_TOPICS, SOURCES, ISSUES = T["event_actors"], T["event_topics"], T["event_sources"], T["issues"]

MAX_CANDIDATES = 50
PG_WRITER_LOCK = 0x7261736164_01  # pg_advisory_xact_lock key of rasad's writers ("rasad" + 1)

# Statements built once (the write path runs them for every article): SQLAlchemy then only
# binds parameters instead of rebuilding and re-keying the statement each time.
_INS_ARTICLE = ARTICLES.insert().returning(ARTICLES.c.id)
_INS_EVENT = EVENTS.insert().returning(EVENTS.c.id)
_INS_SOURCE = SOURCES.insert().returning(SOURCES.c.id)
_INS_ISSUES = ISSUES.insert()
_UPD_WIRE = update(ARTICLES).where(ARTICLES.c.id == bindparam("b_id")).values(wire_group=bindparam("b_group"))
_UPD_DAY = update(EVENT_ACTORS).where(EVENT_ACTORS.c.event_id == bindparam("b_id")).values(day=bindparam("b_day"))
_SEL_HASHES = (select(ARTICLES.c.content_hash, ARTICLES.c.id)
               .where(ARTICLES.c.content_hash.in_(bindparam("hashes", expanding=True))))
_SEL_HASH = select(ARTICLES.c.id).where(ARTICLES.c.content_hash == bindparam("h"))
_SEL_PG_LOCK = select(func.pg_advisory_xact_lock(bindparam("k", type_=BigInteger())))

# Merge candidates in one statement: the newest events with the same exact key, and the newest
# with the same country key but another exact key, each list limited. The latter are checked
# actor by actor (_SEL_ACTOR_REFS: "id US kind US country", RS-separated: ASCII unit and record
# separators, which no actor id contains), once the cheaper checks (dates, place) have passed:
# aggregating the actors of every lenient candidate in the candidate query was most of its time.
_CAND_COLS = (EVENTS.c.id, EVENTS.c.first, EVENTS.c.last, EVENTS.c.location_name, EVENTS.c.location_country,
              EVENTS.c.first_reported, EVENTS.c.last_reported, EVENTS.c.topics, EVENTS.c.n_reports)
_US, _RS = "\x1f", "\x1e"
_SEL_ACTOR_REFS = (select(func.aggregate_strings(ACTORS.c.id + _US + ACTORS.c.kind + _US
                                                 + func.coalesce(ACTORS.c.country, ""), _RS).label("refs"))
                   .select_from(EVENT_ACTORS.join(ACTORS, ACTORS.c.id == EVENT_ACTORS.c.actor_id))
                   .where(EVENT_ACTORS.c.event_id == bindparam("eid")))
_exact = (select(*_CAND_COLS, literal(0).label("lenient"))
          .where(EVENTS.c.merge_key == bindparam("key"))
          .order_by(EVENTS.c.id.desc()).limit(MAX_CANDIDATES).subquery("exact"))
_lenient = (select(*_CAND_COLS, literal(1).label("lenient"))
            .where(and_(EVENTS.c.country_key == bindparam("ckey"), EVENTS.c.merge_key != bindparam("key")))
            .order_by(EVENTS.c.id.desc()).limit(MAX_CANDIDATES).subquery("lenient"))


def _date_prefilter(sub: Any) -> Any:
    """Of the candidates (after their LIMIT: the same newest events are considered), those whose
    dates do not exclude them (rules.dates_compatible is False): the rows dropped are the ones the
    Python check drops first; the rest are checked as before.

    A candidate with a date range (first and last) is compared with the report's range, or, when
    the report has none, with its publication date p as the range p..p: `first - tolerance <=
    other's last` both ways, bound as :lo = start - tolerance, :hi = end + tolerance (one day
    between two ranges, UNDATED_WINDOW against p). A candidate without a range is compared the
    same way through its report dates (the earliest and latest of first_reported and
    last_reported) with UNDATED_WINDOW, bound as :ulo and :uhi. A bound is NULL when the report
    has nothing to compare (no range and no publication date) or its arithmetic overflows, and a
    candidate without a range nor report dates has nothing to compare either: nothing is
    excluded then (dates_compatible gives None or is not decided here). Dates compare as dates
    on PostgreSQL and as their ISO text (same order) on SQLite."""
    lo, hi = bindparam("lo", type_=Date()), bindparam("hi", type_=Date())
    ulo, uhi = bindparam("ulo", type_=Date()), bindparam("uhi", type_=Date())
    fr, lr = sub.c.first_reported, sub.c.last_reported
    dated = and_(sub.c.first.is_not(None), sub.c.last.is_not(None))
    undated = or_(sub.c.first.is_(None), sub.c.last.is_(None))
    # latest report date >= :ulo and earliest <= :uhi, over the report dates that are not NULL
    # (a comparison with NULL is not true)
    return select(sub).where(or_(
        and_(dated, or_(lo.is_(None), and_(sub.c.last >= lo, sub.c.first <= hi))),
        and_(undated, or_(ulo.is_(None), and_(fr.is_(None), lr.is_(None)),
                          and_(or_(fr >= ulo, lr >= ulo), or_(fr <= uhi, lr <= uhi))))))


_SEL_CANDIDATES = union_all(_date_prefilter(_exact), _date_prefilter(_lenient))
_LAZY_TOPICS = ("topics",)
_SEL_ACTOR_IDS = select(EVENT_ACTORS.c.actor_id).where(EVENT_ACTORS.c.event_id == bindparam("eid"))
# the articles reporting an event (from the index on event_sources (event_id, article_id)), in
# article order, which is source order: an article reports an event once, and an article's
# sources are written with it, after those of every earlier article
_SEL_EVENT_AIDS = (select(SOURCES.c.article_id).where(SOURCES.c.event_id == bindparam("eid"))
                   .order_by(SOURCES.c.article_id))
_SEL_SKETCH = select(ARTICLES.c.minhash).where(ARTICLES.c.id == bindparam("aid"))
_SEL_WIRE_GROUP = select(ARTICLES.c.wire_group).where(ARTICLES.c.id == bindparam("aid"))
# sizes of the writer's caches (see Store.__init__); some 130 MB at most in all
CACHE_EVENTS = 200_000  # events' article lists
CACHE_SKETCHES = 100_000  # sketch prefixes (wire.PREFIX hashes, 384 bytes)
CACHE_SOURCES = 300_000  # sources' merge fields, over all events
CACHE_ACTOR_REFS = 50_000  # events' actors as the lenient merge compares them (~0.6 KB each)
_SEL_SOURCES = (select(SOURCES.c.confidence, SOURCES.c.status, SOURCES.c.first, SOURCES.c.last, ARTICLES.c.outlet,
                       ARTICLES.c.published, ARTICLES.c.wire_group, ARTICLES.c.id)
                .join(ARTICLES, ARTICLES.c.id == SOURCES.c.article_id).where(SOURCES.c.event_id == bindparam("eid"))
                .order_by(SOURCES.c.article_id))  # the index's order on SQLite; source order (see above)
_EVENT_AGGREGATES = ("n_reports", "n_sources", "n_outlets", "confidence", "first_reported", "last_reported",
                     "status", "first", "last", "topics", "location_name", "location_country", "updated_at")
_UPD_EVENT = (update(EVENTS).where(EVENTS.c.id == bindparam("b_id"))
              .values({c: bindparam(c, type_=EVENTS.c[c].type) for c in _EVENT_AGGREGATES}))


@dataclass(frozen=True)
class AddOutcome:
    """What storing one article did (`error`: it was not stored, and why)."""

    article_id: int | None
    duplicate: bool = False
    new_events: int = 0
    merged_events: int = 0
    error: Exception | None = None


Doc = tuple[Article, Sequence[Event], Sequence[DocIssue]]  # or a Prepared one


@dataclass
class Prepared:
    """One article with everything its storing computes that needs no database: the normalised
    full-text body, the wire-copy sketch, the merge keys. `prepare` builds it before the write lock
    is taken; with --workers the extraction processes build it (rasad.scale), so the single
    writer only runs SQL. Has `article`, `events` and `issues` like a pipeline result."""

    article: Article
    events: Sequence[Event]
    issues: Sequence[DocIssue]
    content_hash: str
    sketch: bytes
    body: str
    keys: list[tuple[str, str]]  # (merge_key, country_key) per event
    evidence: list[str]  # full-text body per event
    actors: dict[str, Actor] = field(default_factory=dict)


def prepare(article: Article, events: Sequence[Event] = (), issues: Sequence[DocIssue] = ()) -> Prepared:
    key = normalize_key_shared(article.text)
    parts = [normalize_key(article.title)] if article.title else []
    actors: dict[str, Actor] = {}
    for e in events:
        for a in (*e.source, *e.target, *e.mediators):
            actors.setdefault(a.id, a)
    return Prepared(article, events, issues, article.content_hash, wire.sketch_key(key),
                     fts.search_text_keys(*parts, key), [(rules.merge_key(e), rules.country_key(e)) for e in events],
                     [fts.search_text(e.evidence) for e in events], actors)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class _Compiled:
    """A write-path statement compiled once for SQLite, run on the DB-API cursor.

    SQLAlchemy's execution machinery costs some 50 us a statement (a plain SQLite statement of
    the write path takes 5-10 us), and the single writer runs about seven statements an article,
    one after the other (merging reads what the previous article wrote). So on SQLite the write
    path binds parameters itself, with the bind processors SQLAlchemy would use (dates, JSON, ...),
    and converts result columns with its result processors: the same rows are written and read.
    Errors are wrapped as SQLAlchemy would wrap them (IntegrityError, OperationalError, ...)."""

    def __init__(self, stmt: Any, dialect: Any, keys: tuple[str, ...] | None, lazy: tuple[str, ...] = ()):
        compiled = stmt.compile(dialect=dialect, column_keys=list(keys) if keys is not None else None)
        if compiled.positiontup is None or getattr(compiled, "insert_prefetch", None) \
                or getattr(compiled, "update_prefetch", None):
            raise ValueError("statement needs SQLAlchemy's execution (defaults or named parameters)")
        sql: str = compiled.string
        binds = compiled.binds  # a literal bind (LIMIT, literal(0)) carries its value
        self.slots: list[tuple[str, Any, Any]] = []
        for name in compiled.positiontup:
            bp = binds[name]
            mark = f"__[POSTCOMPILE_{name}]"
            if mark in sql:  # a literal rendered into the SQL (aggregate_strings' separator)
                if bp.expanding or bp.callable is not None:
                    raise ValueError("statement needs SQLAlchemy's execution (expanding parameters)")
                sql = sql.replace(mark, compiled.render_literal_value(bp.value, bp.type))
                continue
            self.slots.append((name, bp.type.dialect_impl(dialect).bind_processor(dialect), bp.effective_value))
        if "POSTCOMPILE" in sql:
            raise ValueError("statement needs SQLAlchemy's execution (expanding parameters)")
        self.sql = sql
        self.convert: list[tuple[int, Any]] = []
        self.lazy: dict[str, Any] = {}  # columns left as stored, converted on use (`_Exec.load`)
        self.row: Any = None
        cols = getattr(stmt, "selected_columns", None)
        if cols is not None:
            from collections import namedtuple

            names = [c.key for c in cols]
            self.row = namedtuple("Row", names, rename=True)  # type: ignore[misc]  # noqa: PYI024 - like a Row
            for i, c in enumerate(cols):
                proc = c.type.dialect_impl(dialect).result_processor(dialect, None)
                if proc is not None and c.key in lazy:
                    self.lazy[c.key] = proc
                elif proc is not None:
                    # dates come back as text: the few distinct values are parsed once (immutable results)
                    self.convert.append((i, _memo(proc) if isinstance(c.type, Date | DateTime) else proc))

    def args(self, params: dict[str, Any]) -> tuple[Any, ...]:
        # (a list comprehension: a generator costs a resumed frame per parameter)
        return tuple([(proc(params[n] if n in params else v) if proc is not None else (params[n] if n in params else v))
                      for n, proc, v in self.slots])

    def rows(self, raw: list[Any]) -> list[Any]:
        if not self.convert:
            return [self.row._make(r) for r in raw]
        out = []
        for r in raw:
            r = list(r)
            for i, proc in self.convert:
                r[i] = proc(r[i])
            out.append(self.row._make(r))
        return out


_MISS = object()


def _memo(proc: Any) -> Any:
    cache: dict[Any, Any] = {}

    def convert(v: Any) -> Any:
        r = cache.get(v, _MISS)
        if r is _MISS:
            r = proc(v)
            if len(cache) < 100_000:
                cache[v] = r
        return r
    return convert


class _Exec:
    """Runs the write path's statements in one connection's transaction: through SQLAlchemy
    (PostgreSQL), or on SQLite through the DB-API cursor with statements compiled once
    (`_Compiled`, cached per Store)."""

    def __init__(self, store: Store, conn: Connection):
        self.conn = conn
        self.cache = store._compiled if store.dialect == "sqlite" and store.fast_sqlite else None
        self.dialect = store.engine.dialect
        self.cur = conn.connection.dbapi_connection.cursor() if self.cache is not None else None  # type: ignore[union-attr]

    def _compiled(self, stmt: Any, keys: tuple[str, ...] | None, lazy: tuple[str, ...] = ()) -> _Compiled:
        assert self.cache is not None
        key = (stmt, keys, lazy)
        c = self.cache.get(key)
        if c is None:
            c = self.cache[key] = _Compiled(stmt, self.dialect, keys, lazy)
        return c

    def _run(self, sql: str, args: Any, many: bool = False) -> Any:
        import sqlite3

        assert self.cur is not None
        try:
            return self.cur.executemany(sql, args) if many else self.cur.execute(sql, args)
        except sqlite3.Error as err:
            from sqlalchemy.exc import DBAPIError

            raise DBAPIError.instance(sql, args, err, sqlite3.Error, ismulti=many, dialect=self.dialect) from err

    def rows(self, stmt: Any, params: dict[str, Any], lazy: tuple[str, ...] = ()) -> list[Any]:
        """The rows; `lazy` columns may come as stored (SQLite): pass them through `load` to use them."""
        if self.cache is None:
            return list(self.conn.execute(stmt, params))
        c = self._compiled(stmt, None, lazy)
        return c.rows(self._run(c.sql, c.args(params)).fetchall())

    def load(self, stmt: Any, lazy: tuple[str, ...], column: str, value: Any) -> Any:
        """A `lazy` column's value of a row of `rows(stmt, ..., lazy)`, converted."""
        if self.cache is None:
            return value
        proc = self._compiled(stmt, None, lazy).lazy.get(column)
        return proc(value) if proc is not None else value

    def scalars(self, stmt: Any, params: dict[str, Any]) -> list[Any]:
        return [r[0] for r in self.rows(stmt, params)]

    def insert(self, stmt: Any, params: dict[str, Any]) -> int:
        """An INSERT ... RETURNING id of one row."""
        if self.cache is None:
            return int(self.conn.execute(stmt, params).scalar_one())
        c = self._compiled(stmt, tuple(params))
        (row,) = self._run(c.sql, c.args(params)).fetchall()
        return int(row[0])

    def write(self, stmt: Any, params: dict[str, Any] | list[dict[str, Any]], keyed: bool = False) -> None:
        """An INSERT/UPDATE of one row or many (`keyed`: an INSERT, compiled for the rows' keys)."""
        if self.cache is None:
            self.conn.execute(stmt, params)
            return
        many = isinstance(params, list)
        if many and not params:
            return
        first = params[0] if isinstance(params, list) else params
        c = self._compiled(stmt, tuple(first) if keyed else None)
        if isinstance(params, list):
            self._run(c.sql, [c.args(p) for p in params], many=True)
        else:
            self._run(c.sql, c.args(params))


class Store:
    """A database (SQLite file or PostgreSQL) opened and migrated to the newest schema."""

    fast_sqlite = True  # the write path on SQLite through _Compiled statements (False: SQLAlchemy's execution)

    def __init__(self, url_or_path: str, engine: Engine | None = None):
        self.url = url_or_path
        try:
            self.engine = engine if engine is not None else open_engine(url_or_path)
        except Exception as err:  # bad URL, unreachable server, unreadable file
            raise StoreError(f"cannot open database {url_or_path!r}: {err}") from err
        self.dialect = self.engine.dialect.name
        self._ins_actors = self._insert_ignore(ACTORS)
        self._ins_event_actors = self._insert_ignore(EVENT_ACTORS)
        self._ins_topics = self._insert_ignore(EVENT_TOPICS)
        # Actors known to be stored (committed): actors are never deleted, and there are few of
        # them, so each is upserted once per process instead of once per article.
        self._actors_stored: set[str] = set()
        self._compiled: dict[tuple[Any, tuple[str, ...] | None, tuple[str, ...]], _Compiled] = {}  # see _Exec
        # The wire-copy checks of merging compare the new article with every article reporting a
        # candidate event; reading those articles' sketches for each check made the writer's cost
        # per article grow with the database. Cached here instead (articles are never changed
        # or deleted; only their wire_group is, which is read when a copy is found):
        # - an article's sketch prefix (wire.prefix: enough to rule out most pairs, wire.Probe);
        # - an event's reporting articles, valid while their number is the event's n_reports
        #   (sources are only ever added, and n_reports counts them: a stale entry is re-read).
        # Both are cleared when a transaction or an article's savepoint rolls back (ids of
        # rolled-back rows may be given again).
        # - an event's sources as refreshing its aggregates reads them (`_Merger._refresh`), valid
        #   the same way; an article's wire group is settled once its own storing is done.
        self._sketch_prefix: dict[int, bytes] = {}
        self._event_aids: dict[int, tuple[int, ...]] = {}
        self._event_sources: dict[int, tuple[_Source, ...]] = {}
        self._n_sources_cached = 0
        # - an event's actors as the merge rules compare them (`_Merger._event_refs`), with the
        #   n_reports they were read at: actors are only added to an event with a report, so the
        #   entry holds while n_reports is unchanged.
        self._event_refs: dict[int, tuple[int, list[rules.ActorRef]]] = {}

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- dialect helpers
    def _insert_ignore(self, table: Any) -> Any:
        if self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            return sqlite_insert(table).on_conflict_do_nothing()
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()

    # ---------------------------------------------------------------- reads used by ingest
    def has_article(self, content_hash: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(_SEL_HASH, {"h": content_hash}).first() is not None

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among `hashes` that are already stored (one query)."""
        hs = list(dict.fromkeys(hashes))
        if not hs:
            return set()
        with self.engine.connect() as conn:
            return {h for h, _ in conn.execute(_SEL_HASHES, {"hashes": hs})}

    # ---------------------------------------------------------------- writes
    def add_issues(self, issues: Iterable[DocIssue]) -> None:
        rows = [_issue_row(i) for i in issues]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(_INS_ISSUES, rows)

    def add_article(self, article: Article, events: Sequence[Event] = (),
                    issues: Sequence[DocIssue] = ()) -> AddOutcome:
        """Store one article with its events and issues in one transaction (all or nothing)."""
        [out] = self.add_articles([(article, events, issues)])
        if out.error is not None:
            raise out.error
        return out

    def add_articles(self, docs: Iterable[Doc | Prepared], issues: Sequence[DocIssue] = ()) -> list[AddOutcome]:
        """Store a batch of (article, events, issues) in one transaction, one SAVEPOINT per article.

        An article that fails is rolled back alone and comes back with `error` set (the others are
        stored); `issues` (of documents that were not articles) are stored with the batch. Later
        articles of a batch merge with events of earlier ones. Returns one outcome per article."""
        prepared = [d if isinstance(d, Prepared) else prepare(*d) for d in docs]
        outcomes: list[AddOutcome] = []
        if not prepared and not issues:
            return outcomes
        try:
            self._add_batch(prepared, issues, outcomes)
        except BaseException:
            self._forget()
            raise
        return outcomes

    def _forget(self) -> None:
        """Drop what the writer cached from uncommitted rows (see __init__)."""
        self._sketch_prefix.clear()
        self._event_aids.clear()
        self._event_sources.clear()
        self._n_sources_cached = 0
        self._event_refs.clear()

    def _cache_prefix(self, aid: int, sig: bytes | None) -> bytes:
        """Cache and return the sketch prefix (wire.prefix) of article `aid`, whose sketch is `sig`."""
        pre = wire.prefix(sig)
        if len(self._sketch_prefix) >= CACHE_SKETCHES:
            self._sketch_prefix.clear()
        self._sketch_prefix[aid] = pre
        return pre

    def _refs_at(self, eid: int, n_reports: int) -> list[rules.ActorRef] | None:
        """The cached actors of event `eid` if they were read when it had `n_reports` reports."""
        hit = self._event_refs.get(eid)
        return hit[1] if hit is not None and hit[0] == n_reports else None

    def _cache_sources(self, eid: int, sources: tuple[_Source, ...]) -> None:
        if self._n_sources_cached >= CACHE_SOURCES:
            self._event_sources.clear()
            self._n_sources_cached = 0
        old = self._event_sources.get(eid)
        self._event_sources[eid] = sources
        self._n_sources_cached += len(sources) - (len(old) if old is not None else 0)

    def _add_batch(self, prepared: list[Prepared], issues: Sequence[DocIssue], outcomes: list[AddOutcome]) -> None:
        with self.engine.connect() as conn:
            self._begin_write(conn)
            hashes = list(dict.fromkeys(p.content_hash for p in prepared))
            known: dict[str, int] = {}
            if hashes:
                known = {h: int(i) for h, i in conn.execute(_SEL_HASHES, {"hashes": hashes})}
            new_actors: set[str] = set()
            x = _Exec(self, conn)
            # The per-article SAVEPOINTs go straight to the driver (same SQL on SQLite and
            # PostgreSQL): Connection.begin_nested costs about as much as two statements of the
            # article's own, for bookkeeping that a fixed, never-nested savepoint does not need.
            savepoint = conn.connection.dbapi_connection.execute  # type: ignore[union-attr]
            # Rows that no later article of the batch reads while merging, written once at the end
            # of the batch (same transaction) for the articles that were stored:
            # - the full-text rows: FTS5 flushes its pending index to a new segment at every
            #   SAVEPOINT, so writing them inside the per-article savepoints costs a segment each;
            # - event topics (merging reads events.topics, not this table);
            # - an article's own wire group (until then NULL, which every reader, merging too,
            #   takes as the article's own id: coalesce(wire_group, id)).
            deferred: dict[str, list[dict[str, Any]]] = {"article_fts": [], "evidence_fts": [], "topics": [],
                                                          "wire": []}
            for p in prepared:
                got = known.get(p.content_hash)
                if got is not None:
                    outcomes.append(AddOutcome(got, duplicate=True))
                    continue
                added: set[str] = set()
                savepoint("SAVEPOINT rasad_doc")
                try:
                    added = self._add_actors_once(x, p, new_actors)
                    out, rows = self._add(x, p)
                    savepoint("RELEASE SAVEPOINT rasad_doc")
                except Exception as err:  # noqa: BLE001 - this article only; reported in its outcome
                    savepoint("ROLLBACK TO SAVEPOINT rasad_doc")
                    self._forget()
                    savepoint("RELEASE SAVEPOINT rasad_doc")
                    new_actors -= added  # rolled back with the article
                    dup = None
                    if isinstance(err, IntegrityError):  # stored by another writer meanwhile
                        dup = next(iter(x.scalars(_SEL_HASH, {"h": p.content_hash})), None)
                    out = AddOutcome(int(dup), duplicate=True) if dup is not None else AddOutcome(None, error=err)
                else:
                    for name, r in rows.items():
                        deferred[name].extend(r)
                if out.article_id is not None and not out.duplicate:
                    known[p.content_hash] = out.article_id
                outcomes.append(out)
            for table in ("article_fts", "evidence_fts"):
                fts.index_sqlite_many(conn, table, deferred[table])
            if deferred["topics"]:
                x.write(self._ins_topics, deferred["topics"], keyed=True)
            if deferred["wire"]:
                x.write(_UPD_WIRE, deferred["wire"])
            issue_rows = [_issue_row(i) for i in issues]
            if issue_rows:
                x.write(_INS_ISSUES, issue_rows, keyed=True)
            conn.commit()
        self._actors_stored |= new_actors

    def _begin_write(self, conn: Connection) -> None:
        """Start the batch's write transaction holding the writers' lock."""
        if self.dialect == "sqlite":
            # pysqlite (legacy transaction control) would only BEGIN before the first INSERT, and a
            # SAVEPOINT outside a transaction commits on RELEASE; an explicit BEGIN IMMEDIATE makes
            # the batch one transaction and takes the write lock now (waiting up to busy_timeout).
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        elif self.dialect == "postgresql":
            conn.execute(_SEL_PG_LOCK, {"k": PG_WRITER_LOCK})

    def _add_actors_once(self, x: _Exec, p: Prepared, new_actors: set[str]) -> set[str]:
        """Insert the article's actors not yet stored; returns the ids inserted (pending commit)."""
        todo = [a for i, a in p.actors.items() if i not in self._actors_stored and i not in new_actors]
        if not todo:
            return set()
        x.write(self._ins_actors, [
            {"id": a.id, "name_en": a.name_en, "name_ar": a.name_ar, "kind": a.kind, "country": a.country,
             "wikidata": a.wikidata, "name_key": name_key(a.name_en, a.name_ar)} for a in todo], keyed=True)
        ids = {a.id for a in todo}
        new_actors |= ids
        return ids

    def _add(self, x: _Exec, p: Prepared) -> tuple[AddOutcome, dict[str, list[dict[str, Any]]]]:
        """Store one article; returns its outcome and the rows written at the end of the batch."""
        article, events = p.article, p.events
        sqlite = self.dialect == "sqlite"
        art_id = x.insert(_INS_ARTICLE, dict(
            doc_id=article.doc_id, part=article.part, title=article.title, published=article.published,
            published_raw=article.published_raw, outlet=article.outlet, author=article.author,
            url=article.url, source=article.source, text=article.text, content_hash=p.content_hash,
            minhash=p.sketch, wire_group=None, n_events=len(events),
            search_text=None if sqlite else p.body, ingested_at=_now(),
        ))
        merger = _Merger(self, x, p, art_id)
        new = merged = 0
        for seq, ev in enumerate(events):
            if merger.add(seq, ev):
                merged += 1
            else:
                new += 1
        merger.settle()

        if p.issues:
            x.write(_INS_ISSUES, [_issue_row(i) for i in p.issues], keyed=True)
        rows: dict[str, list[dict[str, Any]]] = {"topics": merger.topic_rows}
        if not merger.wire_changed:  # its own group (a wire copy's was written when found)
            rows["wire"] = [{"b_id": art_id, "b_group": art_id}]
        if sqlite:
            rows["article_fts"] = [{"rowid": art_id, "body": p.body}]
            rows["evidence_fts"] = merger.fts_rows
        return AddOutcome(art_id, new_events=new, merged_events=merged), rows


def name_key(*names: str | None) -> str:
    """Normalised names, words only (el-Sisi -> el sisi), joined by " | " for word-bounded LIKE."""
    return " | ".join(" ".join(fts.words(n)) for n in names if n)


def _issue_row(i: DocIssue) -> dict[str, Any]:
    return {"source": i.source, "line": i.line, "code": i.code, "message": i.message,
            "severity": i.severity, "created": _now()}


class _Merger:
    """Merges one article's events into the stored events (within its transaction)."""

    def __init__(self, store: Store, x: _Exec, p: Prepared, art_id: int):
        self.store = store
        self.x = x
        self.p = p
        self.article = p.article
        self.art_id = art_id
        self.sketch = p.sketch
        self.probe: wire.Probe | None = None  # built at the first wire-copy check
        self.bases: dict[int, tuple[_Source, ...]] = {}  # merged event -> its sources before this article
        self.group = art_id  # the article's wire group: its own, or that of the copy it joined
        self.wire_checked: set[int] = set()
        self.wire_changed = False
        self.touched: list[tuple[int, Event, Any]] = []  # (event id, report, stored row when merged)
        self.fts_rows: list[dict[str, Any]] = []
        self.topic_rows: list[dict[str, Any]] = []

    # -- candidates
    def _candidate(self, seq: int, ev: Event) -> Any | None:
        """The stored event this report joins (None: none does): of the candidates that pass
        every check, the first by (exact key before lenient, date gap, id)."""
        key, ckey = self.p.keys[seq]
        # topics: read only for the chosen candidate (_refresh), so not decoded for the others
        rows = self.x.rows(_SEL_CANDIDATES, {"key": key, "ckey": ckey, **_date_bounds(ev, self.article.published)},
                           _LAZY_TOPICS)
        mine: list[rules.ActorRef] | None = None
        reported = [self.article.published]
        remote = rules.type_class(ev.type) == "remote"
        # never merge two events of the same article: the extractor already told them apart
        # (the article is new, so its only sources are the ones added here)
        same = {eid for eid, _, _ in self.touched}
        ok: list[tuple[int, int, int, bool | None, Any]] = []
        for r in rows:
            if r.id in same:
                continue
            # The checks are independent filters (the set kept is the same in any order): the
            # cheap ones here, on every candidate; the ones that read the database below, in the
            # order of preference, until one candidate passes them.
            dates_ok = rules.dates_compatible(ev.first, ev.last, reported, r.first, r.last,
                                              [r.first_reported, r.last_reported])
            if dates_ok is False:
                continue
            loc = ev.location
            # a call or a message has two ends: where each outlet files it from (its dateline)
            # says nothing about whether two reports are one contact
            if not remote and not rules.places_compatible(
                    loc.name_en if loc else None, loc.country if loc else None, r.location_name,
                    r.location_country):
                continue
            ok.append((r.lenient, _gap(ev.first, ev.last, r.first, r.last), r.id, dates_ok, r))
        ok.sort(key=lambda t: t[:3])
        for lenient, _g, _id, dates_ok, r in ok:
            if lenient:
                if mine is None:
                    mine = [rules.ref(a) for a in (*ev.source, *ev.target, *ev.mediators)]
                if not rules.actors_compatible(mine, self._event_refs(r)):
                    continue
            if dates_ok is None and not self._wire_twin(r):
                continue
            return r
        return None

    def add(self, seq: int, ev: Event) -> bool:
        """Store the report; True when it joined an existing event."""
        row = self._candidate(seq, ev)
        if row is not None:
            eid = int(row.id)
            changed = self.wire_changed
            self._check_wire(row)
            self._add_source(eid, seq, ev)
            added = self._add_actors(eid, ev, row)
            self._refresh(eid, ev, row, added)
            if self.wire_changed and not changed:  # refresh what was counted before
                for old, oev, orow in self.touched:
                    if orow is not None:  # a new event has one source: its counts do not change
                        self._refresh(old, oev, orow)
            self.touched.append((eid, ev, row))
            return True
        eid = self._new_event(ev, seq)
        self._add_source(eid, seq, ev)
        self._add_actors(eid, ev)
        self.touched.append((eid, ev, None))
        return False

    def _event_refs(self, row: Any) -> list[rules.ActorRef]:
        """The actors of the candidate event `row` (cached, see Store.__init__)."""
        refs = self.store._refs_at(row.id, row.n_reports)
        if refs is not None:
            return refs
        got = self.x.scalars(_SEL_ACTOR_REFS, {"eid": row.id})
        refs = _actor_refs(got[0] if got else None)
        cache = self.store._event_refs
        if len(cache) >= CACHE_ACTOR_REFS:
            cache.clear()
        cache[row.id] = (row.n_reports, refs)
        return refs

    def _event_articles(self, row: Any) -> tuple[int, ...]:
        """The articles reporting the candidate event `row` (cached, see Store.__init__)."""
        cache = self.store._event_aids
        aids = cache.get(row.id)
        if aids is None or len(aids) != row.n_reports:
            aids = tuple(self.x.scalars(_SEL_EVENT_AIDS, {"eid": row.id}))
            if len(cache) >= CACHE_EVENTS:
                cache.clear()
            cache[row.id] = aids
        return aids

    def _copies(self, aids: Iterable[int]) -> Iterator[int]:
        """Those of `aids` (other articles) of which this article is a wire copy, in order:
        wire.is_wire_copy, with most pairs ruled out by the cached sketch prefix (wire.Probe)."""
        if self.probe is None:
            self.probe = wire.Probe(self.sketch)
        probe, cache = self.probe, self.store._sketch_prefix
        for aid in aids:
            if aid == self.art_id:
                continue
            pre = cache.get(aid)
            if pre is None:
                sig = next(iter(self.x.scalars(_SEL_SKETCH, {"aid": aid})), None)
                pre = self.store._cache_prefix(aid, sig)
                if probe.maybe(pre) and wire.is_wire_copy(self.sketch, sig):
                    yield aid
            elif probe.maybe(pre):
                sig = next(iter(self.x.scalars(_SEL_SKETCH, {"aid": aid})), None)
                if wire.is_wire_copy(self.sketch, sig):
                    yield aid

    def _wire_twin(self, row: Any) -> bool:
        """Is this article a wire copy of one of the event's source articles?"""
        return next(self._copies(self._event_articles(row)), None) is not None

    def _check_wire(self, row: Any) -> None:
        """Join the wire group of a near-duplicate article among the event's sources."""
        todo = [aid for aid in self._event_articles(row) if aid not in self.wire_checked]
        # the articles before the copy (or all) are checked and are not copies
        for aid in self._copies(todo):
            self.wire_checked.update(todo[:todo.index(aid) + 1])
            group = next(iter(self.x.scalars(_SEL_WIRE_GROUP, {"aid": aid})), None)
            # written to the row now: the refreshes below count sources by wire group
            self.group = int(group if group is not None else aid)
            self.x.write(_UPD_WIRE, {"b_id": self.art_id, "b_group": self.group})
            self.wire_changed = True
            return
        self.wire_checked.update(todo)

    def _new_event(self, ev: Event, seq: int) -> int:
        """A new event with its aggregates as one report makes them (no refresh needed)."""
        now = _now()
        loc = ev.location
        key, ckey = self.p.keys[seq]
        published = self.article.published
        return self.x.insert(_INS_EVENT, dict(
            type=ev.type, type_class=rules.type_class(ev.type),
            status="occurred" if ev.status == "occurred" else "planned", first=ev.first, last=ev.last,
            location_name=loc.name_en if loc else None, location_country=loc.country if loc else None,
            topics=list(dict.fromkeys(ev.topics)), confidence=rules.combined_confidence([float(ev.confidence)]),
            n_sources=1, n_outlets=1, n_reports=1, first_reported=published, last_reported=published,
            merge_key=key, country_key=ckey, created_at=now, updated_at=now,
        ))

    def _add_source(self, eid: int, seq: int, ev: Event) -> None:
        sqlite = self.store.dialect == "sqlite"
        body = self.p.evidence[seq]
        sid = self.x.insert(_INS_SOURCE, dict(
            event_id=eid, article_id=self.art_id, seq=seq, type=ev.type, status=ev.status, first=ev.first,
            last=ev.last, sentence_start=ev.sentence_start, sentence_end=ev.sentence_end, trigger=ev.trigger,
            trigger_start=ev.trigger_start, trigger_end=ev.trigger_end, evidence=ev.evidence,
            confidence=float(ev.confidence), cameo=ev.cameo, plover_type=ev.plover_type,
            plover_mode=ev.plover_mode, payload=ev.to_rich(), search_text=None if sqlite else body,
        ))
        if sqlite:
            self.fts_rows.append({"rowid": sid, "body": body})

    def _add_actors(self, eid: int, ev: Event, merged: Any = None) -> int | None:
        """The report's actors; a report merged into the stored event `merged` (its row) adds
        only actors the event lacks (in any role), so that outlets that frame direction
        differently do not put one actor on both sides. Returns the day written with them (None:
        no actor added)."""
        have: set[str] = set()
        if merged is not None:
            refs = self.store._refs_at(eid, merged.n_reports)
            have = ({a.id for a in refs} if refs is not None
                    else set(self.x.scalars(_SEL_ACTOR_IDS, {"eid": eid})))
        rows = []
        day = _day(ev.first)
        for role, actors in (("source", ev.source), ("target", ev.target), ("mediator", ev.mediators)):
            for a in actors:
                if a.id in have:
                    continue
                rows.append({"event_id": eid, "actor_id": a.id, "role": role, "country": a.country,
                             "title": a.title, "day": day})
        if rows:
            self.x.write(self.store._ins_event_actors, rows, keyed=True)
        if ev.topics:
            self.topic_rows.extend({"event_id": eid, "topic": t} for t in dict.fromkeys(ev.topics))
        return day if rows else None

    def _own(self, ev: Event) -> _Source | None:
        """This article's source of `ev` as _SEL_SOURCES reads it back (None: values whose
        stored form could differ from the Python one, e.g. a datetime for a date)."""
        a = self.article
        if not (_plain_date(a.published) and _plain_date(ev.first) and _plain_date(ev.last)
                and isinstance(ev.status, str) and (a.outlet is None or isinstance(a.outlet, str))):
            return None
        return (float(ev.confidence), ev.status, ev.first, ev.last, a.outlet, a.published, self.group, self.art_id)

    def _sources(self, eid: int, ev: Event, cur: Any) -> list[_Source]:
        """The event's sources, this article's last (article order): the others from the cache
        when it holds the event's `cur.n_reports` sources before this article."""
        own = self._own(ev)
        base = self.bases.get(eid)
        if base is None:
            base = self.store._event_sources.get(eid)
            if base is not None and len(base) != cur.n_reports:
                base = None
        if base is None or own is None:
            rows = [(float(conf), status, first, last, outlet, published, int(group if group is not None else aid),
                     aid) for conf, status, first, last, outlet, published, group, aid
                    in self.x.rows(_SEL_SOURCES, {"eid": eid})]
            # the others' wire groups are settled; this article's may change later (its group)
            base = tuple(r for r in rows if r[7] != self.art_id)
            if own is None:
                return rows
        self.bases[eid] = base
        return [*base, own]

    def settle(self) -> None:
        """Once the article is stored: the touched events' sources (and articles), cached."""
        own_of = {eid: self._own(ev) for eid, ev, _row in self.touched}
        if self.touched:
            # a later article reporting one of these events probes this one's sketch prefix: cached
            # now, from the sketch in hand, instead of read back from the database then
            self.store._cache_prefix(self.art_id, self.sketch)
        for eid, _ev, row in self.touched:
            own = own_of[eid]
            if own is None:
                continue
            base = self.bases.get(eid) if row is not None else ()
            if base is None:
                continue
            self.store._cache_sources(eid, (*base, own))
            aids = self.store._event_aids.get(eid)
            if row is None:
                self.store._event_aids[eid] = (self.art_id,)
            elif aids is not None and len(aids) == len(base):
                self.store._event_aids[eid] = (*aids, self.art_id)

    def _refresh(self, eid: int, ev: Event, cur: Any, added: int | None = None) -> None:
        """Recompute a merged event's aggregates from all its sources (`cur`: the event as it
        was before this article, from the candidate query; `added`: the day its new actor rows
        were written with, see _add_actors)."""
        best: dict[int, float] = {}
        outlets: set[str] = set()
        reported: list[date] = []
        statuses: set[str] = set()
        n = 0
        span: tuple[date | None, date | None] = (None, None)
        for conf, status, first, last, outlet, published, g, _aid in self._sources(eid, ev, cur):
            n += 1
            best[g] = max(best.get(g, 0.0), conf)
            outlets.add(outlet.strip().casefold() if outlet else f"?wire{g}")
            if published:
                reported.append(published)
            statuses.add(status)
            span = rules.narrower(span, (first, last))
        loc_name, loc_country = cur.location_name, cur.location_country
        if loc_name is None and loc_country is None and ev.location is not None:
            loc_name, loc_country = ev.location.name_en, ev.location.country
        self.x.write(_UPD_EVENT, {
            "b_id": eid, "n_reports": n, "n_sources": len(best), "n_outlets": len(outlets),
            "confidence": rules.combined_confidence(best.values()),
            "first_reported": min(reported, default=None), "last_reported": max(reported, default=None),
            "status": "occurred" if "occurred" in statuses else "planned",
            "first": span[0], "last": span[1],
            "topics": list(dict.fromkeys([*(self.x.load(_SEL_CANDIDATES, _LAZY_TOPICS, "topics", cur.topics) or []),
                                          *ev.topics])),
            "location_name": loc_name, "location_country": loc_country, "updated_at": _now(),
        })
        # the event's actor rows carry its first day: they already do (its first day as `cur` had
        # it, and any row added now) unless the first day moved or a row came with another
        day = _day(span[0])
        if day != _day(cur.first) or (added is not None and added != day):
            self.x.write(_UPD_DAY, {"b_id": eid, "b_day": day})


# a source as merging reads it: confidence, status, first, last, outlet, published, wire group, article
_Source = tuple[float, str, date | None, date | None, str | None, date | None, int, int]


def _widen(a: date, b: date, by: timedelta) -> tuple[date | None, date | None]:
    try:
        return a - by, b + by
    except OverflowError:  # a range at the calendar's ends: no prefilter
        return None, None


def _date_bounds(ev: Event, published: date | None) -> dict[str, date | None]:
    """The bounds of the candidate query's date prefilter (_date_prefilter) for report `ev` of
    an article published on `published`, as rules.dates_compatible compares them."""
    lo = hi = ulo = uhi = None
    if ev.first and ev.last:
        lo, hi = _widen(ev.first, ev.last, rules.DATE_TOLERANCE)
        ulo, uhi = _widen(ev.first, ev.last, rules.UNDATED_WINDOW)
    elif published:
        lo, hi = ulo, uhi = _widen(published, published, rules.UNDATED_WINDOW)
    return {"lo": lo, "hi": hi, "ulo": ulo, "uhi": uhi}


def _plain_date(d: Any) -> bool:
    return d is None or type(d) is date


def _actor_refs(refs: str | None) -> list[rules.ActorRef]:
    out = []
    for ref in (refs or "").split(_RS):
        if ref:
            aid, kind, country = ref.split(_US)
            out.append(rules.ActorRef(aid, kind, country or None))
    return out


def _day(d: date | None) -> int:
    return d.toordinal() if d else 0


def _gap(a0: date | None, a1: date | None, b0: date | None, b1: date | None) -> int:
    if not (a0 and a1 and b0 and b1):
        return 10_000
    if a0 <= b1 and b0 <= a1:
        return 0
    return min(abs((a0 - b1).days), abs((b0 - a1).days))


def count(conn: Connection, table: Any) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())
