"""The same normalisation as `rasad.arabic.normalize`, computed with C-level str/regex calls.

Why not just call `normalize()`: it walks the text one character at a time in Python, which
took two thirds of `find_mentions` time and kept the matcher under 1,000 articles/s. Every
character mapping of `normalize` is one character to one character, so it is done here with
`str.replace` per mapped character present (a C scan each; faster than `str.translate` with a
dict). Dropped characters and extra whitespace are cut with one regex, and the offset map is
kept as a few segments (bisect) instead of one integer per character. The result equals
`normalize(text)` in text and spans (tests check it on the corpus); when `lower()` would
change the length (a few non-Arabic letters), it falls back to `normalize`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rasad.arabic.normalize import _DROP, _MAP, normalize

_PAIRS = tuple((k, v) for k, v in _MAP.items() if len(v) == 1 and not v.isspace())
_OTHER_WS = re.compile(r"[^\S ]|_")
_DR = "".join(re.escape(c) for c in sorted(_DROP))
# One pass removes what normalize() skips: leading/trailing blanks and drop characters, every
# blank or drop character after a kept space (group 1 keeps that space), and other drops.
_REMOVE = re.compile(f"^[ {_DR}]+|[ {_DR}]+$|( )[ {_DR}]+|[{_DR}]+")


class Norm:
    """Normalised text with spans back to the original (the interface of NormText we use)."""

    __slots__ = ("original", "text", "_starts", "_origs", "_index")

    def __init__(self, original: str, text: str, starts: list[int], origs: list[int],
                 index: list[int] | None = None):
        self.original = original
        self.text = text
        self._starts = starts  # normalised offset where each kept segment begins
        self._origs = origs  # original offset of that segment's first character
        self._index = index  # explicit map (slow path) or None

    def pos(self, i: int) -> int:
        if self._index is not None:
            return self._index[i]
        k = bisect_right(self._starts, i) - 1
        return self._origs[k] + (i - self._starts[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Half-open normalised span -> span in the original text (as NormText.span)."""
        if start >= end:
            p = self.pos(start) if start < len(self.text) else len(self.original)
            return p, p
        return self.pos(start), self.pos(end - 1) + 1


def fast_normalize(text: str) -> Norm:
    t = text
    for k, v in _PAIRS:
        if k in t:
            t = t.replace(k, v)
    low = t.lower()
    if len(low) != len(t):
        nt = normalize(text)
        return Norm(text, nt.text, [], [], list(nt.index))
    t = _OTHER_WS.sub(" ", low)
    parts: list[str] = []
    starts: list[int] = []
    origs: list[int] = []
    pos = 0
    out = 0
    for m in _REMOVE.finditer(t):
        a, b = m.span()
        if m.group(1) is not None:
            a += 1  # keep the first space of the run
        if a > pos:
            parts.append(t[pos:a])
            starts.append(out)
            origs.append(pos)
            out += a - pos
        pos = b
    if pos < len(t):
        parts.append(t[pos:])
        starts.append(out)
        origs.append(pos)
    if not starts:
        starts, origs = [0], [0]
    return Norm(text, "".join(parts), starts, origs)
