"""`rasad read` end to end on the example set written for the project."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rasad.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
runner = CliRunner()


def test_read_examples_to_stdout() -> None:
    r = runner.invoke(app, ["read", str(EXAMPLES)])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    assert set(rows[0]) == {"doc_id", "part", "title", "published", "published_raw", "outlet", "author",
                            "text", "source", "url"}
    by = {(d["doc_id"], d["part"]): d for d in rows}
    assert by[("01_sisi_abdullah_call", 1)]["published"] == "2025-01-12"
    assert by[("02_macron_riyadh_visit", 1)]["published"] == "2024-12-03"
    assert by[("03_lavrov_fidan_meeting", 1)]["published"] == "2024-12-18"
    assert by[("03_lavrov_fidan_meeting", 2)]["title"] == "أردوغان يتلقى اتصالا هاتفيا من بوتين"
    assert by[("04_spa_hijri_reception", 1)]["published"] == "2025-03-15"
    assert by[("05_tweet_tebboune_message", 1)]["published"] == "2024-03-23"
    assert by[("07_page", 1)]["published"] == "2024-06-10"
    assert by[("ex-feed-003", 1)]["published"] == "2024-09-04"
    assert by[("ex-feed-003", 1)]["source"].endswith("08_feed.jsonl:3")
    for d in rows:
        assert "شارك" not in d["text"] and "©" not in d["text"] and "pic.twitter" not in d["text"]


def test_read_to_file_with_failures_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("English only, not an Arabic article at all.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["read", str(EXAMPLES / "06_economy_no_contact.txt"), str(bad),
                            str(tmp_path / "missing.txt"), "-o", str(out)])
    assert r.exit_code == 1
    assert "INPUT-008" in r.output and "INPUT-001" in r.output and "bad.txt" in r.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["doc_id"] for d in rows] == ["06_economy_no_contact"]


def test_help_explains_inputs_and_outputs() -> None:
    r = runner.invoke(app, ["read", "--help"])
    assert r.exit_code == 0
    for word in ("jsonl", "stdin", "published", "exit code"):
        assert word in r.output
