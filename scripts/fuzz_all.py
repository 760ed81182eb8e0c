"""The fuzzing bar: run the reader, time-resolver and extractor contracts (tests/reliability/fuzzkit.py)
on many hypothesis-generated inputs and report how many ran and whether any broke a contract.

    python scripts/fuzz_all.py --examples 100000            # split over the five targets by --weights
    python scripts/fuzz_all.py --examples 2000 --targets timex,pipeline --jobs 2

Targets: files (iter_raw + read_raw on temp files of arbitrary bytes and extensions), read
(read_raw on random text/HTML documents), timex (find_times on random text with any anchor),
pipeline (Pipeline.process on Arabic word soups), nested (deeply nested HTML and very long
lines). Exit code 1 if any target found a failure (hypothesis prints the shrunk input).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGETS = ("files", "read", "timex", "pipeline", "nested")
# default share of the inputs per target (the slow HTML targets get fewer)
WEIGHTS = "files=8,read=12,timex=55,pipeline=22,nested=3"


def _run(target: str, n: int, seed: int | None) -> tuple[str, int, float, str]:
    sys.path.insert(0, str(REPO / "tests" / "reliability"))
    import logging

    logging.disable(logging.CRITICAL)  # trafilatura logs every unreadable page
    import fuzzkit as fk
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hseed
    from hypothesis import strategies as st

    from rasad.ingest import RawDoc

    calls = 0

    def counted(fn):  # type: ignore[no-untyped-def]
        def inner(*a):  # type: ignore[no-untyped-def]
            nonlocal calls
            calls += 1
            fn(*a)
        return inner

    cfg = settings(max_examples=n, deadline=None, database=None, print_blob=True,
                   suppress_health_check=list(HealthCheck))
    strategies = {
        "files": (st.tuples(fk.file_bytes(), fk.EXTS, fk.SETTINGS), lambda t: fk.check_iter_raw(*t)),
        "read": (fk.raw_docs(), fk.check_read_raw),
        "timex": (st.tuples(st.one_of(fk.word_soup(), fk.arabic_alphabet_text(), fk.any_text()), fk.ANCHORS,
                            fk.TENSES), lambda t: fk.check_find_times(*t)),
        "pipeline": (fk.articles(), fk.check_pipeline),
        "nested": (st.one_of(
            st.tuples(st.integers(1, 6000), fk.article_like_text(), st.sampled_from(["div", "span", "b", "li"])).map(
                lambda t: RawDoc("n", "n.html", "html", fk.nested_html(*t), {})),
            st.tuples(fk.word_soup(30), st.integers(100, 5000)).map(
                lambda t: RawDoc("l", "l.txt", "text", (t[0] + " ") * t[1], {}))), fk.check_read_raw),
    }
    strat, check = strategies[target]
    fn = counted(check)
    test = cfg(given(strat)(lambda x: fn(x)))
    if seed is not None:
        test = hseed(seed)(test)
    t0 = time.perf_counter()
    err = ""
    try:
        test()
    except BaseException:  # noqa: BLE001 - report, do not stop the other targets
        err = traceback.format_exc(limit=8)[-6000:]
    return target, calls, time.perf_counter() - t0, err


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--examples", type=int, default=int(os.environ.get("RASAD_FUZZ_EXAMPLES", "10000")),
                    help="total inputs, split over the targets by --weights")
    ap.add_argument("--weights", default=WEIGHTS, help=f"target=share,... (default {WEIGHTS})")
    ap.add_argument("--targets", default=",".join(TARGETS))
    ap.add_argument("--jobs", type=int, default=min(len(TARGETS), os.cpu_count() or 1))
    ap.add_argument("--seed", type=int, default=None)
    a = ap.parse_args()
    targets = [t for t in a.targets.split(",") if t]
    for t in targets:
        if t not in TARGETS:
            ap.error(f"unknown target {t!r}; choose from {', '.join(TARGETS)}")
    w = {k: float(v) for k, v in (kv.split("=") for kv in a.weights.split(",") if kv)}
    share = {t: w.get(t, 1.0) for t in targets}
    per = {t: max(1, round(a.examples * share[t] / sum(share.values()))) for t in targets}
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, a.jobs)) as ex:
        order = sorted(targets, key=lambda t: -per[t])  # the biggest first
        results = list(ex.map(_run, order, [per[t] for t in order], [a.seed] * len(order)))
    total, failed = 0, 0
    print(f"{'target':10} {'inputs':>9} {'seconds':>9}  result")
    for target, calls, secs, err in results:
        total += calls
        failed += bool(err)
        print(f"{target:10} {calls:9d} {secs:9.1f}  {'FAILED' if err else 'ok'}")
    print(f"{'total':10} {total:9d} {time.perf_counter() - t0:9.1f}  "
          f"{f'{failed} target(s) failed' if failed else 'no unhandled exception'}")
    for target, _, _, err in results:
        if err:
            print(f"\n--- {target} ---\n{err}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
