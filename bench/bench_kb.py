"""Speed of the knowledge base: load time and `find_mentions` over the real corpus on one core.

Usage: python bench/bench_kb.py [ARTICLES_JSONL] [--rounds N]
Prints load time, articles/s, characters/s and mentions per article. Bar: >= 1,000 articles/s.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASAD_SHARED", REPO.parent / "shared"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(SHARED / "corpus" / "real" / "articles.jsonl"))
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from rasad.kb import default_kb
    from rasad.read.dates import parse_published

    kb = default_kb()
    load_s = time.perf_counter() - t0
    docs = []
    for line in Path(args.path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            docs.append((d["text"], parse_published(d.get("published"))))
    kb.find_mentions(docs[0][0], docs[0][1])  # warm up
    n_mentions = 0
    t1 = time.perf_counter()
    c1 = time.process_time()  # CPU time: less disturbed than wall time when the machine is busy
    for _ in range(args.rounds):
        for text, on in docs:
            n_mentions += len(kb.find_mentions(text, on))
    el = time.perf_counter() - t1
    cpu = time.process_time() - c1
    n = len(docs) * args.rounds
    chars = sum(len(t) for t, _ in docs) * args.rounds
    print(f"kb load: {load_s:.2f} s ({len(kb.entries)} entries, {len(kb.data.forms)} forms)")
    print(f"find_mentions: {n / el:,.0f} articles/s, {chars / el / 1e6:.2f} M chars/s, "
          f"{n_mentions / n:.1f} mentions/article ({len(docs)} articles x {args.rounds} rounds, one core)")
    print(f"by CPU time: {n / cpu:,.0f} articles/s (load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
