"""Gaps filled in the packaged knowledge base (people/gaps_courts_parties.yaml, roles.yaml, organizations.yaml,
places.yaml): China's premier by the State Council's name, Saudi Arabia's hajj ministers and the Gulf rulers'
courts, Iraq's Kurdistan Region, Lebanon's parties and Iraq's blocs with their leaders, Pakistan's officials.
Each phrase resolves to the holder on the date."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.kb import KnowledgeBase


# ---------------------------------------------------------------- 1. China's premier
@pytest.mark.parametrize(("text", "on", "who"), [
    ("رئيس مجلس الدولة الصيني", date(2012, 6, 1), "Wen Jiabao"),
    ("رئيس مجلس الدولة الصيني", date(2016, 9, 1), "Li Keqiang"),
    ("رئيس مجلس الدولة الصينى", date(2020, 5, 1), "Li Keqiang"),   # ى for ي
    ("رئيس مجلس الدولة في الصين", date(2024, 5, 1), "Li Qiang"),
    ("رئيس مجلس الدولة الصيني", date(2023, 3, 12), "Li Qiang"),
    ("لي كي تشيانغ", date(2015, 1, 1), "Li Keqiang"),
])
def test_china_premier_by_the_state_council(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_state_council_head_of_another_state_is_not_china_s_premier(kb_people) -> None:
    # the Chinese council's head is the premier, Libya's High Council of State keeps its own, and a vice
    # premier is not the premier
    assert kb_people("رئيس مجلس الدولة الصيني", date(2016, 1, 1)) == [("رئيس مجلس الدولة الصيني", "Li Keqiang")]
    assert kb_people("رئيس مجلس الدولة الليبي", date(2020, 5, 1)) == [
        ("رئيس مجلس الدولة الليبي", "Khalid al-Mishri")]
    assert "Li Keqiang" not in [w for _, w in kb_people("نائب رئيس مجلس الدولة الصيني", date(2016, 1, 1))]


# ---------------------------------------------------------------- 2. hajj, the Gulf rulers' courts
@pytest.mark.parametrize(("text", "on", "who"), [
    ("وزير الحج", date(2010, 6, 1), "Fouad al-Farsi"),
    ("وزير الحج", date(2013, 6, 1), "Bandar Hajjar"),
    ("وزير الحج والعمرة", date(2019, 6, 1), "Mohammed Benten"),
    ("وزير الحج والعمرة", date(2021, 6, 1), "Essam bin Saad bin Saeed"),
    ("وزير الحج والعمرة السعودي", date(2023, 6, 1), "Tawfiq Al-Rabiah"),
    ("رئيس الديوان الملكي السعودي", date(2013, 5, 1), "Khalid Al-Tuwaijri"),
    ("رئيس الديوان الملكي السعودي", date(2015, 3, 1), "Mohammed bin Salman"),
    ("رئيس الديوان الملكي السعودي", date(2017, 5, 1), "Khalid al-Issa"),
    ("رئيس الديوان الملكي السعودي", date(2022, 5, 1), "Fahad bin Mohammed al-Issa"),
    # the crown prince's court is not the crown prince (Salman in 2014)
    ("رئيس ديوان ولي العهد السعودي", date(2014, 5, 1), "Mohammed bin Salman"),
    ("رئيس ديوان ولي العهد السعودي", date(2012, 5, 1), "Saud bin Nayef bin Abdulaziz Al Saud"),
    ("وزير شؤون الديوان الأميري", date(2015, 5, 1), "Nasser Sabah Al-Ahmad Al-Sabah"),
    ("وزير شؤون الديوان الأميري الكويتي", date(2019, 5, 1), "Ali Jarrah Al-Sabah"),
    ("وزير شؤون الديوان الأميري الكويتي", date(2022, 5, 1), "Mohammed Abdullah Al-Mubarak Al-Sabah"),
    ("رئيس الديوان الأميري القطري", date(2013, 5, 1), "Abdullah bin Hamad Al Thani"),
    ("رئيس الديوان الأميري القطري", date(2017, 5, 1), "Khalid bin Khalifa bin Abdulaziz Al Thani"),
    ("رئيس الديوان الأميري القطري", date(2022, 5, 1), "Saoud bin Abdulrahman Al Thani"),
    ("وزير ديوان البلاط السلطاني", date(2015, 5, 1), "Khalid bin Hilal Al Busaidi"),
    ("وزير شؤون الرئاسة الإماراتي", date(2018, 5, 1), "Mansour bin Zayed Al Nahyan"),
])
def test_hajj_minister_and_court_chiefs(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_qatar_defence_changed_hands_in_november_2024(kb_people) -> None:
    assert kb_people("وزير الدفاع القطري", date(2024, 6, 1)) == [
        ("وزير الدفاع القطري", "Khalid bin Mohammad Al Attiyah")]
    assert kb_people("وزير الدفاع القطري", date(2025, 1, 1)) == [
        ("وزير الدفاع القطري", "Saoud bin Abdulrahman Al Thani")]


# ---------------------------------------------------------------- 3. Iraq's Kurdistan Region
@pytest.mark.parametrize(("text", "on", "who"), [
    ("رئيس إقليم كردستان", date(2015, 5, 1), "Masoud Barzani"),
    ("رئيس إقليم كردستان العراق", date(2021, 5, 1), "Nechirvan Barzani"),
    ("رئيس حكومة إقليم كردستان", date(2015, 5, 1), "Nechirvan Barzani"),
    ("رئيس وزراء إقليم كردستان العراق", date(2022, 5, 1), "Masrour Barzani"),
    ("رئيس حكومة إقليم كوردستان", date(2020, 5, 1), "Masrour Barzani"),
    ("رئيس الحزب الديمقراطي الكردستاني", date(2019, 5, 1), "Masoud Barzani"),
    ("رئيس الاتحاد الوطني الكردستاني", date(2022, 5, 1), "Bafel Talabani"),
    ("الأمين العام للاتحاد الوطني الكردستاني", date(2012, 5, 1), "Jalal Talabani"),
])
def test_kurdistan_region_leaders(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_kurdistan_region_is_a_place_of_iraq_and_its_vacancy_is_not_iraq_s_president(kb: KnowledgeBase) -> None:
    ms = kb.find_mentions("زار الوزير إقليم كردستان العراق", date(2018, 5, 1))
    assert [(m.text, m.place.id if m.place else None) for m in ms] == [("إقليم كردستان العراق", "place:kurdistan-region")]
    assert kb.entry("place:kurdistan-region").country == "IRQ"
    # November 2017 - June 2019: nobody held the region's presidency
    ms = [m for m in kb.find_mentions("رئيس إقليم كوردستان", date(2018, 5, 1)) if m.kind == "person"]
    assert [m.entry_id for m in ms] == ["rasad:role:kurdistan_region_president:IRQ"]


# ---------------------------------------------------------------- 4. Lebanon's parties, Iraq's blocs
@pytest.mark.parametrize(("text", "org"), [
    ("التيار الوطني الحر", "org:fpm"),
    ("تيار المستقبل", "org:future-movement"),
    ("حزب القوات اللبنانية", "org:lebanese-forces"),
    ("الحزب التقدمي الاشتراكي", "org:psp"),
    ("حزب الكتائب اللبنانية", "org:kataeb"),
    ("التيار الصدري", "org:sadrist-movement"),
    ("ائتلاف دولة القانون", "org:state-of-law"),
    ("تحالف الفتح", "org:fatah-alliance"),
    ("الإطار التنسيقي", "org:coordination-framework"),
    ("الحزب الديمقراطي الكردستاني", "org:kdp"),
    ("الاتحاد الوطني الكردستاني", "org:puk"),
    ("الحزب الديمقراطي الكردستاني الإيراني", "org:kdpi"),
    ("كتلة التنمية والتحرير", "org:amal"),
])
def test_party_and_bloc_names(kb: KnowledgeBase, text: str, org: str) -> None:
    ms = kb.find_mentions("التقى الوزير " + text, date(2020, 1, 1))
    assert [m.entry_id for m in ms if m.kind == "organization"] == [org]


@pytest.mark.parametrize(("text", "on", "who"), [
    ("رئيس حركة أمل", date(2020, 5, 1), "Nabih Berri"),
    ("رئيس التيار الوطني الحر", date(2012, 5, 1), "Michel Aoun"),
    ("رئيس التيار الوطني الحر", date(2020, 5, 1), "Gebran Bassil"),
    ("رئيس تيار المستقبل", date(2019, 5, 1), "Saad Hariri"),
    ("رئيس حزب القوات اللبنانية", date(2019, 5, 1), "Samir Geagea"),
    ("رئيس الحزب التقدمي الاشتراكي", date(2020, 5, 1), "Walid Jumblatt"),
    ("رئيس الحزب التقدمي الاشتراكي", date(2024, 5, 1), "Taymour Jumblatt"),
    ("رئيس حزب الكتائب", date(2020, 5, 1), "Sami Gemayel"),
    ("زعيم التيار الصدري", date(2022, 5, 1), "Muqtada al-Sadr"),
    ("زعيم ائتلاف دولة القانون", date(2020, 5, 1), "Nouri al-Maliki"),
    ("زعيم تحالف الفتح", date(2020, 5, 1), "Hadi al-Amiri"),
])
def test_party_leaders_resolve_and_stay_parties_of_their_state(kb: KnowledgeBase, kb_people, text: str, on: date,
                                                              who: str) -> None:
    assert kb_people(text, on) == [(text, who)]
    # an office of an organisation would make the leader a non-state party (his meetings with his own
    # government diplomatic): the party offices are the state's
    person = next(m.entry_id for m in kb.find_mentions(text, on) if m.kind == "person")
    assert person is not None
    assert not [o for o in kb.offices(person) if o.active(on) and o.of.startswith("org:")]


# ---------------------------------------------------------------- 5. Pakistan
@pytest.mark.parametrize(("text", "on", "who"), [
    ("وزير الخارجية الباكستاني", date(2018, 5, 20), "Khurram Dastgir Khan"),
    ("رئيس أركان الجيش الباكستاني", date(2014, 5, 1), "Raheel Sharif"),
    ("رئيس أركان الجيش الباكستاني", date(2020, 5, 1), "Qamar Javed Bajwa"),
    ("رئيس أركان الجيش الباكستاني", date(2024, 5, 1), "Asim Munir"),
    ("وزيرة الدولة للشؤون الخارجية الباكستانية", date(2022, 6, 1), "Hina Rabbani Khar"),
    ("نائب رئيس الوزراء الباكستاني", date(2024, 6, 1), "Ishaq Dar"),
    # the Senate chairman of 2024 is the former prime minister (one entry, not an unnamed duplicate)
    ("رئيس مجلس الشيوخ الباكستاني", date(2024, 6, 1), "Yousaf Raza Gillani"),
])
def test_pakistan_officials(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]
