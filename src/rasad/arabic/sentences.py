"""Sentence splitting for Arabic news text, with offsets into the original text.

Arabic news uses '.', '!', '?', '؟', and line breaks; '؛' is kept inside the sentence.
A full stop between digits (3.5) or after a one-letter abbreviation (د. for doctor,
أ. for professor) does not end a sentence.
Some corpora (RSS-wrapped Jawhara FM text) break lines mid-sentence: a line that ends
without final punctuation and is followed by a line that starts in lower flow is joined.
"""

from __future__ import annotations

import re

from rasad.types import Sentence

_END = set(".!?؟…")
_ABBREV = re.compile(r"(?:^|\s)(?:د|أ|م|ج|ص|ه|هـ|Dr|Mr|Mrs|St|U\.S)$")


# Only line breaks and end punctuation can end a sentence: the loop visits those positions
# (found by one regex) instead of every character (a per-character loop was a pipeline hot spot).
_CANDIDATE = re.compile(r"[\n.!?؟…]")


def split_sentences(text: str, *, join_wrapped: bool = True) -> list[Sentence]:
    """Split `text` into sentences; each keeps exact offsets and text."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    if join_wrapped and "\n" in text:
        join_wrapped = _looks_wrapped(text)
    start = 0
    nxt = 0  # the first position not yet consumed (a run of end punctuation is consumed at once)
    for m in _CANDIDATE.finditer(text):
        i = m.start()
        if i < nxt:
            continue
        nxt = i + 1
        ch = text[i]
        cut = -1
        if ch == "\n":
            # A single line break inside a sentence (wrapped lines) is joined when the
            # line has no end punctuation and the next line does not start a new paragraph.
            if join_wrapped and _wrapped(text, start, i):
                continue
            cut = i
        else:
            j = i
            while j + 1 < n and text[j + 1] in _END or (j + 1 < n and text[j + 1] in "\"'»”)"):
                j += 1
            if ch == "." and 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue
            if ch == "." and _ABBREV.search(text[max(start, i - 4):i]):
                continue
            if j + 1 >= n or text[j + 1].isspace():
                cut = j + 1
                nxt = j + 1
        if cut >= 0:
            _add(text, start, cut, spans)
            start = cut
    _add(text, start, n, spans)
    return [Sentence(s, e, text[s:e]) for s, e in spans]


def _looks_wrapped(text: str) -> bool:
    """Is the text hard-wrapped (RSS feeds: most lines end mid-sentence)? A text whose lines end
    with punctuation save one or two (a headline, a line missing its full stop) is not: there a line
    break without punctuation ends the headline ("X يلتقي Y" then the body's first sentence)."""
    ends = [ln.rstrip() for ln in text.split("\n")[:-1]]
    others = [ln for ln in ends if ln]
    if others and len(others[0].split()) < 12:
        others = others[1:]  # (the first line may be a headline; a line of 12 words or more is prose)
    if not others:
        return True
    open_ = sum(1 for ln in others if ln[-1] not in _END and ln[-1] not in ":؛;")
    return open_ * 2 >= len(others)


def _wrapped(text: str, start: int, nl: int) -> bool:
    line = text[start:nl].rstrip()
    if not line or line[-1] in _END or line[-1] in ":؛;":
        return False
    nxt = nl + 1
    if nxt >= len(text) or text[nxt] == "\n":
        return False
    # the previous line must be long-ish (RSS wrapping) and not a heading; radio items wrap at any
    # width ("استقبل رئيس الجمهورية المؤقت محمد / الناصر ..."): four words do there
    line_start = text.rfind("\n", 0, nl) + 1
    return nl - line_start >= 20 and len(text[line_start:nl].split()) >= 4


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
