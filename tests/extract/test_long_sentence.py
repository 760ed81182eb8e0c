"""A long "sentence" with no full stops (a scraped table, a list, RSS text): extraction stays
near-linear in its length. Not a timed test: the work the rules do over stretches of the
sentence is counted, and bounded by a multiple of the sentence's length (a rule scanning
back to the sentence start per trigger does work in the square of the length)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_fakekb import FakeKB

from rasad.arabic import split_sentences
from rasad.extract import core
from rasad.extract.lexicon import Lexicon
from rasad.timex import find_times
from rasad.types import Article

KB = FakeKB()
# clauses with trigger words and names the stand-in KB knows, none with a conditional cue (a
# conditional cue governs everything after it in the sentence, which would drop every contact)
CLAUSES = (
    "التقى الرئيس المصري عبد الفتاح السيسي مع الرئيس الأمريكي دونالد ترامب في القاهرة اليوم",
    "وأجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع وزير الخارجية السعودي",
    "ويزور العاهل الأردني موسكو حيث يلتقي الرئيس الروسي فلاديمير بوتين",
    "واستقبل الملك سلمان الرئيس الفرنسي ماكرون في الرياض",
    "وبحث رئيس الوزراء الإسرائيلي بنيامين نتنياهو مع الرئيس التركي أردوغان ملف غزة",
    "وقال المتحدث \"إن خالد مشعل سيزور القاهرة الأسبوع المقبل\"",
)


def _long_text(n_chars: int) -> str:
    unit = "، ".join(CLAUSES) + " "
    return (unit * (n_chars // len(unit) + 1))[:n_chars]


def test_long_unpunctuated_sentence_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_text(60_000)
    assert "." not in text and "\n" not in text
    sents = split_sentences(text)
    assert len(sents) == 1
    n_toks = len(core._tokenize_text(text))
    work = {"phrase": 0, "groups": 0}
    real_has_phrase = Lexicon.has_phrase
    real_groups = core._groups

    def has_phrase(self: Lexicon, kind: str, toks: list[str], lo: int, hi: int) -> bool:
        work["phrase"] += max(0, min(hi, len(toks)) - max(lo, 0))  # tokens the direct scan looks at
        return real_has_phrase(self, kind, toks, lo, hi)

    def groups(parties: list[core._Party], lo: int, hi: int, lex: Lexicon) -> list[core._Group]:
        work["groups"] += len(parties)  # parties the grouping walks
        return real_groups(parties, lo, hi, lex)

    monkeypatch.setattr(Lexicon, "has_phrase", has_phrase)
    monkeypatch.setattr(core, "_groups", groups)
    pub = date(2024, 3, 20)
    art = Article("long", text, published=pub)
    events = core.extract_events(art, sentences=sents, times=find_times(text, pub),
                                 mentions=KB.find_mentions(text, pub), kb=KB)
    assert events
    # (a meeting in Cairo with a foreign guest is a visit to the host)
    assert {e.type for e in events} >= {"visit", "call"}
    # the quadratic rules did millions (about triggers x tokens / 2); near-linear is a few dozen per token
    assert work["phrase"] <= 100 * n_toks, (work, n_toks)
    assert work["groups"] <= 100 * n_toks, (work, n_toks)
