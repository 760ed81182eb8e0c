"""Finance and economy ministers in the packaged knowledge base (people/finance_ministers.yaml, the finance and economy
offices moved to their roles in cabinets_east.yaml, cabinets_west.yaml and gaps_ambassadors.yaml, roles.yaml heads
`finance_minister` and `economy_minister` and the fixed Treasury/Chancellor phrases). Each phrase resolves to the
holder on the date; a state with one minister of "economy and finance" gives him both roles, a state with two keeps
them apart; every sentence was written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.kb import KnowledgeBase


def _person(kb: KnowledgeBase, text: str, on: date) -> list[str | None]:
    return [m.entry_id for m in kb.find_mentions(text, on) if m.kind == "person"]


# ---------------------------------------------------------------- the brief's three phrases
def test_le_maire_by_his_title_and_name(kb_people) -> None:
    text = "وزير الاقتصاد والمالية الفرنسي برونو لومير"
    assert kb_people(text, date(2019, 6, 1)) == [(text, "Bruno Le Maire")]
    assert kb_people("برونو لو مير", date(2019, 6, 1)) == [("برونو لو مير", "Bruno Le Maire")]


def test_the_us_treasury_secretary(kb_people) -> None:
    assert kb_people("وزير الخزانة الأمريكي", date(2019, 6, 1)) == [("وزير الخزانة الأمريكي", "Steven Mnuchin")]


def test_the_saudi_finance_minister(kb_people) -> None:
    assert kb_people("وزير المالية السعودي", date(2021, 3, 1)) == [("وزير المالية السعودي", "Mohammed Al-Jadaan")]


# ---------------------------------------------------------------- finance ministers by date
@pytest.mark.parametrize(("text", "on", "who"), [
    ("وزير المالية السعودي", date(2012, 5, 1), "Ibrahim Abdulaziz Al-Assaf"),
    ("وزير المالية الإماراتي", date(2023, 5, 1), "Maktoum bin Mohammed bin Rashid Al Maktoum"),
    ("وزير المالية القطري", date(2012, 5, 1), "Yousef Hussain Kamal"),
    ("وزير المالية الكويتي", date(2011, 5, 1), "Mustafa Al-Shamali"),
    ("وزير المالية والاقتصاد الوطني البحريني", date(2019, 5, 1), "Salman bin Khalifa Al Khalifa"),
    ("الوزير المسؤول عن الشؤون المالية", date(2016, 1, 1), "Darwish bin Ismail Al Balushi"),
    ("وزير المالية المصري", date(2010, 5, 1), "Youssef Boutros Ghali"),
    ("وزير المالية المصري", date(2012, 5, 1), "Momtaz El-Saeed"),
    ("وزير المالية المصري", date(2021, 5, 1), "Mohamed Maait"),
    ("وزير مالية مصر", date(2025, 1, 1), "Ahmed Kouchouk"),
    ("وزير المالية الأردني", date(2025, 1, 1), "Abdelhakim Shibli"),
    ("وزيرة المالية اللبنانية", date(2010, 5, 1), "Raya El Hassan"),
    ("وزير المالية السوري", date(2022, 5, 1), "Kenan Yaghi"),
    ("وزير المالية السوري", date(2025, 6, 1), "Mohammed Yisr Barnieh"),
    ("وزير المالية العراقي", date(2012, 5, 1), "Rafi al-Issawi"),
    ("وزير المالية الفلسطيني", date(2011, 5, 1), "Salam Fayyad"),
    ("وزير المالية والتخطيط الفلسطيني", date(2024, 6, 1), "Omar al-Bitar"),
    ("وزير المالية اليمني", date(2022, 5, 1), "Salem Saleh bin Braik"),
    ("وزير المالية الليبي", date(2022, 5, 1), "Khaled al-Mabrouk Abdullah"),
    ("وزير المالية التونسي", date(2018, 5, 1), "Ridha Chalghoum"),
    ("وزير المالية الجزائري", date(2016, 1, 1), "Abderrahmane Benkhalfa"),
    ("وزير الاقتصاد والمالية المغربي", date(2011, 5, 1), "Salaheddine Mezouar"),
    ("وزيرة الاقتصاد والمالية المغربية", date(2023, 5, 1), "Nadia Fettah Alaoui"),
    ("وزير الاقتصاد والمالية الموريتاني", date(2017, 5, 1), "Mokhtar Ould Djay"),
    ("وزير الاقتصاد والمالية الإيراني", date(2022, 5, 1), "Ehsan Khandouzi"),
    ("وزير الخزانة والمالية التركي", date(2019, 5, 1), "Berat Albayrak"),
    ("وزير المالية الإسرائيلي", date(2018, 5, 1), "Moshe Kahlon"),
    ("وزير مالية الاحتلال", date(2024, 5, 1), "Bezalel Smotrich"),
    ("وزير الخزانة الأميركي", date(2015, 5, 1), "Jack Lew"),
    ("وزيرة الخزانة الأمريكية", date(2023, 5, 1), "Janet Yellen"),
    ("وزير الخزانة في الولايات المتحدة", date(2025, 6, 1), "Scott Bessent"),
    ("وزير الخزانة البريطاني", date(2014, 5, 1), "George Osborne"),
    ("وزير المالية البريطاني", date(2021, 5, 1), "Rishi Sunak"),
    ("وزيرة المالية البريطانية", date(2025, 2, 1), "Rachel Reeves"),
    ("وزير المالية الألماني", date(2020, 5, 1), "Olaf Scholz"),
    ("وزير المالية الألماني", date(2023, 5, 1), "Christian Lindner"),
    ("وزير الاقتصاد والمالية الإيطالي", date(2016, 5, 1), "Pier Carlo Padoan"),
    ("وزير المالية الإسباني", date(2015, 5, 1), "Cristóbal Montoro"),
    ("وزير المالية الروسي", date(2020, 5, 1), "Anton Siluanov"),
    ("وزير المالية الصيني", date(2015, 5, 1), "Lou Jiwei"),
    ("وزير المالية الياباني", date(2018, 5, 1), "Taro Aso"),
    ("وزيرة المالية الهندية", date(2022, 5, 1), "Nirmala Sitharaman"),
    ("وزير المالية الباكستاني", date(2015, 5, 1), "Ishaq Dar"),
])
def test_finance_ministers_by_date(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


# ---------------------------------------------------------------- economy ministers by date
@pytest.mark.parametrize(("text", "on", "who"), [
    ("وزير الاقتصاد والتخطيط السعودي", date(2016, 5, 1), "Adel Fakeih"),
    ("وزير الاقتصاد الإماراتي", date(2022, 5, 1), "Abdulla bin Touq Al Marri"),
    ("وزير الاقتصاد والتجارة القطري", date(2015, 5, 1), "Ahmed bin Jassim bin Mohammed Al Thani"),
    ("وزير الاقتصاد العماني", date(2022, 5, 1), "Said bin Mohammed Al Saqri"),
    ("وزير الاقتصاد والتجارة اللبناني", date(2012, 5, 1), "Nicolas Nahas"),
    ("وزير الاقتصاد الوطني الفلسطيني", date(2021, 5, 1), "Khaled al-Osaily"),
    ("وزير الاقتصاد التركي", date(2016, 5, 1), "Nihat Zeybekci"),
    ("وزير الاقتصاد الإسرائيلي", date(2014, 5, 1), "Naftali Bennett"),
    ("وزير الاقتصاد الألماني", date(2015, 5, 1), "Sigmar Gabriel"),
    ("وزير الاقتصاد الألماني", date(2023, 5, 1), "Robert Habeck"),
    ("وزيرة الاقتصاد الإسبانية", date(2020, 5, 1), "Nadia Calviño"),
    ("وزير التنمية الاقتصادية الروسي", date(2018, 5, 1), "Maxim Oreshkin"),
    ("وزير الاقتصاد الروسي", date(2023, 5, 1), "Maxim Reshetnikov"),
])
def test_economy_ministers_by_date(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_one_minister_of_economy_and_finance_answers_both_phrases(kb_people) -> None:
    on = date(2020, 5, 1)
    for text in ("وزير الاقتصاد الفرنسي", "وزير المالية الفرنسي", "وزير الاقتصاد والمالية الفرنسي"):
        assert kb_people(text, on) == [(text, "Bruno Le Maire")]
    assert kb_people("وزير الاقتصاد الإيراني", on) == [("وزير الاقتصاد الإيراني", "Farhad Dejpasand")]
    assert kb_people("وزير الاقتصاد الإيطالي", on) == [("وزير الاقتصاد الإيطالي", "Roberto Gualtieri")]


def test_france_s_two_ministries_of_2014_2016(kb_people) -> None:
    on = date(2015, 6, 1)
    assert kb_people("وزير الاقتصاد الفرنسي", on) == [("وزير الاقتصاد الفرنسي", "Emmanuel Macron")]
    assert kb_people("وزير المالية الفرنسي", on) == [("وزير المالية الفرنسي", "Michel Sapin")]


def test_no_fallback_from_the_economy_to_the_finance_minister(kb: KnowledgeBase) -> None:
    # Saudi Arabia's economy minister in March 2021 is not in the KB: the phrase stays the office, not Al-Jadaan
    assert _person(kb, "وزير الاقتصاد السعودي", date(2021, 3, 1)) == ["rasad:role:economy_minister:SAU"]


def test_a_name_after_the_title_is_kept(kb_people) -> None:
    text = "وزير الخزانة البريطاني فيليب هاموند"
    assert kb_people(text, date(2018, 7, 8)) == [(text, "Philip Hammond")]
    text = "وزير الخزانة الأميركي، ستيفن منوتشين"
    assert kb_people(text, date(2018, 6, 1)) == [(text, "Steven Mnuchin")]


@pytest.mark.parametrize(("text", "on"), [
    # another person's office, and the UAE's minister of state beside its finance minister
    ("نائب وزير المالية السعودي", date(2021, 3, 1)),
    ("مساعد وزير الخزانة الأمريكي", date(2019, 6, 1)),
    ("وزير الدولة للشؤون المالية الإماراتي", date(2021, 3, 1)),
    # Mali's nisba is also "financial": no state
    ("وزير المالية", date(2021, 3, 1)),
])
def test_phrases_that_name_no_finance_minister(kb_people, text: str, on: date) -> None:
    assert kb_people(text, on) == []


def test_years_only_offices_leave_the_edges_unresolved(kb: KnowledgeBase) -> None:
    # Abdul Hafeez Shaikh's term is known by its years (2010-2013): inside it he holds the office, at its edges no one
    assert _person(kb, "وزير المالية الباكستاني", date(2012, 5, 1)) == ["rasad:p:abdul-hafeez-shaikh"]
    assert _person(kb, "وزير المالية الباكستاني", date(2010, 6, 1)) == ["rasad:role:finance_minister:PAK"]


def test_the_imf_before_lagarde(kb_people) -> None:
    assert kb_people("مدير صندوق النقد الدولي", date(2010, 5, 1)) == [
        ("مدير صندوق النقد الدولي", "Dominique Strauss-Kahn")]
    assert kb_people("مديرة صندوق النقد الدولي", date(2015, 5, 1)) == [
        ("مديرة صندوق النقد الدولي", "Christine Lagarde")]
