"""Turns the text of a scraped page into one or more articles: main text plus metadata.

The page is read line by line. Each line is either furniture (dropped), metadata (a date,
the outlet, the author, the headline: recorded and dropped from the text) or article text
(kept verbatim, only trimmed of surrounding whitespace). The cue phrases come from
`data/furniture.yaml`; this module holds only the layout logic:

- the *header* of an article is every line before its first real paragraph: date lines,
  the headline and its repeats, captions, section names, outlet and author lines;
- a *body paragraph* ends like a sentence (., ؟, !, :) and has a few words, or is long;
- the *tail* after the last paragraph (tag lists, timestamps, "more" links) is trimmed:
  trailing short lines that do not end like a sentence are not article text;
- under a related-articles heading (اقرأ أيضا، مقالات مشابهة) headline lines are dropped,
  but a full article reproduced there (a headline then paragraphs about it) becomes the
  next part of the page, with its own header and so its own date.

No library does this for Arabic page text: trafilatura and jusText work on HTML markup,
which plain-text pages no longer have; they are used for HTML input (see rasad.read.html).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from rasad.arabic.normalize import _SPACES, _key_chars, normalize_key
from rasad.read.dates import date_remainder, find_date
from rasad.read.furniture import _TRAIL, Furniture, furniture

# Whitespace trimmed from each line: spaces, NBSP, zero-width and directional marks.
_WS = " \t\u00a0\u2007\u202f\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c"
_SENT_END = ".!?؟…:"
_CLOSERS = "\"'»”’)]›』」 "
_CRAWL = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\s*@\s*\d{1,2}:\d{2}(:\d{2})?(\s*(gmt|utc))?")

# Ranks of date candidates: lower wins.
RANK_LABELLED = 0
RANK_HEADER = 1
RANK_CRAWL = 3


@dataclass(frozen=True)
class DateCand:
    value: date
    raw: str
    rank: int
    line: int


@dataclass
class Part:
    title: str | None = None
    author: str | None = None
    dates: list[DateCand] = field(default_factory=list)
    kept: list[tuple[int, str]] = field(default_factory=list)  # (line index, trimmed text)
    soft: list[tuple[int, str]] = field(default_factory=list)  # header lines kept if no body is found
    in_header: bool = True
    title_line: int = -1

    def text(self) -> str:
        rows = self.kept or self.soft
        out: list[str] = []
        prev = -10
        for idx, s in rows:
            if out:
                out.append("\n" if idx == prev + 1 else "\n\n")
            out.append(s)
            prev = idx
        return "".join(out)


@dataclass
class Page:
    parts: list[Part]
    page_dates: list[DateCand]  # dates seen before the first headline, and crawl stamps
    outlet: str | None
    source_outlet: str | None  # from an "المصدر: X" line


# normalize_key (rasad.arabic) of every line of a page at once: str.translate with a dict table
# costs some 60 ns a character plus a call per line, and the cleaner keys every line. Here each
# one-to-one mapping present is a C-level str.replace over the whole page (_key_chars), each dropped character
# present is cut with str.replace, then one lower(); then the blanks: every whitespace character
# but the newline becomes a space, runs of spaces one space, and the spaces at the ends of lines
# go, which is what " ".join(line.split()) does to each line (why not a regex over the page, or
# split() per line: Python's re scans a character class at ~20 ns a character, and per-line
# split/join was a third of the keying; str.replace runs at C speed, and runs of spaces are halved by
# replacing "  " until none is left, which a regex (" {2,}") did at ~20 ns a character).
# Same result per line: no mapping produces or removes a newline (newline itself is left out: it
# splits the lines), no mapped-to character is itself mapped or dropped, and the characters
# trimmed from a line (_WS) map to spaces or are dropped, which the blank rule removes.
# tests/read checks it against normalize_key on corpus and random text.
def line_keys(lines: list[str]) -> list[str]:
    """[normalize_key(line) for line in lines], for lines without newlines (see above)."""
    t = _key_chars("\n".join(lines))
    for c in _SPACES:  # every str.isspace() character but " " and "\n"
        if c in t:
            t = t.replace(c, " ")
    while "  " in t:  # runs of spaces: each C-level pass halves them (a regex scans ~20 ns a character)
        t = t.replace("  ", " ")
    if " \n" in t:
        t = t.replace(" \n", "\n")
    if "\n " in t:
        t = t.replace("\n ", "\n")
    keys = t.strip(" ").split("\n")
    if len(keys) != len(lines):  # cannot happen (see above); never give a wrong key
        return [normalize_key(x) for x in lines]
    return keys


def _ends_sentence(s: str) -> bool:
    t = s.rstrip(_CLOSERS)
    return bool(t) and t[-1] in _SENT_END


def _words(k: str) -> int:
    return k.count(" ") + 1 if k else 0


_WORD = re.compile(r"[^\W_]+")


def _key_tokens(k: str) -> set[str]:
    """_tokens of a string whose normalize_key is k."""
    return {t for t in _WORD.findall(k) if len(t) > 1}


def _tokens(s: str) -> set[str]:
    return _key_tokens(normalize_key(s))


def similar(a: str, b: str) -> bool:
    """Two headline-like strings that say the same (repeated or trimmed headlines)."""
    la, lb = normalize_key(a), normalize_key(b)
    return _similar_keys(la, la.strip(_TRAIL).strip(), lb, lb.strip(_TRAIL).strip())


def _similar_keys(la: str, ka: str, lb: str, kb: str) -> bool:
    """similar(a, b) given normalize_key (l) and cue_key (k) of a and of b: the cleaner has the
    line's keys and keeps the headline's (a third of reading a page with a headline went to
    normalising the same headline again for each line)."""
    if ka == kb or (len(kb) > 10 and (ka.startswith(kb) or kb.startswith(ka))):
        return True
    ta, tb = _key_tokens(la), _key_tokens(lb)
    if len(ta) < 2 or len(tb) < 2:
        return False
    if max(len(ta), len(tb)) > 1.6 * min(len(ta), len(tb)) + 1:
        # a line twice the headline's length that holds its words is the lead restating it (a feed's
        # text wrapped mid-sentence: "تلقى رئيس الجمهورية ... مكالمة هاتفية من امير دولة قطر الشيخ
        # تميم بن" under "قائد السبسي يتلقى مكالمة هاتفية من امير قطر"), not the headline repeated
        return ka.split()[:4] == kb.split()[:4]
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.7 or ka.split()[:4] == kb.split()[:4]


def _overlap(headline: str, para: str) -> float:
    th = _tokens(headline)
    if not th:
        return 0.0
    tp = _tokens(para)
    # A lead restates its headline, often with clitics: compare on word stems loosely.
    hits = sum(1 for t in th if t in tp or any(t in u for u in tp if len(t) >= 3))
    return hits / len(th)


class _Cleaner:
    def __init__(self, content: str, meta_title: str | None, f: Furniture):
        self.f = f
        self.lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.keys = line_keys(self.lines)
        # the drop_line_contains cues found anywhere in the page's keys: a line key can hold
        # only those (most pages hold none: no per-line scan for each cue)
        page = "\n".join(self.keys)
        self.contains = tuple(c for c in f.drop_line_contains if c in page)
        self.meta_title = meta_title.strip(_WS) if meta_title else None
        self.parts: list[Part] = [Part(title=self.meta_title)]
        self.page_dates: list[DateCand] = []
        self.outlet: str | None = None
        self.source_outlet: str | None = None
        self.ended = False  # an end-of-article marker (source, tags, share bar) was seen
        self.body_seen = False
        self.mode: str | None = None  # "poll", "ticker", "related", "name" while skipping a block
        self.prev_header: str | None = None  # kind of the previous header line ("date", "short", ...)
        self.last_short: str | None = None
        self._title_keys: tuple[str | None, str, str] = (None, "", "")  # a headline, its normalize_key, cue_key

    def title_keys(self, title: str) -> tuple[str, str]:
        """normalize_key and cue_key of the current headline (computed once per headline)."""
        if self._title_keys[0] != title:
            lt = normalize_key(title)
            self._title_keys = (title, lt, lt.strip(_TRAIL).strip())
        return self._title_keys[1], self._title_keys[2]

    # --- line tests -------------------------------------------------------------
    # n: _words(k) when the caller has it (counting the spaces of a paragraph again and again
    # was a tenth of the loop)
    @staticmethod
    def is_body(s: str, k: str, title: str | None = None, n: int | None = None) -> bool:
        if n is None:
            n = _words(k)
        return n >= 25 or (_ends_sentence(s) and n >= 6)

    @staticmethod
    def headline_like(s: str, k: str, n: int | None = None) -> bool:
        if n is None:
            n = _words(k)
        return 2 <= n <= 30 and not _ends_sentence(s)

    def _prefix(self, kc: str, cues: tuple[str, ...]) -> str | None:
        if not kc.startswith(cues):  # one C-level test first: most lines start with no cue
            return None
        for c in cues:
            if kc.startswith(c) and (len(kc) == len(c) or not kc[len(c)].isalnum()):
                return c
        return None

    def furniture_kind(self, s: str, k: str, kc: str, n: int | None = None,
                       contains: tuple[str, ...] | None = None) -> str | None:
        """Why this line is furniture ("drop", "end", ...), or None when it may be text.
        `contains`: the drop_line_contains cues to test (run passes those its page holds)."""
        f = self.f
        if n is None:
            n = _words(k)
        if kc in f.drop_line:
            return "end" if self._prefix(kc, f.end_markers) else "drop"
        if kc.startswith(f.boilerplate):
            return "drop"
        if f.drop_line_any is not None:
            if f.drop_line_any.fullmatch(k):
                return "drop"
        else:
            for rx in f.drop_line_regex:
                if rx.fullmatch(k):
                    return "drop"
        for c in f.drop_line_contains if contains is None else contains:
            if c in k:
                return "drop"
        for c, max_words in f.drop_line_prefix if kc.startswith(f.drop_line_prefix_cues) else ():
            if n <= max_words and kc.startswith(c) and (len(kc) == len(c) or not kc[len(c)].isalnum()
                                                         or not c[-1].isalnum()):
                return "end" if self._prefix(kc, f.end_markers) else "drop"
        if not _ends_sentence(s) and s.count(":") >= 2 and n <= 80 and ". " not in s:
            return "drop"  # related headlines run together: "X: ...Y: ...Z: ..."
        if n <= 8 and any(map(str.isdigit, k)) and not _ends_sentence(s):
            if any(w in f.ticker_words for w in k.split()):
                return "drop"  # ticker line: "سعر الدولار 49.44 جنيهًا"
        return None

    # --- main loop --------------------------------------------------------------
    @property
    def part(self) -> Part:
        return self.parts[-1]

    def add_date(self, value: date, raw: str, rank: int, i: int) -> None:
        cand = DateCand(value, raw, rank, i)
        p = self.part
        if rank == RANK_CRAWL or (len(self.parts) == 1 and p.title_line < 0 and not self.body_seen):
            self.page_dates.append(cand)
        else:
            p.dates.append(cand)

    def try_date(self, s: str, k: str, kc: str, i: int, n: int | None = None) -> bool | None:
        """Handle a date line: True = drop it, False = keep it as text, None = not a date line."""
        if "@" in k and _CRAWL.fullmatch(k):  # (a crawl stamp has its @: one C-level test first)
            fd = find_date(s)
            if fd:
                self.add_date(fd.value, s, RANK_CRAWL, i)
            return True
        if n is None:
            n = _words(k)
        if n > 16 or not any(map(str.isdigit, k)):
            return None
        label = self._prefix(kc, self.f.date_label_cues)
        if label is None and (not self.part.in_header or _ends_sentence(s.rstrip("."))):
            return None
        fd = find_date(s)
        if fd is None:
            return True if label else None
        rank = next(r for c, r in self.f.date_labels if c == label) if label else RANK_HEADER
        self.add_date(fd.value, s, rank, i)
        rest = date_remainder(s, fd)
        if label:
            return True
        return not rest

    def header_meta(self, s: str, k: str, kc: str) -> None:
        """A short header line: outlet, author or section name (never text)."""
        f = self.f
        p = self.part
        if kc in f.outlets and self.outlet is None:
            self.outlet = s.strip(_WS).rstrip(":： ").strip()
        elif s.rstrip(_WS).endswith((":", "：")) and p.title_line < 0 and self.outlet is None and _words(k) <= 3:
            self.outlet = s.strip(_WS).rstrip(":： ").strip()
        elif self.prev_header == "date" and p.author is None and 2 <= _words(k) <= 4 and kc not in f.outlets:
            p.author = s
        self.last_short = s

    def run(self) -> Page:
        f = self.f
        lines = self.lines
        keys = self.keys
        i = -1
        n_lines = len(lines)
        while i + 1 < n_lines:
            i += 1
            s = lines[i].strip(_WS)
            if not s:
                continue
            k = keys[i]
            if not k:
                continue
            kc = k.strip(" :：-–—•·|/\\*_.،,").strip()
            n = _words(k)
            p = self.part
            contains = self.contains

            # Footer: everything from here on is page chrome.
            # (each cue list is tested with one C-level startswith before _prefix is called)
            if kc.startswith(f.tail_cut) and self._prefix(kc, f.tail_cut) and (self.body_seen or kc in f.tail_cut):
                if self.body_seen:
                    break
                continue

            if self.mode == "name":
                self.mode = None
                if n <= 4 and not _ends_sentence(s):
                    continue

            # (a line of over 16 words is a date line only as a crawl stamp: see try_date)
            d = self.try_date(s, k, kc, i, n) if n <= 16 or "@" in k else None
            if d is True:
                self.prev_header = "date"
                continue

            # Masthead labels: "رئيس التحرير" then the editor's name.
            lab = self._prefix(kc, f.editor_label) if kc.startswith(f.editor_label) else None
            if lab and n <= 8:
                if self.last_short and self.outlet is None and p.title_line < 0:
                    self.outlet = self.last_short
                self.mode = "name" if kc == lab else None
                continue

            # Bylines: "بقلم: فلان"
            # (one C-level startswith over all the cues first: most lines start with none)
            if n <= 6 and k.startswith(f.byline_prefix) and not _ends_sentence(s):
                for c in f.byline_prefix:
                    if (k.startswith(c) and len(k) > len(c) + 1
                            and (c.endswith(":") or (n >= 2 and not k[len(c)].isalnum()))):
                        rest = s[s.find(":") + 1:] if ":" in s[: len(c) + 2] else " ".join(s.split()[1:])
                        if p.author is None and rest.strip():
                            p.author = rest.strip(_WS + ":")
                        k = ""
                        break
                if not k:
                    continue

            # A cue glued before the first sentence: cut it, keep the rest verbatim.
            for c in f.strip_prefix if kc.startswith(f.strip_prefix) else ():
                if kc.startswith(c) and len(kc) > len(c):
                    s = _cut_prefix(s, c)
                    k = normalize_key(s)
                    kc = k.strip(" :：-–—•·|/\\*_.،,").strip()
                    n = _words(k)
                    contains = f.drop_line_contains  # a new key, not the page's
                    break

            # Blocks: polls, tickers, related-article lists (a new heading ends the previous block).
            if n <= 6 and not _ends_sentence(s.rstrip(":")):
                if self._prefix(kc, f.poll):
                    self.mode = "poll"
                    continue
                if self._prefix(kc, f.ticker):
                    self.mode = "ticker"
                    continue
            rel = self._prefix(kc, f.related) if kc.startswith(f.related) else None
            if self.mode in ("poll", "ticker", "related") and not rel:
                if self.block_line(s, k, kc, n):
                    continue
                self.mode = None

            if rel and n <= 30 and not _ends_sentence(s.rstrip(":")):
                inline = s.split(":", 1)[1].strip(_WS) if ":" in s and kc != rel else None
                if inline is None and kc != rel:
                    inline = " ".join(s.split()[len(rel.split()):]).strip(_WS)
                j = self.article_follows(i + 1, inline or None)
                if j is not None:
                    self.start_part(j if not inline else i, inline)
                    i = j if not inline else i
                    continue
                if not inline:
                    self.mode = "related"
                continue

            kind = self.furniture_kind(s, k, kc, n, contains)
            if kind:
                if kind == "end" and self.body_seen:
                    self.ended = True
                if kc.startswith("المصدر") and ":" in s and self.source_outlet is None:
                    self.source_outlet = s.split(":", 1)[1].strip(_WS) or None
                continue

            # Header zone of the current part.
            if p.in_header and self.meta_title is not None and p.title == self.meta_title:
                # The feed gave the headline (JSONL, HTML): the text is body from its first line,
                # except repeats of that headline and a lone outlet name. Feed texts may wrap
                # lines mid-sentence, so a short first line is not taken for a caption.
                if not _ends_sentence(s) and n <= 30 and _similar_keys(k, kc, *self.title_keys(p.title)):
                    p.title_line = i
                    continue
                if n <= 3 and kc in f.outlets:
                    self.header_meta(s, k, kc)
                    continue
                p.in_header = False
            if p.in_header:
                if n <= 3 and not _ends_sentence(s.rstrip(_WS + ":：")):
                    self.header_meta(s, k, kc)
                    self.prev_header = "short"
                    continue
                if d is False or self.is_body(s, k, p.title, n):
                    p.in_header = False
                elif p.title is None and self.headline_like(s, k, n):
                    p.title = s
                    p.title_line = i
                    self.prev_header = "title"
                    continue
                elif p.title is not None and self.headline_like(s, k, n) and (
                        n < 12 or _similar_keys(k, kc, *self.title_keys(p.title))):
                    # a short deck or the headline repeated; a longer unpunctuated line after the
                    # headline is the lead (news sites often drop the final period)
                    p.soft.append((i, s))
                    self.prev_header = "repeat"
                    continue
                else:
                    p.in_header = False
            self.prev_header = None
            # Body.
            if p.title and n <= 30 and not _ends_sentence(s) and kc == self.title_keys(p.title)[1]:
                continue  # the headline repeated in the body
            p.kept.append((i, s))
            self.body_seen = True

        for part in self.parts:
            _trim_tail(part)
        parts = [pt for pt in self.parts if pt.kept or pt.soft]
        return Page(parts=parts, page_dates=self.page_dates, outlet=self.outlet, source_outlet=self.source_outlet)

    def block_line(self, s: str, k: str, kc: str, n: int | None = None) -> bool:
        """Inside a poll/ticker/related block: True when this line belongs to the block."""
        if n is None:
            n = _words(k)
        if self.mode == "poll":
            return (n <= 5 and not _ends_sentence(s)) or (s.rstrip(_CLOSERS).endswith(("؟", "?")) and n <= 30)
        if self.mode == "ticker":
            return n <= 8 and not _ends_sentence(s)
        # related: headline lines (bulleted or not), until a paragraph
        return not self.is_body(s, k, None, n) and n <= 30

    def article_follows(self, j: int, headline: str | None) -> int | None:
        """Index of the headline line of a full article starting at line j (or j-1 when the
        headline was inline with the cue), None when only headlines follow."""
        lines = self.lines
        n_lines = len(lines)
        hl_idx = None
        if headline is None:
            while j < n_lines and not lines[j].strip(_WS):
                j += 1
            if j >= n_lines:
                return None
            s = lines[j].strip(_WS)
            k = self.keys[j]
            if not self.headline_like(s, k) or self.is_body(s, k, None):
                return None
            headline, hl_idx = s, j
            j += 1
        paras: list[str] = []
        others = 0
        while j < n_lines and len(paras) < 2 and others <= 3:
            s = lines[j].strip(_WS)
            j += 1
            if not s:
                continue
            k = self.keys[j - 1]
            kc = k.strip(_TRAIL).strip()  # cue_key(s)
            if self._prefix(kc, self.f.related) or self._prefix(kc, self.f.tail_cut):
                break
            if self.is_body(s, k, None):
                paras.append(s)
            else:
                others += 1
        if len(paras) < 2:
            return None
        if not (self.ended or _overlap(headline, paras[0]) >= 0.34):
            return None
        return hl_idx if hl_idx is not None else j

    def start_part(self, hl_idx: int, inline: str | None) -> None:
        title = inline if inline else self.lines[hl_idx].strip(_WS)
        self.parts.append(Part(title=title, title_line=hl_idx))
        self.ended = False
        self.mode = None
        self.prev_header = "title"


def _cut_prefix(s: str, cue: str) -> str:
    """`s` without its leading cue (compared in normalised form); the rest is verbatim."""
    words = s.split()
    target = len(cue.split())
    rest = words[target:]
    if normalize_key(" ".join(words[:target])).strip(" :：-–—•·|/\\*_.،,") != cue:
        return s
    # Find where the rest starts in the original string, to keep its spacing verbatim.
    pos = 0
    for w in words[:target]:
        pos = s.index(w, pos) + len(w)
    return s[pos:].strip(_WS) if rest else ""


def _trim_tail(part: Part) -> None:
    """Drop trailing short lines that do not end like a sentence: tags, stamps, 'more' links."""
    while part.kept:
        s = part.kept[-1][1]
        if not _ends_sentence(s) and _words(normalize_key(s)) <= 6:
            part.kept.pop()
        else:
            break


def clean_page(content: str, meta_title: str | None = None) -> Page:
    """Split page text into articles: see the module doc."""
    return _Cleaner(content, meta_title, furniture()).run()
