"""normalize_key_shared (normalize_key taken from normalize's last result) equals normalize_key."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.arabic import normalize, normalize_key
from rasad.arabic.normalize import normalize_key_shared

_nm = sys.modules["rasad.arabic.normalize"]

# Arabic letters and the folded variants, drops (harakat, tatweel, zero-width, bidi, soft hyphen),
# every kind of blank, "_", digits of three scripts, punctuation normalize maps, Latin and Greek
# capitals (the final sigma), letters whose lower() is longer (İ) or that lower() does not change
_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآئؤءکیپچگ") + ["\u064b", "\u0651", "\u0640", "\u200b", "\u200f",
                                                           "\u00ad", "\u061c", "\ufeff"]
    + [" ", "  ", "\n", "\t", "\r", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", "_"]
    + list("0123٠١٢۳۴") + list("،؛؟٪«»“”.,-\"")
    + list("AZaz") + ["Σ", "σ", "ς", "Ο", "Δ", "İ", "ß", "ǅ"])


def _texts(min_size: int = 0) -> st.SearchStrategy[str]:
    return st.lists(_ALPHABET, min_size=min_size, max_size=120).map("".join)


@settings(max_examples=500)
@given(_texts())
def test_normalize_text_is_the_key_without_capital_sigma(text: str) -> None:
    if "Σ" not in text:
        assert normalize(text).text == normalize_key(text)


@settings(max_examples=500)
@given(_texts(), _texts())
def test_text_key_is_normalize_key(text: str, other: str) -> None:
    normalize(text)  # the cache holds this text's result
    assert normalize_key_shared(text) == normalize_key(text)
    normalize(other)  # another text's: computed afresh
    assert normalize_key_shared(text) == normalize_key(text)


def test_capital_sigma_is_not_taken_from_normalize() -> None:
    # İ lower-cases to two characters, so normalize takes its per-character path, which lowers a
    # word-final Σ as σ where str.lower() gives ς
    text = "İ ΟΔΟΣ " + "كلمة " * 20
    assert normalize(text).text != normalize_key(text)
    assert normalize_key_shared(text) == normalize_key(text)


def test_taken_from_the_cache() -> None:
    text = "قال الرئيس إن الزيارة ستتم " * 5
    nt = normalize(text)
    assert normalize_key_shared(text) is nt.text
    assert normalize_key_shared(text + " ") == normalize_key(text + " ")


def test_every_whitespace_is_a_blank_of_normalize() -> None:
    # normalize_key splits on every str.isspace() character: normalize must blank the same ones
    blanks = set(_nm._SPACES) | {" ", "\n"}
    assert {c for c in map(chr, range(0x110000)) if c.isspace()} <= blanks
