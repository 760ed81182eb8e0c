"""Raw documents and every kind of bad input: one issue per bad document, the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasad.errors import DocIssue
from rasad.ingest import RawDoc, decode_bytes, iter_raw
from rasad.settings import Settings

AR = "استقبل الرئيس التونسي اليوم في قصر قرطاج وزير الخارجية الجزائري وبحث معه العلاقات الثنائية."


def collect(paths: list, settings: Settings | None = None) -> tuple[list[RawDoc], list[DocIssue]]:
    docs: list[RawDoc] = []
    issues: list[DocIssue] = []
    for x in iter_raw(paths, settings):
        (issues if isinstance(x, DocIssue) else docs).append(x)  # type: ignore[arg-type]
    return docs, issues


def test_text_file(tmp_path: Path) -> None:
    p = tmp_path / "a-1.txt"
    p.write_text(AR, encoding="utf-8")
    (doc,), issues = collect([p])
    assert not issues
    assert doc.doc_id == "a-1" and doc.kind == "text" and doc.source == str(p) and doc.content == AR


def test_html_by_extension_and_by_content(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(f"<html><body><p>{AR}</p></body></html>", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"<!DOCTYPE html><html><body><p>{AR}</p></body></html>", encoding="utf-8")
    docs, _ = collect([tmp_path])
    assert [d.kind for d in docs] == ["html", "html"]


def test_folder_is_recursive_sorted_and_skips_other_files(tmp_path: Path) -> None:
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "c.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "README.md").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(AR, encoding="utf-8")
    docs, issues = collect([tmp_path])
    assert [d.doc_id for d in docs] == ["a", "b", "c"]
    assert not issues


def test_jsonl_fields_and_sources(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    rows = [{"id": "x1", "text": AR, "title": "عنوان", "published": "19/10/2014", "outlet": "وكالة",
             "url": "https://example.org/1", "author": "كاتب", "other": 1},
            {"id": 7, "html": f"<p>{AR}</p>"}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    (a, b), issues = collect([p])
    assert not issues
    assert a.doc_id == "x1" and a.source == f"{p}:1" and a.kind == "text"
    assert a.meta == {"title": "عنوان", "published": "19/10/2014", "outlet": "وكالة",
                      "url": "https://example.org/1", "author": "كاتب"}
    assert b.doc_id == "7" and b.kind == "html" and b.source == f"{p}:2"


def test_malformed_jsonl_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "ok1", "text": AR}, ensure_ascii=False),
        '{"id": "broken", "text": "بلا نهاية',
        json.dumps({"text": AR}, ensure_ascii=False),
        json.dumps({"id": "no-text"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "bad-type", "text": 5}),
        json.dumps({"id": "ok2", "text": AR}, ensure_ascii=False),
    ]), encoding="utf-8")
    docs, issues = collect([p])
    assert [d.doc_id for d in docs] == ["ok1", "ok2"]
    assert [(i.line, i.code) for i in issues] == [(2, "INPUT-006"), (3, "INPUT-010"), (4, "INPUT-010"),
                                                  (5, "INPUT-006"), (6, "INPUT-006")]
    assert all(i.source == str(p) for i in issues)
    assert str(issues[0]).startswith(f"{p}:2: ")


def test_missing_file_and_unsupported_type(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "ok.txt").write_text(AR, encoding="utf-8")
    docs, issues = collect([tmp_path / "nope.txt", tmp_path / "a.pdf", tmp_path / "ok.txt"])
    assert [d.doc_id for d in docs] == ["ok"]
    assert [i.code for i in issues] == ["INPUT-001", "INPUT-009"]
    assert issues[0].source.endswith("nope.txt")


def test_empty_and_blank_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text(" \n\t\n", encoding="utf-8")
    _, issues = collect([tmp_path])
    assert [i.code for i in issues] == ["INPUT-002", "INPUT-002"]


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n" + b"\x00" * 50,
                                  b"PK\x03\x04" + b"x" * 40, b"abc\x00\x01\x02\x03def" * 30])
def test_binary(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    _, (issue,) = collect([tmp_path / "a.txt"])
    assert issue.code == "INPUT-003"


def test_cp1256_and_iso_8859_6(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(AR.encode("cp1256"))
    (tmp_path / "b.txt").write_bytes("استقبل الرئيس الوزير".encode("iso-8859-6"))
    (a, b), issues = collect([tmp_path])
    assert not issues
    assert a.content == AR
    assert "الرئيس" in b.content


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom(tmp_path: Path, enc: str) -> None:
    (tmp_path / "a.txt").write_bytes(AR.encode(enc))
    (doc,), issues = collect([tmp_path / "a.txt"])
    assert not issues and doc.content == AR


def test_undecodable_bytes() -> None:
    from rasad.errors import EncodingInput

    # Not UTF-8, not Arabic when read as cp1256, and invalid ISO-8859-6.
    with pytest.raises(EncodingInput):
        decode_bytes(b"\xa2\xa3 abc \xa5\xa6 def " * 10)


def test_too_large_file_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(AR * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text(AR, encoding="utf-8")
    docs, issues = collect([tmp_path], Settings(max_doc_bytes=1000))
    assert [d.doc_id for d in docs] == ["small"]
    assert [i.code for i in issues] == ["INPUT-005"] and "big.txt" in issues[0].source


def test_too_large_jsonl_line_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "big", "text": AR * 100}, ensure_ascii=False),
             json.dumps({"id": "ok", "text": AR}, ensure_ascii=False)]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, issues = collect([p], Settings(max_doc_bytes=1000))
    assert [d.doc_id for d in docs] == ["ok"]
    assert [(i.code, i.line) for i in issues] == [("INPUT-005", 1)]


def test_jsonl_is_streamed(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(json.dumps({"id": f"d{i}", "text": AR}, ensure_ascii=False) for i in range(5)),
                 encoding="utf-8")
    it = iter_raw([p])
    first = next(it)
    assert isinstance(first, RawDoc) and first.doc_id == "d0"


def test_stdin_text_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    class FakeStdin:
        def __init__(self, data: bytes):
            self.buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", FakeStdin(AR.encode("utf-8")))
    (doc,), _ = collect(["-"])
    assert doc.source == "<stdin>" and doc.doc_id == "stdin" and doc.content == AR
    line = json.dumps({"id": "s1", "text": AR}, ensure_ascii=False)
    monkeypatch.setattr(sys, "stdin", FakeStdin(line.encode("utf-8")))
    (doc,), _ = collect(["-"])
    assert doc.doc_id == "s1" and doc.source == "<stdin>:1"


def test_annotation_jsonl_in_a_folder_is_skipped_with_one_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text('{"doc_id": "a", "events": []}\n{"doc_id": "b", "events": []}\n',
                                         encoding="utf-8")
    docs, issues = collect([tmp_path])
    assert [d.doc_id for d in docs] == ["a"]
    assert [(i.code, i.severity) for i in issues] == [("INPUT-010", "warning")]
    # Named explicitly, the same file is an error per line.
    _, issues = collect([tmp_path / "gold.jsonl"])
    assert [(i.code, i.severity, i.line) for i in issues] == [("INPUT-010", "error", 1), ("INPUT-010", "error", 2)]
