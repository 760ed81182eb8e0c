"""Tokens and clitics.

Arabic attaches conjunctions and prepositions (و، ف، ب، ل، ك، س) and the article ال to
words, and pronoun suffixes (ه، ها، هم، كم، نا…) to their ends. Matchers look words up
after peeling these off; the token keeps the original span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasad.arabic.normalize import normalize_key

_WORD = re.compile(r"[\w\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+(?:[-'][\w\u0600-\u06FF]+)*")

# Proclitic sequences, longest first (applied to normalised text: أ/إ are already ا).
PROCLITICS: tuple[str, ...] = ("وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال",
                               "لل", "ال", "وب", "ول", "فب", "فل", "وس", "و", "ف", "ب", "ل", "ك")
SUFFIXES: tuple[str, ...] = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def strip_clitics(word: str, *, min_stem: int = 2) -> list[str]:
    """Candidate stems of a (normalised) word, from the word itself to the barest."""
    w = normalize_key(word)
    out = [w]
    for p in PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= min_stem:
            out.append(w[len(p):])
    return out
