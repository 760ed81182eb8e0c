"""The benchmark suite (`make bench`): speed and peak memory of every stage and end to end.

    python bench/run_all.py --shared ../shared            # full run (about 10-15 minutes on 2 cores)
    python bench/run_all.py --shared ../shared --quick    # sanity run (about a minute)
    python bench/run_all.py --profile                     # cProfile hot spots of the pipeline

Corpora: the real corpus (../shared/corpus/real/articles.jsonl, repeated --rounds times for
stable timing) and a generated one (bench/gen_corpus.py: real sentences recombined, written
to a temp file at run time; --mid articles for the stage table, --large for the memory run).

Each figure comes from a fresh subprocess (`--measure`), so its peak memory (ru_maxrss of that
process, and of its largest worker process) is its own. Single-process stages are timed in
CPU seconds of the measured calls only (articles/s per core: robust when other jobs share the
machine), with the garbage collector set as in a worker process; end-to-end runs in wall
seconds. The floor is one pyahocorasick pass of the
knowledge base's normalised names over the same text (normalising the text, then iterating
the automaton): each stage's cost is printed as a multiple of it.

Bars (issue 8): extraction >= 1,000 articles/s per core and <= 4x the floor; ingest end to end
>= 400 articles/s with --workers 2; peak memory < 500 MB on the large run; 2 workers >= 1.6x
faster than 1 (process pool and Dask LocalCluster).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

STAGES = ("floor", "read", "sentences", "timex", "kb", "extract", "pipeline")


# ============================================================================ measurements (child)
def _articles(inputs: list[str]) -> Any:
    from rasad.read import read_paths
    from rasad.types import Article

    return (a for a in read_paths(inputs) if isinstance(a, Article))


def _stage_fn(kind: str) -> Any:
    """A function article -> None doing exactly one stage (its inputs prepared untimed)."""
    from rasad.arabic import split_sentences
    from rasad.extract import extract_events
    from rasad.scale import get_pipeline
    from rasad.timex import find_times

    pipe = get_pipeline()
    kb = pipe.kb
    if kind == "floor":
        import ahocorasick

        from rasad.kb.fastnorm import fast_normalize

        auto = ahocorasick.Automaton()
        for key in kb.data.forms:
            auto.add_word(key, len(key))
        auto.make_automaton()

        def floor(a: Any) -> Any:
            n = 0
            for _ in auto.iter(fast_normalize(a.text).text):
                n += 1
            return n
        return None, floor
    if kind == "sentences":
        return None, lambda a: split_sentences(a.text)
    if kind == "timex":
        return None, lambda a: find_times(a.text, a.published)
    if kind == "kb":
        return None, lambda a: kb.find_mentions(a.text, a.published)
    if kind == "pipeline":
        return None, pipe.process
    if kind == "extract":
        def prep(a: Any) -> Any:
            return (tuple(split_sentences(a.text)), tuple(find_times(a.text, a.published)),
                    tuple(kb.find_mentions(a.text, a.published)))

        def run(a: Any, p: Any) -> Any:
            return extract_events(a, sentences=p[0], times=p[1], mentions=p[2], kb=kb)
        return prep, run
    raise SystemExit(f"unknown stage {kind}")


def _rss() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"rss_mb": own.ru_maxrss / 1024, "worker_rss_mb": kids.ru_maxrss / 1024,
            "child_cpu": kids.ru_utime + kids.ru_stime}


def measure(kind: str, inputs: list[str], repeat: int, workers: int) -> dict[str, Any]:
    inputs = inputs * repeat
    if kind == "read":
        t0, c0 = time.perf_counter(), time.process_time()
        n = sum(1 for _ in _articles(inputs))
        return {"n": n, "wall": time.perf_counter() - t0, "cpu": time.process_time() - c0, **_rss()}
    if kind in STAGES:
        prep, fn = _stage_fn(kind)
        first = next(iter(_articles(inputs[:1])))
        fn(first) if prep is None else fn(first, prep(first))  # warm up caches
        # the collector as in a worker process (rasad.scale.batch._collect_less: what was loaded
        # is frozen out of its scans, the youngest generation collected every GC_GEN0
        # allocations), where the stages run in `extract`/`ingest --workers`; with Python's default
        # the cyclic collector took ~8% of the pipeline's samples (perf), a cost no run pays
        from rasad.scale.batch import _collect_less

        _collect_less(False)
        n = 0
        wall = cpu = 0.0
        for a in _articles(inputs):
            p = prep(a) if prep is not None else None
            t0, c0 = time.perf_counter(), time.process_time()
            fn(a) if prep is None else fn(a, p)
            cpu += time.process_time() - c0
            wall += time.perf_counter() - t0
            n += 1
        return {"n": n, "wall": wall, "cpu": cpu, **_rss()}
    if kind in ("extract-e2e", "ingest-e2e"):
        from rasad.scale import get_pipeline, results
        from rasad.scale import ingest as scale_ingest
        from rasad.service.events import EventService

        get_pipeline()  # the parent's KB is loaded before timing (workers load theirs: counted)
        with tempfile.TemporaryDirectory() as tmp:
            t0, c0 = time.perf_counter(), time.process_time()
            if kind == "ingest-e2e":
                with EventService.open(str(Path(tmp) / "bench.db")) as svc:
                    rep = scale_ingest(svc, inputs, workers=workers)
                n, events = rep.documents, rep.new_events + rep.merged_events
            else:
                from rasad.cli.extract import document_record

                n = events = 0
                with open(Path(tmp) / "out.jsonl", "w", encoding="utf-8") as fh:
                    for item in results(inputs, workers=workers):
                        n += 1
                        if hasattr(item, "events"):
                            events += len(item.events)
                            fh.write(json.dumps(document_record([item], "rich"), ensure_ascii=False) + "\n")
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        return {"n": n, "events": events, "wall": wall, "cpu": cpu, **_rss()}
    if kind == "dask-e2e":
        from distributed import Client, LocalCluster

        from rasad.scale.batch import get_pipeline
        from rasad.scale.dask_backend import connect, dask_results

        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=40) as cluster, Client(cluster) as client:
            connect(client)
            client.run(lambda: get_pipeline() is not None)  # workers ready (KB loaded) before timing
            t0, c0 = time.perf_counter(), time.process_time()
            n = events = 0
            for item in dask_results(inputs, client):
                n += 1
                events += len(getattr(item, "events", ()))
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        return {"n": n, "events": events, "wall": wall, "cpu": cpu, **_rss()}
    raise SystemExit(f"unknown measurement {kind}")


# ============================================================================ driver (parent)
def run(kind: str, inputs: list[str], repeat: int = 1, workers: int = 1) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--measure", kind, "--repeat", str(repeat), "--workers", str(workers), "--",
           *inputs]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        print(out.stderr[-3000:], file=sys.stderr)
        raise SystemExit(f"measurement {kind} failed")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _fmt_rate(x: float) -> str:
    return f"{x:,.0f}"


def stage_table(label: str, inputs: list[str], repeat: int, stages: tuple[str, ...] = STAGES) -> dict[str, Any]:
    print(f"\n## {label}")
    print(f"{'stage':<12}{'articles':>10}{'art/s/core':>12}{'ms/art':>9}{'x floor':>9}{'peak MB':>9}")
    res: dict[str, Any] = {}
    for st in stages:
        r = run(st, inputs, repeat)
        res[st] = r
        per = r["cpu"] / max(1, r["n"])
        floor = res["floor"]["cpu"] / max(1, res["floor"]["n"]) if "floor" in res else per
        print(f"{st:<12}{r['n']:>10,}{_fmt_rate(r['n'] / r['cpu']):>12}{per * 1e3:>9.2f}"
              f"{per / floor:>9.1f}{r['rss_mb']:>9.0f}", flush=True)
    return res


def e2e(label: str, kind: str, inputs: list[str], workers: int, repeat: int = 1) -> dict[str, Any]:
    r = run(kind, inputs, repeat, workers)
    mem = f"peak {r['rss_mb']:.0f} MB" + (f", largest worker {r['worker_rss_mb']:.0f} MB" if workers > 1 else "")
    if kind == "dask-e2e":
        mem = "workers not measured"
    # the parent's CPU: with workers, the single writer's (plus feeding the pool), whose cost per
    # article must not grow with the database (issue 8: 10k vs 100k)
    writer = f"; parent {r['cpu'] / max(1, r['n']) * 1e3:.2f} ms CPU/art" if kind == "ingest-e2e" else ""
    print(f"{label:<44}{r['n']:>8,} docs {r['wall']:>7.1f} s {r['n'] / r['wall']:>7,.0f} art/s  "
          f"({r['events']:,} events; {mem}{writer}; load {os.getloadavg()[0]:.1f})", flush=True)
    return r


def profile(inputs: list[str], top: int) -> None:
    import cProfile
    import pstats

    from rasad.scale import get_pipeline

    pipe = get_pipeline()
    arts = list(_articles(inputs))
    pipe.process(arts[0])
    pr = cProfile.Profile()
    pr.enable()
    for a in arts:
        pipe.process(a)
    pr.disable()
    pstats.Stats(pr).sort_stats("tottime").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--quick", action="store_true", help="small sizes, for a fast sanity run")
    ap.add_argument("--rounds", type=int, default=None, help="repeats of the real corpus (default 5; quick 1)")
    ap.add_argument("--mid", type=int, default=None, help="generated articles for stages (default 10,000)")
    ap.add_argument("--large", type=int, default=None, help="generated articles, memory run (default 100,000)")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--profile", action="store_true", help="print the pipeline's cProfile hot spots and stop")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--repeat", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("inputs", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.inputs, args.repeat, args.workers)))
        return
    real = args.shared / "corpus" / "real" / "articles.jsonl"
    if not real.exists():
        raise SystemExit(f"no real corpus at {real} (use --shared)")
    if args.profile:
        profile([str(real)] * 2, 25)
        return
    from gen_corpus import generate

    quick = args.quick
    rounds = args.rounds or (1 if quick else 5)
    mid = args.mid or (300 if quick else 10_000)
    large = args.large or (1_000 if quick else 100_000)
    from rasad import native

    print(f"rasad bench: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, {'quick' if quick else 'full'} "
          f"(real corpus x{rounds}, generated {mid:,} and {large:,}); compiled modules "
          f"{native.check()[1]} (RASAD_PURE=1 measures the pure Python ones)")
    with tempfile.TemporaryDirectory(prefix="rasad-bench-") as tmp:
        t0 = time.perf_counter()
        big = Path(tmp) / f"gen-{large}.jsonl"
        size = generate(big, large, real)
        small = Path(tmp) / f"gen-{mid}.jsonl"
        with open(big, encoding="utf-8") as src, open(small, "w", encoding="utf-8") as dst:
            dst.writelines(itertools.islice(src, mid))
        print(f"generated {large:,} articles ({size / 1e6:.0f} MB, temp file) in {time.perf_counter() - t0:.1f} s")

        real_res = stage_table(f"stages, real corpus ({real.name} x{rounds}), one core", [str(real)], rounds)
        stage_table(f"stages, generated corpus ({mid:,} articles), one core", [str(small)], 1)

        print("\n## end to end (wall clock)")
        ex1 = e2e("extract, 1 process (real x rounds)", "extract-e2e", [str(real)], 1, rounds)
        ex2 = e2e("extract --workers 2 (real x rounds)", "extract-e2e", [str(real)], 2, rounds)
        g1 = e2e(f"extract, 1 process ({mid:,} generated)", "extract-e2e", [str(small)], 1)
        g2 = e2e(f"extract --workers 2 ({mid:,} generated)", "extract-e2e", [str(small)], 2)
        i2 = e2e(f"ingest --workers 2 ({mid:,} generated, SQLite)", "ingest-e2e", [str(small)], 2)
        i1 = e2e(f"ingest, 1 process ({mid:,} generated, SQLite)", "ingest-e2e", [str(small)], 1)
        il = e2e(f"ingest --workers 2 ({large:,} generated, SQLite)", "ingest-e2e", [str(big)], 2)
        d1 = d2 = None
        if not args.no_dask:
            n_dask = min(mid, 10_000)  # enough work per worker that start-up does not decide the ratio
            dsk = Path(tmp) / "dask.jsonl"
            with open(small, encoding="utf-8") as src, open(dsk, "w", encoding="utf-8") as dst:
                dst.writelines(itertools.islice(src, n_dask))
            d1 = e2e(f"dask LocalCluster 1 worker ({n_dask:,} generated)", "dask-e2e", [str(dsk)], 1)
            d2 = e2e(f"dask LocalCluster 2 workers ({n_dask:,} generated)", "dask-e2e", [str(dsk)], 2)

    def rate(r: dict[str, Any]) -> float:
        return float(r["n"] / r["wall"])

    pipe = real_res["pipeline"]
    ext = real_res["extract"]
    floor = real_res["floor"]
    per_core = pipe["n"] / pipe["cpu"]
    mult = (pipe["cpu"] / pipe["n"]) / (floor["cpu"] / floor["n"])
    print("\n## against the bar (issue 8)")
    print(f"pipeline (sentences+timex+kb+extract) {per_core:,.0f} art/s per core, {mult:.1f}x floor "
          f"(extract stage alone {ext['n'] / ext['cpu']:,.0f} art/s, "
          f"{(ext['cpu'] / ext['n']) / (floor['cpu'] / floor['n']):.1f}x floor): "
          f"bar >= 1,000 art/s and <= 4x -> {'PASS' if per_core >= 1000 and mult <= 4 else 'FAIL'}")
    print(f"ingest end to end --workers 2: {rate(i2):,.0f} art/s ({mid:,}), {rate(il):,.0f} art/s ({large:,}); "
          f"1 process {rate(i1):,.0f}: bar >= 400 -> {'PASS' if min(rate(i2), rate(il)) >= 400 else 'FAIL'}")
    peak = max(il["rss_mb"], il["worker_rss_mb"])
    print(f"peak memory, ingest --workers 2: {mid:,} articles parent {i2['rss_mb']:.0f} MB / worker "
          f"{i2['worker_rss_mb']:.0f} MB; {large:,} articles parent {il['rss_mb']:.0f} MB / worker "
          f"{il['worker_rss_mb']:.0f} MB: bar < 500 MB -> {'PASS' if peak < 500 else 'FAIL'}")
    print(f"2 workers vs 1 (process pool): {rate(ex2) / rate(ex1):.2f}x on the real corpus, "
          f"{rate(g2) / rate(g1):.2f}x on {mid:,} generated, ingest {rate(i2) / rate(i1):.2f}x")
    if d1 is not None and d2 is not None:
        sp = rate(d2) / rate(d1)
        print(f"2 workers vs 1 (Dask LocalCluster): {sp:.2f}x: bar >= 1.6 -> {'PASS' if sp >= 1.6 else 'FAIL'}")
    print(f"(load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: wall-clock figures are only "
          "meaningful when nothing else runs)")


if __name__ == "__main__":
    main()
