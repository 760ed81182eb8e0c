"""Gaps filled in the packaged knowledge base, second batch (people/gaps_energy_health.yaml, the energy and health
offices moved to their roles in cabinets_east.yaml and cabinets_west.yaml, roles.yaml, places.yaml): the popes and the
Holy See's titles, late Arab rulers for history sentences, energy and oil ministers, health ministers and the WHO's
Eastern Mediterranean directors, German and Belgian interior ministers, Iran's ambassadors to Iraq, Saudi Arabia's
chiefs of the general staff, Maghreb cities. Each phrase resolves to the holder on the date; every sentence was
written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.kb import KnowledgeBase


def _person(kb: KnowledgeBase, text: str, on: date) -> list[str]:
    return [m.entry_id for m in kb.find_mentions(text, on) if m.kind == "person"]


# ---------------------------------------------------------------- 1. the Holy See
@pytest.mark.parametrize(("text", "on", "who"), [
    ("البابا", date(1990, 5, 1), "Pope John Paul II"),
    ("البابا", date(2010, 5, 1), "Pope Benedict XVI"),
    ("البابا", date(2016, 5, 1), "Pope Francis"),
    ("البابا", date(2025, 6, 1), "Pope Leo XIV"),
    ("بابا الفاتيكان", date(2001, 5, 1), "Pope John Paul II"),
    ("بابا الفاتيكان", date(2019, 2, 4), "Pope Francis"),
    ("الحبر الأعظم", date(2012, 5, 1), "Pope Benedict XVI"),
    ("الحبر الأعظم", date(2020, 5, 1), "Pope Francis"),
    ("بابا روما", date(2017, 5, 1), "Pope Francis"),
    ("يوحنا بولس الثاني", date(2000, 3, 20), "Pope John Paul II"),
    ("البابا الراحل يوحنا بولس الثاني", date(2014, 4, 27), "Pope John Paul II"),
    ("قداسة البابا فرنسيس", date(2019, 2, 4), "Pope Francis"),
    ("الحبر الأعظم البابا فرنسيس", date(2019, 2, 4), "Pope Francis"),
    ("بابا الفاتيكان لاوون الرابع عشر", date(2025, 11, 30), "Pope Leo XIV"),
    ("البابا بنديكتوس", date(2022, 12, 31), "Pope Benedict XVI"),
    ("أمين سر دولة الفاتيكان", date(2012, 5, 1), "Tarcisio Bertone"),
    ("أمين سر دولة الفاتيكان", date(2019, 5, 1), "Pietro Parolin"),
])
def test_the_pope_and_the_holy_see_by_date(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_the_oriental_popes_keep_their_title(kb_people) -> None:
    # bare "البابا" is the Pope of Rome; the Coptic and Greek Orthodox popes carry the title in their names
    assert kb_people("البابا تواضروس", date(2016, 5, 1)) == [("البابا تواضروس", "Pope Tawadros II")]
    assert kb_people("البابا تواضروس الثاني", date(2016, 5, 1)) == [("البابا تواضروس الثاني", "Pope Tawadros II")]
    assert kb_people("البابا شنودة الثالث", date(2010, 5, 1)) == [("البابا شنودة الثالث", "Pope Shenouda III of Alexandria")]
    assert kb_people("البابا ثيودوروس الثاني", date(2016, 5, 1)) == [
        ("البابا ثيودوروس الثاني", "Pope Theodore II of Alexandria")]


def test_a_vatican_visit_resolves_the_pope(kb_people) -> None:
    text = "استقبل البابا في الفاتيكان رئيس الوزراء"
    assert kb_people(text, date(2016, 5, 1)) == [("البابا", "Pope Francis")]


# ---------------------------------------------------------------- 2. late Arab rulers
@pytest.mark.parametrize(("text", "on", "who"), [
    ("العاهل المغربي", date(1990, 5, 1), "Hassan II of Morocco"),
    ("الحسن الثاني", date(2019, 7, 23), "Hassan II of Morocco"),
    ("الملك الراحل الحسن الثاني", date(2019, 7, 23), "Hassan II of Morocco"),
    ("العاهل المغربي الراحل الحسن الثاني", date(2019, 7, 23), "Hassan II of Morocco"),
    ("العاهل الأردني", date(1994, 10, 26), "Hussein of Jordan"),
    ("الملك حسين", date(2019, 2, 7), "Hussein of Jordan"),
    ("الحسين بن طلال", date(2019, 2, 7), "Hussein of Jordan"),
    ("العاهل الأردني الراحل الملك الحسين بن طلال", date(2019, 2, 7), "Hussein of Jordan"),
    ("الرئيس السوري", date(1995, 5, 1), "Hafez al-Assad"),
    ("حافظ الأسد", date(2020, 6, 10), "Hafez al-Assad"),
    ("الرئيس السوري الراحل حافظ الأسد", date(2020, 6, 10), "Hafez al-Assad"),
    ("خادم الحرمين الشريفين", date(1995, 5, 1), "Fahd of Saudi Arabia"),
    ("الملك فهد بن عبدالعزيز", date(2015, 5, 1), "Fahd of Saudi Arabia"),
    ("ولي العهد السعودي", date(1980, 5, 1), "Fahd of Saudi Arabia"),
    ("ولي العهد السعودي", date(2000, 5, 1), "Abdullah bin Abdulaziz Al Saud"),
    ("العاهل السعودي الراحل الملك عبدالله", date(2018, 4, 10), "Abdullah bin Abdulaziz Al Saud"),
    ("رئيس دولة الإمارات", date(1995, 5, 1), "Zayed bin Sultan Al Nahyan"),
    ("الشيخ زايد بن سلطان آل نهيان", date(2018, 5, 1), "Zayed bin Sultan Al Nahyan"),
    ("المغفور له الشيخ زايد", date(2018, 5, 1), "Zayed bin Sultan Al Nahyan"),
    ("ولي عهد أبوظبي", date(1995, 5, 1), "Khalifa bin Zayed Al Nahyan"),
    ("رئيس منظمة التحرير الفلسطينية", date(1985, 5, 1), "Yasser Arafat"),
    ("رئيس السلطة الفلسطينية", date(2000, 7, 11), "Yasser Arafat"),
    ("الرئيس الراحل ياسر عرفات", date(2020, 11, 11), "Yasser Arafat"),
    ("أبو عمار", date(2020, 11, 11), "Yasser Arafat"),
    ("وزير الخارجية الكويتي", date(1990, 5, 1), "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
    ("رئيس الوزراء الكويتي", date(2004, 5, 1), "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
    ("أمير الكويت الراحل الشيخ صباح الأحمد", date(2021, 5, 1), "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
    ("السلطان الراحل قابوس بن سعيد", date(2021, 5, 1), "Qaboos bin Said"),
    ("نائب الرئيس المصري", date(1978, 5, 1), "Hosni Mubarak"),
    ("الرئيس المصري الأسبق حسني مبارك", date(2018, 5, 1), "Hosni Mubarak"),
    ("الزعيم الليبي الراحل معمر القذافي", date(2018, 5, 1), "Muammar Gaddafi"),
    ("الرئيس التونسي الأسبق زين العابدين بن علي", date(2018, 5, 1), "Zine El Abidine Ben Ali"),
    ("وزير الخارجية الجزائري", date(1975, 5, 1), "Abdelaziz Bouteflika"),
    ("الرئيس الجزائري الراحل عبد العزيز بوتفليقة", date(2022, 5, 1), "Abdelaziz Bouteflika"),
])
def test_late_rulers_by_date_and_by_name(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_hassan_ii_is_not_the_crown_prince(kb_people) -> None:
    text = "ولي العهد الأمير مولاي الحسن حفيد الملك الراحل الحسن الثاني"
    assert kb_people(text, date(2019, 7, 23)) == [
        ("ولي العهد الأمير مولاي الحسن", "Moulay Hassan"), ("الملك الراحل الحسن الثاني", "Hassan II of Morocco")]
    assert kb_people("ولي العهد المغربي", date(2019, 7, 23)) == [("ولي العهد المغربي", "Moulay Hassan")]


def test_hafez_is_not_bashar(kb_people) -> None:
    text = "الرئيس بشار الأسد نجل الرئيس الراحل حافظ الأسد"
    assert kb_people(text, date(2010, 5, 1)) == [
        ("الرئيس بشار الأسد", "Bashar al-Assad"), ("الرئيس الراحل حافظ الأسد", "Hafez al-Assad")]


def test_sheikh_zayed_s_sons_keep_their_full_names(kb_people) -> None:
    for text, who in [("الشيخ محمد بن زايد بن سلطان آل نهيان", "Mohamed bin Zayed Al Nahyan"),
                      ("الشيخ عبدالله بن زايد بن سلطان آل نهيان", "Abdullah bin Zayed Al Nahyan"),
                      ("الشيخ منصور بن زايد بن سلطان آل نهيان", "Mansour bin Zayed Al Nahyan"),
                      ("الشيخ خليفة بن زايد بن سلطان آل نهيان", "Khalifa bin Zayed Al Nahyan")]:
        assert kb_people(text, date(2019, 5, 1)) == [(text, who)]


@pytest.mark.parametrize(("text", "place"), [
    ("جسر الملك حسين", "place:king-hussein-bridge"),
    ("جسر الملك فهد", "place:king-fahd-causeway"),
    ("مسجد الحسن الثاني", "place:hassan-ii-mosque"),
    ("جامع الشيخ زايد الكبير", "place:sheikh-zayed-grand-mosque"),
    ("ضريح المغفور له الشيخ زايد بن سلطان آل نهيان", "place:sheikh-zayed-mausoleum"),
    ("ضريح الرئيس الراحل ياسر عرفات", "place:arafat-mausoleum"),
])
def test_sites_named_after_late_rulers_are_no_meeting_with_them(kb: KnowledgeBase, text: str, place: str) -> None:
    ms = kb.find_mentions("زار الوزير " + text, date(2019, 5, 1))
    assert [(m.kind, m.entry_id) for m in ms] == [("place", place)]


# ---------------------------------------------------------------- 3. energy ministers
@pytest.mark.parametrize(("text", "on", "who"), [
    ("وزير البترول السعودي", date(2010, 5, 1), "Ali Al-Naimi"),
    ("وزير البترول والثروة المعدنية السعودي", date(2015, 5, 1), "Ali Al-Naimi"),
    ("وزير الطاقة السعودي", date(2017, 5, 1), "Khalid Al-Falih"),
    ("وزير الطاقة والصناعة والثروة المعدنية السعودي", date(2018, 5, 1), "Khalid Al-Falih"),
    ("وزير الطاقة السعودي", date(2021, 5, 1), "Abdulaziz bin Salman Al Saud"),
    ("وزير الطاقة الروسي", date(2016, 12, 10), "Alexander Novak"),
    ("وزير الطاقة الروسي", date(2022, 5, 1), "Nikolay Shulginov"),
    ("وزير الطاقة الروسي", date(2025, 3, 1), "Sergey Tsivilev"),
    ("وزير الطاقة الإماراتي", date(2018, 5, 1), "Suhail Al Mazrouei"),
    ("وزير الطاقة والبنية التحتية الإماراتي", date(2022, 5, 1), "Suhail Al Mazrouei"),
    ("وزير الطاقة القطري", date(2015, 5, 1), "Mohammed bin Saleh Al Sada"),
    ("وزير الدولة لشؤون الطاقة القطري", date(2020, 5, 1), "Saad Sherida Al Kaabi"),
    ("وزير النفط الكويتي", date(2018, 5, 1), "Bakheet Al-Rashidi"),
    ("وزير النفط والغاز العماني", date(2015, 5, 1), "Mohammed bin Hamad Al Rumhi"),
    ("وزير الطاقة والمعادن العماني", date(2022, 5, 1), "Salim bin Nasser Al Aufi"),
    ("وزير النفط العراقي", date(2017, 5, 1), "Jabbar al-Luaibi"),
    ("وزير النفط العراقي", date(2019, 5, 1), "Thamer Ghadhban"),
    ("وزير النفط العراقي", date(2021, 5, 1), "Ihsan Abdul Jabbar"),
    ("وزير النفط العراقي", date(2023, 5, 1), "Hayan Abdul Ghani"),
    ("وزير النفط الإيراني", date(2015, 5, 1), "Bijan Namdar Zanganeh"),
    ("وزير النفط الإيراني", date(2022, 5, 1), "Javad Owji"),
    ("وزير النفط الإيراني", date(2025, 1, 1), "Mohsen Paknejad"),
    ("وزير البترول المصري", date(2018, 5, 1), "Tarek El Molla"),
    ("وزير البترول والثروة المعدنية المصري", date(2025, 1, 1), "Karim Badawi"),
    ("وزير الطاقة الجزائري", date(2018, 5, 1), "Mustapha Guitouni"),
    ("وزير الطاقة والمناجم الجزائري", date(2022, 5, 1), "Mohamed Arkab"),
    ("وزير الطاقة والمياه اللبناني", date(2018, 5, 1), "Cesar Abi Khalil"),
    ("وزير الطاقة اللبناني", date(2025, 6, 1), "Joe Saddi"),
    ("وزير الطاقة والمعادن المغربي", date(2015, 5, 1), "Abdelkader Amara"),
    ("وزيرة الانتقال الطاقي والتنمية المستدامة المغربية", date(2023, 5, 1), "Leila Benali"),
    ("وزير الطاقة التركي", date(2019, 5, 1), "Fatih Dönmez"),
    ("وزير النفط السوري", date(2015, 5, 1), "Suleiman al-Abbas"),
    ("وزير الطاقة الأمريكي", date(2015, 5, 1), "Ernest Moniz"),
    ("وزير الطاقة الأميركي", date(2018, 5, 1), "Rick Perry"),
    ("وزير الطاقة الأمريكي", date(2020, 5, 1), "Dan Brouillette"),
    ("وزيرة الطاقة الأمريكية", date(2022, 5, 1), "Jennifer Granholm"),
    ("وزير الطاقة الأمريكي", date(2025, 6, 1), "Chris Wright"),
    ("وزير الطاقة الأمريكي", date(2011, 5, 1), "Steven Chu"),
])
def test_energy_ministers_by_date(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_iran_s_energy_minister_is_not_its_oil_minister(kb_people) -> None:
    assert kb_people("وزير الطاقة الإيراني", date(2019, 5, 1)) == [("وزير الطاقة الإيراني", "Reza Ardakanian")]
    assert kb_people("وزير الطاقة الإيراني", date(2023, 5, 1)) == [("وزير الطاقة الإيراني", "Ali Akbar Mehrabian")]
    assert kb_people("وزير النفط الإيراني", date(2019, 5, 1)) == [("وزير النفط الإيراني", "Bijan Namdar Zanganeh")]


def test_novak_after_the_energy_ministry_is_deputy_prime_minister(kb: KnowledgeBase, kb_people) -> None:
    assert kb_people("نائب رئيس الوزراء الروسي ألكسندر نوفاك", date(2023, 5, 1)) == [
        ("نائب رئيس الوزراء الروسي ألكسندر نوفاك", "Alexander Novak")]
    assert "rasad:p:alexander-novak" not in _person(kb, "وزير الطاقة الروسي", date(2023, 5, 1))


def test_opec_secretaries_general(kb_people) -> None:
    # the holders were in org_heads.yaml; the spellings are new
    assert kb_people("محمد سنوسي باركيندو", date(2018, 5, 1)) == [("محمد سنوسي باركيندو", "Mohammed Barkindo")]
    assert kb_people("هيثم عبدالله الغيص", date(2023, 5, 1)) == [("هيثم عبدالله الغيص", "Haitham al-Ghais")]
    for text, on, who in [("الأمين العام لأوبك", date(2010, 5, 1), "Abdalla Salem El-Badri"),
                          ("الأمين العام لمنظمة أوبك", date(2018, 5, 1), "Mohammed Barkindo"),
                          ("أمين عام منظمة الدول المصدرة للنفط", date(2023, 5, 1), "Haitham al-Ghais")]:
        assert kb_people(text, on) == [(text, who)]


# ---------------------------------------------------------------- 4. health ministers and the WHO
@pytest.mark.parametrize(("text", "on", "who"), [
    ("وزير الصحة السعودي", date(2012, 5, 1), "Abdullah Al Rabeeah"),
    ("وزير الصحة السعودي", date(2014, 6, 1), "Adel Fakeih"),
    ("وزير الصحة السعودي", date(2015, 1, 10), "Mohammed Al-Hayaza"),
    ("وزير الصحة السعودي", date(2015, 6, 1), "Khalid Al-Falih"),
    ("وزير الصحة السعودي", date(2018, 5, 1), "Tawfiq Al-Rabiah"),
    ("وزير الصحة السعودي", date(2021, 5, 1), "Tawfiq Al-Rabiah"),
    ("وزير الصحة السعودي", date(2023, 5, 1), "Fahad Al-Jalajel"),
    ("وزير الصحة الإماراتي", date(2018, 5, 1), "Abdul Rahman Al Owais"),
    ("وزير الصحة ووقاية المجتمع الإماراتي", date(2018, 5, 1), "Abdul Rahman Al Owais"),
    ("وزيرة الصحة العامة القطرية", date(2019, 5, 1), "Hanan Mohamed Al Kuwari"),
    ("وزير الصحة العماني", date(2021, 5, 1), "Hilal Al Sabti"),
    ("وزير الصحة الكويتي", date(2020, 5, 1), "Basel Humoud Al-Sabah"),
    ("وزيرة الصحة المصرية", date(2019, 5, 1), "Hala Zayed"),
    ("وزير الصحة والسكان المصري", date(2023, 5, 1), "Khaled Abdel Ghaffar"),
    ("وزير الصحة العامة اللبناني", date(2022, 5, 1), "Firass Abiad"),
    ("وزير الصحة اللبناني", date(2025, 6, 1), "Rakan Nasreddine"),
    ("وزيرة الصحة الفلسطينية", date(2020, 5, 1), "Mai al-Kaila"),
    ("وزير الصحة الفلسطيني", date(2025, 1, 1), "Majed Abu Ramadan"),
    ("وزير الصحة الإيراني", date(2020, 5, 1), "Saeed Namaki"),
    ("وزير الصحة الإيراني", date(2022, 5, 1), "Bahram Eynollahi"),
    ("وزير الصحة والتعليم الطبي الإيراني", date(2025, 1, 1), "Mohammad-Reza Zafarghandi"),
    ("وزير الصحة التركي", date(2020, 5, 1), "Fahrettin Koca"),
    ("وزير الصحة التركي", date(2024, 5, 1), "Kemal Memişoğlu"),
    ("وزير الصحة المغربي", date(2021, 5, 1), "Khalid Ait Taleb"),
    ("وزير الصحة والحماية الاجتماعية المغربي", date(2025, 1, 1), "Amine Tahraoui"),
    ("وزير الصحة الجزائري", date(2021, 5, 1), "Abderrahmane Benbouzid"),
    ("وزير الصحة التونسي", date(2016, 5, 1), "Said Aidi"),
])
def test_health_ministers_by_date(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


@pytest.mark.parametrize(("text", "on", "who"), [
    ("المدير الإقليمي لمنظمة الصحة العالمية لشرق المتوسط", date(2015, 5, 1), "Ala Alwan"),
    ("المدير الإقليمي لمنظمة الصحة العالمية لشرق المتوسط", date(2017, 6, 1), "Mahmoud Fikri"),
    ("المدير الإقليمي لمنظمة الصحة العالمية لشرق المتوسط", date(2020, 5, 1), "Ahmed Al-Mandhari"),
    ("مدير منظمة الصحة العالمية لإقليم شرق المتوسط", date(2022, 5, 1), "Ahmed Al-Mandhari"),
    ("المديرة الإقليمية لمنظمة الصحة العالمية لشرق المتوسط", date(2024, 6, 1), "Hanan Balkhy"),
    ("المدير الإقليمي لمنظمة الصحة العالمية", date(2019, 5, 1), "Ahmed Al-Mandhari"),
    ("أحمد المنظري", date(2019, 5, 1), "Ahmed Al-Mandhari"),
    ("حنان بلخي", date(2024, 6, 1), "Hanan Balkhy"),
])
def test_who_regional_directors(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_the_regional_director_is_not_the_director_general(kb_people) -> None:
    assert kb_people("مدير منظمة الصحة العالمية لإقليم شرق المتوسط", date(2015, 5, 1)) == [
        ("مدير منظمة الصحة العالمية لإقليم شرق المتوسط", "Ala Alwan")]
    assert kb_people("مدير منظمة الصحة العالمية", date(2015, 5, 1)) == [("مدير منظمة الصحة العالمية", "Margaret Chan")]
    assert kb_people("المدير العام لمنظمة الصحة العالمية", date(2020, 5, 1)) == [
        ("المدير العام لمنظمة الصحة العالمية", "Tedros Adhanom Ghebreyesus")]


def test_the_who_regional_director_is_an_office_of_the_who(kb: KnowledgeBase) -> None:
    offices = [o for o in kb.offices("rasad:p:hanan-balkhy") if o.active(date(2024, 6, 1))]
    assert [(o.role, o.of) for o in offices] == [("who_emro_director", "org:who")]


# ---------------------------------------------------------------- 5. interior ministers, ambassadors, chiefs of staff
@pytest.mark.parametrize(("text", "on", "who"), [
    ("وزير الداخلية الألماني", date(2008, 5, 1), "Wolfgang Schäuble"),
    ("وزير الداخلية الألماني", date(2010, 5, 1), "Thomas de Maizière"),
    ("وزير الداخلية الألماني", date(2012, 5, 1), "Hans-Peter Friedrich"),
    ("وزير الداخلية الألماني", date(2016, 5, 1), "Thomas de Maizière"),
    ("وزير الداخلية الألماني", date(2019, 5, 1), "Horst Seehofer"),
    ("وزيرة الداخلية الألمانية", date(2023, 5, 1), "Nancy Faeser"),
    ("وزير الداخلية الألماني", date(2025, 6, 1), "Alexander Dobrindt"),
    ("توماس دي ميزيير", date(2016, 5, 1), "Thomas de Maizière"),
    ("وزير الداخلية البلجيكي", date(2013, 5, 1), "Joëlle Milquet"),
    ("وزير الداخلية البلجيكي", date(2016, 3, 22), "Jan Jambon"),
    ("يان جامبون", date(2016, 3, 22), "Jan Jambon"),
    ("وزير الداخلية البلجيكي", date(2019, 5, 1), "Pieter De Crem"),
    ("وزيرة الداخلية البلجيكية", date(2022, 5, 1), "Annelies Verlinden"),
    ("وزير الداخلية البلجيكي", date(2025, 6, 1), "Bernard Quintin"),
    ("السفير الإيراني لدى العراق", date(2019, 5, 1), "Iraj Masjedi"),
    ("السفير الإيراني في بغداد", date(2020, 1, 5), "Iraj Masjedi"),
    ("سفير إيران لدى العراق", date(2023, 5, 1), "Mohammad Kazem Al-e Sadeq"),
    ("السفير الإيراني في العراق", date(2015, 5, 1), "Hassan Danaeifar"),
    ("رئيس هيئة الأركان العامة السعودي", date(2016, 5, 1), "Abdulrahman bin Saleh al-Bunyan"),
    ("رئيس هيئة الأركان العامة للقوات المسلحة السعودية", date(2020, 5, 1), "Fayyad al-Ruwaili"),
    ("رئيس الأركان السعودي", date(2023, 5, 1), "Fayyad al-Ruwaili"),
    ("فياض بن حامد الرويلي", date(2023, 5, 1), "Fayyad al-Ruwaili"),
])
def test_interior_ministers_ambassadors_and_chiefs_of_staff(kb_people, text: str, on: date, who: str) -> None:
    assert kb_people(text, on) == [(text, who)]


def test_de_maiziere_between_his_two_interior_ministries_was_defence_minister(kb_people) -> None:
    for on, phrase in [(date(2010, 5, 1), "وزير الداخلية الألماني"), (date(2012, 5, 1), "وزير الدفاع الألماني"),
                       (date(2015, 5, 1), "وزير الداخلية الألماني")]:
        assert kb_people(phrase, on) == [(phrase, "Thomas de Maizière")]


@pytest.mark.parametrize(("text", "on", "who"), [
    ("وزير الخارجية البنغالي", date(2016, 5, 1), "Abul Hassan Mahmood Ali"),
    ("وزير خارجية بنغلاديش", date(2020, 5, 1), "A. K. Abdul Momen"),
    ("وزير خارجية بنغلاديش", date(2024, 3, 1), "Hasan Mahmud"),
    ("وزير خارجية بنغلاديش", date(2025, 3, 1), "Touhid Hossain"),
    ("رئيس اللجنة الدولية للصليب الأحمر", date(2016, 5, 1), "Peter Maurer"),
    ("رئيسة اللجنة الدولية للصليب الأحمر", date(2024, 5, 1), "Mirjana Spoljaric Egger"),
])
def test_checked_and_found_present(kb_people, text: str, on: date, who: str) -> None:
    """Bangladesh's foreign ministers and the ICRC's presidents were in the knowledge base already (a guard, not a
    gap: these pass without this batch's data)."""
    assert kb_people(text, on) == [(text, who)]


def test_the_israeli_chief_of_the_general_staff_still_resolves(kb_people) -> None:
    # the longer head "رئيس هيئة الأركان العامة" composes with any nisba
    assert kb_people("رئيس هيئة الأركان العامة الإسرائيلي", date(2020, 5, 1)) == [
        ("رئيس هيئة الأركان العامة الإسرائيلي", "Aviv Kochavi")]


# ---------------------------------------------------------------- 6. Maghreb cities
@pytest.mark.parametrize(("text", "place", "country"), [
    ("سوسة", "place:sousse", "TUN"),
    ("القيروان", "place:kairouan", "TUN"),
    ("بنزرت", "place:bizerte", "TUN"),
    ("المنستير", "place:monastir", "TUN"),
    ("جزيرة جربة", "place:djerba", "TUN"),
    ("العيون", "place:laayoune", "MAR"),
    ("مدينة الداخلة", "place:dakhla", "MAR"),
    ("طنجة", "place:tangier", "MAR"),
    ("فاس", "place:fez", "MAR"),
    ("أكادير", "place:agadir", "MAR"),
    ("اكادير", "place:agadir", "MAR"),
    ("وجدة", "place:oujda", "MAR"),
    ("وهران", "place:oran", "DZA"),
    ("قسنطينة", "place:constantine", "DZA"),
    ("عنابة", "place:annaba", "DZA"),
])
def test_maghreb_cities_are_places_not_metonyms(kb: KnowledgeBase, text: str, place: str, country: str) -> None:
    ms = kb.find_mentions("افتتح الوزير قنصلية في " + text, date(2021, 5, 1))
    assert [(m.kind, m.entry_id) for m in ms] == [("place", place)]
    assert kb.entry(place).country == country


def test_dakhla_s_bare_name_is_also_an_ordinary_word(kb: KnowledgeBase) -> None:
    ms = kb.find_mentions("افتتحت دولة قنصلية عامة في مدينة الداخلة", date(2021, 5, 1))
    assert [m.entry_id for m in ms if m.kind == "place"] == ["place:dakhla"]
    ms = kb.find_mentions("دخلت الشاحنات الداخلة إلى القطاع", date(2024, 5, 1))
    assert not [m for m in ms if m.kind == "place"]
