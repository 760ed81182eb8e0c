"""Held-out accuracy of role and name resolution (tests/kb/data/heldout_mentions.jsonl, written
by someone else without looking at the knowledge base; see tests/kb/data/HELDOUT.md).

A line is correct when a mention overlapping the expected substring resolves to an actor of
the expected kind whose English name matches (case- and accent-insensitive, or one of the
entry's English aliases) or, for countries, whose ISO3 code matches. Bar: >= 90%.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

from rasad.kb import KnowledgeBase, default_kb

DATA = Path(__file__).parent / "data" / "heldout_mentions.jsonl"


def _fold(s: str | None) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s or "") if not unicodedata.combining(c))
    return " ".join(s.lower().replace("-", " ").split())


def _correct(kb: KnowledgeBase, row: dict) -> tuple[bool, str]:
    text, mention, exp = row["text"], row["mention"], row["expect"]
    on = date.fromisoformat(row["date"]) if row.get("date") else None
    spans = []
    i = text.find(mention)
    while i >= 0:
        spans.append((i, i + len(mention)))
        i = text.find(mention, i + 1)
    ms = kb.find_mentions(text, on)
    got = []
    for a, b in spans:
        cands = [m for m in ms if m.actor is not None and m.start < b and a < m.end]
        if not cands:
            return False, "no mention"
        m = max(cands, key=lambda m: min(b, m.end) - max(a, m.start))
        actor = m.actor
        assert actor is not None
        got.append(f"{actor.name_en}/{actor.kind}/{actor.country}")
        if actor.kind != exp["kind"]:
            return False, got[-1]
        if exp["kind"] == "country":
            if actor.country != exp["country"]:
                return False, got[-1]
            continue
        names = {_fold(actor.name_en)}
        if m.entry_id and m.entry_id in kb.entries:
            names |= {_fold(x) for x in kb.entries[m.entry_id].aliases_en}
        if _fold(exp["name_en"]) not in names:
            return False, got[-1]
    return True, ", ".join(got)


def test_heldout_accuracy() -> None:
    kb = default_kb()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    wrong = []
    for row in rows:
        ok, got = _correct(kb, row)
        if not ok:
            wrong.append(f"{row['date']} {row['mention']} -> {got} (expected {row['expect']['name_en']})")
    acc = 1 - len(wrong) / len(rows)
    print(f"held-out accuracy {acc:.1%} ({len(rows) - len(wrong)}/{len(rows)})")
    assert acc >= 0.90, f"held-out accuracy {acc:.1%}:\n" + "\n".join(wrong)
