"""The normalisation of `rasad.arabic.normalize` with the offset map kept as segments.

Why not just `normalize()`: its NormText holds one integer per character, while the matcher
maps back only a few spans per text (the per-character map used to be the hot spot of
`find_mentions`). Both use the same C-level fast path
(`normalize_segments`: str.replace per mapped character, one regex for drops and blanks);
here the offset map stays as a few segments looked up with bisect. The result equals
`normalize(text)` in text and spans (tests check it on the corpus); when `lower()` would
change the length (a few non-Arabic letters), it falls back to `normalize`.
"""

from __future__ import annotations

from bisect import bisect_right

from rasad.arabic.normalize import normalize, normalize_segments


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
        # pos() inlined (called for every mention): the end's segment is at or after the start's
        index = self._index
        if index is not None:
            return index[start], index[end - 1] + 1
        starts = self._starts
        origs = self._origs
        k = bisect_right(starts, start) - 1
        a = origs[k] + (start - starts[k])
        k = bisect_right(starts, end - 1, k) - 1
        return a, origs[k] + (end - starts[k])


def fast_normalize(text: str) -> Norm:
    seg = normalize_segments(text)
    if seg is None:  # lower() changes the length: the reference path, explicit map
        nt = normalize(text)
        return Norm(text, nt.text, [], [], list(nt.index))
    norm, starts, origs = seg
    if not starts:
        starts, origs = [0], [0]
    return Norm(text, norm, starts, origs)
