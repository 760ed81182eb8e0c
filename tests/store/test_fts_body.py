"""The full-text body (fts.search_text_keys) equals the regex-and-loop reference it replaced."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.arabic import normalize_key
from rasad.store import fts

_REF_WORD = re.compile(r"[\w\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+")


def _reference(*keys: str) -> str:
    out: list[str] = []
    for k in keys:
        out.extend(_REF_WORD.findall(k))
    extra: list[str] = []
    for w in out:
        extra.extend(fts._stems(w))
    return " ".join(out + extra) if extra else " ".join(out)


# letters that take clitics, Arabic punctuation inside the word class (، ؛ ؟), ASCII and other
# punctuation, digits of both kinds, "_", and whitespace of several kinds (\x1c-\x1f are whitespace
# for str.split and re's \s alike)
_ALPHABET = st.sampled_from(list("والبكفسرئيمصنة") + list("،؛؟٪ـ") + list('.,"()-/#:;!?…–«»“”⭕%') + list("0123٤٥")
                            + ["_", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "\x1f", "x", "É", "\u08a0"])


@settings(max_examples=400)
@given(st.lists(st.lists(_ALPHABET, max_size=40).map("".join), min_size=1, max_size=3))
def test_body_is_the_reference(parts: list[str]) -> None:
    assert fts.search_text_keys(*parts) == _reference(*parts)
    # again, now that the words' stems are cached
    assert fts.search_text_keys(*parts) == _reference(*parts)


def test_body_of_a_sentence() -> None:
    k = normalize_key('قال "الرئيس" والوزير، في بيروت (لبنان): وبالسعودية... 2024/03/05 و_س')
    got = fts.search_text_keys(k)
    assert got == _reference(k)
    words = got.split()
    assert {normalize_key(w) for w in ("الرئيس", "بيروت", "السعودية")} <= set(words)  # a stem of وبالسعودية
