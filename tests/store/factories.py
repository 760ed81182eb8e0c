"""Builders of articles, actors and events for the store tests (no extraction involved)."""

from __future__ import annotations

from datetime import date

from rasad.errors import DocIssue
from rasad.service.pipeline import ArticleResult
from rasad.types import Actor, Article, Event, Place

NETANYAHU = Actor("Q43723", "Benjamin Netanyahu", "بنيامين نتنياهو", "person", "ISR", "Prime Minister of Israel",
                  "Q43723")
BLINKEN = Actor("Q7821917", "Antony Blinken", "أنتوني بلينكن", "person", "USA", "Secretary of State", "Q7821917")
SISI = Actor("Q1047", "Abdel Fattah el-Sisi", "عبد الفتاح السيسي", "person", "EGY", "President of Egypt", "Q1047")
ABBAS = Actor("Q127998", "Mahmoud Abbas", "محمود عباس", "person", "PSE", "President of Palestine", "Q127998")
KHALILZAD = Actor("Q153554", "Zalmay Khalilzad", "زلماي خليل زاد", "person", "USA",
                  "US Special Representative for Afghanistan", "Q153554")
TALIBAN = Actor("Q42418", "Taliban", "طالبان", "organization", "AFG", None, "Q42418")
TALIBAN_DELEGATION = Actor("rasad:group:AFG:taliban-delegation", "Taliban delegation", "وفد طالبان", "group", "AFG")
EGYPT = Actor("Q79", "Egypt", "مصر", "country", "EGY", None, "Q79")
QATAR = Actor("Q846", "Qatar", "قطر", "country", "QAT", None, "Q846")
DOHA = Place("Q3861", "Doha", "الدوحة", "QAT")
CAIRO = Place("Q85", "Cairo", "القاهرة", "EGY")

TEXT_A = ("التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو وزير الخارجية الأمريكي أنتوني بلينكن في القدس اليوم "
          "الاثنين وبحثا الأوضاع في غزة وصفقة تبادل الأسرى. وقال مكتب نتنياهو إن اللقاء تناول الجهود الدبلوماسية.")


def article(doc_id: str, text: str, *, outlet: str | None = "Outlet A", published: date | None = date(2024, 3, 18),
            title: str | None = None, part: int = 1) -> Article:
    return Article(doc_id=doc_id, text=text, part=part, title=title or f"title {doc_id}", published=published,
                   outlet=outlet, source=f"{doc_id}.txt")


def event(doc_id: str, type_: str = "meeting", source: tuple[Actor, ...] = (NETANYAHU,),
          target: tuple[Actor, ...] = (BLINKEN,), *, first: date | None = date(2024, 3, 18),
          last: date | None = None, status: str = "occurred", location: Place | None = None,
          topics: tuple[str, ...] = (), confidence: float = 0.7, evidence: str = "التقى نتنياهو بلينكن",
          mediators: tuple[Actor, ...] = ()) -> Event:
    return Event(type=type_, status=status, source=source, target=target, evidence=evidence,  # type: ignore[arg-type]
                 confidence=confidence, doc_id=doc_id, mediators=mediators, first=first,
                 last=last if last is not None else first, location=location, topics=topics,
                 sentence_start=0, sentence_end=len(evidence), trigger="التقى", trigger_start=0, trigger_end=5,
                 cameo="040", plover_type="CONSULT", plover_mode="unspecified")


def unique_text(tag: str) -> str:
    """An article text unlike any other (so it is no wire copy of anything)."""
    words = " ".join(f"كلمة{tag}{i}" for i in range(40))
    return f"نص الخبر {tag}: {words}"


class FakePipeline:
    """Returns the events given for each doc_id (instead of extracting them)."""

    def __init__(self, events: dict[str, tuple[Event, ...]] | None = None,
                 issues: dict[str, tuple[DocIssue, ...]] | None = None, boom: set[str] | None = None):
        self.events = events or {}
        self.issues = issues or {}
        self.boom = boom or set()
        self.calls = 0

    def process(self, a: Article) -> ArticleResult:
        self.calls += 1
        if a.doc_id in self.boom:
            raise RuntimeError("extractor crashed")
        return ArticleResult(a, events=self.events.get(a.doc_id, ()), issues=self.issues.get(a.doc_id, ()))
