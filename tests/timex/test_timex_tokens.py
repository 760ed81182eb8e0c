"""The fast paths of rasad.timex.core (chunk-cached tokens, the grammar's first-code lookahead)
against plain reference versions of the same steps."""

from __future__ import annotations

import random
import re
from bisect import bisect_left
from typing import Any

from rasad.arabic import normalize
from rasad.timex import core


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
