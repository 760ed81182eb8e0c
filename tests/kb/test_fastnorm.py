"""fast_normalize must equal rasad.arabic.normalize in text and in every span."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.arabic import normalize
from rasad.kb.fastnorm import fast_normalize

_ALPHABET = ["a", "B", "ب", "أ", "ة", "ى", " ", "\n", "\t", "\u00a0", "\u064e", "\u0651", "\u200c", "\u0640", "٣", "،"]


def _same(text: str) -> None:
    a = normalize(text)
    b = fast_normalize(text)
    assert a.text == b.text
    for i in range(len(a.text)):
        assert a.span(i, i + 1) == b.span(i, i + 1)
    for i in range(len(a.text) + 1):
        assert a.span(i, i) == b.span(i, i)
    if a.text:
        assert a.span(0, len(a.text)) == b.span(0, len(a.text))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=30).map("".join))
def test_equal_on_random_text(text: str) -> None:
    _same(text)


def test_equal_on_corpus(real_articles: list[dict]) -> None:
    for d in real_articles:
        _same(d["text"])


def test_examples() -> None:
    for t in ["  \u200f  أَ  ب \u064e ", "a\u064e \u064e b", "الرئيسُ   الأمريكيّ", "", " ", "\u064e"]:
        _same(t)
