"""From raw documents to articles: cleaning, parts, metadata and the per-document checks."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from rasad.errors import DocIssue, EmptyInput, NotArabic, PipelineError, RasadError
from rasad.ingest.raw import RawDoc, iter_raw
from rasad.read.clean import RANK_CRAWL, DateCand, Page, Part, clean_page
from rasad.read.dates import parse_published
from rasad.settings import Settings
from rasad.types import Article

MIN_ARABIC_SHARE = 0.5

# Lone UTF-16 surrogates ("\ud800" escapes in JSON) are not characters: no UTF-8 encoder
# (content hash, database, JSON output) accepts them, so they become U+FFFD on reading.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(s: str) -> str:
    # A strict UTF-8 encoding (C, ~2.5 ns a character) fails exactly on a lone surrogate; the
    # regex scan it spares costs ~6 ns a character, for the page and every metadata field.
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", s)
    return s


def _char_class(codes: list[int]) -> str:
    """A regex character class of these code points, written as ranges."""
    out: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        out.append(re.escape(chr(codes[i])) + ("-" + re.escape(chr(codes[j])) if j > i else ""))
        i = j + 1
    return "[" + "".join(out) + "]"


# arabic_share counts with two regex passes instead of a Python loop over every character (which
# was a quarter of the reader's time): the Arabic-script letters (str.isalpha in the Arabic
# blocks), and what is left once those and the common non-letters (code points below U+0800 that
# are not letters: spaces, digits, punctuation, Arabic marks) are removed, a few characters that
# are tested one by one. Both classes are built from str.isalpha, so the counts are the same.
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_ARABIC_LETTERS = [o for lo, hi in _ARABIC_RANGES for o in range(lo, hi + 1) if chr(o).isalpha()]
_ARABIC_RUN = re.compile(_char_class(_ARABIC_LETTERS) + "+")
_KNOWN_RUN = re.compile(_char_class(sorted({*_ARABIC_LETTERS, *(o for o in range(0x0800) if not chr(o).isalpha())}))
                        + "+")


def arabic_share(text: str) -> float:
    """Share of Arabic-script letters among all letters (digits and punctuation not counted)."""
    arab = sum(map(len, _ARABIC_RUN.findall(text)))
    rest = _KNOWN_RUN.sub("", text)
    total = arab + (sum(1 for ch in rest if ch.isalpha()) if rest else 0)
    return arab / total if total else 0.0


# The letters of the main Arabic block (U+0600-U+06FF) counted at C speed, without a pass of
# Python or of re over the characters (re's character class costs ~30 ns a character, this ~6):
# in UTF-16-LE such a letter is a low byte whose U+06xx is a letter (str.isalpha, as
# _ARABIC_LETTERS) and a high byte 0x06. bytes.translate turns the low bytes and the high bytes
# into 0xFF (yes) / 0x00 (no) masks, the AND of the two as integers keeps 8 one-bits per letter.
# Surrogate pairs (and lone surrogates, passed through) have high bytes 0xD8-0xDF: not counted.
_LOW_LETTER = bytes(0xFF if chr(0x0600 + b).isalpha() else 0 for b in range(256))
_HIGH_06 = bytes(0xFF if b == 0x06 else 0 for b in range(256))


def _main_block_letters(text: str) -> int:
    u = text.encode("utf-16-le", "surrogatepass")
    both = int.from_bytes(u[0::2].translate(_LOW_LETTER), "little") & int.from_bytes(u[1::2].translate(_HIGH_06),
                                                                                      "little")
    return both.bit_count() >> 3


def _short_of_arabic(text: str) -> float | None:
    """arabic_share(text) when it is below MIN_ARABIC_SHARE, else None. Arabic letters that are
    that share of all the characters are that share of the letters too, which settles most
    texts with one count of the main block's letters (a lower bound of the Arabic letters; a
    text is ~80% Arabic letters)."""
    if _main_block_letters(text) >= MIN_ARABIC_SHARE * len(text) > 0:
        return None
    arab = sum(map(len, _ARABIC_RUN.findall(text)))
    if arab and arab >= MIN_ARABIC_SHARE * len(text):
        return None
    share = arabic_share(text)
    return share if share < MIN_ARABIC_SHARE else None


def _best(cands: list[DateCand]) -> DateCand | None:
    return min(cands, key=lambda c: (c.rank, c.line)) if cands else None


def _dates(page: Page, meta_published: str | None) -> list[tuple[date | None, str | None]]:
    """(published, published_raw) per part.

    Part 1: the feed's `published` field when it parses; else its best own or page-level
    date (a labelled "تاريخ النشر" beats a header date line, which beats a crawl stamp).
    Later parts: their own header date, else a page-level date part 1 did not use (a crawl
    stamp), else None: they never take part 1's date.
    """
    out: list[tuple[date | None, str | None]] = []
    used: set[int] = set()
    meta_date = parse_published(meta_published) if meta_published else None
    page_level = [c.line for c in page.page_dates if c.rank != RANK_CRAWL]
    for n, part in enumerate(page.parts):
        if n == 0:
            if meta_date is not None:
                out.append((meta_date, meta_published))
                used.update(page_level)
                continue
            best = _best(part.dates + page.page_dates)
        else:
            best = _best(part.dates) or _best([c for c in page.page_dates if c.line not in used])
        if best is not None:
            used.add(best.line)
        if n == 0:
            # Page-level dates other than crawl stamps belong to the first article of the page.
            used.update(page_level)
        if best is None:
            out.append((None, meta_published if n == 0 else None))
        else:
            out.append((best.value, best.raw))
    return out


def _article(raw: RawDoc, part: Part, n: int, published: date | None, published_raw: str | None,
             outlet: str | None, author: str | None, url: str | None) -> Article:
    text = part.text()
    # ids and paths too: a file name of undecodable bytes reaches Python as lone surrogates
    return Article(doc_id=_no_surrogates(raw.doc_id), text=text, part=n, title=part.title, published=published,
                   published_raw=published_raw, outlet=outlet, author=author, source=_no_surrogates(raw.source),
                   url=url)


def read_raw(raw: RawDoc) -> list[Article]:
    """Clean one raw document into its article(s). Raises EmptyInput, NotArabic, MalformedHTML."""
    if not raw.content or not raw.content.strip():
        raise EmptyInput(source=raw.source)
    meta = {k: _no_surrogates(v) if isinstance(v, str) else v for k, v in (raw.meta or {}).items()}
    title = meta.get("title") or None
    author = meta.get("author") or None
    outlet = meta.get("outlet") or None
    url = meta.get("url") or None
    published_raw = meta.get("published") or None
    content = _no_surrogates(raw.content)
    if raw.kind == "html":
        from rasad.read.html import extract_html

        ex = extract_html(content, raw.source)
        content = ex.text
        title = title or ex.title
        author = author or ex.author
        outlet = outlet or ex.sitename
        url = url or ex.url
        published_raw = published_raw or ex.published
    page = clean_page(content, title)
    if not page.parts:
        raise EmptyInput("no article text left after removing page furniture", source=raw.source)
    outlet = outlet or page.outlet or page.source_outlet
    dates = _dates(page, published_raw)
    articles: list[Article] = []
    for n, (part, (pub, pub_raw)) in enumerate(zip(page.parts, dates, strict=True), start=1):
        a_author = author if n == 1 and author else part.author
        articles.append(_article(raw, part, n, pub, pub_raw, outlet, a_author, url))
    articles = [a for a in articles if a.text.strip()]
    if not articles:
        raise EmptyInput("no article text left after removing page furniture", source=raw.source)
    share = _short_of_arabic(articles[0].text)
    if share is not None:
        raise NotArabic(f"text is not Arabic ({share:.0%} of letters are Arabic)", source=raw.source)
    # the first article's share was just checked: not computed twice (arabic_share walks the text
    # character by character and was over half of the reader's time)
    return [articles[0], *(a for a in articles[1:] if _short_of_arabic(a.text) is None)]


def read_paths(paths: Sequence[str | Path], settings: Settings | None = None) -> Iterator[Article | DocIssue]:
    """Articles from files, folders, JSON Lines and stdin ("-"), with a DocIssue for each
    document that could not be read; the batch always goes on."""
    for item in iter_raw(paths, settings):
        if isinstance(item, DocIssue):
            yield item
            continue
        try:
            yield from read_raw(item)
        except RasadError as e:
            if e.source is None:
                e.source = item.source
            yield e.to_issue()
        except Exception as e:  # a reader bug must not stop the batch; it is reported
            yield PipelineError(f"reader failed: {type(e).__name__}: {e}", source=item.source).to_issue()
