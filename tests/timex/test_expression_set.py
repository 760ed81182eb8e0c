"""Accuracy of rasad.timex on the hand-written expression set (the bar is 95%)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rasad.timex.evalset import load, rasad_resolver, score

DATA = Path(__file__).parent / "data" / "expressions.jsonl"


def test_set_is_large_and_covers_every_pattern() -> None:
    items = load(DATA)
    assert len(items) >= 300
    groups = Counter(it.group for it in items)
    assert len(groups) >= 15 and min(groups.values()) >= 5
    assert sum(it.start is None for it in items) >= 40  # negatives


def test_accuracy_at_least_95_percent() -> None:
    acc, wrong = score(load(DATA), rasad_resolver)
    shown = "\n".join(f"{w.anchor} {w.text!r}: expected {w.start}..{w.end}, got {g}" for w, g in wrong[:20])
    assert acc >= 0.95, f"accuracy {acc:.3f}\n{shown}"
