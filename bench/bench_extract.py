#!/usr/bin/env python3
"""Extraction speed on the real corpus, on one core: articles per second.

Reads every article of corpus/real/articles.jsonl (any split: only speed is measured,
nothing is printed from the texts), then times Pipeline.process (sentences, time
expressions, mentions, events) and, apart, extract_events alone. Prints the figures.

Usage: python bench/bench_extract.py [--shared ../shared] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    from rasad.read import read_paths
    from rasad.service.pipeline import Pipeline
    from rasad.types import Article

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    articles = [a for a in read_paths([str(args.shared / "corpus/real/articles.jsonl")]) if isinstance(a, Article)]
    pipe = Pipeline()
    results = [pipe.process(a) for a in articles]  # warm-up: loads the kb and lexicons
    n = len(articles) * args.repeat

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        results = [pipe.process(a) for a in articles]
    full = time.perf_counter() - t0

    from rasad.extract import extract_events

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for r in results:
            extract_events(r.article, sentences=r.sentences, times=r.times, mentions=r.mentions, kb=pipe.kb)
    only = time.perf_counter() - t0
    events = sum(len(r.events) for r in results)
    print(f"articles {len(articles)} x {args.repeat}, events {events}")
    print(f"pipeline (sentences + times + mentions + events): {n / full:,.0f} articles/s")
    print(f"extract_events alone: {n / only:,.0f} articles/s")


if __name__ == "__main__":
    main()
