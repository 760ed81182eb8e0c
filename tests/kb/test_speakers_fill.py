"""Checks of data/people/speakers.yaml (speakers of parliaments and presidents of upper houses),
data/people/ministers_fill.yaml (defence and interior ministers) and their heads and fixed phrases in
roles.yaml: a role phrase resolves to the holder on the date, a name to its entry. Each case resolved to
nobody, or to someone else, before the files and the phrases ("رئيس مجلس الأمة الجزائري" gave the lower
house's speaker; "رئيس الجمعية الوطنية السنغالية" was only Senegal)."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(("text", "on", "who"), [
    # lower or only houses
    ("رئيس مجلس النواب الأمريكي", date(2024, 3, 1), "Mike Johnson"),
    ("رئيس مجلس النواب الأمريكي", date(2016, 6, 1), "Paul Ryan"),
    ("رئيسة مجلس النواب الأمريكي", date(2020, 1, 1), "Nancy Pelosi"),
    ("رئيس الجمعية الوطنية السنغالية", date(2015, 1, 1), "Moustapha Niasse"),
    ("رئيس الجمعية الوطنية الفرنسية", date(2014, 1, 1), "Claude Bartolone"),
    ("رئيسة الجمعية الوطنية الفرنسية", date(2023, 1, 1), "Yaël Braun-Pivet"),
    ("رئيس مجلس الدوما الروسي", date(2020, 1, 1), "Vyacheslav Volodin"),
    ("رئيس مجلس الدوما", date(2013, 1, 1), "Sergey Naryshkin"),
    ("رئيس الكنيست", date(2015, 1, 1), "Yuli Edelstein"),
    ("رئيس الكنيست الإسرائيلي", date(2023, 6, 1), "Amir Ohana"),
    ("رئيس مجلس العموم البريطاني", date(2017, 1, 1), "John Bercow"),
    ("رئيس البرلمان الألماني", date(2019, 1, 1), "Wolfgang Schäuble"),
    ("رئيسة البوندستاغ", date(2022, 1, 1), "Bärbel Bas"),
    ("رئيس مجلس النواب الإيطالي", date(2020, 1, 1), "Roberto Fico"),
    ("رئيسة مجلس النواب الإسباني", date(2024, 1, 1), "Francina Armengol"),
    ("كبير المشرعين الصينيين", date(2019, 1, 1), "Li Zhanshu"),
    ("رئيس اللجنة الدائمة للمجلس الوطني لنواب الشعب الصيني", date(2024, 1, 1), "Zhao Leji"),
    ("رئيس الجمعية الوطنية الباكستانية", date(2019, 1, 1), "Asad Qaiser"),
    ("رئيس البرلمان الباكستاني", date(2024, 6, 1), "Ayaz Sadiq"),
    ("رئيس مجلس النواب الإندونيسي", date(2020, 1, 1), "Puan Maharani"),
    ("رئيس مجلس النواب الماليزي", date(2023, 6, 1), "Johari Abdul"),
    ("رئيس البرلمان التركي", date(2010, 6, 1), "Mehmet Ali Şahin"),
    ("رئيس البرلمان التركي", date(2015, 9, 1), "İsmet Yılmaz"),
    ("رئيس مجلس الأمة الكويتي", date(2013, 1, 1), "Ali al-Rashed"),
    ("رئيس مجلس النواب الأردني", date(2013, 6, 1), "Saad Hayel Srour"),
    ("رئيس مجلس الشعب السوري", date(2010, 6, 1), "Mahmoud al-Abrash"),
    ("رئيس المجلس الوطني الفلسطيني", date(2019, 1, 1), "Salim Zanoun"),
    ("رئيس البرلمان الصومالي", date(2015, 1, 1), "Mohamed Osman Jawari"),
    ("رئيس البرلمان المالي", date(2022, 1, 1), "Malick Diaw"),
    ("رئيس البرلمان النيجري", date(2018, 1, 1), "Ousseini Tinni"),
    ("رئيس الجمعية الوطنية التشادية", date(2018, 1, 1), "Haroun Kabadi"),
    ("رئيس مجلس النواب النيجيري", date(2020, 1, 1), "Femi Gbajabiamila"),
    ("رئيس الجمعية الوطنية الكينية", date(2023, 1, 1), "Moses Wetangula"),
    ("رئيسة الجمعية الوطنية لجنوب أفريقيا", date(2022, 1, 1), "Nosiviwe Mapisa-Nqakula"),
    # upper houses
    ("رئيس مجلس الأمة الجزائري", date(2024, 1, 1), "Salah Goudjil"),
    ("رئيس مجلس الأمة الجزائري", date(2015, 1, 1), "Abdelkader Bensalah"),
    ("رئيس مجلس الشورى البحريني", date(2015, 1, 1), "Ali Saleh Al Saleh"),
    ("رئيس مجلس المستشارين", date(2023, 1, 1), "Enaam Mayara"),
    ("رئيس مجلس المستشارين المغربي", date(2017, 1, 1), "Hakim Benchamach"),
    ("رئيس مجلس الأعيان الأردني", date(2024, 1, 1), "Faisal al-Fayez"),
    ("رئيس مجلس الأعيان", date(2015, 1, 1), "Abdul Raouf al-Rawabdeh"),
    ("رئيس مجلس الدولة العماني", date(2021, 1, 1), "Abdulmalik bin Abdullah al-Khalili"),
    ("رئيس مجلس الشيوخ المصري", date(2021, 1, 1), "Abdel-Wahab Abdel-Razek"),
    ("رئيس مجلس الشورى اليمني", date(2022, 1, 1), "Ahmed Obeid bin Daghr"),
    ("رئيس مجلس الشيوخ الفرنسي", date(2012, 6, 1), "Jean-Pierre Bel"),
    ("رئيسة مجلس الاتحاد الروسي", date(2024, 1, 1), "Valentina Matviyenko"),
    ("رئيس مجلس الشيوخ الباكستاني", date(2019, 1, 1), "Sadiq Sanjrani"),
    ("رئيس مجلس الشيوخ النيجيري", date(2016, 1, 1), "Bukola Saraki"),
    ("رئيس مجلس الشيوخ الإيطالي", date(2023, 1, 1), "Ignazio La Russa"),
])
def test_speaker_resolves_to_holder(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


@pytest.mark.parametrize(("text", "name", "on", "who"), [
    ("وصلت نانسي بيلوسي إلى تايبيه.", "نانسي بيلوسي", date(2022, 8, 2), "Nancy Pelosi"),
    ("التقى فياتشيسلاف فولودين الوفد.", "فياتشيسلاف فولودين", date(2023, 1, 1), "Vyacheslav Volodin"),
    ("استقبل مصطفى نياس الوفد.", "مصطفى نياس", date(2016, 1, 1), "Moustapha Niasse"),
    ("اجتمع تشاو له جي مع الوفد.", "تشاو له جي", date(2024, 1, 1), "Zhao Leji"),
    ("استقبلت فالنتينا ماتفيينكو الوفد.", "فالنتينا ماتفيينكو", date(2024, 1, 1), "Valentina Matviyenko"),
])
def test_speaker_name_resolves(kb_people, text: str, name: str, on: date, who: str) -> None:
    assert (name, who) in kb_people(text, on)


# data/people/ministers_fill.yaml: defence and interior ministers
@pytest.mark.parametrize(("text", "on", "who"), [
    ("وزير الدفاع الجزائري", date(2015, 1, 1), "Abdelaziz Bouteflika"),
    ("وزير الدفاع القطري", date(2025, 1, 1), "Saoud bin Abdulrahman Al Thani"),
    ("وزير الدفاع التونسي", date(2010, 6, 1), "Ridha Grira"),
    ("وزير الدفاع الباكستاني", date(2015, 1, 1), "Khawaja Muhammad Asif"),
    ("وزير الدفاع الباكستاني", date(2018, 1, 1), "Khurram Dastgir Khan"),
    ("وزير الدفاع البريطاني", date(2010, 1, 1), "Bob Ainsworth"),
    ("وزير الدفاع الإيطالي", date(2012, 6, 1), "Giampaolo Di Paola"),
    ("وزير الداخلية العراقي", date(2010, 6, 1), "Jawad al-Bolani"),
    ("وزير الداخلية اللبناني", date(2010, 6, 1), "Ziad Baroud"),
    ("وزير الداخلية المغربي", date(2011, 1, 1), "Taïeb Cherkaoui"),
    ("وزير الداخلية السوري", date(2025, 6, 1), "Anas Khattab"),
    ("وزير الداخلية التونسي", date(2010, 6, 1), "Rafik Belhaj Kacem"),
    ("وزير الداخلية اليمني", date(2013, 1, 1), "Abdulqader Qahtan"),
    ("وزير الداخلية الإسرائيلي", date(2017, 1, 1), "Aryeh Deri"),
    ("وزيرة الداخلية الإسرائيلية", date(2022, 1, 1), "Ayelet Shaked"),
    ("وزير الداخلية الإسرائيلي", date(2011, 1, 1), "Eli Yishai"),
    ("وزيرة الأمن الداخلي الأمريكية", date(2018, 6, 1), "Kirstjen Nielsen"),
    ("وزير الأمن الداخلي الأمريكي", date(2022, 1, 1), "Alejandro Mayorkas"),
    ("وزير الداخلية الروسي", date(2020, 1, 1), "Vladimir Kolokoltsev"),
    ("وزير الأمن العام الصيني", date(2019, 1, 1), "Zhao Kezhi"),
    ("وزيرة الداخلية البريطانية", date(2020, 1, 1), "Priti Patel"),
    ("وزيرة الداخلية البريطانية", date(2014, 1, 1), "Theresa May"),
    ("وزير الداخلية البريطاني", date(2024, 1, 1), "James Cleverly"),
    ("وزير الداخلية الفرنسي", date(2022, 1, 1), "Gérald Darmanin"),
    ("وزير الداخلية الفرنسي", date(2015, 1, 1), "Bernard Cazeneuve"),
    ("وزير الداخلية الباكستاني", date(2015, 1, 1), "Chaudhry Nisar Ali Khan"),
    ("وزير الداخلية الباكستاني", date(2025, 1, 1), "Mohsin Naqvi"),
])
def test_minister_resolves_to_holder(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


@pytest.mark.parametrize(("text", "name", "on", "who"), [
    ("وصل جيرالد دارمانان إلى الجزائر.", "جيرالد دارمانان", date(2023, 1, 1), "Gérald Darmanin"),
    ("استقبل فلاديمير كولوكولتسيف الوفد.", "فلاديمير كولوكولتسيف", date(2023, 1, 1), "Vladimir Kolokoltsev"),
    ("التقى محسن نقوي السفير.", "محسن نقوي", date(2024, 6, 1), "Mohsin Naqvi"),
])
def test_minister_name_resolves(kb_people, text: str, name: str, on: date, who: str) -> None:
    assert (name, who) in kb_people(text, on)


# data/people/religious_affairs.yaml: ministers of Islamic/religious affairs and awqaf
@pytest.mark.parametrize(("text", "on", "who"), [
    ("وزير الأوقاف المصري", date(2020, 1, 1), "Mohamed Mokhtar Gomaa"),
    ("وزير الأوقاف المصري", date(2025, 1, 1), "Osama al-Azhari"),
    ("وزير الأوقاف والشؤون الإسلامية المغربي", date(2020, 1, 1), "Ahmed Toufiq"),
    ("وزير الشؤون الإسلامية السعودي", date(2020, 1, 1), "Abdullatif Al al-Sheikh"),
    ("وزير الشؤون الإسلامية السعودي", date(2016, 1, 1), "Saleh Al al-Sheikh"),
    ("وزير الشؤون الدينية الإندونيسي", date(2022, 1, 1), "Yaqut Cholil Qoumas"),
    ("وزير الشؤون الدينية الإندونيسي", date(2016, 1, 1), "Lukman Hakim Saifuddin"),
])
def test_religious_affairs_minister_resolves(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]
