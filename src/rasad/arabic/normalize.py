"""Normalisation of Arabic text with an offset map back to the original.

The normalised text is for matching only (never shown): alef variants fold to ا,
ى to ي, ة to ه, tatweel/diacritics/zero-width and bidi controls are dropped,
Arabic-Indic and Persian digits become ASCII, Persian ی/ک fold to ي/ك, and any
run of whitespace becomes one space. Each character of the normalised text keeps the
index of the original character it came from, so a match in the normalised text
gives an exact span in the original.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, repeat
from operator import add

# str.lower through a plain call: mypyc compiles `s.lower()` to a per-character mapping that misses
# CPython's context rule for the Greek final sigma ("ΣΣ".lower() is "σς"), and a compiled build
# (rasad/native.py) must give the keys the pure modules give.
py_lower: Callable[[str], str] = str.lower

# Characters removed outright: tashkeel (harakat, tanween, shadda, sukun, dagger alef),
# tatweel, zero-width and directional controls, soft hyphen, BOM.
_DROP = set(
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat .. hamza below
    + ["\u0670", "\u0640", "\u06D6", "\u06D7", "\u06D8", "\u06D9", "\u06DA", "\u06DB", "\u06DC",
       "\u06DF", "\u06E0", "\u06E1", "\u06E2", "\u06E3", "\u06E4", "\u06E7", "\u06E8", "\u06EA",
       "\u06EB", "\u06EC", "\u06ED",
       "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
       "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u00ad", "\ufeff", "\u061c"]
)

_MAP: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ", "\r": " ", "\n": " ",
    "\u2007": " ", "\u2002": " ", "\u2003": " ",
    "_": " ",  # hashtags join words with underscores: #محمد_بن_سلمان
    "،": ",", "؛": ";", "؟": "?", "٪": "%",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"',
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[_d] = str(_i)

_DIGITS = {k: v for k, v in _MAP.items() if v.isdigit()}
_DIGIT_TABLE = str.maketrans(_DIGITS)

# A translate table for the common fast path (no offsets wanted).
_TABLE: dict[int, str | None] = {ord(c): None for c in _DROP}
_TABLE.update({ord(k): v for k, v in _MAP.items()})


@dataclass(frozen=True)
class NormText:
    """A normalised string with, for each of its characters, the original index."""

    original: str
    text: str
    index: tuple[int, ...]  # index[i] = position in `original` of text[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back to the original text."""
        if start >= end:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


# The fast path of normalize() (also used by rasad.kb.fastnorm): every mapping is one
# character to one character, so it is done with C-level str.replace per mapped character
# present; then the drop characters are cut and the blanks collapsed, and the offset map is
# kept as the segments of the text that survive (why not the per-character loop: it was the
# top hot spot of the whole pipeline, called once per article by timex and once per sentence
# by extract). Why not one regex for drops and blanks: Python's re costs ~15-30 ns per
# character scanned, more than all the rest together; drop characters are few per article
# (~6, mostly one kind: tanween), so they are found with str.find, and the only blanks to cut
# are runs of two or more spaces (found with str.find: even a literal-prefix regex is scanned
# one character at a time, ~15 us an article) and the ends. Same result as _normalize_slow (tests/arabic and tests/kb check it on random and
# corpus text).
_PAIRS = tuple((k, v) for k, v in _MAP.items() if len(v) == 1 and not v.isspace())
# every other whitespace character (what re's \s matches besides the space) and the underscore
# become a space; the line break, by far the most common, first
# every character str.isspace() accepts besides " " and "\n" (the list Python's unicodedata gives;
# written out because scanning all 1.1M code points at import cost 70-180 ms per process)
_SPACES = ("\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
           "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_BLANK_CHARS = ("\n", *_SPACES, "_")
_DROP_CHARS = tuple(sorted(_DROP))


def _kept_without_drops(t: str) -> tuple[str, list[int], list[int]]:
    """`t` without drop characters, as (text, starts, origs) segments (see normalize_segments)."""
    present = [c for c in _DROP_CHARS if c in t]
    if not present:
        return t, [0], [0]
    cut: list[int] = []
    for c in present:
        i = t.find(c)
        while i >= 0:
            cut.append(i)
            i = t.find(c, i + 1)
    cut.sort()
    parts: list[str] = []
    starts: list[int] = []
    origs: list[int] = []
    pos = out = 0
    for i in cut:
        if i > pos:
            parts.append(t[pos:i])
            starts.append(out)
            origs.append(pos)
            out += i - pos
        pos = i + 1
    if pos < len(t):
        parts.append(t[pos:])
        starts.append(out)
        origs.append(pos)
    return "".join(parts), starts, origs


def normalize_segments(text: str, *, lower: bool = True) -> tuple[str, list[int], list[int]] | None:
    """Fast normalisation as kept segments: (normalised text, starts, origs).

    Segment k begins at normalised offset starts[k] and its first character is
    text[origs[k]]; characters within a segment map one to one. Returns None when lower()
    would change the length (a few non-Arabic letters): use _normalize_slow then.
    """
    t = text
    for k, v in _PAIRS:
        if k in t:
            t = t.replace(k, v)
    if lower:
        low = py_lower(t)
        if len(low) != len(t):
            return None
        t = low
    for c in _BLANK_CHARS:
        if c in t:
            t = t.replace(c, " ")
    # 1. drop characters out (they are invisible to the blank rule of _normalize_slow)
    t2, s1, o1 = _kept_without_drops(t)
    # 2. blanks: none at the ends, one of each run (the first: its offset is kept)
    n = len(t2)
    lo = n - len(t2.lstrip(" "))
    hi = len(t2.rstrip(" ")) if lo < n else n
    keep: list[tuple[int, int]] = []  # kept spans of t2
    pos = lo
    # the runs of two or more spaces (what re.finditer(" {2,}", t2, lo, hi) gives), by str.find
    find = t2.find
    a = find("  ", lo, hi)
    while a >= 0:
        b = a + 2
        while b < hi and t2[b] == " ":
            b += 1
        keep.append((pos, a + 1))
        pos = b
        a = find("  ", b, hi)
    if pos < hi:
        keep.append((pos, hi))
    # 3. the kept spans of t2, cut where step 1 cut, as segments of `text`
    parts: list[str] = []
    starts: list[int] = []
    origs: list[int] = []
    out = 0
    seg = 0
    nseg = len(s1)
    for a, b in keep:
        parts.append(t2[a:b])
        while seg + 1 < nseg and s1[seg + 1] <= a:
            seg += 1
        while a < b:
            seg_end = s1[seg + 1] if seg + 1 < nseg else n
            e = min(b, seg_end)
            starts.append(out)
            origs.append(o1[seg] + (a - s1[seg]))
            out += e - a
            a = e
            if a < b:
                seg += 1
    return "".join(parts), starts, origs


# The last result, for the next call on the same text: the stages of the pipeline (time
# expressions, mentions, extraction) each normalise the whole article, so the article is
# normalised once. NormText is immutable, so sharing it is safe.
_last: tuple[str, bool, NormText] | None = None


def normalize(text: str, *, lower: bool = True) -> NormText:
    """Normalise `text` for matching, keeping the offset map (see module doc)."""
    global _last
    last = _last
    if last is not None and last[1] == lower and (last[0] is text or last[0] == text):
        return last[2]
    nt = _normalize(text, lower=lower)
    _last = (text, lower, nt)
    return nt


def feminine_key(key: str) -> bool:
    """Does a normalised word end in ta marbuta (ة, ه once normalised), Arabic's mark of a feminine
    noun? An office so written ("رئيسة الحكومة"، "وزيرة الخارجية") is a woman's."""
    return key.endswith("ه")


def normalize_key_shared(text: str) -> str:
    """`normalize_key(text)`, taken from `normalize(text)` when that is the result normalize()
    holds from its last call (the store's `prepare` runs right after the pipeline normalised the
    same article: ~40 us an article saved). The two agree: the same mappings, drops and blanks
    (every whitespace character, as split() takes them), and lower() of the whole string, except
    for the one context-dependent lower-casing (Greek capital sigma at the end of a word, which
    normalize's per-character reference path lowers as medial sigma): so not when the text holds
    a capital sigma (tests/arabic check both on random text)."""
    last = _last
    if last is not None and last[1] and last[0] is text and "\u03a3" not in text:
        return last[2].text
    return normalize_key(text)


# The last split, for the next call on the same normalised text (timex and extract each cut
# the article's normalised text into its space-separated chunks).
_last_split: tuple[str, list[str], list[int]] | None = None


def split_chunks(norm: str) -> tuple[list[str], list[int]]:
    """The space-separated chunks of a normalised text and the offset of each.

    Normalised text has single spaces only (none at the ends) and no token of the matchers
    crosses one, so the matchers tokenise each distinct chunk once and cache it: news
    vocabulary repeats, and str.split is C-level where a regex scan costs ~0.5 us per token.
    """
    global _last_split
    last = _last_split
    if last is not None and last[0] is norm:
        return last[1], last[2]
    pieces = norm.split(" ") if norm else []
    # offset of chunk k: the lengths of the chunks before it, plus one space after each
    offs = list(accumulate(map(add, map(len, pieces[:-1]), repeat(1)), initial=0)) if pieces else []
    _last_split = (norm, pieces, offs)
    return pieces, offs


# The offset map is cut from one shared tuple of the integers 0..n-1: a slice copies references,
# where building the map's integers one by one (range) cost about as much as all the rest of the
# normalisation. Grown on demand (doubling) up to _INTS_MAX; a longer text builds its own.
_INTS: tuple[int, ...] = ()
_INTS_MAX = 1 << 18


def _normalize(text: str, *, lower: bool) -> NormText:
    global _INTS
    seg = normalize_segments(text, lower=lower)
    if seg is None:
        return _normalize_slow(text, lower=lower)
    norm, starts, origs = seg
    n = len(text)
    ints: Sequence[int]
    if n > _INTS_MAX:
        ints = range(n)
    else:
        if len(_INTS) < n:
            _INTS = tuple(range(min(_INTS_MAX, max(n, 2 * len(_INTS), 4096))))
        ints = _INTS
    if len(starts) == 1:
        o = origs[0]
        return NormText(text, norm, tuple(ints[o:o + len(norm)]))
    idx: list[int] = []
    ends = (starts[1:] + [len(norm)]) if starts else []
    for s0, o, e in zip(starts, origs, ends, strict=True):
        idx.extend(ints[o:o + e - s0])
    return NormText(text, norm, tuple(idx))


def _normalize_slow(text: str, *, lower: bool = True) -> NormText:
    """The reference implementation, one character at a time."""
    out: list[str] = []
    idx: list[int] = []
    prev_space = True  # also strips leading whitespace
    table = _MAP
    drop = _DROP
    for i, ch in enumerate(text):
        if ch in drop:
            continue
        ch = table.get(ch, ch)
        if ch == " " or ch.isspace():
            if prev_space:
                continue
            ch = " "
            prev_space = True
        else:
            prev_space = False
            if lower:
                ch = ch.lower()
        out.append(ch)
        idx.extend([i] * len(ch))  # a letter may lower-case to two characters (İ -> i̇)
    if out and out[-1] == " ":
        out.pop()
        idx.pop()
    return NormText(text, "".join(out), tuple(idx))


# normalize_key of a long text without str.translate, which costs ~60 ns a character with a dict
# table: each one-to-one mapping present is a C-level str.replace over the whole text, each
# dropped character present is cut with str.replace (a test with `in` is ~0.1 us for an article),
# then lower() (rasad.read's line_keys does the same for every line of a page at once). The same
# result: no mapped-to character is itself mapped or dropped, and a mapping to a space or the
# newline left out here (a blank either way to split()) ends the same words. For short texts
# the hundred-odd tests cost more than translate: _KEY_LONG, where the two cross.
_KEY_PAIRS = tuple((chr(o), v) for o, v in _TABLE.items() if v is not None and chr(o) != "\n")
_KEY_DROPS = tuple(chr(o) for o, v in sorted(_TABLE.items()) if v is None)
_KEY_LONG = 80


def _key_chars(t: str) -> str:
    """The character mappings, drops and lower() of normalize_key (newline left as it is)."""
    for a, b in _KEY_PAIRS:
        if a in t:
            t = t.replace(a, b)
    for c in _KEY_DROPS:
        if c in t:
            t = t.replace(c, "")
    return py_lower(t)


def normalize_key(text: str) -> str:
    """Normalised form without offsets (for dictionary keys and gazetteer entries)."""
    if len(text) >= _KEY_LONG:
        return " ".join(_key_chars(text).split())
    return " ".join(py_lower(text.translate(_TABLE)).split())


def fold_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII, same length (offsets are kept)."""
    return text.translate(_DIGIT_TABLE)
