"""The same articles give the same events whatever the interpreter's string hashing: a search that
walks a set of actor keys and stops at the first hit made an event's location depend on
PYTHONHASHSEED (one article of tests/extract/data/heldout21 came out with and without "Doha")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data" / "heldout21_articles.jsonl"


def _extract(seed: str, out: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "rasad", "extract", str(DATA), "--format", "events-jsonl", "-o", str(out)],
                   env=env, check=True, capture_output=True)
    return out.read_text(encoding="utf-8")


def test_events_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    first = _extract("0", tmp_path / "a.jsonl")
    assert first.count("\n") == 40
    assert _extract("2", tmp_path / "b.jsonl") == first
