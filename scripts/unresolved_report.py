"""List the person-like mentions of a corpus that the knowledge base does not resolve.

Usage: python scripts/unresolved_report.py PATH [PATH ...] [--top N] [--json]
PATH: a JSON Lines file (objects with id/text/published) or a folder/file that `rasad.read`
can read. Prints, most frequent first, three kinds of gaps (see KnowledgeBase.gaps):
  no-holder     a role phrase resolved to an office nobody holds in the data on that date
  unknown-name  a title/role phrase followed by words that match no entry (a missing person)
  bare-role     a role word with no country, organisation or known name after it
with counts and example document ids, so that gaps in rasad/kb/data are visible.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path


def _docs(paths: list[str]) -> Iterator[tuple[str, str, date | None]]:
    """JSON Lines texts as they are (no page cleaning); other inputs through `rasad.read`."""
    from rasad.read import read_paths
    from rasad.read.dates import parse_published
    from rasad.types import Article

    for p in paths:
        path = Path(p)
        if path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    d = json.loads(line)
                    yield str(d.get("id", n)), d["text"], parse_published(d.get("published"))
        else:
            for a in read_paths([path]):
                if isinstance(a, Article):
                    yield a.doc_id, a.text, a.published


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--top", type=int, default=60, help="rows per gap type (default 60)")
    ap.add_argument("--json", action="store_true", help="JSON output")
    args = ap.parse_args(argv)

    from rasad.kb import default_kb

    kb = default_kb()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    n_docs = 0
    for doc_id, text, on in _docs(args.paths):
        n_docs += 1
        for g in kb.gaps(text, on):
            key = g["detail"] if g["type"] == "no-holder" else f"{g['text']} | {g['detail']}"
            counts[g["type"]][key] += 1
            if len(examples[(g["type"], key)]) < 3:
                examples[(g["type"], key)].append(doc_id)
    if args.json:
        rows = [{"type": t, "phrase": k, "count": c, "examples": examples[(t, k)]}
                for t in counts for k, c in counts[t].most_common(args.top)]
        json.dump({"documents": n_docs, "gaps": rows}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"{n_docs} documents")
    for t in ("no-holder", "unknown-name", "bare-role"):
        if not counts[t]:
            continue
        print(f"\n== {t}: {sum(counts[t].values())} mentions, {len(counts[t])} distinct")
        for k, c in counts[t].most_common(args.top):
            print(f"{c:5d}  {k}   [{', '.join(examples[(t, k)])}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
