"""Store benchmarks (prints figures; not a test):

1. end-to-end ingest into SQLite (read -> pipeline -> merge -> store) of the seeds and the real
   corpus, in articles per second; the same with --workers 2 (plus generated articles); and the
   store alone on pre-extracted results, one article per transaction and in batches;
2. a query by actor on a generated database of 1,000,000 events (built once with bulk inserts
   into bench/out/events-1m.db), in milliseconds: a typical actor and the busiest one.

    .venv/bin/python bench/bench_store.py [--shared ../shared] [--events 1000000] [--rebuild]
        [--skip-ingest] [--skip-query] [--skip-workers] [--extra 600]

Figures are wall and CPU time (the machine may be shared: CPU time is the steadier one).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _rate(n: int, wall: float, cpu: float) -> str:
    return (f"{n / wall:.0f} articles/s wall, {n / cpu:.0f} articles/s CPU ({cpu / n * 1000:.2f} ms CPU/article)"
            if n and wall > 0 and cpu > 0 else "n/a")


def _children_cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def bench_ingest(shared: Path, extra: int = 600, workers: bool = True, repeats: int = 3) -> None:
    from rasad.read import read_paths
    from rasad.service.events import EventService
    from rasad.service.pipeline import Pipeline
    from rasad.settings import load_settings
    from rasad.types import Article

    settings = load_settings()
    inputs = sorted(str(p) for p in (shared / "corpus" / "seeds").glob("*.txt"))
    inputs.append(str(shared / "corpus" / "real" / "articles.jsonl"))
    pipe = Pipeline(settings=settings)  # loads the knowledge base once, outside the timing
    with tempfile.TemporaryDirectory() as tmp:
        svc = EventService.open(str(Path(tmp) / "bench.db"), kb=pipe.kb)
        t0, c0 = time.perf_counter(), time.process_time()
        rep = svc.ingest_paths(inputs, settings=settings, pipeline=pipe)
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        print(f"ingest end to end (read+extract+merge+store, SQLite, batches of {settings.batch_size}): "
              f"{rep.documents} docs in {dt:.2f} s: {_rate(rep.documents, dt, dc)}; "
              f"{rep.new_events} events, {rep.merged_events} merged reports")
        t0 = time.perf_counter()
        again = svc.ingest_paths(inputs, settings=settings, pipeline=pipe)
        dt2 = time.perf_counter() - t0
        print(f"re-ingest (all known): {again.documents} docs in {dt2:.2f} s, {again.stored} stored")
        st = svc.stats()
        print(f"database: {st['articles']} articles, {st['events']} events, {st['multi_source_events']} multi-source")
        svc.close()
        gen = Path(tmp) / "gen.jsonl"
        if extra:  # more articles (real sentences recombined, bench/gen_corpus.py): more merging
            sys.path.insert(0, str(REPO / "bench"))
            from gen_corpus import generate

            generate(gen, extra, shared / "corpus" / "real" / "articles.jsonl", seed=3)
        big = [*inputs, str(gen)] if extra else inputs
        if workers:  # extraction in 2 processes (rasad.scale), this process the only writer
            from rasad.scale.batch import ingest as scale_ingest

            svc = EventService.open(str(Path(tmp) / "bench-w2.db"), kb=pipe.kb)
            t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
            rep2 = scale_ingest(svc, big, workers=2, settings=settings)
            dtw, dcw, dkw = time.perf_counter() - t0, time.process_time() - c0, _children_cpu() - k0
            print(f"ingest end to end with --workers 2: {rep2.documents} docs in {dtw:.2f} s = "
                  f"{rep2.documents / dtw:.0f} articles/s wall (includes starting the workers); CPU: writer "
                  f"{dcw / rep2.documents * 1000:.2f} ms/article, workers {dkw / rep2.documents * 1000:.2f} ms/article")
            svc.close()
        # the store alone, on pre-extracted results (extraction done once, outside the timing)
        results = []
        for a in read_paths(big, settings):
            if isinstance(a, Article):
                try:
                    results.append(pipe.process(a))
                except Exception:  # noqa: BLE001 - an extractor bug is not the store's benchmark
                    pass
        n_ev = sum(len(r.events) for r in results)
        from sqlalchemy import event as sa_event

        from rasad.store.repo import prepare

        # each run into a fresh database; best and median of `repeats` (a shared machine's CPU
        # time still varies with its load)
        prepared = [prepare(r.article, r.events, r.issues) for r in results]
        for label, items, size in (("one article per transaction", results, 1),
                                   (f"batches of {settings.batch_size}", results, settings.batch_size),
                                   (f"batches of {settings.batch_size}, prepared by workers", prepared,
                                    settings.batch_size)):
            runs = []
            for k in range(repeats):
                svc = EventService.open(str(Path(tmp) / f"bench-store-{size}-{len(runs)}-{k}-{label[-7:]}.db"),
                                        kb=pipe.kb)
                stmts = [0]
                sa_event.listen(svc.store.engine, "before_cursor_execute",
                                lambda *_a, _s=stmts, **_k: _s.__setitem__(0, _s[0] + 1))
                t0, c0 = time.perf_counter(), time.process_time()
                for i in range(0, len(items), size):
                    svc.store_results(items[i:i + size])
                runs.append((time.process_time() - c0, time.perf_counter() - t0, stmts[0]))
                svc.close()
            runs.sort()
            dc3, dt3, n_st = runs[0]
            med = runs[len(runs) // 2][0]
            print(f"store only ({label}): {len(items)} articles, {n_ev} events, best of {repeats}: "
                  f"{_rate(len(items), dt3, dc3)}; median {med / len(items) * 1000:.2f} ms CPU/article; "
                  f"{n_st / len(items):.1f} statements/article")


def build_events_db(path: Path, n_events: int, n_actors: int = 5000, seed: int = 7) -> None:
    """Bulk-insert a synthetic database through the store's own schema (migrations)."""
    from sqlalchemy import insert

    from rasad.store import Store
    from rasad.store.repo import ACTORS, name_key

    rnd = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = Store(str(path))
    countries = ["EGY", "USA", "ISR", "QAT", "SAU", "TUR", "IRN", "RUS", "CHN", "JOR", "PSE", "AFG", "FRA", "GBR"]
    actors = [{"id": f"rasad:bench:{i}", "name_en": f"Bench Person {i}", "name_ar": f"شخص تجريبي {i}",
               "kind": "person", "country": countries[i % len(countries)], "wikidata": None,
               "name_key": name_key(f"Bench Person {i}", f"شخص تجريبي {i}")} for i in range(n_actors)]
    # Zipf-like popularity: a few actors are in many events, most in a few hundred.
    weights = [1.0 / (r + 1) ** 0.7 for r in range(n_actors)]
    types = ["call", "visit", "meeting", "talks", "invitation", "message"]
    classes = {"call": "remote", "message": "remote", "invitation": "invitation"}
    now = "2025-01-01 00:00:00.000000"  # SQLAlchemy's SQLite DateTime format
    day0 = date(2000, 1, 1)
    t0 = time.perf_counter()
    with store.engine.begin() as conn:
        conn.execute(insert(ACTORS), actors)
    # Bulk insert through the DBAPI (executemany of bound parameters): the ORM/Core per-row
    # processing would dominate a million rows. Same columns as the store writes.
    ev_sql = ("INSERT INTO events (id, type, type_class, status, first, last, topics, confidence, n_sources, "
              "n_outlets, n_reports, first_reported, last_reported, merge_key, country_key, created_at, updated_at) "
              "VALUES (?, ?, ?, 'occurred', ?, ?, '[]', ?, ?, 1, 1, ?, ?, ?, 'x', ?, ?)")
    ea_sql = "INSERT INTO event_actors (event_id, actor_id, role, country, title, day) VALUES (?, ?, ?, ?, NULL, ?)"
    raw = store.engine.raw_connection()
    cur = raw.cursor()
    batch = 100_000
    for start in range(0, n_events, batch):
        ev_rows, ea_rows = [], []
        for i in range(start + 1, min(n_events, start + batch) + 1):
            t = types[i % 6]
            d = day0 + timedelta(days=rnd.randrange(9000))
            ds = d.isoformat()
            a, b = rnd.choices(range(n_actors), weights, k=2)
            if a == b:
                b = (b + 1) % n_actors
            ev_rows.append((i, t, classes.get(t, "in-person"), ds, ds, round(rnd.random(), 3), 1 + (i % 3), ds, ds,
                            f"k{a}|{b}", now, now))
            ea_rows.append((i, actors[a]["id"], "source", actors[a]["country"], d.toordinal()))
            ea_rows.append((i, actors[b]["id"], "target", actors[b]["country"], d.toordinal()))
        cur.executemany(ev_sql, ev_rows)
        cur.executemany(ea_sql, ea_rows)
        raw.commit()
    cur.execute("ANALYZE")
    raw.commit()
    raw.close()
    store.close()
    print(f"built {n_events:,} events, {2 * n_events:,} actor links in {time.perf_counter() - t0:.1f} s -> {path}")


def bench_query(path: Path, n_actors: int = 5000) -> None:
    from rasad.service.events import EventFilter, EventService

    svc = EventService.open(str(path), kb=None)
    svc._kb_loaded = True
    def timed(q: str, runs: int = 7) -> tuple[float, int]:
        svc.events(EventFilter(actor=q), limit=50)  # warm the page cache
        ts = []
        n = 0
        for _ in range(runs):
            t0 = time.perf_counter()
            page = svc.events(EventFilter(actor=q), limit=50)
            ts.append((time.perf_counter() - t0) * 1000)
            n = len(page.items)
        return statistics.median(ts), n

    total = svc.stats()["events"]
    for label, q in (("busiest actor (en)", "Bench Person 0"), ("typical actor (ar)", f"شخص تجريبي {n_actors // 2}"),
                     ("rare actor (id)", f"rasad:bench:{n_actors - 1}")):
        ms, n = timed(q)
        print(f"query by actor on {total:,} events, {label}: {ms:.1f} ms (median of 7, first page of {n}, "
              f"newest first, with actors)")
    rnd = random.Random(1)
    ts = []
    for _ in range(50):
        i = rnd.randrange(n_actors)
        t0 = time.perf_counter()
        svc.events(EventFilter(actor=f"Bench Person {i}"), limit=50)
        ts.append((time.perf_counter() - t0) * 1000)
    ts.sort()
    print(f"query by actor, 50 random actors: median {statistics.median(ts):.1f} ms, p95 {ts[int(0.95 * len(ts))]:.1f} ms")
    svc.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--skip-query", action="store_true")
    ap.add_argument("--skip-workers", action="store_true")
    ap.add_argument("--extra", type=int, default=600, help="generated articles added to the store-only and "
                    "--workers runs (0: the real corpus and seeds only)")
    args = ap.parse_args()
    shared = Path(args.shared)
    if not args.skip_ingest:
        if (shared / "corpus").is_dir():
            bench_ingest(shared, extra=args.extra, workers=not args.skip_workers)
        else:
            print(f"no corpus at {shared}: ingest benchmark skipped", file=sys.stderr)
    if args.skip_query:
        return
    db = REPO / "bench" / "out" / f"events-{args.events}-v2.db"
    if args.rebuild or not db.exists():
        build_events_db(db, args.events)
    bench_query(db)


if __name__ == "__main__":
    main()
