#!/usr/bin/env python3
"""Score `rasad extract` on the seeds and the dev split with the shared scorer.

Builds the input (dev-split articles of corpus/real/articles.jsonl and the seed pages as
{id, text}), runs `rasad extract --format events-jsonl`, and runs
`<shared>/eval/score.py --gold <seeds gold + gold-dev> --pred ... --texts ...`, printing its
figures. Test-split articles are never read.

Usage: python scripts/evaluate.py [--shared ../shared] [--keep DIR] [--per-doc]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def build_inputs(shared: Path, out: Path) -> tuple[Path, Path]:
    split = json.loads((shared / "corpus/real/split.json").read_text(encoding="utf-8"))
    dev = set(split["dev"])
    inp, gold = out / "in.jsonl", out / "gold.jsonl"
    with inp.open("w", encoding="utf-8") as f:
        for line in (shared / "corpus/real/articles.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line)["id"] in dev:
                f.write(line + "\n")
        for p in sorted((shared / "corpus/seeds").glob("*.txt")):
            f.write(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
    with gold.open("w", encoding="utf-8") as f:
        for g in (shared / "corpus/seeds/gold.jsonl", shared / "corpus/real/gold-dev.jsonl"):
            if g.exists():
                f.write(g.read_text(encoding="utf-8").rstrip("\n") + "\n")
    return inp, gold


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", type=Path)
    ap.add_argument("--keep", type=Path, help="keep inputs and predictions in this folder")
    ap.add_argument("--per-doc", action="store_true", help="print tp/fp/fn for every document")
    args = ap.parse_args()
    shared = args.shared.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        inp, gold = build_inputs(shared, work)
        pred = work / "pred.jsonl"
        rasad = Path(sys.executable).with_name("rasad")
        cmd = [str(rasad)] if rasad.exists() else [sys.executable, "-m", "rasad"]
        run = subprocess.run([*cmd, "extract", str(inp), "--format", "events-jsonl", "-o", str(pred)],
                             capture_output=True, text=True)
        if run.returncode not in (0, 1) or not pred.exists():
            print(run.stderr, file=sys.stderr)
            return run.returncode or 1
        score = [sys.executable, str(shared / "eval/score.py"), "--gold", str(gold), "--pred", str(pred),
                 "--texts", str(inp)]
        if args.per_doc:
            score.append("--per-doc")
        return subprocess.run(score).returncode


if __name__ == "__main__":
    sys.exit(main())
