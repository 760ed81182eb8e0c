"""read_raw / read_paths on bad documents: the right error code, and the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasad.errors import DocIssue, EmptyInput, MalformedHTML, NotArabic
from rasad.ingest import RawDoc
from rasad.read import read_paths, read_raw
from rasad.types import Article

AR = "استقبل الرئيس التونسي اليوم في قصر قرطاج وزير الخارجية الجزائري وبحث معه العلاقات الثنائية."


def raw(content: str, kind: str = "text") -> RawDoc:
    return RawDoc(doc_id="d", source="d.txt", kind=kind, content=content, meta={})  # type: ignore[arg-type]


def test_not_arabic() -> None:
    with pytest.raises(NotArabic) as e:
        read_raw(raw("The Tunisian president received the Algerian foreign minister today in Carthage.\n" * 3))
    assert e.value.code == "INPUT-008"


def test_arabic_with_some_latin_is_arabic() -> None:
    (a,) = read_raw(raw(AR + " (CNN) GMT Reuters."))
    assert a.text.startswith("استقبل")


def test_empty_and_only_furniture() -> None:
    with pytest.raises(EmptyInput):
        read_raw(raw("   \n "))
    with pytest.raises(EmptyInput):
        read_raw(raw("شارك الان\nطباعة\nجميع الحقوق محفوظة"))


@pytest.mark.parametrize("html", ["<html><body></body></html>", "<html><head><title>x</title></head></html>",
                                  "<<<>>>", "no markup at all"])
def test_malformed_html(html: str) -> None:
    with pytest.raises(MalformedHTML) as e:
        read_raw(raw(html, "html"))
    assert e.value.code == "INPUT-007"


def test_html_page_main_text_and_date_only_with_evidence() -> None:
    page = (f"<html><head><title>الرئيس يستقبل الوزير</title></head><body><nav>الرئيسية سياسة</nav>"
            f"<article><h1>الرئيس يستقبل الوزير</h1><p>{AR}</p><p>{AR}</p></article>"
            "<footer>© 2024 جميع الحقوق محفوظة</footer></body></html>")
    (a,) = read_raw(raw(page, "html"))
    assert AR in a.text and "©" not in a.text and "الرئيسية" not in a.text
    assert a.published is None  # only a footer year: no publication date


def test_html_date_from_meta_tag() -> None:
    page = ('<html><head><meta property="article:published_time" content="2024-06-10T14:20:00+03:00">'
            f"</head><body><article><p>{AR}</p><p>{AR}</p></article></body></html>")
    (a,) = read_raw(raw(page, "html"))
    assert a.published is not None and a.published.isoformat() == "2024-06-10"


def test_read_paths_reports_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Only English text in this file, nothing else to read here.", encoding="utf-8")
    (tmp_path / "c.html").write_text("<html><body></body></html>", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"")
    (tmp_path / "e.jsonl").write_text(json.dumps({"id": "j", "text": ""}) + "\n{bad\n", encoding="utf-8")
    (tmp_path / "f.txt").write_text(AR, encoding="utf-8")
    out = list(read_paths([tmp_path]))
    arts = [x for x in out if isinstance(x, Article)]
    issues = [x for x in out if isinstance(x, DocIssue)]
    assert [a.doc_id for a in arts] == ["a", "f"]
    assert [(Path(i.source).name, i.line, i.code) for i in issues] == [
        ("b.txt", None, "INPUT-008"), ("c.html", None, "INPUT-007"), ("d.txt", None, "INPUT-002"),
        ("e.jsonl:1", None, "INPUT-002"), ("e.jsonl", 2, "INPUT-006")]
