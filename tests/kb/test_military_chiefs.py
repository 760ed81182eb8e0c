"""Military chiefs of staff and commanders, and Russia's deputy prime ministers, in the packaged knowledge base
(people/military_chiefs.yaml; the chiefs already in other files; roles.yaml heads `chief_of_staff` and `army_commander`,
the fixed US joint chiefs', CENTCOM's, Syria's, Algeria's and the LNA's phrases). Each title phrase resolves to the
holder on the date, a name alone resolves, and the day a holder changes switches the phrase; every sentence was written
for the test."""

from __future__ import annotations

from datetime import date

import pytest


# ---------------------------------------------------------------- title phrases by date
@pytest.mark.parametrize(("text", "on", "who"), [
    # Jordan's Chairman of the Joint Chiefs of Staff
    ("رئيس هيئة الأركان المشتركة الأردني", date(2014, 5, 1), "Mashal Mohammad al-Zaben"),
    ("رئيس هيئة الأركان المشتركة الأردني", date(2018, 5, 1), "Mahmoud Abdel Halim Freihat"),
    ("رئيس هيئة الأركان المشتركة للقوات المسلحة الأردنية", date(2022, 5, 1), "Yousef Ahmed al-Huneiti"),
    # the Gulf
    ("رئيس أركان القوات المسلحة الإماراتية", date(2016, 5, 1), "Hamad Mohammed Thani Al Rumaithi"),
    ("رئيس أركان القوات المسلحة الإماراتي", date(2023, 5, 1), "Issa Saif Mohammed Al Mazrouei"),
    ("رئيس أركان القوات المسلحة القطرية", date(2012, 5, 1), "Hamad bin Ali Al Attiyah"),
    ("رئيس أركان القوات المسلحة القطرية", date(2015, 5, 1), "Ghanim bin Shaheen Al Ghanim"),
    ("رئيس هيئة الأركان العامة السعودي", date(2020, 5, 1), "Fayyad al-Ruwaili"),
    ("رئيس أركان الجيش السعودي", date(2016, 5, 1), "Abdulrahman bin Saleh al-Bunyan"),
    # Iraq and Syria
    ("رئيس أركان الجيش العراقي", date(2013, 5, 1), "Babakir Zebari"),
    ("رئيس أركان الجيش العراقي", date(2018, 5, 1), "Othman al-Ghanimi"),
    ("رئيس هيئة أركان الجيش العراقي", date(2022, 5, 1), "Abdul Amir Rashid Yarallah"),
    ("رئيس هيئة الأركان السوري", date(2012, 3, 1), "Fahd Jassem al-Freij"),
    ("رئيس هيئة الأركان العامة للجيش والقوات المسلحة", date(2015, 5, 1), "Ali Abdullah Ayyoub"),
    ("رئيس أركان الجيش العربي السوري", date(2015, 5, 1), "Ali Abdullah Ayyoub"),
    ("رئيس هيئة الأركان العامة السوري", date(2025, 5, 1), "Ali Noureddine al-Naasan"),
    # Lebanon's army commanders (army_commander)
    ("قائد الجيش اللبناني", date(2012, 5, 1), "Jean Kahwaji"),
    ("قائد الجيش اللبناني", date(2020, 5, 1), "Joseph Aoun"),
    ("قائد الجيش اللبناني", date(2025, 5, 1), "Rodolphe Haykal"),
    # North Africa
    ("رئيس الأركان الليبي", date(2012, 10, 1), "Yousef al-Mangoush"),
    ("رئيس أركان الجيش الليبي", date(2022, 5, 1), "Mohammed al-Haddad"),
    ("رئيس أركان الجيش الوطني الليبي", date(2022, 5, 1), "Abdulrazek al-Nadhuri"),
    ("رئيس أركان الجيش الجزائري", date(2015, 5, 1), "Ahmed Gaid Salah"),
    ("رئيس أركان الجيش الوطني الشعبي", date(2021, 5, 1), "Saïd Chengriha"),
    ("المفتش العام للقوات المسلحة الملكية", date(2024, 5, 1), "Mohammed Berrid"),
    ("رئيس هيئة الأركان السوداني", date(2022, 5, 1), "Mohamed Othman al-Hussein"),
    ("رئيس أركان الجيش المصري", date(2021, 5, 1), "Mohamed Farid Hegazy"),
    ("رئيس هيئة الأركان العامة اليمني", date(2022, 5, 1), "Sagheer Hamoud bin Aziz"),
    # Iran, Turkey, Israel, Russia, Pakistan
    ("رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية", date(2020, 5, 1), "Mohammad Bagheri"),
    ("رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية", date(2014, 5, 1), "Hassan Firouzabadi"),
    ("رئيس هيئة الأركان العامة التركي", date(2021, 5, 1), "Yaşar Güler"),
    ("رئيس أركان الجيش الإسرائيلي", date(2016, 5, 1), "Gadi Eisenkot"),
    ("رئيس أركان الجيش الإسرائيلي", date(2024, 5, 1), "Herzi Halevi"),
    ("رئيس أركان جيش الاحتلال", date(2025, 5, 1), "Eyal Zamir"),
    ("رئيس هيئة الأركان العامة للقوات المسلحة الروسية", date(2020, 5, 1), "Valery Gerasimov"),
    ("رئيس أركان الجيش الباكستاني", date(2021, 5, 1), "Qamar Javed Bajwa"),
    # the US Chairmen of the Joint Chiefs of Staff
    ("رئيس هيئة الأركان المشتركة الأمريكية", date(2014, 5, 1), "Martin Dempsey"),
    ("رئيس هيئة الأركان الأمريكية المشتركة", date(2017, 5, 1), "Joseph Dunford"),
    ("رئيس هيئة الأركان المشتركة الأميركي", date(2021, 5, 1), "Mark Milley"),
    ("رئيس هيئة الأركان الأميركية المشتركة", date(2024, 5, 1), "Charles Q. Brown Jr."),
    ("رئيس هيئة الأركان المشتركة الأمريكية", date(2025, 6, 1), "Dan Caine"),
    # the commanders of US Central Command
    ("قائد القيادة المركزية الأمريكية", date(2012, 5, 1), "Jim Mattis"),
    ("قائد القيادة المركزية الأمريكية", date(2014, 5, 1), "Lloyd Austin"),
    ("قائد القيادة المركزية الأميركية", date(2017, 5, 1), "Joseph Votel"),
    ("قائد القيادة المركزية للجيش الأمريكي", date(2020, 5, 1), "Kenneth McKenzie"),
    ("قائد القيادة المركزية الأمريكية", date(2023, 5, 1), "Michael Kurilla"),
    ("قائد القيادة المركزية الأميركية", date(2025, 10, 1), "Brad Cooper"),
])
def test_title_resolves_to_the_holder_on_the_date(kb_people, text: str, on: date, who: str) -> None:
    sentence = f"التقى {text} وفدا زائرا"
    assert kb_people(sentence, on) == [(text, who)]


# ---------------------------------------------------------------- title with the name, and the name alone
@pytest.mark.parametrize(("text", "on", "who"), [
    ("رئيس هيئة الأركان المشتركة الأردني الفريق أول الركن مشعل الزبن", date(2014, 5, 1), "Mashal Mohammad al-Zaben"),
    ("رئيس هيئة الأركان المشتركة اللواء الركن يوسف الحنيطي", date(2020, 5, 1), "Yousef Ahmed al-Huneiti"),
    ("رئيس هيئة الأركان المشتركة الأمريكية الجنرال دان كين", date(2025, 6, 1), "Dan Caine"),
    ("رئيس الأركان الروسي فاليري جيراسيموف", date(2020, 5, 1), "Valery Gerasimov"),
    ("قائد القيادة المركزية الأمريكية براد كوبر", date(2025, 10, 1), "Brad Cooper"),
    ("نائب رئيس الوزراء الروسي ديمتري روغوزين", date(2015, 5, 1), "Dmitry Rogozin"),
    ("نائب رئيس الوزراء الروسي يوري بوريسوف", date(2019, 5, 1), "Yury Borisov"),
    ("نائب رئيس الوزراء الروسي ألكسندر نوفاك", date(2021, 5, 1), "Alexander Novak"),
])
def test_title_with_the_name(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(f"استقبل {text} أمس", on) == [(text, who)]


@pytest.mark.parametrize(("name", "who"), [
    ("محمود فريحات", "Mahmoud Abdel Halim Freihat"),
    ("يوسف الحنيطي", "Yousef Ahmed al-Huneiti"),
    ("حمد ثاني الرميثي", "Hamad Mohammed Thani Al Rumaithi"),
    ("عيسى سيف المزروعي", "Issa Saif Mohammed Al Mazrouei"),
    ("غانم بن شاهين الغانم", "Ghanim bin Shaheen Al Ghanim"),
    ("بابكر زيباري", "Babakir Zebari"),
    ("عبد الأمير يار الله", "Abdul Amir Rashid Yarallah"),
    ("علي النعسان", "Ali Noureddine al-Naasan"),
    ("محمد بريظ", "Mohammed Berrid"),
    ("محمد عثمان الحسين", "Mohamed Othman al-Hussein"),
    ("صغير بن عزيز", "Sagheer Hamoud bin Aziz"),
    ("مارتن ديمبسي", "Martin Dempsey"),
    ("الجنرال مارك ميلي", "Mark Milley"),
    ("تشارلز كيو براون", "Charles Q. Brown Jr."),
    ("جوزيف فوتيل", "Joseph Votel"),
    ("مايكل كوريلا", "Michael Kurilla"),
    ("فاليري غيراسيموف", "Valery Gerasimov"),
    ("جيراسيموف", "Valery Gerasimov"),
    ("روغوزين", "Dmitry Rogozin"),
    ("يوري بوريسوف", "Yury Borisov"),
    ("ديمتري كوزاك", "Dmitry Kozak"),
    ("أركادي دفوركوفيتش", "Arkady Dvorkovich"),
    ("يوري تروتنيف", "Yuri Trutnev"),
    ("دينيس مانتوروف", "Denis Manturov"),
])
def test_name_alone(kb_people, name: str, who: str) -> None:
    assert kb_people(f"وصل {name} إلى العاصمة", date(2023, 5, 1)) == [(name, who)]


def test_bare_milley_surname_is_not_him(kb_people) -> None:
    # ميلي alone is also Javier Milei's name: only the full name is Milley's
    assert [w for _, w in kb_people("قال ميلي إن", date(2020, 5, 1))] != ["Mark Milley"]


# ---------------------------------------------------------------- a change of holder switches the phrase
@pytest.mark.parametrize(("text", "before", "after", "old", "new"), [
    ("رئيس أركان الجيش الإسرائيلي", date(2019, 1, 14), date(2019, 1, 16), "Gadi Eisenkot", "Aviv Kochavi"),
    ("رئيس هيئة الأركان المشتركة الأمريكية", date(2019, 9, 29), date(2019, 10, 2), "Joseph Dunford", "Mark Milley"),
    ("رئيس هيئة الأركان المشتركة الأمريكية", date(2023, 9, 28), date(2023, 10, 2), "Mark Milley", "Charles Q. Brown Jr."),
    ("قائد القيادة المركزية الأمريكية", date(2022, 3, 31), date(2022, 4, 2), "Kenneth McKenzie", "Michael Kurilla"),
    ("رئيس هيئة الأركان العامة السوري", date(2012, 7, 17), date(2012, 7, 19), "Fahd Jassem al-Freij", "Ali Abdullah Ayyoub"),
    ("رئيس أركان الجيش العراقي", date(2020, 5, 6), date(2021, 1, 2), "Othman al-Ghanimi", "Abdul Amir Rashid Yarallah"),
    ("رئيس أركان القوات المسلحة القطرية", date(2013, 6, 20), date(2013, 7, 2), "Hamad bin Ali Al Attiyah", "Ghanim bin Shaheen Al Ghanim"),
])
def test_change_of_holder(kb_people, text: str, before: date, after: date, old: str, new: str) -> None:
    assert kb_people(text, before) == [(text, old)]
    assert kb_people(text, after) == [(text, new)]


def test_no_holder_between_two_known_terms(kb_people) -> None:
    # the US acting chairman of February-April 2025 is left out: the phrase stays an unresolved role
    assert kb_people("رئيس هيئة الأركان المشتركة الأمريكية", date(2025, 3, 15)) == [
        ("رئيس هيئة الأركان المشتركة الأمريكية", None)]


# ---------------------------------------------------------------- Russia's deputy prime ministers (a shared office)
def test_russian_deputy_prime_minister_composes_with_the_nisba(kb) -> None:
    mentions = kb.find_mentions("نائب رئيس الوزراء الروسي", date(2015, 5, 1))
    assert [(m.text, m.entry_id) for m in mentions] == [
        ("نائب رئيس الوزراء الروسي", "rasad:role:deputy_prime_minister:RUS")]


def test_russian_deputy_prime_ministers_hold_the_office_on_their_days(kb) -> None:
    holders = {
        e.name_en for e in kb.data.entries.values() if e.kind == "person"
        for o in e.offices if o.role == "deputy_prime_minister" and o.of == "RUS" and o.active(date(2016, 5, 1))}
    assert {"Dmitry Rogozin", "Dmitry Kozak", "Arkady Dvorkovich", "Yuri Trutnev"} <= holders
    assert "Yury Borisov" not in holders
