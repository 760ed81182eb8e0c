"""Find Arabic time expressions and resolve them to date ranges.

Why not dateparser: it resolves "يوم الجمعة المقبل" to the past Friday, parses neither
Hijri nor Levantine month names, gives no ranges for "الأسبوع المقبل" and is two orders of
magnitude slower. This module is a small grammar instead:

1. The text is normalised (rasad.arabic.normalize, with an offset map back to the
   original) and cut into tokens by one regex (numeric dates such as 20/03/2024 are
   one token).
2. Each token, or phrase of up to a few tokens, is looked up (longest first, after
   peeling the clitics و ف ب ل ك) in the lexicon built from data/words.yaml and the month
   and weekday names of lexicon.py, giving a one-letter class code (M month, W weekday,
   N day number, R relative day, ...; see `_CODES`). Words that are not time words may
   carry a tense cue (data/tense.yaml).
3. One regex over the string of codes (`_RULES`) finds the expressions; each match is
   interpreted from the tokens it covers and resolved against the anchor date.
4. Adjacent expressions joined by "الموافق" are merged (Hijri = Gregorian), and
   "من X إلى Y" / "بين X و Y" become one range.

Conventions (the anchor is the publication date):
- اليوم = anchor, أمس = -1, أول أمس = -2, غدا = +1, بعد غد = +2; a part of the day
  (صباح، مساء، ليلة، فجر…) keeps its day ("ليلة الخميس" = Thursday).
- A weekday: with الماضي strictly before the anchor, with المقبل/القادم strictly after;
  otherwise by the tense of the sentence: past or unknown = latest on or before the anchor,
  future or present (imperfect) = earliest on or after it. "اليوم الاثنين", "أمس الأحد":
  the weekday nearest to that day.
- الأسبوع الماضي/المقبل/الجاري: the union of the previous/next/current week as weeks
  starting Saturday, Sunday and Monday (generous: for Wednesday 20 March 2024 the next
  week is 23..31 March). الشهر/العام: the whole calendar month/year.
- A month (or day and month) without a year: with الماضي the latest one before the
  anchor's month, with المقبل the earliest after it, with الجاري this year; otherwise
  past tense = latest not after the anchor, future = earliest not before it, present or
  unknown = the nearest. The same for Hijri months (Umm al-Qura, via hijridate).
- Parts of a month: مطلع/بداية/أوائل = days 1..10, منتصف = 11..20, أواخر/نهاية = 21..end
  (precision "range"); of a year: January..March, May..August, October..December.
- Seasons (meteorological): spring March..May, summer June..August, autumn
  September..November, winter December (of the year before)..February.
- "منذ ثلاثة أيام" = anchor-3, "بعد يومين" = anchor+2 (day); weeks count 7 days (day
  precision); months and years give the whole month/year. A plural without a number
  ("منذ أيام", "منذ سنوات") is vague and gives nothing.
- "خلال الأيام المقبلة" = anchor+1 .. anchor+7 (a number, "الأيام الثلاثة المقبلة",
  sets the count); "الأيام الماضية" = anchor-7 .. anchor-1; weeks 4 x 7 days, months
  3 x 30 days by default; "الساعات الماضية/المقبلة" = anchor-1..anchor / anchor..anchor+1.
- Without an anchor, relative expressions and dates without a year are not returned.
- Vague words (مؤخرا، قريبا، حاليا) and names ("إسرائيل اليوم", "اليوم الوطني", "الأمين
  العام") give nothing.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence, Sized
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from itertools import accumulate, repeat
from typing import Any, Literal, NamedTuple, cast, overload

from hijridate import Gregorian, Hijri

from rasad.arabic.normalize import NormText, normalize, normalize_key, split_chunks
from rasad.dataio import load_yaml
from rasad.timex import lexicon
from rasad.types import Precision, TimeExpr, dict_built

TenseT = Literal["past", "future", "present", "unknown"]
TENSES = ("past", "future", "present", "unknown")

# One-letter class codes (the grammar below is a regex over a string of these).
_CODES = {
    "relative_day": "R", "day_word": "y", "part_of_day": "P", "past_modifier": "Q",
    "future_modifier": "F", "current_modifier": "C", "this_word": "c", "unit_week": "L",
    "unit_month": "J", "unit_year": "U", "count_unit_day": "d", "count_unit_week": "l",
    "count_unit_month": "j", "count_unit_year": "u", "plural_unit": "V", "few_word": "q",
    "ago": "S", "after": "A", "within": "G", "from_word": "f", "to_word": "t", "and_word": "&",
    "between_word": "b", "equals_word": "=", "preposition": "i", "hijri_marker": "h",
    "gregorian_marker": "g", "ordinal_suffix": "o", "period_part": "E", "seasons": "Z",
    "numbers": "K", "ordinals": "O", "not_time": "X", "habitual": "k", "same_month": "s",
    "same_year": "e",
}
# Other codes: M Gregorian month, H Hijri month, W weekday, N digits 1..31, Y a year in
# digits, 9 other digits, T numeric date, a the article ال before digits, punctuation
# , - ( ) . and _ any other word.

_DAY = r"(?:a?N|O)o?"
_MON = r"j?[MH](?:/?M)?"
_YR = r"(?:,?/?f?[uU]?Y[gh]?|f?(?:cU|U[QFC]|e))"
_WDP = r"(?:P?y?(?:R,?)?W,?\(?=?)"
# (rule, the codes a match of it can start with, pattern)
_RULES: list[tuple[str, str, str]] = [
    ("drange", "fbaNO", rf"[fb]?{_DAY}(?:-|[t&]){_DAY},?f?{_MON}[QFC]?{_YR}?"),
    ("date", "PyRWaNO", rf"{_WDP}?{_DAY},?f?{_MON}[QFC]?{_YR}?\)?"),
    ("date_en", "PyRWjM", rf"{_WDP}?j?MNo?,?Y"),
    ("numeric", "PyRWT", rf"{_WDP}?Tg?\)?"),
    ("dayofunit", "aNO", rf"{_DAY},?f?(?:J[QFC]|s)"),
    ("yrange", "fbGuU", r"(?:[fbG][uU]?|[uU])Y[gh]?[t&-][uU]?Y[gh]?"),
    ("month", "EjMH", rf"(?:E,?f?)?{_MON}[QFC]?{_YR}?"),
    ("season", "EcZ", rf"(?:E,?f?)?(?:cZ|Z(?:[QFC]|{_YR}))"),
    ("unit", "EcLJUse", r"(?:E,?f?)?(?:c[LJU]|[LJU][QFC]|[se])"),
    ("year", "EuUY", r"(?:E,?f?)?[uU]?Y[gh]?"),
    ("weekday", "PyRcW", r"P?y?(?:R,?|c)?W[QFC]?"),
    ("relday", "PyR", r"P?y?R"),
    ("ago", "SA", r"[SA](?:(?:a?N|K|9)?[dlju](?![Y/])|y(?!W))"),
    ("within", "GV", r"G?Vq?(?:a?N|K|9)?q?[QF]"),
]
# The grammar is tried only where a rule can start (`_FIRST`), and there only the rules that can
# start with that code (`_BY_FIRST`, in rule order, so the same rule wins as with all of them):
# ordinary words ("_", most codes of an article) and the frequent ", . i t" (commas, full stops,
# في, إلى) are skipped at once, and "من" (f, a quarter of the starts) tries 2 rules, not 14.
# The starting codes must hold the first code of every way each rule can match (tests/timex
# check them against each pattern): update them with the rules.
# A start is tried only when the code after it may follow it in some match (`_NEXT`: the codes
# that may come second in a match of a rule with that start, "" when the start alone is a match;
# tests/timex derive it from the patterns): "من" or a day number before an ordinary word (most
# starts) is passed over inside the C-level search, not tried rule by rule. Every alternative of
# `_FIRST` begins with its code, so re scans for the starting codes as for a character class.
_GRAMMAR_BODY = "|".join(f"(?P<{name}>{pat})" for name, _, pat in _RULES)
_RULE_FIRST = "".join(sorted({c for _, first, _ in _RULES for c in first}))
_NEXT = {"A": "9KNadjluy", "E": ",HJLMUYZcefjsu", "G": "UVYu", "H": "", "J": "CFQ", "L": "CFQ", "M": "",
         "N": "&,-HJMfjost", "O": "&,-HJMfjost", "P": "RWcy", "R": "", "S": "9KNadjluy", "T": "", "U": "CFQY",
         "V": "9FKNQaq", "W": "", "Y": "", "Z": ",/CFQUYcefu", "a": "N", "b": "NOUYau", "c": "JLUWZ", "e": "",
         "f": "NOUYau", "j": "HM", "s": "", "u": "Y", "y": "RWc"}
_FIRST = re.compile("|".join(re.escape(c) + (f"(?=[{re.escape(nxt)}])" if nxt else "") for c, nxt in _NEXT.items()))
_BY_FIRST = {c: re.compile("|".join(f"(?P<{name}>{pat})" for name, first, pat in _RULES if c in first))
             for c in _RULE_FIRST}


def _matches(codes: str) -> list[tuple[str, int, int]]:
    """(rule, start, end) of each match of the grammar (the rules' alternation) in `codes`, left to
    right without overlaps: what `re.finditer` of the whole alternation gives."""
    out: list[tuple[str, int, int]] = []
    search = _FIRST.search
    by_first = _BY_FIRST
    m = search(codes)
    while m is not None:
        p = m.start()
        g = by_first[codes[p]].match(codes, p)
        if g is None:
            m = search(codes, p + 1)
        else:
            e = g.end()
            out.append((cast(str, g.lastgroup), p, e))
            m = search(codes, e)
    return out


_NUMERIC = (r"(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))"
            r"(?![\d])")
_TOKEN = re.compile(rf"(?P<T>{_NUMERIC})|(?P<D>\d+)|(?P<W>[^\W\d_]+)|(?P<P>[^\w\s])")
_PUNCT = {",": ",", "-": "-", "–": "-", "(": "(", ")": ")", ".": ".", "!": ".", "?": ".",
          ";": ".", ":": ":", "/": "/"}

_TRAILING = frozenset("\u0640" + "".join(chr(c) for c in range(0x064B, 0x0653)))
_PROCLITIC1 = "وفبلك"
_PROCLITIC2 = ("وب", "ول", "فب", "فل", "وك")
_DEF_AFTER = ("وبال", "فبال", "وكال", "بال", "وال", "فال", "كال")  # X + ال + word
_LIL = ("ولل", "فلل", "لل")  # ل + ال + word is written لل + word


@dataclass(frozen=True)
class _Lex:
    phrases: dict[tuple[str, ...], tuple[str, Any]]
    starters: frozenset[str]
    maxlen: int
    future: frozenset[str]
    past: frozenset[str]
    report: frozenset[str]
    not_before: frozenset[str]
    fut_exc: tuple[str, ...]
    pres_exc: tuple[str, ...]
    ambiguous_months: frozenset[str]
    name_before_date: frozenset[str]
    plural_default: dict[int, int]
    single: dict[str, tuple[str, Any]]  # the one-word phrases by their word
    verb_cue: dict[str, str]  # future / report / past verb forms -> their cue (that order wins)
    seconds: dict[str, frozenset[str]]  # the first word of a longer phrase -> its second words
    lexical: frozenset[str]  # every word `_candidates` turns into a one-word phrase or a starter


def _yaml(name: str) -> dict[str, Any]:
    text = resources.files("rasad.timex").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return cast(dict[str, Any], load_yaml(text))


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    w = _yaml("words.yaml")
    t = _yaml("tense.yaml")
    phrases: dict[tuple[str, ...], tuple[str, Any]] = {}

    def add(phrase: object, code: str, value: Any = None) -> None:
        key = tuple(normalize_key(str(phrase)).split())
        if key and key not in phrases:  # the first class given to a phrase wins
            phrases[key] = (code, value)

    for p in w["not_time"]:
        add(p, "X")
    for p, off in w["relative_day"].items():
        add(p, "R", int(off))
    ambiguous = frozenset(normalize_key(str(m)) for m in w["ambiguous_months"])
    for name, num in lexicon.gregorian_months().items():
        add(name, "M", num)
    for name, num in lexicon.hijri_months().items():
        add(name, "H", num)
    for name, num in lexicon.weekdays().items():
        add(name, "W", (num, name.startswith("ال")))
    for cls, code in _CODES.items():
        if cls in ("relative_day", "not_time"):
            continue
        entries = w[cls]
        if isinstance(entries, dict):
            for p, v in entries.items():
                add(p, code, v)
                if cls == "numbers":
                    add("ال" + normalize_key(str(p)), code, v)
        else:
            for p in entries:
                add(p, code, None)
    add("ال", "a")
    starters = frozenset(k[0] for k in phrases if len(k) > 1)
    past: set[str] = set()
    for verb in t["past"]:
        v = normalize_key(str(verb))
        past.add(v)
        if not v.endswith(("ي", "ا")):
            past.update(v + normalize_key(str(s)) for s in t["past_suffixes"])
    verb_cue: dict[str, str] = {}  # the last write wins: future over report over past
    for cue, forms in (("past", past), ("report", (normalize_key(str(x)) for x in t["report"])),
                       ("future", (normalize_key(str(x)) for x in t["future"]))):
        for f in forms:
            verb_cue[f] = cue
    single = {k[0]: v for k, v in phrases.items() if len(k) == 1}
    seconds: dict[str, set[str]] = {}
    for k in phrases:
        if len(k) > 1:
            seconds.setdefault(k[0], set()).add(k[1])
    # The words whose candidates (`_candidates`: the word, then without each proclitic it may
    # carry) include a one-word phrase or a phrase starter: each such form with every proclitic
    # `_candidates` peels. Any other word is an ordinary word, classified without the scan.
    lexical: set[str] = set()
    for c in (*single, *starters):
        lexical.add(c)
        lexical.update(p + c for p in _PROCLITIC1)
        lexical.update(p + c for p in _PROCLITIC2)
        if c.startswith("ال"):
            lexical.update(p + c[2:] for p in _LIL)  # لل + word = ل + ال + word
            lexical.update(p[:-2] + c for p in _DEF_AFTER)
    return _Lex(
        single=single,
        verb_cue=verb_cue,
        seconds={k: frozenset(v) for k, v in seconds.items()},
        lexical=frozenset(lexical),
        phrases=phrases,
        starters=starters,
        maxlen=max(len(k) for k in phrases),
        future=frozenset(normalize_key(str(x)) for x in t["future"]),
        past=frozenset(past),
        report=frozenset(normalize_key(str(x)) for x in t["report"]),
        not_before=frozenset(normalize_key(str(x)) for x in t["not_tense_before"]),
        fut_exc=tuple(normalize_key(str(x)) for x in t["future_prefix_exceptions"]),
        pres_exc=tuple(normalize_key(str(x)) for x in t["present_prefix_exceptions"]),
        ambiguous_months=ambiguous,
        name_before_date=frozenset(normalize_key(str(x)) for x in w["name_before_date"]),
        plural_default={int(k): int(v) for k, v in w["plural_unit_default_count"].items()},
    )


@lru_cache(maxsize=65536)
def _candidates(word: str) -> tuple[str, ...]:
    """The word and its forms without proclitics, full word first."""
    if word[:1] not in _PROCLITIC1:  # every proclitic sequence starts with one of و ف ب ل ك
        return (word,)
    out = [word]
    for p in _LIL:
        if word.startswith(p) and len(word) > len(p) + 1:
            out.append("ال" + word[len(p):])
    for p in _DEF_AFTER:
        if word.startswith(p) and len(word) > len(p) + 1:
            out.append(word[len(p) - 2:])
    for p in _PROCLITIC2:
        if word.startswith(p) and len(word) > 3:
            out.append(word[2:])
    if word[0] in _PROCLITIC1 and len(word) > 2:
        out.append(word[1:])
    return tuple(dict.fromkeys(out))


# _word_class and _tense_cue run once per new word (the chunk cache and _tok_info's cache
# hold the results): they are written for that miss path, which dominates the first articles.
def _word_class(word: str, lx: _Lex | None = None) -> tuple[str, Any, str | None]:
    """(code, value, tense cue) of one word that starts no longer phrase."""
    lx = lx or _lex()
    cands = _candidates(word)
    single = lx.single
    for c in cands:
        hit = single.get(c)
        if hit is not None:
            code, value = hit
            return code, value, None
    return "_", None, _tense_cue(cands, lx)


def _tense_cue(cands: tuple[str, ...], lx: _Lex | None = None) -> str | None:
    lx = lx or _lex()
    w = cands[0]
    verb_cue = lx.verb_cue
    if w[:1] not in "وفلسي":  # no conjunction, particle or verb prefix: the word itself only
        return verb_cue.get(w)
    # The forms: the word, without و/ف/ل, without ول/فل/وس/فس (verbs take the conjunctions و/ف and
    # the particle ل, not the prepositions ب/ك); a listed verb form first, then a prefix. (Written
    # out without a list of forms: this runs for every new word starting with و ف ل س ي.)
    cue = verb_cue.get(w)
    if cue is not None:
        return cue
    n = len(w)
    f1 = w[1:] if n > 3 and w[0] in "وفل" else ""
    f2 = w[2:] if n > 4 and w[:2] in _CUE_PREFIX2 else ""
    if f1 and (cue := verb_cue.get(f1)) is not None:
        return cue
    if f2 and (cue := verb_cue.get(f2)) is not None:
        return cue
    for c in (w, f1, f2):
        if len(c) >= 4:
            if c[0] == "س":
                if c[1] in "يتن" and not c.startswith(lx.fut_exc):
                    return "future"
            elif c[0] == "ي" and not c.startswith(lx.pres_exc):
                return "present"
    return None


_CUE_PREFIX2 = frozenset(("ول", "فل", "وس", "فس"))


class _Tok:
    """One token (built on demand by `_Toks` for the few the grammar matched)."""

    __slots__ = ("code", "value", "start", "end")

    def __init__(self, code: str, value: Any, start: int, end: int):
        self.code = code
        self.value = value
        self.start = start  # offsets in the normalised text
        self.end = end


class _Toks:
    """The tokens of a text, built from its cached chunks (see `_tokenize`): the string of class
    codes (what the grammar reads) plus what is needed to build a `_Tok` for the few tokens
    the grammar reads (their offsets and values are looked up then, not stored per token).
    Indexes are those of the final tokens (a multi-word phrase is one token); "raw" indexes
    count every token of the chunks. Sentence numbers come from the sentence starts. A word with
    a tense cue has its cue's digit for code (`_CUE_OF`; "_" to the grammar)."""

    __slots__ = ("codes", "codestr", "bounds", "_texts", "_cstarts", "_ends", "_mfinal", "_mafter",
                 "_merges", "_mraw", "_memo")

    def __init__(self, codestr: str, bounds: list[int], texts: list[str],
                 cstarts: list[int], ends: list[int], merges: list[tuple[int, int, int, tuple[str, Any]]]):
        self.codestr = codestr
        self.codes = codestr  # one code per token (callers slice it)
        self.bounds = bounds  # sorted token indexes that start a new sentence
        self._texts = texts  # the chunks (their tokens: `_CHUNKS`)
        self._cstarts = cstarts  # normalised offset of each chunk
        self._ends = ends  # raw token count at the end of each chunk
        self._merges = merges  # (final index, raw index, raw length, phrase class) per phrase
        self._mfinal: list[int] = []
        self._mraw: list[int] = []
        self._mafter: list[int] = []  # raw - final after each phrase
        if merges:
            self._mfinal = [m[0] for m in merges]
            self._mraw = [m[1] for m in merges]
            self._mafter = [m[1] + m[2] - 1 - m[0] for m in merges]
        self._memo: dict[int, _Tok] = {}  # the rules read the same few tokens several times

    def __len__(self) -> int:
        return len(self.codestr)

    @property
    def cues(self) -> dict[int, str]:
        """Token index -> tense cue (the tokeniser's tests read them; `_Ctx.sentence_tense` reads
        the codes)."""
        return {m.start(): _CUE_OF[m.group()] for m in _CUES.finditer(self.codestr)}

    def sent(self, k: int) -> int:
        return bisect_right(self.bounds, k)

    def _raw(self, r: int) -> tuple[_Chunk, int, int]:
        """(chunk, index within it, chunk offset) of raw token r."""
        c = bisect_right(self._ends, r)
        return _CHUNKS[self._texts[c]], r - (self._ends[c - 1] if c else 0), self._cstarts[c]

    def raw_start(self, r: int) -> int:
        ch, i, off = self._raw(r)
        return off + ch.starts[i]

    def raw_end(self, r: int) -> int:
        ch, i, off = self._raw(r)
        return off + ch.ends[i]

    def _tok(self, k: int) -> _Tok:
        t = self._memo.get(k)
        if t is None:
            t = self._memo[k] = self._make(k)
        return t

    def _make(self, k: int) -> _Tok:
        r = k
        if self._mfinal:
            m = bisect_right(self._mfinal, k) - 1
            if m >= 0:
                if self._mfinal[m] == k:
                    _, r, n, hit = self._merges[m]
                    return _Tok(hit[0], hit[1], self.raw_start(r), self.raw_end(r + n - 1))
                r = k + self._mafter[m]
        ends = self._ends
        c = bisect_right(ends, r)
        ch = _CHUNKS[self._texts[c]]
        i = r - (ends[c - 1] if c else 0)
        off = self._cstarts[c]
        return _Tok(ch.codes[i], ch.infos[i][2], off + ch.starts[i], off + ch.ends[i])

    def value(self, k: int) -> Any:
        """The value of token k (what `self[k].value` gives)."""
        return self._tok(k).value

    def end_of(self, k: int) -> int:
        """The end offset of token k (what `self[k].end` gives, without building the token)."""
        m = bisect_right(self._mfinal, k) - 1
        if m >= 0 and self._mfinal[m] == k:
            _, r, n, _ = self._merges[m]
            return self.raw_end(r + n - 1)
        return self.raw_end(k + self._mafter[m] if m >= 0 else k)

    def first_at(self, np: int) -> int:
        """The index of the first token that starts at or after normalised offset `np`."""
        c = bisect_right(self._cstarts, np) - 1
        starts = _CHUNKS[self._texts[c]].starts
        off = self._cstarts[c]
        r = self._ends[c]  # the next chunk's first token unless one of this chunk's starts later
        if starts and off + starts[-1] >= np:  # (a line break is a space: np is at a chunk's edge)
            if off + starts[0] >= np:
                r -= len(starts)
            else:
                r -= len(starts) - next(i for i, s in enumerate(starts) if off + s >= np)
        m = bisect_right(self._mraw, r) - 1
        if m < 0:
            return r
        f, r0, n, _ = self._merges[m]
        if r == r0:
            return f
        if r < r0 + n:  # inside a phrase that starts before np: the token after the phrase
            return f + 1
        return r - self._mafter[m]

    @overload
    def __getitem__(self, k: int) -> _Tok: ...

    @overload
    def __getitem__(self, k: slice) -> list[_Tok]: ...

    def __getitem__(self, k: int | slice) -> _Tok | list[_Tok]:
        if isinstance(k, slice):
            return [self._tok(x) for x in range(*k.indices(len(self.codestr)))]
        if k < 0:
            k += len(self.codestr)
        if not 0 <= k < len(self.codestr):
            raise IndexError(k)
        return self._tok(k)


_PLAIN_INFOS: dict[str | None, tuple[tuple[str, ...], str, Any, str | None]] = {
    cue: ((), "_", None, cue) for cue in (None, "past", "report", "future", "present")}


def _word_info(w: str, lx: _Lex) -> tuple[tuple[str, ...], str, Any, str | None]:
    """`_tok_info` of a word token: (forms of it that start a longer phrase, code, value, tense
    cue). Most words are ordinary (not in `lx.lexical`): no candidate scan, only the tense cue."""
    if w in lx.lexical:
        code, value, cue = _word_class(w, lx)
        cands = _candidates(w)
        if len(cands) == 1:
            return ((w,) if w in lx.starters else ()), code, value, cue
        return tuple(c for c in cands if c in lx.starters), code, value, cue
    return _PLAIN_INFOS[_plain_cue(w, lx)]


@lru_cache(maxsize=65536)
def _tok_info(g: str, kind: str | None) -> tuple[tuple[str, ...], str, Any, str | None]:
    """(forms of the word that start a longer phrase, code, value, tense cue) of one token of
    `_TOKEN` (kind: its group name), in one cached lookup."""
    if kind == "W":
        return _word_info(g, _lex())
    if kind == "D":
        v = int(g)
        if len(g) <= 2 and 1 <= v <= 31:
            return (), "N", v, None
        if 1900 <= v <= 2100 or 1300 <= v <= 1500:
            return (), "Y", v, None
        return (), "9", v, None
    if kind == "T":
        return (), "T", g, None
    return (), _PUNCT.get(g, "_"), None, None




class _Chunk(NamedTuple):
    """The tokens of one space-separated chunk of normalised text."""

    codes: str  # one class code per token
    starts: tuple[int, ...]  # offsets in the chunk
    ends: tuple[int, ...]
    words: tuple[str, ...]  # the token for words, "" for digits and punctuation
    infos: tuple[tuple[tuple[str, ...], str, Any, str | None], ...]  # `_tok_info` of each
    # (index, tense cue, whether it depends on the previous chunk's last word) of the tokens with
    # a cue; a present cue after a `not_tense_before` word of this chunk is already left out
    cues: tuple[tuple[int, str, bool], ...]
    # (index, phrase forms, the words that may follow them in a phrase) of the tokens that may
    # start a longer phrase: phrase words are word tokens, so only a chunk's last token (the
    # next word is the next chunk's first) or one followed by a word token in the chunk
    starters: tuple[tuple[int, tuple[str, ...], frozenset[str]], ...]


_CHUNKS_MAX = 1 << 16
_NEW_TUPLE = tuple.__new__  # a NamedTuple without its Python-level __new__ (the miss path)
_ONE = (0,)
_SECONDS: dict[tuple[str, ...], frozenset[str]] = {}  # phrase forms -> the words that may follow them
# a word or a number with punctuation stuck to it ("الماضي."، "(حماس)"، "2012,"): most chunks that are
# not one word; their token offsets and punctuation by shape (`_SHAPES`)
_AFFIXED = re.compile(r"([^\w\s]*)(?:([^\W\d_]+)|(\d+))([^\w\s]*)")
_SHAPES: dict[tuple[str, str, int, bool], tuple[Any, ...]] = {}


def _seconds(forms: tuple[str, ...], lx: _Lex) -> frozenset[str]:
    got = _SECONDS.get(forms)
    if got is None:
        got = _SECONDS[forms] = frozenset().union(*(lx.seconds[f] for f in forms))
    return got


def _chunk(chunk: str) -> _Chunk:
    """The tokens of a chunk: what `_TOKEN.finditer` gives, classified by `_tok_info`."""
    lx = _lex()
    if chunk.isalpha():  # one word (isalpha implies _TOKEN's W class): most chunks, no regex
        info = _word_info(chunk, lx)
        cue = info[3]
        return _NEW_TUPLE(_Chunk, (info[1], _ONE, (len(chunk),), (chunk,), (info,),
                                   ((0, cue, cue == "present"),) if cue is not None else (),
                                   ((0, info[0], _seconds(info[0], lx)),) if info[0] else ()))
    m = _AFFIXED.fullmatch(chunk)
    if m is not None:  # _TOKEN gives one P token per punctuation character and one W or D token
        pre, w, d, suf = m.group(1, 2, 3, 4)
        j = len(pre)
        if w is not None:
            info = _word_info(w, lx)
        else:
            info = _tok_info(d, "D")
            w = d
        key = (pre, suf, len(w), d is None)
        shape = _SHAPES.get(key)
        if shape is None:
            if len(_SHAPES) >= 4096:  # (a bound for odd text: news has a few dozen shapes)
                _SHAPES.clear()
            k = j + len(w)
            n = len(chunk)
            pinfos = tuple(_tok_info(p, "P") for p in pre)
            sinfos = tuple(_tok_info(p, "P") for p in suf)
            shape = _SHAPES[key] = ("".join(i[1] for i in pinfos), "".join(i[1] for i in sinfos), pinfos, sinfos,
                                    (*range(j), j, *range(k, n)), (*range(1, j + 1), k, *range(k + 1, n + 1)),
                                    ("",) * j, ("",) * len(suf))
        cue = info[3]
        # the token before the word, if any, is punctuation ("" is no `not_tense_before` word)
        cues: tuple[tuple[int, str, bool], ...] = ((j, cue, cue == "present" and j == 0),) if cue is not None and not (
            cue == "present" and j and "" in lx.not_before) else ()
        return _NEW_TUPLE(_Chunk, (shape[0] + info[1] + shape[1], shape[4], shape[5],
                                   (*shape[6], w if d is None else "", *shape[7]), (*shape[2], info, *shape[3]),
                                   cues, ((j, info[0], _seconds(info[0], lx)),) if info[0] and not suf else ()))
    ms = list(_TOKEN.finditer(chunk))
    infos = tuple(_tok_info(m.group(), m.lastgroup) for m in ms)
    words = tuple(m.group() if m.lastgroup == "W" else "" for m in ms)
    cues = tuple((j, i[3], i[3] == "present" and j == 0) for j, i in enumerate(infos)
                 if i[3] is not None and not (i[3] == "present" and j and words[j - 1] in lx.not_before))
    starters = tuple((j, i[0], _seconds(i[0], lx)) for j, i in enumerate(infos)
                     if i[0] and (j + 1 == len(infos) or words[j + 1]))
    return _Chunk("".join(i[1] for i in infos), tuple(m.start() for m in ms), tuple(m.end() for m in ms),
                  words, infos, cues, starters)


class _ChunkCache(dict[str, _Chunk]):
    """chunk -> `_Chunk`, built on a miss."""

    def __missing__(self, chunk: str) -> _Chunk:
        c = self[chunk] = _chunk(chunk)
        return c


# A token that may start a phrase, or whose present cue depends on the word before it (the few the
# tokeniser must look at one by one) is written in `_CHUNK_CODES` with its code's "twin", the code
# + 0x80 (codes are ASCII): one C-level regex scan of the article's joined codes finds them, and a
# bytes translation gives the codes back, instead of a Python-level pass over every chunk.
_TWIN = 0x80
_UNTWIN = bytes(range(0x80)) * 2  # a bytes.translate table (str.translate looks up a dict per character)
_TWIN_NUL = bytes(range(0x80)) + bytes(0x80)  # every twin to NUL (no code is NUL)
_PLUS1 = (1).__add__


def _positions(parts: Sequence[Sized]) -> list[int]:
    """The positions of the separators `parts` were split at (`s.split(sep)`, a one-character sep)."""
    return list(accumulate(map(_PLUS1, map(len, parts[:-1])), initial=-1))[1:]
# A word with a tense cue is an ordinary word (code "_": a time word carries no cue); in
# `_CHUNK_CODES` its code is its cue's digit instead, which no rule of the grammar reads (to the
# grammar it is an ordinary word, as "_"), so the article's cues are one regex scan of its codes
# (`_CUES`) rather than a look at each cue word. "5": a present cue on a chunk's first token, which
# the word before (the previous chunk's) may cancel (`not_tense_before`): twinned, checked one by one.
_CUE_CODE = {"past": "1", "report": "2", "future": "3", "present": "4"}
_CHECK = "5"
_CUE_OF = {"1": "past", "2": "report", "3": "future", "4": "present", "5": "present"}
_CUES = re.compile("[1-5]")
_CUE_NUL = bytes(0 if chr(c) in _CUE_OF else c for c in range(0x100))  # cue digits to NUL
_NOT_CUE = bytes(c for c in range(0x100) if chr(c) not in _CUE_OF)  # every byte but the cue digits
_TWIN_CHECK = chr(_TWIN + ord(_CHECK))


class _CodeCache(dict[str, str]):
    """chunk -> its class codes (twins for the marked tokens), built on a miss. News vocabulary
    repeats: the caches hit ~95% of chunks once a few hundred articles are seen; they are emptied
    together when full (between articles). An ordinary word (most new chunks) is only classified
    here: its `_Chunk` is built when a token of it is read (`_CHUNKS`, lazily)."""

    def __init__(self) -> None:
        # (instance attributes, not class-level defaults: the same under mypyc, rasad/native.py)
        super().__init__()
        self.lx: _Lex | None = None
        self.verb_codes: dict[str, str] = {}  # a verb form (`_Lex.verb_cue`) -> the code of the one-word chunk

    def _load(self) -> _Lex:
        lx = self.lx = _lex()
        self.verb_codes = {w: _TWIN_CHECK if cue == "present" else _CUE_CODE[cue] for w, cue in lx.verb_cue.items()}
        return lx

    def __missing__(self, chunk: str) -> str:
        # The codes `_chunk(chunk)` gives (with cue digits and twins, see `_coded`), here without
        # building it for an ordinary word or number, bare or with punctuation stuck to it: what
        # `_word_info` gives for a word that is not in `lx.lexical` (no phrase, code "_", only a
        # tense cue).
        lx = self.lx or self._load()
        if chunk.isalpha():
            if chunk not in lx.lexical:
                # (`_plain_cue` inlined: this runs for most new chunks)
                if chunk[0] not in "وفلسي":
                    codes = self[chunk] = self.verb_codes.get(chunk, "_")
                    return codes
                cue = _tense_cue((chunk,), lx)
                # (as `_chunk`: a present cue on a one-word chunk is checked against the word before)
                codes = self[chunk] = "_" if cue is None else _TWIN_CHECK if cue == "present" else _CUE_CODE[cue]
                return codes
        elif (m := _AFFIXED.fullmatch(chunk)) is not None:
            pre, w, d, suf = m.group(1, 2, 3, 4)
            code = None
            if w is None:
                code = _tok_info(d, "D")[1]  # a number: no cue, no phrase
            elif w not in lx.lexical:
                cue = lx.verb_cue.get(w) if w[0] not in "وفلسي" else _tense_cue((w,), lx)
                # (as `_chunk`: a present cue after a `not_tense_before` word; the word before is
                # punctuation here, and "" is none; with no punctuation before, the previous chunk's)
                if cue is None or (cue == "present" and pre and "" in lx.not_before):
                    code = "_"
                elif cue == "present" and not pre:
                    code = _TWIN_CHECK
                else:
                    code = _CUE_CODE[cue]
            if code is not None:
                codes = self[chunk] = _punct_codes(pre) + code + _punct_codes(suf)
                return codes
        c = _CHUNKS[chunk]
        if c.starters:
            _LAST_SECONDS[chunk] = c.starters[-1][2]
        codes = self[chunk] = _coded(c)
        return codes


def _coded(c: _Chunk) -> str:
    """The codes of a chunk as `_CHUNK_CODES` holds them: a cue word's code is its cue's digit
    (`_CUE_CODE`, or `_CHECK` for one the word before may cancel), and the tokens the tokeniser
    looks at one by one (phrase starters, `_CHECK`) are twinned."""
    if not c.cues and not c.starters:
        return c.codes
    codes = list(c.codes)
    for k, cue, check in c.cues:
        codes[k] = _CHECK if check else _CUE_CODE[cue]
    for k in {x[0] for x in c.starters} | {x[0] for x in c.cues if x[2]}:
        codes[k] = chr(_TWIN + ord(codes[k]))
    return "".join(codes)


_CHUNKS = _ChunkCache()
_CHUNK_CODES = _CodeCache()
# chunk -> the words that may follow its phrase starter (always its last token), for the chunks of
# `_CHUNK_CODES` that end with one (emptied with it)
_LAST_SECONDS: dict[str, frozenset[str]] = {}
_PUNCT_CODES: dict[str, str] = {}  # punctuation stuck to a word -> its codes (`_tok_info` "P")


def _punct_codes(p: str) -> str:
    codes = _PUNCT_CODES.get(p)
    if codes is None:
        if len(_PUNCT_CODES) >= 4096:  # (a bound for odd text)
            _PUNCT_CODES.clear()
        codes = _PUNCT_CODES[p] = "".join(_tok_info(c, "P")[1] for c in p)
    return codes


def _plain_cue(w: str, lx: _Lex) -> str | None:
    """The tense cue of a word that is not in `lx.lexical` (`_tense_cue` reads only the word)."""
    return lx.verb_cue.get(w) if w[:1] not in "وفلسي" else _tense_cue((w,), lx)


@lru_cache(maxsize=1)
def _phrase_heads() -> frozenset[tuple[str, str]]:
    """The first two words of every phrase of two words or more."""
    return frozenset((k[0], k[1]) for k in _lex().phrases if len(k) > 1)


def _tokenize(norm: str, original: str, index: Sequence[int]) -> _Toks:
    """Tokens and their class codes.

    Why chunks: a regex scan of the article costs ~0.5 us per token and a Python loop over
    the tokens as much again (the tokeniser was the top hot spot of the pipeline). The
    normalised text has single spaces only, and no token crosses one, so the article is
    `str.split` into chunks, each chunk's tokens come from a cache (`_CHUNK_CODES`,
    `_CHUNKS`), and the code string is joined at C level. Only the few tokens that may start a
    longer phrase or whose present cue depends on the word before (the twin codes) are looked at
    one by one, left to right, as before; the tense cues are the cue digits of the codes (one
    regex scan); offsets and values of the tokens the grammar reads are looked up on demand
    (`_Toks`)."""
    lx = _lex()
    if len(_CHUNK_CODES) >= _CHUNKS_MAX:
        _CHUNK_CODES.clear()
        _CHUNKS.clear()
        _LAST_SECONDS.clear()
    texts, cstarts = split_chunks(norm)  # shared with extraction (the same article's text)
    ccodes = list(map(_CHUNK_CODES.__getitem__, texts))
    raw_codes = "".join(ccodes)
    if not raw_codes:
        return _Toks("", [], [], [], [], [])
    ends = list(accumulate(map(len, ccodes)))  # raw token count at the end of each chunk
    marks: list[int] = []  # raw indexes of the phrase starters and the present cues to check
    if not raw_codes.isascii():
        # the twins' positions: the lengths of the stretches between them (C-level; a regex
        # scan and a match object per twin cost several times more)
        b = raw_codes.encode("latin-1")
        marks = _positions(b.translate(_TWIN_NUL).split(b"\0"))
        raw_codes = b.translate(_UNTWIN).decode("latin-1")

    def word(r: int) -> str:
        c = bisect_right(ends, r)
        return _CHUNKS[texts[c]].words[r - (ends[c - 1] if c else 0)]

    n = len(raw_codes)
    not_before = lx.not_before
    # multi-word phrases, longest first, left to right (a phrase swallows the words it covers)
    merges: list[tuple[int, int, int, tuple[str, Any]]] = []  # (final index, raw index, length, class)
    dropped: list[int] = []  # final indexes of the present cues the word before cancels
    phrases = lx.phrases
    maxlen = lx.maxlen
    free = 0
    shift = 0  # raw index - final index
    heads = _phrase_heads()
    chunk_of = _CHUNKS.__getitem__
    last_seconds = _LAST_SECONDS
    for i in marks:
        c = bisect_right(ends, i)
        if raw_codes[i] == _CHECK:
            # a present cue on a chunk's first token: not after a `not_tense_before` word (the
            # previous chunk's last token, which is that chunk itself when it is one word); a cue
            # inside a phrase (i < free) is the phrase's, and goes with its word
            if i > 0 and i >= free:
                prev_text = texts[c - 1]
                if (prev_text if prev_text.isalpha() else word(i - 1)) in not_before:
                    dropped.append(i - shift)
        if i < free or i + 1 >= n:
            continue
        seconds = last_seconds.get(texts[c])
        if seconds is None or ends[c] != i + 1:
            continue
        # A phrase starter is its chunk's last token (the word after it is a word: in the next
        # chunk, since no two word tokens touch), and most (في، على) start no phrase here: check
        # the next chunk's first word first.
        w1 = texts[c + 1]
        if not w1.isalpha():
            w1 = word(i + 1)
        if w1 not in seconds:
            continue
        forms = chunk_of(texts[c]).starters[-1][1]
        forms = tuple(f for f in forms if (f, w1) in heads)
        ws = [w1, *(word(r) for r in range(i + 2, min(n, i + maxlen)))]
        hit = None
        k = 0
        for form in forms:
            for k in range(min(maxlen, n - i), 1, -1):
                hit = phrases.get((form, *ws[:k - 1]))
                if hit is not None:
                    break
            if hit is not None:
                break
        if hit is not None:
            merges.append((i - shift, i, k, hit))
            shift += k - 1
            free = i + k
    codestr = raw_codes
    if merges:
        # each phrase is one token of its class (the codes of its words, their cues with them, go)
        parts: list[str] = []
        prev = 0
        for _, i, k, hit in merges:
            parts.append(raw_codes[prev:i])
            parts.append(hit[0])
            prev = i + k
        parts.append(raw_codes[prev:])
        codestr = "".join(parts)
    for k in dropped:
        if codestr[k] == _CHECK:  # (not when the token starts a phrase: its code is the phrase's)
            codestr = f"{codestr[:k]}_{codestr[k + 1:]}"
    # the token after a full stop
    bounds = list(map(_PLUS1, _positions(codestr.split("."))))
    toks = _Toks(codestr, bounds, texts, cstarts, ends, merges)
    if "\n" in original:
        # A line break between two tokens (not inside a phrase token) starts a sentence.
        # Normalisation keeps the order of characters, so the first normalised position at or
        # after the break (bisect on the offset map) tells which tokens it falls between.
        nt = len(codestr)
        nch = len(texts)
        # the breaks' first normalised positions at or after them (the breaks of a blank line
        # give the same one: once each), and the first chunk at or after each
        nps = list(dict.fromkeys(map(bisect_left, repeat(index), _positions(original.split("\n")))))
        for np, c in zip(nps, map(bisect_left, repeat(cstarts), nps), strict=True):
            if not merges and (c == 0 or cstarts[c - 1] + len(texts[c - 1]) <= np):
                # the break is a space between chunks (as always: normalisation turns it into
                # one), no phrase spans it: the token after it is chunk c's first
                if c < nch:
                    bounds.append(ends[c - 1] if c else 0)
                continue
            k = toks.first_at(np)
            if k < nt and (k == 0 or toks.end_of(k - 1) <= np):
                bounds.append(k)
        toks.bounds = sorted(set(bounds))
    return toks


# --- date arithmetic -------------------------------------------------------------

def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


Range = tuple[date, date]
_NEAR_DAYS = 14


def _choose(cands: list[Range], anchor: date, tense: str, mod: str | None) -> Range | None:
    """Pick one of the yearly candidates of a month/day/season (sorted by date)."""
    if not cands:
        return None
    if mod == "Q":
        before = [c for c in cands if c[1] < anchor]
        return before[-1] if before else None
    if mod == "F":
        after = [c for c in cands if c[0] > anchor]
        return after[0] if after else None
    if mod in ("C", "c"):
        for c in cands:
            if c[0] <= anchor <= c[1]:
                return c
        same = [c for c in cands if c[0].year == anchor.year]
        return same[0] if same else None
    if tense == "past":
        before = [c for c in cands if c[0] <= anchor]
        return before[-1] if before else None
    if tense == "future":
        after = [c for c in cands if c[1] >= anchor]
        return after[0] if after else None

    def dist(c: Range) -> int:
        if c[0] <= anchor <= c[1]:
            return 0
        return min(abs((c[0] - anchor).days), abs((c[1] - anchor).days))
    return min(cands, key=dist)


def _hijri_range(y: int, m: int, d: int | None) -> Range | None:
    try:
        if d is not None:
            g = Hijri(y, m, d).to_gregorian()
            day = date(g.year, g.month, g.day)
            return day, day
        h = Hijri(y, m, 1)
        g1 = h.to_gregorian()
        g2 = Hijri(y, m, h.month_length()).to_gregorian()
        return date(g1.year, g1.month, g1.day), date(g2.year, g2.month, g2.day)
    except (ValueError, OverflowError):
        return None


def _greg_range(y: int, m: int, d: int | None) -> Range | None:
    try:
        if d is not None:
            day = date(y, m, d)
            return day, day
        return date(y, m, 1), _month_end(y, m)
    except ValueError:
        return None


def _year_range(y: int, hijri: bool) -> Range | None:
    """A whole year: Gregorian, or Hijri (from its first month's first day to its last month's last)."""
    if not hijri:
        return date(y, 1, 1), date(y, 12, 31)
    a, b = _hijri_range(y, 1, None), _hijri_range(y, 12, None)
    return None if a is None or b is None else (a[0], b[1])


def _week_union(anchor: date, shift: int) -> Range:
    """Generous week: union over weeks starting Saturday, Sunday and Monday."""
    firsts = []
    for start_wd in (5, 6, 0):
        ws = anchor - timedelta(days=(anchor.weekday() - start_wd) % 7) + timedelta(days=7 * shift)
        firsts.append(ws)
    return min(firsts), max(firsts) + timedelta(days=6)


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}


def _season_range(name: str, y: int) -> Range:
    a, b = _SEASONS[name]
    if a > b:  # winter Y = December Y-1 .. February Y
        return date(y - 1, a, 1), _month_end(y, b)
    return date(y, a, 1), _month_end(y, b)


def _part(rng: Range, part: str, unit: str) -> Range:
    first, last = rng
    if unit == "month":
        if part == "early":
            return first, first.replace(day=10)
        if part == "mid":
            return first.replace(day=11), first.replace(day=20)
        return first.replace(day=21), last
    if unit == "year":
        y = first.year
        if part == "early":
            return date(y, 1, 1), date(y, 3, 31)
        if part == "mid":
            return date(y, 5, 1), date(y, 8, 31)
        return date(y, 10, 1), date(y, 12, 31)
    return rng


# --- interpretation ----------------------------------------------------------------

@dataclass(slots=True)
class _Res:
    i: int  # token range [i, j)
    j: int
    first: date
    last: date
    precision: str
    method: str
    tense: str
    explicit_year: bool = True
    day_month: tuple[int, int, str] | None = None  # (day, month, "g"/"h") when year was inferred


class _Ctx:
    __slots__ = ("anchor", "forced", "toks", "norm", "_keys", "_vals", "prev")

    def __init__(self, toks: _Toks, anchor: date | None, forced: str | None, norm: str):
        self.norm = norm
        self.prev: _Res | None = None  # the last expression resolved before (for "الشهر نفسه")
        self.toks = toks
        self.anchor = anchor
        self.forced = forced
        self._keys: list[int] | None = None  # built on the first `sentence_tense`
        self._vals = ""

    def sentence_tense(self, i: int, j: int) -> str:
        if self.forced:
            return self.forced
        # Before the expression, nearest first: a past or future cue decides; an imperfect
        # (present) verb decides unless a non-reporting past verb comes before it
        # ("دعا ... إلى ... يعالج ... الإثنين"), and beats a verb of saying ("قال إن الرئيس
        # يزور ... الأحد"). Failing that, the nearest cue after the expression.
        # The sentence of token i is tokens lo..hi-1 (`_Toks.sent`: the sentence starts).
        bounds = self.toks.bounds
        s = bisect_right(bounds, i)
        lo = bounds[s - 1] if s else 0
        keys = self._keys
        if keys is None:  # the cue words' token indexes, ascending, and their cues' digits (C-level)
            b = self.toks.codestr.encode("latin-1")
            keys = self._keys = _positions(b.translate(_CUE_NUL).split(b"\0"))
            self._vals = b.translate(None, _NOT_CUE).decode("latin-1")
        vals = self._vals
        seen_present = False
        for x in range(bisect_left(keys, i) - 1, bisect_left(keys, lo) - 1, -1):
            cue = vals[x]  # (`_CUE_OF`: 1 past, 2 report, 3 future, 4 and 5 present)
            if cue == "1":
                return "past"
            if cue == "3":
                return "future"
            if cue == "2":
                return "present" if seen_present else "past"
            seen_present = True
        if seen_present:
            return "present"
        hi = bounds[s] if s < len(bounds) else len(self.toks)
        after = False
        for x in range(bisect_left(keys, j), bisect_left(keys, hi)):
            cue = vals[x]
            if cue in "12":  # (a report after is past)
                return "past"
            if cue == "3":
                return "future"
            after = True
        return "present" if after else "unknown"

    def same(self, unit: str, cal: str | None = None) -> tuple[int, int, bool] | None:
        """(year, month, hijri) of "الشهر نفسه" (`unit` "month") or (year, 0, hijri) of "العام نفسه"
        ("year"): the month or year of the expression resolved just before, when it lies within one,
        in calendar `cal` ("h" Hijri, "g" Gregorian: that of a month named with it), else in that
        expression's own."""
        p = self.prev
        if p is None:
            return None
        hij = cal == "h" if cal is not None else "hijri" in p.method
        if hij:
            a, b = (Gregorian(d.year, d.month, d.day).to_hijri() for d in (p.first, p.last))
            ym_a, ym_b = (a.year, a.month), (b.year, b.month)
        else:
            ym_a, ym_b = (p.first.year, p.first.month), (p.last.year, p.last.month)
        if unit == "year":
            return (ym_a[0], 0, hij) if ym_a[0] == ym_b[0] else None
        return (*ym_a, hij) if ym_a == ym_b else None


def _interpret(rule: str, i: int, j: int, ctx: _Ctx) -> _Res | None:
    all_toks = ctx.toks
    allcodes = all_toks.codestr
    codes = allcodes[i:j]  # the codes of tokens i..j-1
    anchor = ctx.anchor
    tense = ctx.sentence_tense(i, j)

    def val(code: str) -> Any:
        """The value of the first token of the expression with that code."""
        p = codes.find(code)
        return all_toks.value(i + p) if p >= 0 else None

    def vals(which: str) -> list[Any]:
        """The values of the expression's tokens whose code is one of `which`, in order."""
        return [all_toks.value(i + k) for k, c in enumerate(codes) if c in which]

    def mod_after(owner: str) -> str | None:
        p = codes.rfind(owner)
        if p >= 0 and p + 1 < len(codes) and codes[p + 1] in "QFC":
            return codes[p + 1]
        if p > 0 and codes[p - 1] == "c":
            return "c"
        return None

    def res(rng: Range | None, precision: str, method: str, t: str | None = None,
            explicit_year: bool = True, dm: tuple[int, int, str] | None = None) -> _Res | None:
        if rng is None:
            return None
        return _Res(i, j, rng[0], rng[1], precision, method, ctx.forced or t or tense,
                    explicit_year, dm)

    prev = allcodes[i - 1] if i > 0 else ""
    ntoks = len(allcodes)

    def nxt_word() -> str:
        if j >= ntoks:
            return ""
        nxt = all_toks._tok(j)
        return ctx.norm[nxt.start:nxt.end]

    if rule in ("weekday", "relday") and (prev == "k" or (j + 1 < ntoks and allcodes[j + 1] == "k"
                                                         and nxt_word() == "من")):
        return None  # "كل يوم جمعة", "يوم الجمعة من كل أسبوع": habitual


    if rule == "numeric":
        rng = _parse_numeric(val("T"))
        return res(rng, "day", "absolute:numeric")

    if rule in ("date", "drange", "date_en", "month"):
        cal = "h" if "H" in codes else "g"
        month = val("H") if cal == "h" else val("M")
        if rule == "month" and codes in ("M", "H"):
            # a bare month name: only after a preposition, and never an ambiguous one
            if not prev or prev not in ("iGStfb" if cal == "g" else "iGSt"):
                return None
            first = all_toks._tok(i)
            if cal == "g" and ctx.norm[first.start:first.end] in _lex().ambiguous_months:
                return None
        days: list[int] = [int(v) for v in vals("NO")[:2]]
        if rule == "month":
            days = []
        # the year: digits, or العام الماضي/المقبل/الجاري
        year: int | None = None
        yv = val("Y")
        if yv is not None:
            year = int(yv)
            if "h" in codes or (1300 <= year <= 1500 and "g" not in codes):
                cal = "h" if cal == "h" or year < 1600 else cal
        elif "e" in codes:
            # "في مارس من العام نفسه": the year of the expression before
            same = ctx.same("year", cal)
            if same is None:
                return None
            year = same[0]
        elif "U" in codes and anchor is not None:
            ym = mod_after("U")
            year = anchor.year + {"Q": -1, "F": 1}.get(ym or "", 0)
            if cal == "h":
                hy = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
                year = hy + {"Q": -1, "F": 1}.get(ym or "", 0)
        if cal == "h" and "H" not in codes:
            return None  # a Hijri year with a Gregorian month: inconsistent
        mk = _hijri_range if cal == "h" else _greg_range
        mmod = mod_after("M" if cal == "g" else "H")
        if mmod == "c":
            mmod = None

        def one(day: int | None) -> tuple[Range | None, bool]:
            if year is not None:
                return mk(year, month, day), True
            if anchor is None:
                return None, False
            base = anchor.year if cal == "g" else Gregorian(anchor.year, anchor.month,
                                                              anchor.day).to_hijri().year
            cands = [r for y in (base - 1, base, base + 1) if (r := mk(y, month, day)) is not None]
            if day is not None and mmod == "C":
                # "28 من ديسمبر الجاري": that day of this month's year
                return mk(base, month, day), False
            if day is not None and mmod in ("Q", "F"):
                # the month decides ("28 ديسمبر الماضي" = the December before this month)
                months = [r for y in (base - 1, base, base + 1) if (r := mk(y, month, None)) is not None]
                pick = _choose(months, anchor, tense, mmod)
                if pick is None:
                    return None, False
                for c in cands:
                    if pick[0] <= c[0] <= pick[1]:
                        return c, False
                return None, False
            pick = _choose(cands, anchor, tense, mmod)
            if day is not None and mmod is None and not ctx.forced:
                # a date within two weeks of the anchor is that one whatever the verb says:
                # the verb is often another clause's ("سيواصلان ... بعد القمة التي عقدت في
                # 17 مارس"), and nobody dates an event a year away without giving the year
                near = min(cands, key=lambda c: abs((c[0] - anchor).days))
                if abs((anchor - near[0]).days) <= _NEAR_DAYS:
                    pick = near
            return pick, False

        if days and yv is None and i > 0:
            pw = all_toks._tok(i - 1)
            if _candidates(ctx.norm[pw.start:pw.end])[-1] in _lex().name_before_date or \
                    ctx.norm[pw.start:pw.end] in _lex().name_before_date:
                return None  # "قوى 14 آذار", "ثورة 25 يناير": a name
        if len(days) == 2:
            r1, ex = one(days[0])
            r2, _ = one(days[1])
            if r1 is None or r2 is None or r2[0] < r1[0]:
                return None
            return res((r1[0], r2[1]), "range", "absolute:range" if ex else "month-year:range",
                       explicit_year=ex)
        if len(days) == 1:
            rng, ex = one(days[0])
            return res(rng, "day", ("absolute" if ex else "inferred-year") + (":hijri" if cal == "h" else ""),
                       explicit_year=ex, dm=None if ex else (days[0], month, cal))
        months = [int(v) for v in vals("M")]
        if cal == "g" and len(months) == 2 and months[0] != months[1]:
            # "ما بين يناير وأبريل": two months (same year, or the first the year before)
            m1 = month
            month = months[1]
            rng2, ex = one(None)
            if rng2 is None:
                return None
            y1 = rng2[0].year if m1 < month else rng2[0].year - 1
            return res((date(y1, m1, 1), rng2[1]), "range", "months:range", explicit_year=ex)
        rng, ex = one(None)
        if rng is None:
            return None
        part = val("E")
        if part:
            return res(_part(rng, part, "month"), "range",
                       f"month-part:{part}" + (":hijri" if cal == "h" else ""), explicit_year=ex)
        return res(rng, "month", ("absolute:month" if ex else "inferred-year:month")
                   + (":hijri" if cal == "h" else ""), explicit_year=ex)

    if rule == "year":
        y = int(val("Y"))
        if not ({"u", "U", "E", "g", "h"} & set(codes)) and prev not in "iGSt&-":
            return None
        if not prev and not ({"u", "U", "E", "g", "h"} & set(codes)):
            return None
        hij = "h" in codes or (1300 <= y <= 1500 and "g" not in codes)
        rng = _year_range(y, hij)
        if rng is None:
            return None
        part = val("E")
        if part and not hij:
            return res(_part(rng, part, "year"), "range", f"year-part:{part}")
        return res(rng, "year", "absolute:year" + (":hijri" if hij else ""))

    if rule == "yrange":
        years = [int(v) for v in vals("Y")]
        if years[1] < years[0] or "h" in codes:
            return None
        return res((date(years[0], 1, 1), date(years[1], 12, 31)), "range", "absolute:years")

    if anchor is None:
        return None  # everything below is relative to the anchor

    if rule == "dayofunit" and codes[-1] == "s":
        # "في التاسع والعشرين من الشهر نفسه": that day of the month told just before
        same = ctx.same("month")
        if same is None:
            return None
        y, mo, hij = same
        return res((_hijri_range if hij else _greg_range)(y, mo, int(val("N") or val("O"))), "day",
                   "anaphoric:day-of-month" + (":hijri" if hij else ""))

    if rule == "dayofunit":
        y, mo = _add_months(anchor.year, anchor.month, {"Q": -1, "F": 1}.get(codes[-1], 0))
        return res(_greg_range(y, mo, int(val("N") or val("O"))), "day", "relative:day-of-month")

    if rule == "weekday":
        wd, definite = val("W")
        if not definite and "y" not in codes:
            return None
        r = val("R")
        m = mod_after("W")
        if r is not None:
            base = anchor + timedelta(days=int(r))
            delta = (wd - base.weekday()) % 7
            if delta > 3:
                delta -= 7
            day = base + timedelta(days=delta)
            return res((day, day), "day", "weekday:relative-day", "past" if r < 0 else
                       ("future" if r > 0 else None))
        own: str | None = None
        if m == "F":
            delta = (wd - anchor.weekday()) % 7 or 7
            how, own = "next", "future"
        elif m == "Q":
            delta = -((anchor.weekday() - wd) % 7 or 7)
            how, own = "last", "past"
        elif i > 0 and allcodes[i - 1] == "S" and "S" not in codes:
            # "منذ (يوم) الأحد": since Sunday, the last one before the anchor whatever the tense
            # ("يواصل لقاءاته منذ الأحد")
            delta = -((anchor.weekday() - wd) % 7 or 7)
            how, own = "since", "past"
        elif m in ("C", "c") or (ctx.forced or tense) in ("future", "present"):
            delta = (wd - anchor.weekday()) % 7
            how = "on-or-after"
        else:
            delta = -((anchor.weekday() - wd) % 7)
            how = "on-or-before"
        day = anchor + timedelta(days=delta)
        return res((day, day), "day", f"weekday:{how}", own)

    if rule == "relday":
        if j < ntoks and allcodes[j] in "aO":
            return None  # "اليوم الـ82 للحرب": the 82nd day of something
        r = int(val("R"))
        day = anchor + timedelta(days=r)
        names = {0: "today", -1: "yesterday", -2: "day-before-yesterday", 1: "tomorrow",
                 2: "day-after-tomorrow"}
        own = "past" if r < 0 else ("future" if r > 0 else None)
        return res((day, day), "day", f"relative:{names.get(r, r)}", own)

    if rule == "unit" and codes[-1] in "se":
        # "في الشهر نفسه", "أواخر العام ذاته": the month or year of the expression told before
        unit = "month" if codes[-1] == "s" else "year"
        if unit == "month" and allcodes[j:j + 2] in ("fU", "fu", "fY"):
            return None  # "في الشهر نفسه من العام الماضي": not the month told before
        same = ctx.same(unit)
        if same is None:
            return None
        y, mo, hij = same
        rng = (_hijri_range if hij else _greg_range)(y, mo, None) if unit == "month" else _year_range(y, hij)
        if rng is None:
            return None
        part = val("E")
        if part:
            return res(_part(rng, part, unit), "range", f"anaphoric:{unit}-part")
        return res(rng, unit, f"anaphoric:{unit}")

    if rule == "unit":
        part = val("E")
        code, unit = next((c, u) for c, u in (("L", "week"), ("J", "month"), ("U", "year")) if c in codes)
        m = mod_after(code)
        shift = {"Q": -1, "F": 1}.get(m or "", 0)
        own = {"Q": "past", "F": "future"}.get(m or "")
        if unit == "week":
            rng = _week_union(anchor, shift)
        elif unit == "month":
            y, mo = _add_months(anchor.year, anchor.month, shift)
            rng = (date(y, mo, 1), _month_end(y, mo))
        else:
            y = anchor.year + shift
            rng = (date(y, 1, 1), date(y, 12, 31))
        if part:
            return res(_part(rng, part, unit), "range" if unit != "week" else "week",
                       f"relative:{unit}-part", own)
        return res(rng, cast(str, unit), f"relative:{unit}:{shift:+d}", own)

    if rule == "season":
        name = val("Z")
        y0 = anchor.year
        if "U" in codes:
            y0 += {"Q": -1, "F": 1}.get(mod_after("U") or "", 0)
            return res(_season_range(name, y0), "season", "season:year")
        if "Y" in codes:
            return res(_season_range(name, int(val("Y"))), "season", "season:absolute")
        if "e" in codes:  # "صيف العام نفسه"
            same = ctx.same("year")
            return None if same is None else res(_season_range(name, same[0]), "season", "season:anaphoric")
        cands = [_season_range(name, y) for y in (y0 - 1, y0, y0 + 1)]
        m = mod_after("Z")
        return res(_choose(cands, anchor, tense, m), "season", "season:relative")

    if rule == "ago":
        after = nxt_word()
        if after in ("واحد", "واحده") and j + 1 < ntoks:
            # "بعد يوم واحد من استقبال X": the number word after its noun
            t1 = all_toks._tok(j + 1)
            after = ctx.norm[t1.start:t1.end]
        if after in ("من", "علي"):
            return None  # "بعد ثلاثة أيام من الحريق": counted from another event
        sign = -1 if "S" in codes else 1
        unit_code = next(c for c in codes if c in "dljuy")
        ucount = 1 if unit_code == "y" else int(val(unit_code))
        count = None
        for c in ("N", "K", "9"):
            if val(c) is not None:
                count = int(val(c))
                break
        if count is None:
            count = ucount
        if count == 0:
            return None  # "منذ أيام": vague
        own = "past" if sign < 0 else "future"
        if unit_code in "dy":
            day = anchor + timedelta(days=sign * count)
            return res((day, day), "day", "relative:days", own)
        if unit_code == "l":
            day = anchor + timedelta(days=7 * sign * count)
            return res((day, day), "day", "relative:weeks", own)
        if unit_code == "j":
            y, mo = _add_months(anchor.year, anchor.month, sign * count)
            return res((date(y, mo, 1), _month_end(y, mo)), "month", "relative:months", own)
        y = anchor.year + sign * count
        return res((date(y, 1, 1), date(y, 12, 31)), "year", "relative:years", own)

    if rule == "within":
        per = int(val("V"))
        count = None
        for c in ("N", "K", "9"):
            if val(c) is not None:
                count = int(val(c))
                break
        if count is None:
            count = _lex().plural_default.get(per, 1)
        span = per * count
        fut = "F" in codes
        if per == 0:  # hours: today and the day before/after
            rng = (anchor, anchor + timedelta(days=1)) if fut else (anchor - timedelta(days=1), anchor)
        elif fut:
            rng = (anchor + timedelta(days=1), anchor + timedelta(days=span))
        else:
            rng = (anchor - timedelta(days=span), anchor - timedelta(days=1))
        return res(rng, "range", "relative:within", "future" if fut else "past")
    return None


def _parse_numeric(s: str) -> Range | None:
    parts = [int(x) for x in re.split(r"[-/.]", s)]
    if len(str(s.split("-")[0].split("/")[0].split(".")[0])) == 4:
        y, m, d = parts
    else:
        d, m, y = parts
        if y < 100:
            y += 2000
        if m > 12 and d <= 12:
            d, m = m, d
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    return day, day


def _merge(results: list[_Res], ctx: _Ctx) -> list[_Res]:
    """Merge "X الموافق Y" into one, and "من X إلى Y" / "بين X و Y" into a range."""
    toks = ctx.toks
    out: list[_Res] = []
    for r in results:
        if out:
            p = out[-1]
            between = toks.codestr[p.j:r.i]
            if "=" in between and set(between) <= set(",()=-"):
                keep = r if "hijri" in p.method and "hijri" not in r.method else p
                out[-1] = _Res(p.i, r.j, keep.first, keep.last, keep.precision, keep.method, keep.tense,
                               keep.explicit_year)
                continue
            opener = toks.codestr[p.i - 1] if p.i > 0 else ""
            if (between and set(between) <= set("t&-,") and set(between) & set("t&-")
                    and (opener in "fb" and opener or "-" in between or "t" in between)):
                first = p
                if not p.explicit_year and r.explicit_year and p.day_month:
                    d, m, cal = p.day_month
                    mk = _hijri_range if cal == "h" else _greg_range
                    y = r.first.year if cal == "g" else None
                    if y is not None:
                        rr = mk(y, m, d)
                        if rr is not None and rr[0] > r.last:
                            rr = mk(y - 1, m, d)
                        if rr is not None:
                            first = _Res(p.i, p.j, rr[0], rr[1], p.precision, p.method, p.tense)
                if first.first <= r.last:
                    start = p.i - 1 if opener in "fb" and opener else p.i
                    out[-1] = _Res(start, r.j, first.first, r.last, "range", "range", r.tense,
                                   r.explicit_year)
                    continue
        out.append(r)
    return out


def find_times(text: str, anchor: date | None, *, tense: str | None = None,
               norm: NormText | None = None) -> list[TimeExpr]:
    """All time expressions in `text`, resolved against `anchor` (see the module doc).

    `norm`: `rasad.arabic.normalize(text)` when the caller has it already (the pipeline
    normalises each article once for all stages); ignored when it is of another text.
    """
    if tense is not None and tense not in TENSES:
        raise ValueError(f"tense must be one of {TENSES}, not {tense!r}")
    nt = norm if norm is not None and (norm.original is text or norm.original == text) else normalize(text)
    toks = _tokenize(nt.text, text, nt.index)
    if not toks:
        return []
    codes = toks.codestr
    ctx = _Ctx(toks, anchor, tense, nt.text)
    results: list[_Res] = []
    for rule, start, end in _matches(codes):
        try:
            r = _interpret(rule, start, end, ctx)
        except (OverflowError, ValueError):
            # The date falls outside years 1..9999 (an anchor at an end of the calendar):
            # it cannot be represented, so the expression is left unresolved.
            continue
        if r is not None:
            results.append(r)
            ctx.prev = r
    results = _merge(results, ctx)
    out: list[TimeExpr] = []
    for r in results:
        s, e = nt.span(toks._tok(r.i).start, toks._tok(r.j - 1).end)
        while e < len(text) and text[e] in _TRAILING:  # "هـ", "غداً": keep the tatweel/tanween
            e += 1
        out.append(_time_expr(text[s:e], s, e, r.first, r.last, cast(Precision, r.precision), r.method,
                              cast(TenseT, r.tense if r.tense in TENSES else "unknown")))
    return out


# TimeExprs are built without the frozen dataclass's __init__ (one object.__setattr__ per field)
# by setting the instance dict at once: the same object (same __dict__ in field order, so
# equality, hash, repr and pickling agree), as rasad.kb.engine builds Mentions; if TimeExpr ever
# changes shape (slots, a __post_init__, other fields) the constructor is used instead.
_TIME_EXPR_FIELDS = ("text", "start", "end", "first", "last", "precision", "method", "tense")


def _time_expr_fast(text: str, start: int, end: int, first: date, last: date, precision: Precision, method: str,
                    tense: TenseT) -> TimeExpr:
    t = _new_object(TimeExpr)
    _set_attr(t, "__dict__", {"text": text, "start": start, "end": end, "first": first, "last": last,
                              "precision": precision, "method": method, "tense": tense})
    return t


_new_object = object.__new__
_set_attr = object.__setattr__
_time_expr: Any = _time_expr_fast if dict_built(TimeExpr, _TIME_EXPR_FIELDS) else TimeExpr


_DATELINE_LEAD = re.compile(r"\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}\s*[،,\-–:]?\s*$")


def report_day(text: str, times: Sequence[TimeExpr], published: date | None) -> date | None:
    """The day a wire dateline gives the report ("جدة 14 شوال 1435 هـ الموافق 10 أغسطس 2014 م واس"),
    when the page's own date is a day or two later (a crawl or print time): "اليوم" and "أمس" in the
    report are that day's, so its times are read against it. None when there is no such dateline
    (a city of one to four words, then a full date, at the very start of the text)."""
    if published is None or not times:
        return None
    t = times[0]
    day = _full_day(t)
    if t.start > 60 or day is None or not 1 <= (published - day).days <= 2:
        return None
    lead = text[:t.start]
    if not _DATELINE_LEAD.match(lead) or lead.split()[0] in ("في", "وفي", "يوم"):
        return None
    return day


def lead_date(text: str, times: Sequence[TimeExpr], reach: int = 400) -> date | None:
    """For a report with no date of its own: the first full date (day, month and year) its lead
    gives ("استقبل X، يوم الثلاثاء 10 نونبر 2015 بالرباط"), the day the report is about, to read its
    other times and offices against. None when the first `reach` characters give none."""
    for t in times:
        if t.start >= reach:
            break
        if (day := _full_day(t)) is not None:
            return day
    return None


def _full_day(t: TimeExpr) -> date | None:
    """The day, when the expression is one whole day written out in full ("10 نونبر 2015")."""
    return t.first if t.precision == "day" and t.first == t.last and t.method.startswith("absolute") else None


def resolve_one(text: str, anchor: date | None, *, tense: str | None = None) -> TimeExpr | None:
    """The time expression of a short text (the longest one when there are several)."""
    found = find_times(text, anchor, tense=tense)
    if not found:
        return None
    return max(found, key=lambda t: (t.end - t.start, -t.start))
