"""`rasad extract` on JSON Lines: one contract line per document, issues on stderr, exit code."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rasad.cli import app


def test_extract_events_jsonl_and_issues(tmp_path: Path) -> None:
    text = "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان اليوم."
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "d1", "text": text, "published": "2024-03-20"}, ensure_ascii=False) + "\n"
                   + "{not json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["extract", str(inp), "--format", "events-jsonl", "-o", str(out)])
    assert res.exit_code == 1  # the malformed line failed
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [d["doc_id"] for d in lines] == ["d1"]
    assert set(lines[0]) == {"doc_id", "title", "published", "outlet", "events"}
    assert [e["type"] for e in lines[0]["events"]] == ["call"]


def test_extract_rich_format_has_codes(tmp_path: Path) -> None:
    text = "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف في القاهرة أمس."
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "d2", "text": text, "published": "2024-03-20"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(inp)])
    assert res.exit_code == 0
    doc = json.loads(res.stdout.strip().splitlines()[-1])
    ev = doc["events"][0]
    assert ev["type"] == "visit" and ev["cameo"] == "043" and ev["plover"]["mode"] == "host"
    assert ev["trigger"]["text"] == "استقبل"
    assert text[ev["sentence"][0]:ev["sentence"][1]] == ev["evidence"]
