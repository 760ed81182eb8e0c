"""Checks of the packaged people data (data/people/*.yaml) with the packaged roles: every office is
well-formed, and a sample of role phrases resolves to the holder on the date."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.kb import KnowledgeBase


def test_offices_are_well_formed(kb: KnowledgeBase) -> None:
    titles = kb.data.titles
    bad: list[tuple[object, ...]] = []
    for e in kb.entries.values():
        if e.kind != "person":
            continue
        for o in e.offices:
            if o.role not in titles:
                bad.append((e.id, "role", o.role))
            if o.start and o.end and o.start > o.end:
                bad.append((e.id, "dates", o.start, o.end))
            if o.of not in kb.entries and f"country:{o.of}" not in kb.entries:
                bad.append((e.id, "of", o.of))
            if o.for_ and f"country:{o.for_}" not in kb.entries:
                bad.append((e.id, "for", o.for_))
    assert bad == []


@pytest.mark.parametrize(("text", "on", "who"), [
    ("رئيس وزراء سنغافورة", date(2018, 6, 11), "Lee Hsien Loong"),
    ("رئيس الوزراء السنغافوري", date(2025, 1, 1), "Lawrence Wong"),
    ("قائد فيلق القدس", date(2019, 6, 1), "Qasem Soleimani"),
    ("قائد فيلق القدس", date(2021, 3, 1), "Esmail Qaani"),
    ("القائد العام للحرس الثوري", date(2020, 2, 1), "Hossein Salami"),
    ("رئيس المخابرات المصرية", date(2016, 5, 1), "Khaled Fawzy"),
    ("رئيس جهاز الاستخبارات التركي", date(2020, 5, 1), "Hakan Fidan"),
    ("رئيس الموساد", date(2024, 1, 1), "David Barnea"),
    # "the Israeli intelligence chief" is the Mossad's (roles.yaml fallback)
    ("رئيس المخابرات الإسرائيلية", date(2018, 1, 1), "Yossi Cohen"),
    ("رئيس الشاباك", date(2019, 1, 1), "Nadav Argaman"),
    ("قائد الجيش الباكستاني", date(2020, 1, 1), "Qamar Javed Bajwa"),
    ("المبعوث الروسي الخاص إلى سوريا", date(2020, 1, 1), "Alexander Lavrentiev"),
    ("رئيس المجلس الأعلى للدولة", date(2022, 1, 1), "Khalid al-Mishri"),
    ("رئيس البرلمان العراقي", date(2020, 1, 1), "Mohamed al-Halbousi"),
    ("رئيس جورجيا", date(2016, 1, 1), "Giorgi Margvelashvili"),
    ("وزير الداخلية التركي", date(2020, 1, 1), "Süleyman Soylu"),
    ("مستشار الأمن الوطني الإماراتي", date(2022, 1, 1), "Tahnoun bin Zayed Al Nahyan"),
    ("أمين المجلس الأعلى للأمن القومي", date(2020, 1, 1), "Ali Shamkhani"),
    ("مدير وكالة المخابرات المركزية", date(2019, 1, 1), "Gina Haspel"),
    ("وزير الدولة للشؤون الخارجية السعودي", date(2022, 1, 1), "Adel al-Jubeir"),
    # "حكومة الاحتلال" alone is Israel: with رئيس before it, the office is the prime minister's
    ("رئيس حكومة الاحتلال", date(2024, 1, 1), "Benjamin Netanyahu"),
])
def test_role_resolves_to_holder(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


@pytest.mark.parametrize(("text", "phrase", "on", "who"), [
    # ملكة: a queen regnant is her country's monarch on the date (roles.yaml heads)
    ("استقبلت ملكة الدنمارك في قصر أمالينبورغ ولي العهد.", "ملكة الدنمارك", date(2015, 4, 1), "Margrethe II"),
    ("أقامت الملكة البريطانية مأدبة عشاء للضيف.", "الملكة البريطانية", date(2018, 7, 1), "Elizabeth II"),
    ("زارت ملكة هولندا المعرض.", "ملكة هولندا", date(2012, 1, 10), "Beatrix of the Netherlands"),
    ("التقى ملك هولندا رئيس الوزراء.", "ملك هولندا", date(2016, 1, 10), "Willem-Alexander"),
])
def test_a_queen_regnant_is_the_monarch(kb_people, text: str, phrase: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(phrase, who)]


def test_a_queen_consort_is_not_the_king(kb: KnowledgeBase) -> None:
    # ملكة الأردن is Queen Rania (roles.yaml fixed: queen_consort, held by her in people/gaps_ambassadors.yaml),
    # not King Abdullah II; Belgium's queen has no holder in the KB, so her phrase stays a role of the country
    ms = [m for m in kb.find_mentions("استقبلت ملكة الأردن رانيا العبدالله وفدا.", date(2018, 1, 1))
          if m.kind == "person"]
    assert [(m.text, m.entry_id) for m in ms] == [("ملكة الأردن رانيا العبدالله", "rasad:p:queen-rania")]
    ms = [m for m in kb.find_mentions("استقبلت ملكة بلجيكا وفدا.", date(2018, 1, 1)) if m.kind == "person"]
    assert [(m.text, m.entry_id) for m in ms] == [("ملكة بلجيكا", "rasad:role:queen_consort:BEL")]


def test_houthi_government_does_not_shadow_yemen(kb_people) -> None:
    # the Sanaa government's offices are of org:houthis, so Yemen's PM stays the recognised one
    assert kb_people("رئيس الوزراء اليمني", date(2020, 1, 1)) == [("رئيس الوزراء اليمني", "Maeen Abdulmalik Saeed")]


def test_name_with_title_and_spelling_variant(kb_people) -> None:
    text = "استقبل قائد قوة القدس إسماعيل قآني ثم لي هسين لونج"
    assert [w for _, w in kb_people(text, date(2021, 3, 1))] == ["Esmail Qaani", "Lee Hsien Loong"]


def _ids(kb: KnowledgeBase, text: str, on: date) -> list[str | None]:
    return [m.entry_id for m in kb.find_mentions(text, on) if m.kind == "person"]


def test_shared_office_with_several_holders_stays_a_role(kb: KnowledgeBase) -> None:
    # Russia has several deputy foreign ministers at once: the phrase alone names none of them
    assert _ids(kb, "نائب وزير الخارجية الروسي", date(2020, 1, 1)) == ["rasad:role:deputy_foreign_minister:RUS"]
    assert _ids(kb, "نائب وزير الخارجية الروسي ميخائيل بوغدانوف", date(2020, 1, 1)) == ["rasad:p:mikhail-bogdanov"]
    # Turkey had several deputy prime ministers at once until 2018
    assert _ids(kb, "نائب رئيس الوزراء التركي", date(2016, 6, 1)) == ["rasad:role:deputy_prime_minister:TUR"]


def test_the_uae_crown_prince_is_abu_dhabi_s_not_dubai_s(kb_people) -> None:
    assert kb_people("ولي العهد الإماراتي", date(2020, 5, 1)) == [("ولي العهد الإماراتي", "Mohamed bin Zayed Al Nahyan")]


def test_ambassador_without_host_country_is_not_one_posted_somewhere(kb: KnowledgeBase) -> None:
    assert _ids(kb, "السفير الأمريكي", date(2018, 1, 1)) == ["rasad:role:ambassador:USA"]
    assert _ids(kb, "السفير الأمريكي لدى إسرائيل", date(2018, 1, 1)) == ["rasad:p:david-friedman"]


def test_extra_offices_merge_into_the_person_of_another_file(kb: KnowledgeBase) -> None:
    e = kb.entry("rasad:p:anwar-gargash")
    assert e.name_ar and e.country == "ARE"
    assert {o.role for o in e.offices} >= {"foreign_minister_of_state", "diplomatic_adviser"}


def test_king_abdullah_alone_is_the_king_reigning_on_the_date(kb_people) -> None:
    assert kb_people("ويلتقي الملك عبدالله وزير الدفاع الأمريكي", date(2018, 3, 6))[0] == (
        "الملك عبدالله", "Abdullah II")
    text = "استقبل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز السفير. وأكد الملك عبدالله أن المملكة"
    assert [who for _, who in kb_people(text, date(2012, 3, 6))] == ["Abdullah bin Abdulaziz Al Saud"] * 2


def test_a_person_s_gender_is_f_or_m_and_a_bad_one_names_the_file() -> None:
    from rasad.errors import KnowledgeError
    from rasad.kb.model import person_from_dict

    assert person_from_dict({"id": "rasad:p:x", "name_en": "X", "gender": "f"}, "x.yaml").gender == "f"
    with pytest.raises(KnowledgeError, match="gender"):
        person_from_dict({"id": "rasad:p:x", "name_en": "X", "gender": "female"}, "people/x.yaml")
