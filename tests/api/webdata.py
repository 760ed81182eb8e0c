"""A small event database for the API and browser tests, filled through the service layer.

Article texts are real Arabic sentences; each event's evidence is a sentence of its article at
the offsets the extractor would give, so highlight tests can check the exact sentence. One
article (and one actor) carries script, iframe and event-handler payloads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rasad.service.events import EventService
from rasad.service.pipeline import ArticleResult
from rasad.store import Store
from rasad.types import Actor, Article, Event, Place
from store.factories import ABBAS, BLINKEN, DOHA, KHALILZAD, NETANYAHU, SISI, TALIBAN

TAMIM = Actor("Q1374626", "Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني", "person", "QAT", "Emir of Qatar",
              "Q1374626")
EVIL = Actor("rasad:test:evil", "<img src=x onerror=alert(5)>", "<script>alert(6)</script>", "person", "QAT")
JERUSALEM = Place("Q1218", "Jerusalem", "القدس", "ISR")

XSS = ("<script>alert(1)</script>", "<iframe src=\"javascript:alert(2)\"></iframe>", "<img src=x onerror=alert(3)>")

S_MEET = "التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو وزير الخارجية الأمريكي أنتوني بلينكن في القدس اليوم الاثنين."
S_CALL = "وفي سياق آخر، أجرى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً بالرئيس الفلسطيني محمود عباس."
TEXT_N1 = f"القدس (وكالات) - {S_MEET} وبحث الجانبان الأوضاع في قطاع غزة وصفقة تبادل الأسرى. {S_CALL} وتناول الاتصال المساعدات الإنسانية."
S_MEET2 = "وذكر مكتب نتنياهو أنه التقى وزير الخارجية الأمريكي بلينكن في القدس أمس الاثنين."
TEXT_N2 = f"أفادت صحيفة محلية بأن المباحثات تركزت على الهدنة. {S_MEET2} ولم يصدر بيان مشترك عن اللقاء."
S_TALIBAN = "التقى وفد من حركة طالبان المبعوث الأمريكي زلماي خليل زاد في الدوحة اليوم السبت."
TEXT_K1 = f"الدوحة - {S_TALIBAN} وجرى توقيع اتفاق بين الجانبين بحضور ممثلين عن عدة دول."
S_INV = "وجه الرئيس عبد الفتاح السيسي دعوة إلى رئيس الوزراء بنيامين نتنياهو لزيارة القاهرة الأسبوع المقبل."
TEXT_I1 = f"القاهرة - {S_INV} ولم يحدد موعد الزيارة بعد."
S_XSS = f"واستقبل أمير قطر الشيخ تميم بن حمد وزير الخارجية بلينكن في الدوحة {XSS[0]} اليوم {XSS[2]}."
TEXT_X1 = f"خبر فيه {XSS[1]} نص غريب. {S_XSS} وانتهى الخبر <b onmouseover=alert(4)>هنا</b>."
TITLE_X1 = "<script>alert('title')</script> عنوان الخبر"


def _ev(doc: str, text: str, sentence: str, type_: str, source: tuple[Actor, ...], target: tuple[Actor, ...], *,
        first: date | None, last: date | None = None, status: str = "occurred", location: Place | None = None,
        topics: tuple[str, ...] = (), confidence: float = 0.8, trigger: str = "") -> Event:
    s = text.index(sentence)
    t = sentence.index(trigger) if trigger and trigger in sentence else 0
    return Event(type=type_, status=status, source=source, target=target, evidence=sentence,  # type: ignore[arg-type]
                 confidence=confidence, doc_id=doc, first=first, last=last or first, location=location,
                 topics=topics, sentence_start=s, sentence_end=s + len(sentence), trigger=trigger,
                 trigger_start=s + t, trigger_end=s + t + len(trigger), cameo="040", plover_type="CONSULT",
                 plover_mode="unspecified")


def _art(doc: str, text: str, outlet: str, published: date, title: str | None = None) -> Article:
    return Article(doc_id=doc, text=text, title=title or f"خبر {doc}", published=published, outlet=outlet,
                   source=f"{doc}.txt", url=f"https://example.org/{doc}")


def build() -> tuple[list[Article], dict[str, tuple[Event, ...]]]:
    arts = [
        _art("n1", TEXT_N1, "Outlet A", date(2024, 3, 18)),
        _art("n2", TEXT_N2, "Outlet B", date(2024, 3, 19)),
        _art("k1", TEXT_K1, "Outlet C", date(2020, 2, 29)),
        _art("i1", TEXT_I1, "Outlet A", date(2024, 3, 22)),
        _art("x1", TEXT_X1, "Outlet <i>X</i>", date(2024, 3, 25), title=TITLE_X1),
    ]
    events = {
        "n1": (_ev("n1", TEXT_N1, S_MEET, "meeting", (NETANYAHU,), (BLINKEN,), first=date(2024, 3, 18),
                   location=JERUSALEM, topics=("gaza", "hostages"), trigger="التقى", confidence=0.9),
               _ev("n1", TEXT_N1, S_CALL, "call", (SISI,), (ABBAS,), first=date(2024, 3, 18), topics=("gaza",),
                   trigger="اتصالاً هاتفياً")),
        "n2": (_ev("n2", TEXT_N2, S_MEET2, "meeting", (NETANYAHU,), (BLINKEN,), first=date(2024, 3, 18),
                   location=JERUSALEM, topics=("gaza",), trigger="التقى", confidence=0.7),),
        "k1": (_ev("k1", TEXT_K1, S_TALIBAN, "meeting", (TALIBAN,), (KHALILZAD,), first=date(2020, 2, 29),
                   location=DOHA, trigger="التقى", confidence=0.6),),
        "i1": (_ev("i1", TEXT_I1, S_INV, "invitation", (SISI,), (NETANYAHU,), first=date(2024, 3, 25),
                   last=date(2024, 3, 31), status="planned", trigger="دعوة", confidence=0.6),),
        "x1": (_ev("x1", TEXT_X1, S_XSS, "visit", (BLINKEN, EVIL), (TAMIM,), first=date(2024, 3, 25),
                   location=DOHA, trigger="استقبل", confidence=0.5),),
    }
    return arts, events


class NoKB:
    """A knowledge base that knows nothing: actor queries go by stored names only."""

    def search(self, q: str) -> list[Actor]:
        return []


class FakePipeline:
    """Gives the prepared events of each doc_id instead of extracting them."""

    def __init__(self, events: dict[str, tuple[Event, ...]]):
        self.events = events

    def process(self, a: Article) -> ArticleResult:
        return ArticleResult(a, events=tuple(e for e in self.events.get(a.doc_id, ())))


@dataclass
class WebDB:
    path: str
    service: EventService
    ids: dict[str, int] = field(default_factory=dict)  # name -> event id
    articles: dict[str, int] = field(default_factory=dict)  # doc_id -> article id


def fill(path: str) -> WebDB:
    """Ingest the articles through the service (with the fake pipeline) into a new database."""
    svc = EventService(Store(path), kb=NoKB())
    arts, events = build()
    report = svc.ingest_articles(arts, pipeline=FakePipeline(events))
    assert report.failed == 0 and report.stored == len(arts), report
    db = WebDB(path, svc)
    for a in svc.articles(limit=100):
        db.articles[a["doc_id"]] = a["id"]
    for e in svc.events(limit=100).items:
        key = {"meeting": "meeting", "call": "call", "invitation": "invitation", "visit": "visit"}[e["type"]]
        if e["type"] == "meeting" and any(a["id"] == TALIBAN.id for a in e["source"]):
            key = "taliban"
        db.ids[key] = e["id"]
    return db
