"""Publication dates as pages and feeds write them.

`parse_published(s)` turns one string into a `datetime.date` (or None). It accepts:

- RFC 2822 ("Tue, 08 May 2018 22:44:23 GMT") and ISO 8601 ("2017-01-21T23:43:00+01:00",
  "2023-12-28T18:06:00.0000000", "2015-08-03 20:30:57", the crawl stamp "2025-12-05@01:30:30 GMT");
  the date is the calendar date as written (no conversion to UTC: a page dated 23:43+01:00 on
  the 21st was published on the 21st where it was written);
- numeric day-first dates "19/10/2014", "19-10-2014", "19.10.2014" and year-first "2014/10/19";
- day + month name + year in Arabic (Egyptian/Gulf يناير, Levantine كانون الثاني, Maghrebi
  جانفي / دجنبر, dual forms "7 أكتوبر/تشرين الأول 2023") or English ("20th, March 2024",
  "March 20, 2024"), with Arabic-Indic digits or not: month names come from
  `rasad.timex.lexicon`, so every spelling the lexicon knows works here;
- Hijri dates "26 شوال 1436 هـ", converted with hijridate (Umm al-Qura); when a string gives
  both calendars ("... الموافق 11 أغسطس 2015 م") the Gregorian one is used.

A date needs a day, a month and a year: "ديسمبر 2025" or a footer "© 2025" is not a
publication date. `find_date` also returns where the date was found, for the page reader.

Why not dateparser: it is slow (tens of ms a call), accepts partial dates (a year alone) and
guesses, which is what must not happen to a publication date; these few patterns are exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate
from functools import lru_cache

from rasad.arabic.normalize import normalize_key
from rasad.timex.lexicon import gregorian_months, hijri_months, weekdays

MIN_YEAR = 1900
MAX_YEAR = 2100


@dataclass(frozen=True)
class FoundDate:
    """A date found in a (normalised) string: the date, the span in the key, the method."""

    value: date
    start: int
    end: int
    method: str  # "iso", "rfc2822", "numeric", "text", "hijri"


def _alt(names: list[str]) -> str:
    # Longest first so that "كانون الاول" wins over a shorter prefix.
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    months = _alt(list(gregorian_months()))
    hijri = _alt(list(hijri_months()))
    b, e = r"(?<![\w])", r"(?![\w])"
    month = rf"{b}(?P<m1>{months}){e}(?:\s*/\s*(?P<m2>{months}){e})?"
    return {
        "iso": re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
        # day month year: "20 مارس 2024", "20th, march 2024", "7 اكتوبر/تشرين الاول 2023", "5 من شهر مايو 2019"
        "dmy": re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*[,،]?\s*(?:من\s+)?(?:شهر\s+)?{month}\s*[,،]?\s*(?:من\s+)?(?:عام\s+|سنه\s+)?(?P<y>\d{{4}})(?!\d)"
        ),
        # month day year: "march 20, 2024"
        "mdy": re.compile(rf"{month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*[,،]?\s*(?P<y>\d{{4}})(?!\d)"),
        "num_dmy": re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?![\d/.-])"),
        "num_ymd": re.compile(r"(?<![\d/.-])(?P<y>\d{4})(?P<s>[/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d/.-])"),
        "hijri": re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?{b}(?P<hm>{hijri}){e}\s*[,،]?\s*(?:عام\s+|سنه\s+)?(?P<y>1[34]\d\d)(?!\d)"
        ),
    }


def _mk(y: int, m: int, d: int) -> date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _hijri(y: int, m: int, d: int) -> date | None:
    from hijridate import Hijri

    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return _mk(g.year, g.month, g.day)


def find_date(s: str) -> FoundDate | None:
    """The first full publication-style date in `s` (see module doc), or None.

    Spans are offsets into `normalize_key(s)`, the form the patterns run on.
    """
    if not s or not any(map(str.isdigit, s)):
        return None
    k = normalize_key(s)
    p = _patterns()
    months = gregorian_months()
    found: list[FoundDate] = []
    m = p["iso"].search(k)
    if m:
        v = _mk(int(m["y"]), int(m["m"]), int(m["d"]))
        if v:
            return FoundDate(v, m.start(), m.end(), "iso")
    if "," in s[:5] or re.match(r"^\s*\d{1,2}\s+[a-z]{3}\s+\d{4}", k):
        t = parsedate(s.strip())
        if t and t[0]:
            v = _mk(t[0], t[1], t[2])
            if v:
                return FoundDate(v, 0, len(k), "rfc2822")
    for name in ("dmy", "mdy"):
        for m in p[name].finditer(k):
            v = _mk(int(m["y"]), months[m["m1"]], int(m["d"]))
            if v:
                found.append(FoundDate(v, m.start(), m.end(), "text"))
                break
    if found:
        return min(found, key=lambda f: f.start)
    m = p["num_dmy"].search(k)
    if m:
        d_, m_, y_ = int(m["d"]), int(m["m"]), int(m["y"])
        # Arabic pages write the day first; month-first only when day-first is impossible.
        v = _mk(y_, m_, d_) or _mk(y_, d_, m_)
        if v:
            return FoundDate(v, m.start(), m.end(), "numeric")
    m = p["num_ymd"].search(k)
    if m:
        v = _mk(int(m["y"]), int(m["m"]), int(m["d"]))
        if v:
            return FoundDate(v, m.start(), m.end(), "numeric")
    m = p["hijri"].search(k)
    if m:
        v = _hijri(int(m["y"]), hijri_months()[m["hm"]], int(m["d"]))
        if v:
            return FoundDate(v, m.start(), m.end(), "hijri")
    return None


def parse_published(s: str | None) -> date | None:
    """The publication date a string states, or None (see module doc for the formats)."""
    if not s:
        return None
    return _parse_published(str(s))


@lru_cache(maxsize=4096)
def _parse_published(s: str) -> date | None:
    # cached: feeds repeat their date strings (a day's articles), and a date is immutable
    f = find_date(s)
    return f.value if f else None


_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?!\d)")
_FILLER = {"م", "ص", "مساء", "صباحا", "gmt", "utc", "ه", "هـ", "الموافق", "am", "pm", "at", "في",
           "بتوقيت", "مكه", "المكرمه", "القاهره", "غرينتش", "جرينتش", "الساعه", "اخر", "تحديث"}


def date_remainder(s: str, found: FoundDate) -> list[str]:
    """Words of `s` left once the date, weekday names, times and fillers are removed.

    A line whose remainder is empty is a pure date line (dropped from the text); a line
    with words left ("الرياض ... واس") is a dateline that stays in the text.
    """
    k = normalize_key(s)
    rest = k[: found.start] + " " + k[found.end :]
    rest = _TIME.sub(" ", rest)
    days = weekdays()
    words = re.findall(r"[^\W\d_]+", rest)
    return [w for w in words if w not in days and w not in _FILLER and w.rstrip("ـ") not in _FILLER]
