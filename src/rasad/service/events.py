"""The one event service: ingest and queries, used by the CLI, the API and the batch runner.

    svc = EventService.open("rasad.db")
    report = svc.ingest_paths(["corpus/"])           # read -> pipeline -> store
    page = svc.events(EventFilter(actor="نتنياهو"), sort="date", limit=20)
    one = svc.event(page.items[0]["id"])

Everything returned is plain dicts and dataclasses (no ORM objects), ready for JSON.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import func, select

from rasad.errors import DocIssue, NotFound, PipelineError, StoreError
from rasad.settings import Settings, load_settings
from rasad.store import fts
from rasad.store.query import EventFilter, Page, Resolver, hydrate, iter_events, query_events
from rasad.store.repo import ACTORS, ARTICLES, EVENTS, ISSUES, SOURCES, Prepared, Store, count
from rasad.types import Article, Event

if TYPE_CHECKING:
    from rasad.service.pipeline import ArticleResult

__all__ = ["EventFilter", "EventService", "IngestReport", "Page"]


class _Processor(Protocol):
    def process(self, article: Article) -> ArticleResult: ...


@dataclass
class IngestReport:
    """Counts of one ingest run; `failed` > 0 means the exit code should be 1."""

    documents: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    warnings: int = 0
    new_events: int = 0
    merged_events: int = 0
    issues: list[DocIssue] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["issues"] = [i.to_dict() for i in self.issues]
        return d


class EventService:
    def __init__(self, store: Store, kb: Any = None):
        self.store = store
        self._kb = kb
        self._kb_loaded = kb is not None

    @classmethod
    def open(cls, url_or_path: str | None = None, kb: Any = None, settings: Settings | None = None) -> EventService:
        settings = settings or load_settings()
        return cls(Store(url_or_path or settings.db), kb=kb)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> EventService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def kb(self) -> Any:
        if not self._kb_loaded:
            self._kb_loaded = True
            try:
                from rasad.kb import default_kb

                self._kb = default_kb()
            except Exception:  # noqa: BLE001 - queries still work on stored actor names
                self._kb = None
        return self._kb

    # ------------------------------------------------------------------ ingest
    def store_result(self, result: ArticleResult, report: IngestReport | None = None) -> IngestReport:
        """Store one processed article (one transaction). Errors: the article is not stored."""
        return self.store_results([result], report)

    def store_results(self, items: Sequence[ArticleResult | Prepared | DocIssue | Article],
                      report: IngestReport | None = None) -> IngestReport:
        """Store one batch in one transaction (rasad.store.Store.add_articles), each article atomic.

        Items: processed articles; document issues (stored, counted as failed or warnings); and
        articles already known to be stored (counted as duplicates, not written). A `Prepared`
        (rasad.store.repo.prepare, computed by a worker process) stands for its result. An article whose
        result carries an error, or that the store cannot write, is not stored and counts as failed."""
        report = report if report is not None else IngestReport()
        docs: list[tuple[Article, Sequence[Event], Sequence[DocIssue]] | Prepared] = []
        loose: list[DocIssue] = []  # issues of documents that are not stored
        for item in items:
            if isinstance(item, DocIssue):
                loose.append(item)
            elif isinstance(item, Article):
                pass
            elif any(i.severity == "error" for i in item.issues):
                loose.extend(item.issues)
            else:
                docs.append(item if isinstance(item, Prepared) else (item.article, item.events, item.issues))
        outcomes = iter(self.store.add_articles(docs, issues=loose))
        failed_issues: list[DocIssue] = []
        for item in items:
            report.documents += 1
            if isinstance(item, DocIssue):
                report.failed += item.severity == "error"
                report.warnings += item.severity != "error"
                report.issues.append(item)
                continue
            if isinstance(item, Article):
                report.duplicates += 1
                continue
            if any(i.severity == "error" for i in item.issues):
                report.failed += 1
                report.issues.extend(item.issues)
                continue
            out = next(outcomes)
            report.issues.extend(item.issues)
            if out.error is not None:
                issue = StoreError(f"{type(out.error).__name__}: {out.error}", source=item.article.source).to_issue()
                failed_issues.append(issue)
                report.failed += 1
                report.issues.append(issue)
            elif out.duplicate:
                report.warnings += len(item.issues)
                report.duplicates += 1
            else:
                report.warnings += len(item.issues)
                report.stored += 1
                report.new_events += out.new_events
                report.merged_events += out.merged_events
        if failed_issues:
            self.store.add_issues(failed_issues)
        return report

    def ingest_articles(self, items: Iterable[Article | DocIssue], pipeline: _Processor | None = None,
                        settings: Settings | None = None,
                        on_item: Callable[[Article | DocIssue, IngestReport], None] | None = None,
                        batch_size: int | None = None) -> IngestReport:
        """Process and store a stream of articles (reader issues are stored and counted as failed).

        Batches of `batch_size` (settings.batch_size) documents: one look-up of the batch's known
        content hashes (those, and repeats within the batch, skip the pipeline and count as
        duplicates), the pipeline over the rest, then one store transaction per batch;
        `on_item` is called for each document once its batch is stored."""
        from rasad.service.pipeline import ArticleResult, Pipeline

        settings = settings or load_settings()
        proc: _Processor = pipeline if pipeline is not None else Pipeline(kb=self.kb, settings=settings)
        size = max(1, batch_size or settings.batch_size)
        report = IngestReport()
        it = iter(items)
        while chunk := list(itertools.islice(it, size)):
            seen = self.store.known_hashes(x.content_hash for x in chunk if isinstance(x, Article))
            batch: list[ArticleResult | DocIssue | Article] = []
            for item in chunk:
                if isinstance(item, DocIssue):
                    batch.append(item)
                elif item.content_hash in seen:
                    # already stored (or earlier in this batch): skip the pipeline too
                    batch.append(item)
                else:
                    seen.add(item.content_hash)
                    try:
                        result = proc.process(item)
                    except Exception as err:  # noqa: BLE001 - one bad document must not stop the batch
                        issue = PipelineError(f"{type(err).__name__}: {err}", source=item.source).to_issue()
                        result = ArticleResult(item, issues=(issue,))
                    batch.append(result)
            self.store_results(batch, report)
            if on_item is not None:
                for item in chunk:
                    on_item(item, report)
        return report

    def ingest_paths(self, paths: Iterable[str], settings: Settings | None = None,
                     pipeline: _Processor | None = None,
                     on_item: Callable[[Article | DocIssue, IngestReport], None] | None = None) -> IngestReport:
        from rasad.read import read_paths

        settings = settings or load_settings()
        return self.ingest_articles(read_paths(list(paths), settings), pipeline, settings, on_item)

    # ------------------------------------------------------------------ queries
    def events(self, f: EventFilter | None = None, *, sort: str = "date", desc: bool = True, limit: int = 50,
               offset: int = 0, with_total: bool = False, with_sources: bool = True) -> Page:
        with self.store.engine.connect() as conn:
            return query_events(conn, f or EventFilter(), Resolver(self.kb), self.store.dialect, sort=sort,
                                desc=desc, limit=limit, offset=offset, with_total=with_total,
                                with_sources=with_sources)

    def iter_events(self, f: EventFilter | None = None, *, with_sources: bool = True) -> Iterator[dict[str, Any]]:
        with self.store.engine.connect() as conn:
            yield from iter_events(conn, f or EventFilter(), Resolver(self.kb), self.store.dialect,
                                   with_sources=with_sources)

    def event(self, event_id: int) -> dict[str, Any]:
        with self.store.engine.connect() as conn:
            rows = list(conn.execute(select(EVENTS).where(EVENTS.c.id == event_id)))
            if not rows:
                raise NotFound(f"no event {event_id}")
            return hydrate(conn, rows)[0]

    def resolve_actor(self, q: str) -> list[dict[str, Any]]:
        """Stored actors that an actor query means (for UIs: 'did you mean')."""
        with self.store.engine.connect() as conn:
            ids = Resolver(self.kb).ids(conn, q)
            if not ids:
                return []
            rows = conn.execute(select(ACTORS).where(ACTORS.c.id.in_(ids)).order_by(ACTORS.c.id))
            return [dict(r._mapping) for r in rows]

    def articles(self, text: str | None = None, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Stored articles, optionally by full-text search over their normalised Arabic text."""
        cols = (ARTICLES.c.id, ARTICLES.c.doc_id, ARTICLES.c.part, ARTICLES.c.title, ARTICLES.c.published,
                ARTICLES.c.outlet, ARTICLES.c.url, ARTICLES.c.n_events, ARTICLES.c.wire_group)
        q = select(*cols)
        if text:
            m = fts.match_rowids_sql(self.store.dialect, "article_fts", ARTICLES.c.id, ARTICLES.c.search_text, text)
            if m is not None:
                q = q.where(m)
        q = q.order_by(ARTICLES.c.published.desc().nulls_last(), ARTICLES.c.id.desc()).limit(limit).offset(offset)
        with self.store.engine.connect() as conn:
            out = []
            for r in conn.execute(q):
                d = dict(r._mapping)
                d["published"] = d["published"].isoformat() if d["published"] else None
                out.append(d)
            return out

    def issues(self, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(ISSUES).order_by(ISSUES.c.id.desc()).limit(limit).offset(offset))
            return [{**dict(r._mapping), "created": r.created.isoformat()} for r in rows]

    def stats(self) -> dict[str, Any]:
        with self.store.engine.connect() as conn:
            multi = conn.execute(select(func.count()).select_from(EVENTS).where(EVENTS.c.n_sources > 1)).scalar_one()
            by_type = {str(t): int(n) for t, n in conn.execute(
                select(EVENTS.c.type, func.count()).group_by(EVENTS.c.type))}
            return {
                "articles": count(conn, ARTICLES), "events": count(conn, EVENTS), "reports": count(conn, SOURCES),
                "multi_source_events": int(multi), "actors": count(conn, ACTORS), "issues": count(conn, ISSUES),
                "events_by_type": {k: int(v) for k, v in sorted(by_type.items())},
            }
