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


def test_heldout_set_at_least_95_percent() -> None:
    """The held-out set written by someone else (tests/timex/data/HELDOUT.md), graded by span overlap."""
    from rasad.timex.evalset import load_spans, score_spans

    path = DATA.parent / "heldout.jsonl"
    if not path.exists():
        import pytest

        pytest.skip("held-out set not present")
    acc, wrong = score_spans(load_spans(path))
    assert acc >= 0.95, f"accuracy {acc:.3f}: {[(w.expr, g) for w, g in wrong[:10]]}"
