"""Checks of data/people/world_fill.yaml (gaps in heads of state and government and foreign ministers of UN
member states) and of the dates it corrected in other people files: a role phrase resolves to the holder on
the date. Each case resolved to nobody, or to someone else, before the file and the corrections."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(("text", "on", "who"), [
    # Africa
    ("وزير خارجية جزر القمر", date(2019, 12, 18), "Souef Mohamed El-Amine"),
    ("وزير الخارجية القمري", date(2021, 6, 1), "Dhoihir Dhoulkamal"),
    ("وزير خارجية الصومال", date(2019, 3, 1), "Ahmed Isse Awad"),
    ("وزير الخارجية الصومالي", date(2016, 5, 1), "Abdisalam Hadliye Omer"),
    ("وزير خارجية تشاد", date(2019, 1, 1), "Chérif Mahamat Zene"),
    ("وزير الخارجية التشادي", date(2023, 6, 1), "Mahamat Saleh Annadif"),
    ("وزير خارجية جنوب السودان", date(2020, 1, 1), "Awut Deng Acuil"),
    ("وزير خارجية جنوب السودان", date(2024, 1, 1), "James Pitia Morgan"),
    ("وزير الخارجية السوداني", date(2023, 1, 1), "Ali al-Sadiq Ali"),
    ("وزير خارجية النيجر", date(2019, 1, 1), "Kalla Ankourao"),
    ("وزير خارجية مالي", date(2021, 1, 1), "Zeini Moulaye"),
    ("وزير خارجية بوروندي", date(2016, 1, 1), "Alain Aimé Nyamitwe"),
    ("رئيس وزراء مدغشقر", date(2017, 1, 1), "Olivier Mahafaly Solonandrasana"),
    ("وزير خارجية بنين", date(2013, 1, 1), "Nassirou Bako Arifari"),
    # Alpha Barry kept the ministry in January 2021; Rosine Sori-Coulibaly came in December 2021
    ("وزير خارجية بوركينا فاسو", date(2021, 6, 1), "Alpha Barry"),
    # Asia
    ("رئيس وزراء قرغيزستان", date(2019, 1, 1), "Muhammetkaliy Abulgaziev"),
    ("وزير خارجية قرغيزستان", date(2015, 6, 1), "Erlan Abdyldaev"),
    ("وزير خارجية أوزبكستان", date(2024, 1, 1), "Bakhtiyor Saidov"),
    # Komilov left in April 2022 (the office ended on 2022-01-01 before)
    ("وزير الخارجية الأوزبكي", date(2022, 6, 1), "Vladimir Norov"),
    ("وزير خارجية المالديف", date(2017, 6, 1), "Mohamed Asim"),
    ("وزير خارجية الفلبين", date(2016, 5, 1), "Jose Rene Almendras"),
    # the Middle East
    # al-Hweij was the eastern government's foreign minister, not the recognised one's
    ("وزير الخارجية الليبي", date(2022, 6, 1), "Najla El Mangoush"),
    ("وزير الخارجية اللبناني", date(2021, 7, 1), "Zeina Akar"),
    ("وزير خارجية إسرائيل", date(2013, 6, 1), "Benjamin Netanyahu"),
    # Latin America and the Caribbean, Europe, Oceania
    ("وزير خارجية الإكوادور", date(2019, 1, 1), "José Valencia"),
    ("وزير خارجية غواتيمالا", date(2019, 1, 1), "Sandra Jovel"),
    ("وزير خارجية فنزويلا", date(2022, 1, 1), "Félix Plasencia"),
    ("وزير خارجية جامايكا", date(2014, 1, 1), "A. J. Nicholson"),
    ("رئيس هايتي", date(2011, 1, 1), "René Préval"),
    ("رئيس ترينيداد وتوباغو", date(2016, 1, 1), "Anthony Carmona"),
    ("رئيس وزراء مولدوفا", date(2021, 3, 1), "Aureliu Ciocoi"),
    ("رئيس وزراء جزر سليمان", date(2011, 6, 1), "Danny Philip"),
])
def test_role_resolves_to_holder(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


@pytest.mark.parametrize(("text", "name", "on", "who"), [
    ("وصل سويف محمد الأمين إلى القاهرة.", "سويف محمد الأمين", date(2018, 3, 1), "Souef Mohamed El-Amine"),
    ("وصل محمد صالح النظيف إلى الرياض.", "محمد صالح النظيف", date(2023, 1, 10), "Mahamat Saleh Annadif"),
    ("أجرى أقيلبيك جباروف محادثات في موسكو.", "أقيلبيك جباروف", date(2022, 5, 1), "Akylbek Japarov"),
])
def test_name_resolves(kb_people, text: str, name: str, on: date, who: str) -> None:
    assert (name, who) in kb_people(text, on)
