"""Properties of the cleaner on generated pages: no crash, and text made only of source lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.errors import RasadError
from rasad.ingest import RawDoc
from rasad.read import read_raw

LINES = [
    "استقبل الرئيس المصري في قصر الاتحادية اليوم وزير الخارجية الإيطالي وبحث معه العلاقات الثنائية.",
    "وأكد الجانبان خلال اللقاء أهمية تعزيز التعاون الاقتصادي ومواصلة التشاور بشأن قضايا المنطقة.",
    "الرئيس المصري يستقبل وزير الخارجية الإيطالي", "شارك الان", "طباعة", "استطلاع رأي", "نعم", "لا",
    "هل تؤيد عقد قمة عربية؟", "أسعار الذهب والدولار", "سعر الدولار 50.60 جنيها", "كلمات دلالية: مصر",
    "اقرأ أيضا:", "مقالات مشابهة", "• عنوان خبر آخر عن المنطقة", "جميع الحقوق محفوظة © 2025",
    "تاريخ النشر: 12 يناير 2025", "2025-12-05@01:30:30 GMT", "الأحد 12 يناير 2025 - 03:15 م", "الجزيرة:",
    "رئيس التحرير", "بقلم: سارة منصور", "pic.twitter.com/abc", "", " ", "\u00a0", "x: y: z", "تصفح المزيد",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINES) | st.text(max_size=40), max_size=25))
def test_cleaning_never_crashes_and_keeps_only_source_lines(lines: list[str]) -> None:
    page = "\n".join(lines)
    try:
        arts = read_raw(RawDoc(doc_id="p", source="p.txt", kind="text", content=page, meta={}))
    except RasadError:
        return
    for a in arts:
        assert a.part >= 1 and a.text.strip()
        for line in a.text.split("\n"):
            assert line in page


# Characters the fast paths treat specially: Arabic letters and marks, mapped and dropped ones,
# blanks, Greek capital sigma (lower() depends on its neighbours), letters outside the Arabic blocks.
_CHARS = st.sampled_from(list("اأإآىئؤةکیـًٌٍَُِّْٰ٠١٩۰۹\u200b\u200c\u200f\u202b\ufeff\u061c\u00a0\u2007\t_،؛؟«»ΣσΑİ abcXYZ.:-"
                               "\x0b\x0c\x1c\x1f\x85\u2028\u2029\u3000     "))
_TEXT = st.lists(_CHARS | st.characters(blacklist_categories=("Cs",)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT | st.sampled_from(LINES), max_size=12))
def test_line_keys_equal_normalize_key(lines: list[str]) -> None:
    # (normalize_key's own long-text route is checked in tests/arabic/test_normalize.py)
    from rasad.arabic import normalize_key
    from rasad.read.clean import _WS, line_keys

    lines = [ln.replace("\n", " ").replace("\r", " ") for ln in lines]
    assert line_keys(lines) == [normalize_key(ln.strip(_WS)) for ln in lines]


def _share(text: str) -> float:
    total = arab = 0
    for ch in text:
        if ch.isalpha():
            total += 1
            o = ord(ch)
            arab += 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF
    return arab / total if total else 0.0


@settings(max_examples=300, deadline=None)
@given(_TEXT | st.text(max_size=60))
def test_arabic_share_counts_letters_like_isalpha(text: str) -> None:
    from rasad.read import arabic_share

    assert arabic_share(text) == _share(text)


def test_line_keys_and_arabic_share_on_the_corpus(real_articles: list[dict]) -> None:
    from rasad.arabic import normalize_key
    from rasad.read import arabic_share
    from rasad.read.clean import _WS, line_keys

    for d in real_articles:
        lines = d["text"].replace("\r\n", "\n").replace("\r", "\n").split("\n")
        assert line_keys(lines) == [normalize_key(ln.strip(_WS)) for ln in lines]
        assert arabic_share(d["text"]) == _share(d["text"])


@settings(max_examples=300, deadline=None)
@given(_TEXT | st.text(max_size=60) | st.sampled_from(LINES))
def test_arabic_share_short_cut_decides_like_the_share(text: str) -> None:
    from rasad.read.reader import MIN_ARABIC_SHARE, _short_of_arabic

    share = _share(text)
    assert _short_of_arabic(text) == (share if share < MIN_ARABIC_SHARE else None)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS | st.sampled_from(list("0123456789@#:-=*•.~ ()اليومامسgmtutc")), max_size=30).map("".join)
       | st.sampled_from(LINES))
def test_drop_line_regexes_as_one_alternation(line: str) -> None:
    from rasad.read.clean import line_keys
    from rasad.read.furniture import furniture

    f = furniture()
    assert f.drop_line_any is not None
    k = line_keys([line])[0]
    assert bool(f.drop_line_any.fullmatch(k)) == any(rx.fullmatch(k) for rx in f.drop_line_regex)


@settings(max_examples=300, deadline=None)
@given(_TEXT | st.text(max_size=60) | st.sampled_from(LINES))
def test_main_block_letters_count_like_isalpha(text: str) -> None:
    # the UTF-16 mask count of the Arabic letters of U+0600-U+06FF (the reader's first test)
    from rasad.read.reader import _main_block_letters

    assert _main_block_letters(text) == sum(1 for ch in text if 0x0600 <= ord(ch) <= 0x06FF and ch.isalpha())
    assert _main_block_letters(text + "\ud83d" + text) == 2 * _main_block_letters(text)  # a lone surrogate
