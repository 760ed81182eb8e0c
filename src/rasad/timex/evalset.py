"""Scoring of rasad.timex on an expression set (tests/timex/data/*.jsonl).

Each line is a JSON object: `text`, `anchor` (YYYY-MM-DD), and the expected resolution
of the text's main expression: `start`, `end`, `precision`, or precision "none" (and
null start/end) when the text has no time expression. Lines without `text` are comments.
A nested `expected: {start, end, precision} | "none"` is read too.
An item is right when the resolved start and end equal the expected ones (or nothing is
resolved and none was expected); the precision is reported apart.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Item:
    text: str
    anchor: date | None
    start: date | None  # None: no time expression expected
    end: date | None
    precision: str
    group: str = ""


def _d(v: Any) -> date | None:
    return date.fromisoformat(str(v)[:10]) if v not in (None, "", "none") else None


def load(path: Path) -> list[Item]:
    items: list[Item] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "//")):
            continue
        d = json.loads(line)
        if not isinstance(d, dict) or "text" not in d:
            continue
        exp = d.get("expected", d)
        if exp in (None, "none") or (isinstance(exp, dict) and exp.get("precision") == "none"):
            start = end = None
            precision = "none"
        else:
            start, end = _d(exp.get("start")), _d(exp.get("end", exp.get("start")))
            precision = str(exp.get("precision") or "")
            if start is None:
                precision = "none"
        items.append(Item(d["text"], _d(d.get("anchor")), start, end, precision, str(d.get("group", ""))))
    return items


# A resolver maps (text, anchor) to (start, end, precision) or None.
Resolver = Callable[[str, date | None], tuple[date, date, str] | None]


def rasad_resolver(text: str, anchor: date | None) -> tuple[date, date, str] | None:
    from rasad.timex import resolve_one

    t = resolve_one(text, anchor)
    return None if t is None else (t.first, t.last, t.precision)


def correct(item: Item, got: tuple[date, date, str] | None) -> bool:
    if item.start is None:
        return got is None
    return got is not None and got[0] == item.start and got[1] == item.end


def score(items: Iterable[Item], resolve: Resolver) -> tuple[float, list[tuple[Item, Any]]]:
    """(accuracy, [(item, wrong answer), ...])."""
    items = list(items)
    wrong: list[tuple[Item, Any]] = []
    for it in items:
        got = resolve(it.text, it.anchor)
        if not correct(it, got):
            wrong.append((it, got))
    return (1 - len(wrong) / len(items)) if items else 0.0, wrong


# --- span sets (tests/timex/data/heldout.jsonl): text + the graded span `expr` ----------

@dataclass(frozen=True)
class SpanItem:
    text: str
    expr: str
    anchor: date | None
    start: date | None  # None: `expr` is not a time expression
    end: date | None
    precision: str | None


def load_spans(path: Path) -> list[SpanItem]:
    out: list[SpanItem] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "//")):
            continue
        d = json.loads(line)
        if not isinstance(d, dict) or "text" not in d or "expr" not in d:
            continue
        out.append(SpanItem(d["text"], d["expr"], _d(d.get("anchor")), _d(d.get("start")), _d(d.get("end")),
                            d.get("precision")))
    return out


def is_span_set(path: Path) -> bool:
    return bool(load_spans(path))


def score_spans(items: Iterable[SpanItem], *, with_precision: bool = True
                ) -> tuple[float, list[tuple[SpanItem, Any]]]:
    """Match predictions to `expr` by overlap; a null `expr` must not be overlapped."""
    from rasad.timex import find_times

    items = list(items)
    wrong: list[tuple[SpanItem, Any]] = []
    for it in items:
        s = it.text.find(it.expr)
        e = s + len(it.expr)
        found = [t for t in find_times(it.text, it.anchor) if t.start < e and t.end > s]
        if it.start is None:
            ok = not found
        else:
            ok = any(t.first == it.start and t.last == it.end
                     and (not with_precision or t.precision == it.precision) for t in found)
        if not ok:
            wrong.append((it, [(t.text, str(t.first), str(t.last), t.precision, t.method) for t in found]))
    return (1 - len(wrong) / len(items)) if items else 0.0, wrong
