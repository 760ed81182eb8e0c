"""The fast paths of rasad.timex.core (chunk-cached tokens, the grammar's first-code lookahead)
against plain reference versions of the same steps."""

from __future__ import annotations

import random
import re
from bisect import bisect_left
from datetime import date
from typing import Any

from rasad.arabic import normalize
from rasad.arabic.normalize import split_chunks
from rasad.timex import core, find_times


def _reference_tokens(text: str) -> list[tuple[str, Any, int, int, str | None, int]]:
    """(code, value, start, end, cue, sentence) per token: one regex scan of the whole text, one
    classification per token, phrases merged left to right (the tokeniser before the chunks)."""
    nt = normalize(text)
    norm = nt.text
    lx = core._lex()
    ms = list(core._TOKEN.finditer(norm))
    infos = [core._tok_info(m.group(), m.lastgroup) for m in ms]
    words = [m.group() if m.lastgroup == "W" else "" for m in ms]
    toks: list[list[Any]] = []
    i = 0
    while i < len(ms):
        hit, k = None, 0
        for c in infos[i][0]:
            for k in range(min(lx.maxlen, len(ms) - i), 1, -1):
                hit = lx.phrases.get((c, *words[i + 1:i + k]))
                if hit is not None:
                    break
            if hit is not None:
                break
        if hit is not None:
            toks.append([hit[0], hit[1], ms[i].start(), ms[i + k - 1].end(), None])
            i += k
            continue
        cue = infos[i][3]
        if cue == "present" and i > 0 and words[i - 1] in lx.not_before:
            cue = None
        toks.append([infos[i][1], infos[i][2], ms[i].start(), ms[i].end(), cue])
        i += 1
    bounds = {k + 1 for k, t in enumerate(toks) if t[0] == "."}
    starts = [t[2] for t in toks]
    for pos, ch in enumerate(text):
        if ch == "\n":
            np = bisect_left(nt.index, pos)
            k = bisect_left(starts, np)
            if k < len(toks) and (k == 0 or toks[k - 1][3] <= np):
                bounds.add(k)
    return [(*t, sum(1 for b in bounds if b <= k)) for k, t in enumerate(toks)]  # type: ignore[misc]


def _tokens(text: str) -> list[tuple[str, Any, int, int, str | None, int]]:
    nt = normalize(text)
    toks = core._tokenize(nt.text, text, nt.index)
    return [(t.code, t.value, t.start, t.end, toks.cues.get(k), toks.sent(k)) for k, t in enumerate(toks[0:len(toks)])]


def test_chunked_tokens_equal_one_scan_of_the_text(real_articles: list[dict]) -> None:
    texts = [a["text"] for a in real_articles[:60]]
    texts += ["وقال في بيان اليوم الأحد، 20/03/2024. وبعد غد\n\nيزور الرئيس القاهرة في الأسبوع المقبل",
              "ذلك أول أمس 3-4 آذار/مارس، حتى نهاية العام الجاري", "في", "", " \n ", "بعد غد"]
    for text in texts:
        assert _tokens(text) == _reference_tokens(text), text[:80]


def test_rule_start_codes_are_every_code_a_rule_can_start_with() -> None:
    """Each rule's start codes (the grammar tries a rule only where its codes start) are exactly
    the codes a match of its pattern can begin with (`regex`'s partial match: a one-code string
    that some longer string extends to a match)."""
    import regex

    alphabet = sorted(set(core._CODES.values()) | set("MHWNY9TaP,-().:/_=&"))
    for name, first, pat in core._RULES:
        can = {c for c in alphabet if regex.fullmatch(pat, c, partial=True)}
        assert can == set(first), name


def test_grammar_scan_keeps_every_match() -> None:
    """The scan from start codes (only the rules that can start there) gives the matches of the
    whole alternation tried at every position, on random code strings."""
    plain = re.compile(core._GRAMMAR_BODY)
    alphabet = sorted(set(core._CODES.values()) | set("MHWNY9TaP,-().:/_=&"))
    rnd = random.Random(5)
    for n in range(60000):
        pool = alphabet if n % 2 else [c for c in alphabet if c not in "_,.it"]
        s = "".join(rnd.choice(pool) for _ in range(rnd.randint(1, 12)))
        expected = [(m.lastgroup, *m.span()) for m in plain.finditer(s)]
        assert core._matches(s) == expected, s


# An article-like text with what the fast paths special-case: a Hijri date "الموافق" a Levantine
# Gregorian one, Arabic-Indic digits, Maghrebi month names (جوان، جانفي), relative days, words with
# punctuation stuck to them, clitics, tense cues, multi-word phrases and line breaks.
TRICKY = ("وقال الوزير في بيان، صباح اليوم الأربعاء 10 رمضان 1445 هـ الموافق 20 آذار/مارس ٢٠٢٤، إنه سيزور تونس في "
          "١٥ جوان المقبل.\nوكان قد التقى نظيره أول أمس (الاثنين) في الرباط، على أن يعود بعد غد إلى الجزائر، ثم إلى "
          "باريس في 3 جانفي 2025.\n\nواجتمع الطرفان في 2 تشرين الثاني الماضي، وسيلتقيان خلال الأيام الثلاثة "
          "المقبلة، وفي منتصف أيلول.")
TRICKY_TIMES = [
    ("صباح اليوم الأربعاء 10 رمضان 1445 هـ الموافق 20 آذار/مارس ٢٠٢٤", "2024-03-20", "2024-03-20", "past"),
    ("١٥ جوان المقبل", "2024-06-15", "2024-06-15", "future"),
    ("أول أمس", "2024-03-18", "2024-03-18", "past"),
    ("الاثنين", "2024-03-18", "2024-03-18", "past"),
    ("بعد غد", "2024-03-22", "2024-03-22", "future"),
    ("3 جانفي 2025", "2025-01-03", "2025-01-03", "past"),
    ("2 تشرين الثاني الماضي", "2023-11-02", "2023-11-02", "past"),
    ("خلال الأيام الثلاثة المقبلة", "2024-03-21", "2024-03-23", "future"),
    ("منتصف أيلول", "2024-09-11", "2024-09-20", "future"),
]


def _found(text: str) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.first.isoformat(), t.last.isoformat(), t.tense)
            for t in find_times(text, date(2024, 3, 20))]


def test_tricky_text_resolves_the_same_from_cold_warm_and_evicted_caches(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The chunk caches' fast paths (ordinary words classified without building their tokens,
    tokens built on demand, caches emptied between articles when full) give what a user reads:
    the same expressions whatever the caches hold."""
    core._CHUNK_CODES.clear()
    core._CHUNKS.clear()
    assert _found(TRICKY) == TRICKY_TIMES  # cold: every chunk through the miss paths
    assert _found(TRICKY) == TRICKY_TIMES  # warm
    assert _tokens(TRICKY) == _reference_tokens(TRICKY)
    monkeypatch.setattr(core, "_CHUNKS_MAX", 3)  # emptied before every text
    for text in (TRICKY, "أمس", TRICKY):
        assert _found(text) == (TRICKY_TIMES if text == TRICKY else [("أمس", "2024-03-19", "2024-03-19", "past")])
        assert _tokens(text) == _reference_tokens(text)


def _twinned(chunk: str) -> str:
    """The codes of `_chunk(chunk)`, a cue word's code replaced by its cue's digit (or the digit of
    a present cue to check against the word before), the tokens that start a phrase or carry a
    cue to check marked."""
    c = core._chunk(chunk)
    codes = list(c.codes)
    for k, cue, check in c.cues:
        assert codes[k] == "_", chunk  # a time word carries no cue: the grammar never reads a cue digit
        codes[k] = "5" if check else {"past": "1", "report": "2", "future": "3", "present": "4"}[cue]
    marked = {x[0] for x in c.starters} | {x[0] for x in c.cues if x[2]}
    return "".join(chr(core._TWIN + ord(x)) if k in marked else x for k, x in enumerate(codes))


def test_chunk_codes_without_tokens_equal_the_built_chunks(real_articles: list[dict]) -> None:
    """`_CHUNK_CODES` classifies ordinary words and numbers (bare or with punctuation) without
    building their tokens: the same codes and marks as the full `_chunk`."""
    chunks: set[str] = set()
    for text in [a["text"] for a in real_articles[:80]] + [TRICKY]:
        chunks.update(split_chunks(normalize(text).text)[0])
    chunks.update(["الغرب.", '"سيزور', "(يقول)", "2012,", "(٢٠١٢)", "وفي", "لليوم،", "ربيع", "ذي", "-"])
    fresh = core._CodeCache()
    for chunk in sorted(chunks):
        assert fresh[chunk] == _twinned(chunk), chunk


def test_word_class_shortcut_equals_the_candidate_scan(real_articles: list[dict]) -> None:
    """A word outside `lexical` (the lexicon's words with every proclitic) is classified without
    the candidate scan: the same class, value, tense cue and phrase forms as the scan."""
    lx = core._lex()
    words: set[str] = set()
    for text in [a["text"] for a in real_articles[:80]] + [TRICKY]:
        words.update(m.group() for m in core._TOKEN.finditer(normalize(text).text) if m.lastgroup == "W")
    words.update(p + w for w in ["اليوم", "امس", "جوان", "ربيع", "الاثنين", "يزور", "سيزور"] for p in
                 ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "لل", "وال", "بال", "س"])
    for w in sorted(words):
        code, value, cue = core._word_class(w, lx)
        forms = tuple(c for c in core._candidates(w) if c in lx.starters)
        assert core._word_info(w, lx) == (forms, code, value, cue), w


def test_codes_that_may_follow_a_start_are_those_the_rules_allow() -> None:
    """`_NEXT` (the grammar's search passes over a start whose next code cannot continue a match):
    for each starting code, the codes that may come second in a match of a rule starting with it,
    or "" when the code alone is a match of one (`regex`'s partial and full matches)."""
    import regex

    alphabet = sorted(set(core._CODES.values()) | set("MHWNY9TaP,-().:/_=&"))
    assert set(core._NEXT) == set(core._RULE_FIRST)
    for c in core._RULE_FIRST:
        pats = [pat for _, first, pat in core._RULES if c in first]
        if any(regex.fullmatch(pat, c) for pat in pats):
            assert core._NEXT[c] == "", c
        else:
            nxt = {d for d in alphabet for pat in pats if regex.fullmatch(pat, c + d, partial=True)}
            assert set(core._NEXT[c]) == nxt, c


def test_a_phrase_starter_is_its_chunks_last_token(real_articles: list[dict]) -> None:
    """The tokeniser looks for a phrase only after a chunk's last token (`_LAST_SECONDS`): a
    starter followed by a word in its own chunk cannot be (no two word tokens touch)."""
    chunks: set[str] = set()
    for text in [a["text"] for a in real_articles[:80]] + [TRICKY]:
        chunks.update(split_chunks(normalize(text).text)[0])
    chunks.update(["في-غضون", "(في)", "في,", "2في", "في2غضون", "و(في", "اليوم."])
    starters = 0
    for chunk in chunks:
        c = core._chunk(chunk)
        starters += len(c.starters)
        assert all(j == len(c.codes) - 1 for j, _, _ in c.starters), chunk
    assert starters > 20
