"""The lexicon's derived lookup tables give the readings the plain rules give."""

from __future__ import annotations

from rasad.extract import load_lexicon
from rasad.extract.lexicon import PROCLITICS, SUFFIXES, Hit, Lexicon, _peel


def _reference_lookup(lex: Lexicon, token: str) -> Hit | None:
    if token in lex.not_triggers:
        return None
    for stem, pre, suf in _peel(token):
        entries = lex.forms.get(stem)
        future = False
        if not entries and stem.startswith("س") and pre in ("", "و", "ف"):
            entries = [(f, a) for f, a in lex.forms.get(stem[1:], []) if a == "imperfect"]
            future = bool(entries)
        if entries:
            fam, aspect = entries[0]
            return Hit(fam, aspect, pre, suf, future)
    return None


def test_lookup_prefilter_keeps_every_reading() -> None:
    lex = load_lexicon()
    words = {"الرئيس", "اليوم", "والي", "سلام", "ساعه", "،"}
    for f in list(lex.forms)[:400]:
        for p in (*PROCLITICS, "", "س", "وس"):
            for s in (*SUFFIXES, ""):
                words.add(p + f + s)
                if f.endswith("ء"):
                    words.add(p + f[:-1] + "ي" + s)
    hits = 0
    for w in sorted(words):
        got, ref = lex._lookup(w), _reference_lookup(lex, w)
        assert got == ref, w
        hits += ref is not None
    assert hits > 100


def test_topic_prefix_hits_are_startswith() -> None:
    lex = load_lexicon()
    prefixes = [p for _, _, _, ps in lex.topics for p in ps]
    assert prefixes
    for w in [p + "ات" for p in prefixes] + [p[:-1] for p in prefixes if len(p) > 1] + ["الرئيس", "x"]:
        ref = frozenset(k for k, (_, _, _, ps) in enumerate(lex.topics) if ps and w.startswith(ps))
        assert lex.topic_prefix_hits(w) == ref, w
