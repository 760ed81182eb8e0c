"""Reader speed on the real corpus: prints articles/s on one core, by CPU time (steady when the
machine is shared) and wall time (not a test).

    python bench/bench_read.py [--shared ../shared] [--rounds 5]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rasad.errors import DocIssue
from rasad.read import read_paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    corpus = Path(args.shared) / "corpus"
    inputs: list[str | Path] = [corpus / "real" / "articles.jsonl"]
    if not inputs[0].exists():  # type: ignore[union-attr]
        inputs = [Path(__file__).resolve().parents[1] / "examples"]
    list(read_paths(inputs))  # warm up: imports, lexicon and furniture caches
    n = issues = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for x in read_paths(inputs):
            if isinstance(x, DocIssue):
                issues += 1
            else:
                n += 1
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    print(f"rasad read: {n} articles in {dc:.2f} s CPU ({dt:.2f} s wall) over {args.rounds} rounds of "
          f"{', '.join(map(str, inputs))}: {n / dc:.0f} articles/s per core by CPU time ({n / dt:.0f} by wall; "
          f"{dc / max(1, n) * 1e3:.2f} ms/article; {issues} issues)")


if __name__ == "__main__":
    main()
