"""A tiny stand-in knowledge base for extractor unit tests (not a fixture: a helper).

It finds listed Arabic forms in text (normalised, whole words, an attached و/ب/ل/ال
allowed) and returns Mentions with the actor or place, so the extractor's rules are
tested apart from the real knowledge base.
"""

from __future__ import annotations

import re
from datetime import date

from rasad.arabic.normalize import normalize, normalize_key
from rasad.kb.model import Office
from rasad.types import Actor, Mention, Place


def person(qid: str, name: str, country: str, title: str | None = None) -> Actor:
    return Actor(id=qid, name_en=name, name_ar=None, kind="person", country=country, title=title, wikidata=qid)


def country(iso: str, name: str) -> Actor:
    return Actor(id=f"country:{iso}", name_en=name, name_ar=None, kind="country", country=iso)


def org(oid: str, name: str, iso: str | None = None) -> Actor:
    return Actor(id=oid, name_en=name, name_ar=None, kind="organization", country=iso)


def place(pid: str, name: str, iso: str) -> Place:
    return Place(id=pid, name_en=name, name_ar=None, country=iso, kind="city")


TRUMP = person("Q22686", "Donald Trump", "USA", "President of the United States")
NETANYAHU = person("Q43723", "Benjamin Netanyahu", "ISR", "Prime Minister of Israel")
PUTIN = person("Q7747", "Vladimir Putin", "RUS", "President of Russia")
LAVROV = person("Q9616", "Sergey Lavrov", "RUS", "Minister of Foreign Affairs of Russia")
MESHAAL = person("Q298618", "Khaled Meshaal", "PSE", "Head of the Hamas political bureau")
SALMAN = person("Q378208", "Salman bin Abdulaziz", "SAU", "King of Saudi Arabia")
JUBEIR = person("Q4115189", "Adel al-Jubeir", "SAU", "Minister of Foreign Affairs of Saudi Arabia")
SISI = person("Q1248637", "Abdel Fattah el-Sisi", "EGY", "President of Egypt")
MACRON = person("Q3052772", "Emmanuel Macron", "FRA", "President of France")
ERDOGAN = person("Q39259", "Recep Tayyip Erdogan", "TUR", "President of Turkey")
GENTILONI = person("Q53066", "Paolo Gentiloni", "ITA", "Foreign Minister of Italy")
AUSTIN = person("Q11", "Lloyd Austin", "USA", "Secretary of Defense")
GALLANT = person("Q2", "Yoav Gallant", "ISR", "Minister of Defense")
CHAHED = person("Q3", "Youssef Chahed", "TUN", "Prime Minister of Tunisia")
SAUDI_MINISTER = person("Q1", "Faisal bin Farhan", "SAU", "Minister of Foreign Affairs of Saudi Arabia")
EGYPT = country("EGY", "Egypt")
QATAR = country("QAT", "Qatar")
ISRAEL = country("ISR", "Israel")
RUSSIA = country("RUS", "Russia")
HAMAS = org("Q47650", "Hamas", "PSE")
CAIRO = place("Q85", "Cairo", "EGY")
MOSCOW = place("Q649", "Moscow", "RUS")
RIYADH = place("Q3692", "Riyadh", "SAU")

ABDULLAH = person("Q57474", "Abdullah II", "JOR", "King of Jordan")
# country adjectives the real KB reads as via="nisba" (a party only in some constructions)
NISBAS: dict[str, Actor] = {
    "مصرية": EGYPT, "المصرية": EGYPT, "أردنية": country("JOR", "Jordan"), "الأردنية": country("JOR", "Jordan"),
    "السودانية": country("SDN", "Sudan"), "سعودية": country("SAU", "Saudi Arabia"),
    "أمريكية": country("USA", "United States"),
}

FORMS: dict[str, Actor | Place] = {
    "العاهل الأردني": ABDULLAH, "الملك عبد الله الثاني": ABDULLAH,
    "ترامب": TRUMP, "دونالد ترامب": TRUMP, "الرئيس الأمريكي": TRUMP,
    "نتنياهو": NETANYAHU, "بنيامين نتنياهو": NETANYAHU, "رئيس الوزراء الإسرائيلي": NETANYAHU,
    "بوتين": PUTIN, "فلاديمير بوتين": PUTIN, "الرئيس الروسي": PUTIN,
    "لافروف": LAVROV, "سيرغي لافروف": LAVROV, "وزير الخارجية الروسي": LAVROV,
    "مشعل": MESHAAL, "خالد مشعل": MESHAAL,
    "الملك سلمان": SALMAN, "خادم الحرمين الشريفين": SALMAN,
    "الجبير": JUBEIR, "عادل الجبير": JUBEIR,
    "السيسي": SISI, "الرئيس المصري": SISI, "عبد الفتاح السيسي": SISI,
    "ماكرون": MACRON, "الرئيس الفرنسي": MACRON,
    "أردوغان": ERDOGAN, "الرئيس التركي": ERDOGAN,
    "وزير الخارجية السعودي": SAUDI_MINISTER,
    "لويد أوستن": AUSTIN, "وزير الدفاع الأميركي لويد أوستن": AUSTIN, "غالانت": GALLANT,
    "يوآف غالانت": GALLANT, "وزير الدفاع الإسرائيلي يوآف غالانت": GALLANT,
    "نظيره الإيطالي": Actor(id="rasad:counterpart:ITA", name_en=None, name_ar=None, kind="person", country="ITA"),
    "تونس": country("TUN", "Tunisia"),
    "السفير الأمريكي": Actor(id="rasad:role:ambassador:USA", name_en=None, name_ar=None, kind="person",
                             country="USA", title="Ambassador of the United States"),
    "تركيا": country("TUR", "Turkey"), "مصر": EGYPT, "قطر": QATAR, "السعودية": country("SAU", "Saudi Arabia"), "إسرائيل": ISRAEL, "روسيا": RUSSIA, "الإسرائيلي": ISRAEL,
    "حماس": HAMAS, "حركة حماس": HAMAS,
    "القاهرة": CAIRO, "موسكو": MOSCOW, "الرياض": RIYADH,
}


class FakeKB:
    def __init__(self, forms: dict[str, Actor | Place] | None = None):
        self.forms = {normalize_key(k): v for k, v in (forms or FORMS).items()}
        self.nisbas = {normalize_key(k) for k in NISBAS} if forms is None else set()
        if forms is None:
            self.forms.update({normalize_key(k): v for k, v in NISBAS.items()})
        alts = sorted(self.forms, key=len, reverse=True)
        self.rx = re.compile(r"(?<![\w])(?:و|ف)?(?:ب|ل)?(" + "|".join(re.escape(a) for a in alts) + r")(?![\w])")

    def find_mentions(self, text: str, on: date | None = None) -> list[Mention]:
        nt = normalize(text)
        out = []
        for m in self.rx.finditer(nt.text):
            s, e = nt.span(m.start(1), m.end(1))
            v = self.forms[m.group(1)]
            if isinstance(v, Place):
                out.append(Mention(text[s:e], s, e, "place", v.id, place=v))
            else:
                # a role the KB could not resolve to a holder comes back as the office alone
                via = "role" if v.id.startswith("rasad:role:") else "nisba" if m.group(1) in self.nisbas else "name"
                out.append(Mention(text[s:e], s, e, v.kind, v.id, actor=v, via=via))
        return out

    def actor(self, entry_id: str, on: date | None = None) -> Actor | None:
        for v in self.forms.values():
            if isinstance(v, Actor) and v.id == entry_id:
                return v
        return None

    def holder(self, role: str, of: str, on: date, for_: str | None = None) -> Actor | None:
        return {("foreign_minister", "RUS"): LAVROV, ("foreign_minister", "SAU"): JUBEIR,
                ("foreign_minister", "ITA"): GENTILONI, ("defence_minister", "USA"): AUSTIN,
                ("defence_minister", "ISR"): GALLANT, ("prime_minister", "TUN"): CHAHED}.get((role, of))

    def offices(self, entry_id: str) -> list[Office]:
        roles = {JUBEIR.id: ("foreign_minister", "SAU"), LAVROV.id: ("foreign_minister", "RUS"),
                 AUSTIN.id: ("defence_minister", "USA"), GALLANT.id: ("defence_minister", "ISR")}
        return [Office(*roles[entry_id])] if entry_id in roles else []
