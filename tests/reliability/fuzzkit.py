"""Strategies and contracts for fuzzing the reader, the time resolver and the extractor.

Shared by tests/reliability/test_rel_fuzz.py (a few hundred examples per target) and
scripts/fuzz_all.py (the 100,000-input run). Each `check_*` function states a stage's
contract over one input and raises AssertionError (or lets the stray exception through)
when it is broken:

- `iter_raw` yields only RawDoc or DocIssue, whatever the bytes and the file extension;
- `read_raw` returns articles or raises a RasadError subclass (an input problem), never
  anything else;
- `find_times` returns well-formed expressions (offsets inside the text, first <= last)
  for any text and any anchor from 0001-01-01 to 9999-12-31;
- `Pipeline.process` returns an ArticleResult whatever the article: failures are DocIssues,
  events stay under the per-document limit and their offsets point into the text.

A PIPE-000 issue ("internal error") counts as a failure here: it means a catch-all safety
net caught a bug, which the fuzzer is there to find.
"""

from __future__ import annotations

import functools
import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

import rasad
from rasad.errors import DocIssue, PipelineError, RasadError
from rasad.ingest import RawDoc, iter_raw
from rasad.read import read_raw
from rasad.settings import Settings
from rasad.timex import find_times
from rasad.types import Article

PKG = Path(rasad.__file__).resolve().parent

# --- vocabularies -------------------------------------------------------------------------


def _arabic_strings(obj: Any, out: set[str]) -> None:
    if isinstance(obj, str):
        if any("\u0600" <= ch <= "\u06ff" for ch in obj):
            out.add(obj.strip())
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _arabic_strings(k, out)
            _arabic_strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _arabic_strings(v, out)


@functools.cache
def vocab() -> dict[str, tuple[str, ...]]:
    """Arabic phrases from the project's own data files (time words, triggers, cues, names)."""
    groups = {"time": [PKG / "timex" / "data"], "extract": [PKG / "extract" / "data"],
              "kb": [PKG / "kb" / "data", PKG / "kb" / "data" / "people"]}
    out: dict[str, tuple[str, ...]] = {}
    for name, dirs in groups.items():
        found: set[str] = set()
        for d in dirs:
            for p in sorted(d.glob("*.yaml")):
                try:
                    _arabic_strings(yaml.safe_load(p.read_text(encoding="utf-8")), found)
                except (yaml.YAMLError, OSError):
                    continue
        # keep the list small enough for hypothesis to sample quickly, deterministic order
        out[name] = tuple(sorted(s for s in found if s and len(s) < 60))[:4000] or ("اليوم",)
    return out


BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
ODD = "\u200b\u200c\u200d\ufeff\u00a0\u0640\ufffd\x00\x0b\x0c\r\u2028\u2029\U0001f600"
SURROGATES = "\ud800\udfff"
ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B))
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653))
DIGITS = "0123456789" + "".join(chr(c) for c in range(0x0660, 0x066A)) + "".join(
    chr(c) for c in range(0x06F0, 0x06FA))
PUNCT = " \n\t.,،؛:؟!-/()«»\"'[]<>&"
LATIN = "abcxyzABC"

NUMBERS = ("1", "5", "12", "22", "31", "32", "99", "2024", "1445", "1999", "0", "9999", "10000",
           "٢٠٢٤", "٥", "۱۴۰۳", "2024/03/20", "20-3-2024", "31/02/2024", "1/1/1", "99/99/9999", "هـ", "م")
FILLER = ("في", "مع", "إلى", "من", "على", "بين", "و", "قال", "أن", "الذي", "هذا", "عن", "بعد", "قبل",
          "خلال", "منذ", "المقبل", "الماضي", "الجاري", "،", ".", "-", "(", ")", "\n", "\n\n", ":")


def arabic_alphabet_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Arabic-heavy random text: letters, diacritics, digits of three scripts, punctuation,
    bidi controls, zero-width and odd characters (including lone surrogates)."""
    alphabet = st.sampled_from(ARABIC_LETTERS * 4 + DIACRITICS + DIGITS + PUNCT * 2 + BIDI + ODD + SURROGATES
                               + LATIN)
    return st.text(alphabet, max_size=max_size)


def word_soup(max_words: int = 80) -> st.SearchStrategy[str]:
    """Random sequences of real words: time words, triggers and cues, names, numbers, fillers."""
    v = vocab()
    word = st.one_of(st.sampled_from(v["time"]), st.sampled_from(v["extract"]), st.sampled_from(v["kb"]),
                     st.sampled_from(NUMBERS), st.sampled_from(FILLER), st.sampled_from(tuple(BIDI + ODD)),
                     st.text(st.sampled_from(ARABIC_LETTERS), min_size=1, max_size=8))
    return st.lists(word, max_size=max_words).map(" ".join)


PARAGRAPH = ("القاهرة - التقى الرئيس المصري عبد الفتاح السيسي اليوم الاثنين وزير الخارجية الأمريكي في قصر "
             "الاتحادية، وبحث الجانبان الأوضاع في المنطقة.\nوأجرى الرئيس اتصالا هاتفيا بنظيره الفرنسي أمس "
             "تناول العلاقات الثنائية، على أن يزور باريس الأسبوع المقبل.\nوقال المتحدث إن اللقاء تناول ملفات عدة.")


def article_like_text() -> st.SearchStrategy[str]:
    """A readable Arabic article with random characters (bidi, surrogates, any Unicode) spliced in,
    so that odd input survives the cleaning and reaches the later stages."""
    insert = st.one_of(st.sampled_from(tuple(BIDI + ODD + SURROGATES)), st.text(max_size=5), word_soup(5))
    return st.lists(st.tuples(st.integers(0, len(PARAGRAPH)), insert), max_size=8).map(
        lambda ins: _splice(PARAGRAPH, ins))


def _splice(text: str, ins: list[tuple[int, str]]) -> str:
    for pos, s in sorted(ins, reverse=True):
        text = text[:pos] + s + text[pos:]
    return text


def any_text() -> st.SearchStrategy[str]:
    """The union of all text generators, including full-Unicode text and very long lines."""
    return st.one_of(
        word_soup(),
        article_like_text(),
        arabic_alphabet_text(),
        st.text(max_size=300),  # any Unicode (no surrogates)
        st.tuples(word_soup(20), st.integers(1, 600)).map(lambda t: (t[0] + " ") * t[1]),  # very long line
        st.tuples(word_soup(30), arabic_alphabet_text(80), st.text(max_size=80)).map("\n".join),
    )


ANCHORS = st.one_of(
    st.none(),
    st.sampled_from([date(1, 1, 1), date(1, 1, 7), date(1, 12, 31), date(9999, 12, 31), date(9999, 12, 25),
                     date(9999, 1, 1), date(2024, 2, 29), date(2024, 3, 20), date(1900, 3, 1)]),
    st.dates(),
)
TENSES = st.sampled_from([None, "past", "future", "present", "unknown"])


def nested_html(depth: int, inner: str, tag: str = "div") -> str:
    return (f"<html><head><title>{inner[:40]}</title></head><body>" + f"<{tag}>" * depth + f"<p>{inner}</p>"
            + f"</{tag}>" * depth + "</body></html>")


HTML_BITS = ("<div>", "</div>", "<p>", "</p>", "<script>alert(1)</script>", "<style>p{}</style>", "<!--",
             "-->", "<![CDATA[", "]]>", "<br>", "<table><tr><td>", "</td></tr></table>", "<meta name=\"date\" "
             "content=\"2024-03-20\">", "<time datetime=\"9999-99-99\">", "<article>", "</article>", "&amp;",
             "&#0;", "&#x110000;", "&nbsp;", "<img src=x onerror=alert(1)>", "<?xml version=\"1.0\"?>",
             "<!DOCTYPE html>", "<html>", "<body>", "<h1>", "</h1>", "<a href=\"javascript:x\">", "</a>",
             "<script type=\"application/ld+json\">{\"datePublished\": \"2024-13-45\"}</script>")


def html_docs() -> st.SearchStrategy[str]:
    soup = word_soup(40)
    return st.one_of(
        st.tuples(st.integers(1, 5000), soup, st.sampled_from(["div", "span", "section", "b", "table"])).map(
            lambda t: nested_html(*t)),
        st.lists(st.one_of(st.sampled_from(HTML_BITS), soup, arabic_alphabet_text(60)), max_size=60).map("".join),
        st.text(max_size=300).map(lambda s: "<html><body>" + s),
    )


META = st.fixed_dictionaries({}, optional={
    "title": st.one_of(st.none(), any_text()), "published": st.one_of(st.none(), st.text(max_size=40),
                                                                      st.sampled_from(NUMBERS)),
    "outlet": st.text(max_size=30), "url": st.text(max_size=30), "author": st.text(max_size=30)})


def raw_docs() -> st.SearchStrategy[RawDoc]:
    doc_id = st.one_of(st.just("fuzz"), st.text(max_size=12), arabic_alphabet_text(12))
    text_doc = st.builds(lambda i, c, m: RawDoc(i, "fuzz.txt", "text", c, m), doc_id, any_text(), META)
    html_doc = st.builds(lambda i, c, m: RawDoc(i, "fuzz.html", "html", c, m), doc_id,
                         st.one_of(html_docs(), any_text(), article_like_text().map(lambda t: nested_html(3, t))),
                         META)
    return st.one_of(text_doc, html_doc)


# --- files for iter_raw ---------------------------------------------------------------------

EXTS = st.sampled_from([".txt", ".TXT", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".text", ".pdf", "",
                        ".json", ".txt.gz"])


def _json_line(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=True).encode() + b"\n"


def file_bytes() -> st.SearchStrategy[bytes]:
    jsonish = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), any_text()),
                           lambda c: st.one_of(st.lists(c, max_size=3), st.dictionaries(st.text(max_size=5), c,
                                                                                        max_size=3)),
                           max_leaves=6)
    article_obj = st.fixed_dictionaries({}, optional={
        "id": st.one_of(st.text(max_size=10), arabic_alphabet_text(10), st.integers(), st.none(), jsonish),
        "text": st.one_of(any_text(), article_like_text(), jsonish),
        "html": st.one_of(html_docs(), jsonish), "published": st.one_of(st.text(max_size=30), jsonish),
        "title": jsonish, "outlet": jsonish})
    lines = st.lists(st.one_of(article_obj.map(_json_line), st.binary(max_size=60),
                               st.just(b"\n"), st.just(b'{"id": "x", "text": "\\ud800\xd8\xa7"}\n'),
                               st.integers(1, 60000).map(lambda n: b'{"id": "d", "text": ' + b"[" * n + b"]" * n
                                                         + b"}\n")), max_size=6)
    encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256", "iso-8859-6"])
    encoded = st.tuples(any_text(), encodings).map(lambda t: t[0].encode(t[1], errors="replace"))
    return st.one_of(st.binary(max_size=2000), lines.map(b"".join), encoded,
                     html_docs().map(lambda s: s.encode("utf-8", errors="surrogatepass")),
                     st.sampled_from([b"%PDF-1.4", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff\x00", b"", b"\x00" * 50]))


SETTINGS = st.sampled_from([Settings(), Settings(max_doc_bytes=300), Settings(max_doc_bytes=1)])

_TMP = tempfile.TemporaryDirectory(prefix="rasad-fuzz-")


# --- contracts ------------------------------------------------------------------------------


def _no_internal_error(issue: DocIssue) -> None:
    assert isinstance(issue, DocIssue), issue
    assert issue.code and issue.code != PipelineError.code, f"internal error: {issue}"


def check_iter_raw(data: bytes, ext: str, settings: Settings) -> None:
    """iter_raw over a file of these bytes, then read_raw over every raw document."""
    path = Path(_TMP.name) / f"doc{ext}"
    path.write_bytes(data)
    for item in iter_raw([str(path)], settings):
        if isinstance(item, DocIssue):
            _no_internal_error(item)
            continue
        assert isinstance(item, RawDoc), item
        check_read_raw(item)


def check_read_raw(raw: RawDoc) -> None:
    try:
        articles = read_raw(raw)
    except RasadError as e:
        assert not isinstance(e, PipelineError), e
        assert e.code.startswith("INPUT-"), e
        return
    assert isinstance(articles, list)
    for a in articles:
        assert isinstance(a, Article)
        assert a.text.strip()
        assert a.published is None or isinstance(a.published, date)
        a.content_hash  # noqa: B018 - must not raise (the store keys articles on it)
        json.dumps(a.to_dict(), ensure_ascii=False).encode("utf-8")  # storable: every field encodes


def check_find_times(text: str, anchor: date | None, tense: str | None) -> None:
    out = find_times(text, anchor, tense=tense)
    assert isinstance(out, list)
    for t in out:
        assert 0 <= t.start <= t.end <= len(text), t
        assert text[t.start:t.end] == t.text, t
        assert t.first <= t.last, t
        t.to_dict()


@functools.cache
def pipeline() -> Any:
    from rasad.service.pipeline import Pipeline

    return Pipeline(settings=Settings(max_events_per_doc=25, doc_timeout_s=30))


def articles() -> st.SearchStrategy[Article]:
    published = st.one_of(st.none(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(2024, 3, 20)]),
                          st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), st.dates())
    return st.builds(lambda text, title, pub: Article(doc_id="fuzz", text=text, title=title, published=pub,
                                                      source="fuzz"),
                     st.one_of(word_soup(120), word_soup(120), any_text()),
                     st.one_of(st.none(), word_soup(10)), published)


def check_pipeline(article: Article) -> None:
    from rasad.service.pipeline import ArticleResult

    p = pipeline()
    res = p.process(article)
    assert isinstance(res, ArticleResult)
    for issue in res.issues:
        _no_internal_error(issue)
    assert len(res.events) <= p.settings.max_events_per_doc
    n = len(article.text)
    for ev in res.events:
        assert 0 <= ev.sentence_start <= ev.sentence_end <= n, ev
        assert 0 <= ev.trigger_start <= ev.trigger_end <= n, ev
        assert ev.first is None or ev.last is None or ev.first <= ev.last, ev
        json.dumps(ev.to_rich(), ensure_ascii=False, default=str)

