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
