"""Fuzzing: the reader, the time resolver and the extractor never let an exception escape.

A few hundred examples per target here (RASAD_FUZZ_EXAMPLES overrides, e.g. 5000);
`python scripts/fuzz_all.py --examples 100000` runs the 100,000-input bar.
The contracts themselves are in fuzzkit.py.
"""

from __future__ import annotations

import os
from datetime import date

from fuzzkit import (
    ANCHORS,
    EXTS,
    SETTINGS,
    TENSES,
    any_text,
    arabic_alphabet_text,
    articles,
    check_find_times,
    check_iter_raw,
    check_pipeline,
    check_read_raw,
    file_bytes,
    nested_html,
    raw_docs,
    word_soup,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasad.ingest import RawDoc
from rasad.settings import Settings

N = int(os.environ.get("RASAD_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=N, deadline=10_000, derandomize="RASAD_FUZZ_SEED" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example], database=None)


@FUZZ
@given(file_bytes(), EXTS, SETTINGS)
def test_iter_raw_and_read_any_file(data: bytes, ext: str, st_: object) -> None:
    check_iter_raw(data, ext, st_)  # type: ignore[arg-type]


@FUZZ
@given(raw_docs())
def test_read_raw_any_document(raw: RawDoc) -> None:
    check_read_raw(raw)


@FUZZ
@given(st.one_of(word_soup(), arabic_alphabet_text(), any_text()), ANCHORS, TENSES)
def test_find_times_any_text_any_anchor(text: str, anchor: date | None, tense: str | None) -> None:
    check_find_times(text, anchor, tense)


@FUZZ
@given(articles())
def test_pipeline_any_article(article) -> None:  # type: ignore[no-untyped-def]
    check_pipeline(article)


# --- fixed hard cases (always run, whatever the example count) ---------------------------

def test_reader_deeply_nested_html_is_read_or_refused() -> None:
    body = "التقى الرئيس المصري نظيره الفرنسي في القاهرة أمس وبحث الجانبان العلاقات الثنائية. " * 5
    for depth in (1, 500, 5000, 20000):
        check_read_raw(RawDoc("nested", "nested.html", "html", nested_html(depth, body), {}))


def test_reader_one_very_long_line() -> None:
    line = "قال وزير الخارجية إن الاجتماع سيعقد يوم الجمعة المقبل في الرياض " * 20000  # ~1.3 MB, no newline
    check_read_raw(RawDoc("long", "long.txt", "text", line, {}))


def test_reader_deeply_nested_json_line_is_one_issue(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rasad.read import read_paths

    good = '{"id": "ok", "text": "التقى وزير الخارجية المصري نظيره الأردني في عمان اليوم وبحثا العلاقات الثنائية."}'
    deep = '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    (tmp_path / "d.jsonl").write_text(deep + "\n" + good + "\n", encoding="utf-8")
    got = [(getattr(x, "code", None), getattr(x, "doc_id", None)) for x in read_paths([str(tmp_path / "d.jsonl")])]
    assert got == [("INPUT-006", None), (None, "ok")]
    check_iter_raw((deep + "\n").encode(), ".jsonl", Settings())


def test_time_resolver_at_the_ends_of_the_calendar() -> None:
    text = ("زار الرئيس القاهرة أمس وسيزور الرياض غدا بعد غد الأسبوع المقبل الشهر الماضي العام المقبل "
            "يوم الجمعة المقبل خلال الأيام المقبلة منذ ثلاثة أيام مطلع الشهر المقبل الشتاء الماضي "
            "في 5 مارس من 3 إلى 5 يناير بين عامي 1 و9999 الموافق 5 رمضان 1445 هـ")
    for anchor in (date(1, 1, 1), date(9999, 12, 31), date(1, 1, 3), date(9999, 12, 29)):
        for tense in (None, "past", "future"):
            check_find_times(text, anchor, tense)


def test_pipeline_on_bidi_and_surrogates() -> None:
    from rasad.types import Article

    text = "\u202eالتقى الرئيس المصري \ud800 نظيره الأمريكي\u202c في القاهرة أمس \u2067واشنطن\u2069 ."
    for pub in (None, date(1, 1, 1), date(9999, 12, 31)):
        check_pipeline(Article(doc_id="bidi", text=text, published=pub, source="bidi"))
