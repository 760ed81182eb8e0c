"""Accuracy and speed of rasad.timex and of dateparser on the same expression sets.

    .venv/bin/python bench/bench_timex.py [SET.jsonl ...]
    .venv/bin/python bench/bench_timex.py --articles ARTICLES.jsonl [--rounds 5]

--articles: find_times over whole articles (the `rasad read` JSON Lines input, e.g.
../shared/corpus/real/articles.jsonl or a bench/gen_corpus.py file), articles per second per
core (CPU time of the calls only): the first pass (the chunk caches empty: every distinct chunk
classified once), the warm passes, and the warm passes with the article's NormText given (as
the pipeline calls it: normalisation shared by every stage).

Default sets: tests/timex/data/expressions.jsonl and, when present, heldout.jsonl (a
sentence per line with the graded span `expr`; predictions are matched to it by overlap). For each set it prints, for rasad.timex
and for dateparser (dateparser.search.search_dates with languages=['ar'] and
RELATIVE_BASE = the anchor), the accuracy and expressions per second, in the same run.

Scoring: rasad must give the expected start and end exactly. dateparser gives one
datetime, never a range, so it is scored generously: right when its first date falls
inside the expected range (or when it finds nothing and nothing was expected). Both
resolvers see the same text and anchor.
"""

from __future__ import annotations

import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from rasad.timex.evalset import Item, SpanItem, load, load_spans, rasad_resolver, score_spans  # noqa: E402


def dateparser_resolver(text: str, anchor: date | None) -> tuple[date, date, str] | None:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day)} if anchor else {}
    try:
        found = search_dates(text, languages=["ar"], settings=settings)  # type: ignore[arg-type]
    except Exception:  # dateparser raises on some inputs; count it as "nothing found"
        found = None
    if not found:
        return None
    d = found[0][1].date()
    return d, d, "day"


def rasad_ok(it: Item, got: tuple[date, date, str] | None) -> bool:
    if it.start is None:
        return got is None
    return got is not None and got[0] == it.start and got[1] == it.end


def dateparser_ok(it: Item, got: tuple[date, date, str] | None) -> bool:
    if it.start is None:
        return got is None
    assert it.end is not None
    return got is not None and it.start <= got[0] <= it.end


def run(name: str, items: list[Item], resolve, ok, repeat: int = 1) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    resolve(items[0].text, items[0].anchor)  # warm-up: load data files and caches
    t0 = time.perf_counter()
    right = 0
    for _ in range(repeat):
        right = sum(ok(it, resolve(it.text, it.anchor)) for it in items)
    dt = time.perf_counter() - t0
    return right / len(items), len(items) * repeat / dt


def dateparser_span_ok(it: SpanItem) -> bool:
    from dateparser.search import search_dates

    a = it.anchor
    settings = {"RELATIVE_BASE": datetime(a.year, a.month, a.day)} if a else {}
    try:
        found = search_dates(it.text, languages=["ar"], settings=settings) or []  # type: ignore[arg-type]
    except Exception:
        found = []
    s = it.text.find(it.expr)
    e = s + len(it.expr)
    hits = []
    for sub, dt in found:
        k = it.text.find(sub)
        if k < e and k + len(sub) > s:
            hits.append(dt.date())
    if it.start is None:
        return not hits
    assert it.end is not None
    return any(it.start <= d <= it.end for d in hits)


def run_spans(path: Path) -> None:
    items = load_spans(path)
    print(f"{path.name}: {len(items)} sentences (graded span `expr`, matched by overlap)")
    t0 = time.perf_counter()
    acc, _ = score_spans(items)
    rate = len(items) / (time.perf_counter() - t0)
    print(f"  rasad.timex  accuracy {acc:6.1%}   {rate:10,.0f} sentences/s")
    t0 = time.perf_counter()
    acc2 = sum(dateparser_span_ok(it) for it in items) / len(items)
    rate2 = len(items) / (time.perf_counter() - t0)
    print(f"  dateparser   accuracy {acc2:6.1%}   {rate2:10,.0f} sentences/s  (scored generously)")
    print(f"  speed-up x{rate / rate2:,.0f}")


def run_articles(path: Path, rounds: int) -> None:
    from rasad.arabic.normalize import normalize
    from rasad.read import read_paths
    from rasad.timex import find_times
    from rasad.types import Article

    arts = [a for a in read_paths([str(path)]) if isinstance(a, Article)]
    find_times("أمس", None)  # load the lexicon
    clock = time.process_time

    def one_pass(norms: list | None = None) -> float:  # type: ignore[type-arg]
        t = 0.0
        for k, a in enumerate(arts):
            nt = norms[k] if norms is not None else None
            c0 = clock()
            find_times(a.text, a.published, norm=nt)
            t += clock() - c0
        return t

    first = one_pass()
    warm = min(one_pass() for _ in range(rounds))
    norms = [normalize(a.text) for a in arts]
    given = min(one_pass(norms) for _ in range(rounds))
    n = len(arts)
    print(f"{path.name}: {n} articles, find_times per core (CPU time)")
    for label, t in (("first pass", first), ("warm", warm), ("warm, norm given", given)):
        print(f"  {label:<18}{n / t:10,.0f} articles/s {t / n * 1e3:8.3f} ms/article")


def main(argv: list[str]) -> None:
    warnings.simplefilter("ignore")
    if argv[:1] == ["--articles"]:
        rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 5
        run_articles(Path(argv[1]), rounds)
        return
    data = REPO / "tests" / "timex" / "data"
    paths = [Path(p) for p in argv] or [p for p in (data / "expressions.jsonl", data / "heldout.jsonl")
                                        if p.exists()]
    for path in paths:
        if load_spans(path):
            run_spans(path)
            continue
        items = load(path)
        print(f"{path.name}: {len(items)} expressions")
        acc, rate = run("rasad.timex", items, rasad_resolver, rasad_ok, repeat=5)
        print(f"  rasad.timex  accuracy {acc:6.1%}   {rate:10,.0f} expressions/s")
        acc2, rate2 = run("dateparser", items, dateparser_resolver, dateparser_ok)
        print(f"  dateparser   accuracy {acc2:6.1%}   {rate2:10,.0f} expressions/s  (scored generously)")
        print(f"  speed-up x{rate / rate2:,.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
