#!/usr/bin/env python3
"""Score `rasad extract` on every hand-written held-out set with the shared scorer.

For each tests/extract/data/heldoutN_articles.jsonl with its heldoutN_gold.jsonl (see HELDOUT.md:
how the sets were written, sealed and first measured), runs `rasad extract --format events-jsonl`
and `<shared>/eval/score.py`, and prints one line per set (entity-dyad F1, P, R, tp/fp/fn,
country-dyad F1) and the micro-averaged total. A set whose gold is missing is skipped.

Usage: python scripts/eval_heldout.py [--shared ../shared] [--jobs 2] [--keep DIR] [SET...]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "extract" / "data"


def _sets(names: list[str]) -> list[str]:
    found = sorted((p.name[: -len("_articles.jsonl")] for p in DATA.glob("heldout*_articles.jsonl")
                    if (DATA / p.name.replace("_articles", "_gold")).exists()),
                   key=lambda s: int(re.sub(r"\D", "", s) or 1))
    return [s for s in found if not names or s in names]


def _score(name: str, shared: Path, work: Path) -> dict:
    inp, gold = DATA / f"{name}_articles.jsonl", DATA / f"{name}_gold.jsonl"
    pred, out = work / f"{name}.pred.jsonl", work / f"{name}.score.json"
    rasad = Path(sys.executable).with_name("rasad")
    cmd = [str(rasad)] if rasad.exists() else [sys.executable, "-m", "rasad"]
    run = subprocess.run([*cmd, "extract", str(inp), "--format", "events-jsonl", "-o", str(pred)],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1) or not pred.exists():
        raise RuntimeError(f"{name}: rasad extract failed: {run.stderr.strip()[-500:]}")
    subprocess.run([sys.executable, str(shared / "eval/score.py"), "--gold", str(gold), "--pred", str(pred),
                    "--texts", str(inp), "--json", str(out)], check=True, capture_output=True, text=True)
    return json.loads(out.read_text(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--shared", default="../shared", type=Path)
    ap.add_argument("--jobs", type=int, default=2, help="sets scored at once")
    ap.add_argument("--keep", type=Path, help="keep predictions and scores in this folder")
    ap.add_argument("sets", nargs="*", help="set names (heldout, heldout2, ...); default all")
    args = ap.parse_args()
    shared = args.shared.resolve()
    names = _sets(args.sets)
    if not names:
        print(f"no held-out set found in {DATA}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            results = list(pool.map(lambda n: _score(n, shared, work), names))
    tot = {"tp": 0, "fp": 0, "fn": 0}
    print(f"{'set':<11} {'F1':>6} {'P':>6} {'R':>6} {'tp':>5} {'fp':>4} {'fn':>4} {'country F1':>10}")
    for name, res in zip(names, results, strict=True):
        e, c = res["entity_dyads"], res["country_dyads"]
        for k in tot:
            tot[k] += e[k]
        print(f"{name:<11} {e['f1']:>6.3f} {e['precision']:>6.3f} {e['recall']:>6.3f} {e['tp']:>5} {e['fp']:>4} "
              f"{e['fn']:>4} {c['f1']:>10.3f}")
    p = tot["tp"] / max(1, tot["tp"] + tot["fp"])
    r = tot["tp"] / max(1, tot["tp"] + tot["fn"])
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{'all':<11} {f1:>6.3f} {p:>6.3f} {r:>6.3f} {tot['tp']:>5} {tot['fp']:>4} {tot['fn']:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
