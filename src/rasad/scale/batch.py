"""Streaming, batched processing on one machine: in-process or in a pool of worker processes.

    for item in results(paths, workers=2):          # ArticleResult | DocIssue, in input order
        ...
    report = ingest(svc, paths, workers=2)          # the parent is the only database writer

The parent only walks the inputs (`iter_raw`: file reads and JSON parsing) and groups raw
documents into batches; each worker process reads (cleans) and processes a whole batch with a
`Pipeline` built once per process by the pool initialiser, and sends back slim results (the
article, its events and issues; not the sentences, times and mentions nobody downstream uses).
Batches are submitted through a bounded window (at most `2 * workers + 1` in flight) and
collected in submission order, so output order equals input order and memory does not grow
with the corpus. (`Pool.imap` is not used because its feeder thread drains the whole input
iterator into the task queue.)
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rasad.errors import DocIssue, PipelineError, RasadError
from rasad.settings import Settings, load_settings
from rasad.types import Article

if TYPE_CHECKING:
    from rasad.ingest.raw import RawDoc
    from rasad.service.events import EventService, IngestReport
    from rasad.service.pipeline import ArticleResult, Pipeline

T = TypeVar("T")
DEFAULT_BATCH = 64

# ---------------------------------------------------------------------------------- per process
_PIPELINE: Pipeline | None = None
# Content hashes of the articles this worker process extracted for the store (for_store): a later
# copy of the same text is not extracted again (the single writer would find it stored and skip
# it; store_items checks that it was). The same skip as EventService.ingest_articles makes in one
# process. Reset by the pool initialiser, so it lives for one pool (one ingest run).
_EXTRACTED: set[str] = set()


def get_pipeline(settings: Settings | None = None) -> Pipeline:
    """The pipeline of this process, built once (the knowledge base loads once per process)."""
    global _PIPELINE
    if _PIPELINE is None:
        from rasad.service.pipeline import Pipeline

        _PIPELINE = Pipeline(settings=settings)
    return _PIPELINE


# The cyclic garbage collector's youngest-generation threshold while a run goes on (Python's
# default is 700 allocations). The pipeline and the writer allocate and free many short-lived
# containers (tokens, rows, mentions) and create almost no reference cycles, so with the default
# the collector runs some 200 times a thousand articles, and every tenth of those also scans the
# older objects (the knowledge base, the lexicon caches): about 3% of a worker's CPU and 6% of
# the writer's. Collections still run, 30 times less often.
GC_GEN0 = 20_000


def _collect_less(forked: bool) -> None:
    """In a worker process (for its whole life): the youngest generation is collected every
    GC_GEN0 allocations, and what was built before the work starts (the knowledge base, the
    modules) is kept out of the collector's scans. A forked worker has that from its parent
    (`_frozen_for_fork`); freezing or collecting here would write to every object it shares with
    the parent, copying all those pages (some 100 MB: longer than a short run)."""
    if not forked:
        gc.freeze()
    gc.set_threshold(GC_GEN0, *gc.get_threshold()[1:])


@contextlib.contextmanager
def _frozen_for_fork(fork: bool) -> Iterator[None]:
    """While a pool forked from this process runs: everything this process holds is frozen out
    of the collector's scans (gc.freeze, as Python's documentation advises before a fork), so that
    the workers inherit it without writing to the shared pages; unfrozen after."""
    if not fork or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def collecting_less() -> Iterator[None]:
    """In the calling process, for the duration of a run: the youngest generation is collected
    every GC_GEN0 allocations (unless it already is less often); the previous thresholds after."""
    before = gc.get_threshold()
    if before[0] < GC_GEN0:
        gc.set_threshold(GC_GEN0, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _init_worker(settings: Settings | None, forked: bool = False) -> None:
    """Pool initialiser: build the Pipeline (and load the knowledge base) once per process."""
    _EXTRACTED.clear()
    get_pipeline(settings)
    _collect_less(forked)


# A short page for _warm_up (any Arabic news sentence does).
_WARM_UP_TEXT = "التقى وزير الخارجية المصري نظيره الأردني في القاهرة يوم الأحد 5 مايو 2024 وبحثا العلاقات الثنائية."


def _warm_up(settings: Settings | None, fn: Callable[[Any], list[Any]] | None = None) -> None:
    """Load everything a worker running `fn` needs (modules, knowledge base, lexicons, compiled
    patterns) in this process before the pool forks: the workers then share it instead of each
    loading it again (about a second of CPU per worker, most of a short run). Only worth it with
    fork (spawn and forkserver start workers afresh)."""
    from rasad.ingest.raw import RawDoc

    get_pipeline(settings)
    (fn or process_batch)([RawDoc(doc_id="warm-up", source="<warm-up>", kind="text", content=_WARM_UP_TEXT)])
    _EXTRACTED.clear()


def batched(items: Iterable[T], n: int) -> Iterator[list[T]]:
    """Lists of up to `n` items, streamed (itertools.batched is Python 3.12+)."""
    it = iter(items)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


# ---------------------------------------------------------------------------------- one document
def read_one(raw: RawDoc) -> list[Article | DocIssue]:
    """The articles of one raw document, or its issue (the per-document body of
    `rasad.read.read_paths`, so the same reading runs in a worker process)."""
    from rasad.read import read_raw

    try:
        return list(read_raw(raw))
    except RasadError as e:
        if e.source is None:
            e.source = raw.source
        return [e.to_issue()]
    except Exception as e:  # noqa: BLE001 - a reader bug must not stop the batch; it is reported
        return [PipelineError(f"reader failed: {type(e).__name__}: {e}", source=raw.source).to_issue()]


def slim(result: ArticleResult) -> ArticleResult:
    """What crosses a process boundary: the article, its events and its issues."""
    from rasad.service.pipeline import ArticleResult

    return ArticleResult(result.article, events=result.events, issues=result.issues)


def process_article(article: Article, pipeline: Pipeline | None = None) -> ArticleResult:
    """Pipeline.process, with any unexpected exception turned into the article's issue."""
    from rasad.service.pipeline import ArticleResult

    pipe = pipeline or get_pipeline()
    try:
        return pipe.process(article)
    except Exception as err:  # noqa: BLE001 - one bad document must not stop the batch
        issue = PipelineError(f"{type(err).__name__}: {err}", source=article.source).to_issue()
        return ArticleResult(article, issues=(issue,))


def process_batch(batch: Sequence[RawDoc | DocIssue | Article],
                  skip: Callable[[Article], bool] | None = None, for_store: bool = False) -> list[Any]:
    """Read and process a batch of raw documents (or articles); issues pass through in place.

    `skip(article)` True: the article is returned unprocessed (an Article, not a result).
    `for_store`: results come back as `rasad.store.repo.Prepared` (the result plus what storing it
    computes without the database), so that this work runs here and not in the single writer; an
    article whose text this process already extracted comes back unprocessed (see _EXTRACTED)."""
    from rasad.ingest.raw import RawDoc

    pipe = get_pipeline()
    out: list[Any] = []
    for x in batch:
        if isinstance(x, DocIssue):
            out.append(x)
            continue
        arts = read_one(x) if isinstance(x, RawDoc) else [x]
        for a in arts:
            if isinstance(a, DocIssue):
                out.append(a)
            elif skip is not None and skip(a):
                out.append(a)
            elif for_store and (h := a.content_hash) in _EXTRACTED:
                out.append(a)
            else:
                if for_store:
                    _EXTRACTED.add(h)
                r = slim(process_article(a, pipe))
                if for_store and not any(i.severity == "error" for i in r.issues):
                    from rasad.store.repo import prepare

                    out.append(prepare(r.article, r.events, r.issues))
                else:
                    out.append(r)
    return out


# ---------------------------------------------------------------------------------- streams
def raw_stream(paths: Sequence[str | Path], settings: Settings | None = None) -> Iterator[RawDoc | DocIssue]:
    from rasad.ingest.raw import iter_raw

    return iter_raw(list(paths), settings)


def _mp_context() -> Any:
    return mp.get_context(os.environ.get("RASAD_MP_START") or None)


def pool_map(fn: Callable[[Any], list[Any]], batches: Iterable[Any], workers: int,
             settings: Settings | None = None, window: int | None = None) -> Iterator[Any]:
    """Ordered, bounded-memory parallel map over batches; yields the items of each result list."""
    ctx = _mp_context()
    window = window or 2 * workers + 1
    fork = ctx.get_start_method() == "fork"
    with _frozen_for_fork(fork), ctx.Pool(workers, initializer=_init_worker, initargs=(settings, fork)) as pool:
        pending: deque[Any] = deque()
        for b in batches:
            pending.append(pool.apply_async(fn, (b,)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def results(paths: Sequence[str | Path], *, workers: int = 1, batch_size: int = DEFAULT_BATCH,
            settings: Settings | None = None, dask: str | Any | None = None, for_store: bool = False) -> Iterator[Any]:
    """`ArticleResult | DocIssue` for every document of `paths`, in input order.

    workers=1: in this process; workers>1: a process pool; dask=ADDRESS (or a Client): the Dask
    cluster there (see rasad.scale.dask_backend). `for_store` (process pool): see process_batch."""
    settings = settings or load_settings()
    if dask is not None:
        from rasad.scale.dask_backend import dask_results

        yield from dask_results(paths, dask, batch_size=batch_size, settings=settings)
        return
    raws = raw_stream(paths, settings)
    with collecting_less():
        if workers <= 1:
            get_pipeline(settings)
            for b in batched(raws, batch_size):
                yield from process_batch(b)
            return
        fn = functools.partial(process_batch, for_store=True) if for_store else process_batch
        if _mp_context().get_start_method() == "fork":
            _warm_up(settings, fn)
        yield from pool_map(fn, batched(raws, batch_size), workers, settings)


# ---------------------------------------------------------------------------------- ingest
def store_items(svc: EventService, items: Iterable[Any], report: IngestReport | None = None,
                on_item: Callable[[Any, IngestReport], None] | None = None,
                batch_size: int = DEFAULT_BATCH) -> IngestReport:
    """Store a stream of results and issues with one writer (the calling process), a batch per
    transaction (EventService.store_results), as EventService.ingest_articles does for the results
    it computes itself.

    Articles (not extracted by a worker: a copy of a text it extracted earlier, or skipped by the
    caller) count as duplicates once their text is stored (the earlier copy comes first in input
    order, so it is stored by then); one whose text is not stored (its earlier copy failed) is
    processed here and stored, as it would have been had the worker extracted it."""
    from rasad.service.events import IngestReport

    report = report if report is not None else IngestReport()
    for chunk in batched(items, max(1, batch_size)):
        if any(isinstance(x, Article) for x in chunk):
            svc.store_results([x for x in chunk if not isinstance(x, Article)], report)
            arts = [x for x in chunk if isinstance(x, Article)]
            known = svc.store.known_hashes(a.content_hash for a in arts)
            late = [x if x.content_hash in known else slim(process_article(x)) for x in arts]
            svc.store_results(late, report)
        else:
            svc.store_results(chunk, report)
        if on_item is not None:
            for item in chunk:
                on_item(item, report)
    return report


def ingest(svc: EventService, paths: Sequence[str | Path], *, workers: int = 1, batch_size: int = DEFAULT_BATCH,
           settings: Settings | None = None, dask: str | Any | None = None,
           on_item: Callable[[Any, IngestReport], None] | None = None) -> IngestReport:
    """Read, extract (here, in `workers` processes, or on a Dask cluster) and store `paths`
    into `svc`; the database writer is always this process (merging needs one writer)."""
    settings = settings or load_settings()
    with collecting_less():
        if workers <= 1 and dask is None:
            return svc.ingest_paths([str(p) for p in paths], settings=settings, pipeline=get_pipeline(settings),
                                    on_item=on_item)
        return store_items(svc, results(paths, workers=workers, batch_size=batch_size, settings=settings,
                                        dask=dask, for_store=True), on_item=on_item, batch_size=settings.batch_size)
