"""Extraction's tokeniser (cached chunks of the normalised text) against one regex scan."""

from __future__ import annotations

import random
import re

from rasad.arabic import normalize
from rasad.arabic.normalize import _DROP, _MAP
from rasad.extract.core import _Tok, _tokenize_text

_SCAN = re.compile(r"(\w+)|([^\w\s])")  # group 2: punctuation


def _reference(text: str, base: int = 0) -> list[_Tok]:
    nt = normalize(text)
    return [_Tok(m.group(), nt.index[m.start()] + base, nt.index[m.end() - 1] + base + 1, m.lastindex == 2)
            for m in _SCAN.finditer(nt.text)]


def test_tokens_equal_one_regex_scan(real_articles: list[dict]) -> None:
    for a in real_articles[:80]:
        for base in (0, 17):
            assert _tokenize_text(a["text"], base) == _reference(a["text"], base)


def test_tokens_equal_one_regex_scan_on_random_text() -> None:
    alphabet = [*_DROP, *_MAP, *" \n\t\u00a0\u2028\x0babcİẞßابت_.,12٣²½-/"]
    rnd = random.Random(1)
    for _ in range(20000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert _tokenize_text(s) == _reference(s), repr(s)
    assert [t.norm for t in _tokenize_text("قال: «الرئيس» زار 20/03/2024")] == [
        "قال", ":", '"', "الرييس", '"', "زار", "20", "/", "03", "/", "2024"]
