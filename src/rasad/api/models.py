"""Request and response models of the REST API (pydantic), kept apart from the internal
dataclasses (rasad.types) and the service's dicts: the API's shape changes only here."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ErrorBody(_Out):
    code: str = Field(description="stable error code (rasad.errors), e.g. NOT-FOUND, BAD-REQUEST, VALIDATION")
    message: str
    details: Any = None


class ErrorOut(_Out):
    """The one shape of every error response."""

    error: ErrorBody


class ActorOut(_Out):
    id: str
    name_en: str | None = None
    name_ar: str | None = None
    kind: str
    country: str | None = None
    title: str | None = None
    wikidata: str | None = None


class WhenOut(_Out):
    start: str
    end: str


class LocationOut(_Out):
    name_en: str | None = None
    country: str | None = None


class TriggerOut(_Out):
    text: str = ""
    start: int = 0
    end: int = 0


class PloverOut(_Out):
    type: str = ""
    mode: str = ""


class SourceOut(_Out):
    """One article's report of an event."""

    article_id: int
    doc_id: str
    part: int = 1
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    wire_group: int | None = None
    seq: int
    type: str
    status: str
    evidence: str
    confidence: float
    sentence: list[int] = Field(description="[start, end) character offsets of the evidence in the article text")
    trigger: TriggerOut
    cameo: str = ""
    plover: PloverOut


class EventOut(_Out):
    id: int
    type: str
    type_class: str
    status: str
    when: WhenOut | None = None
    location: LocationOut | None = None
    topics: list[str] = []
    confidence: float
    n_sources: int
    n_outlets: int
    n_reports: int
    first_reported: str | None = None
    last_reported: str | None = None
    source: list[ActorOut] = []
    target: list[ActorOut] = []
    mediators: list[ActorOut] = []
    sources: list[SourceOut] | None = None


class EventPageOut(_Out):
    items: list[EventOut]
    limit: int
    offset: int
    total: int | None = None
    next_offset: int | None = None


class ActorSummaryOut(_Out):
    id: str
    name_en: str | None = None
    name_ar: str | None = None
    kind: str
    country: str | None = None
    wikidata: str | None = None
    n_events: int = 0


class PeriodOut(_Out):
    period: str
    n: int
    by_type: dict[str, int]


class CounterpartOut(_Out):
    actor: ActorOut
    n_events: int
    last: str | None = None


class NodeOut(_Out):
    id: str
    name_en: str | None = None
    name_ar: str | None = None
    kind: str
    country: str | None = None
    n_events: int
    ego: bool


class EdgeOut(_Out):
    source: str
    target: str
    weight: int


class NetworkOut(_Out):
    nodes: list[NodeOut]
    edges: list[EdgeOut]


class ActorDetailOut(_Out):
    actor: ActorOut
    n_events: int
    by_type: dict[str, int]
    period: str
    undated: int
    periods: list[PeriodOut]
    counterparts: list[CounterpartOut]
    network: NetworkOut


class ReportOut(_Out):
    event_id: int
    seq: int
    type: str
    status: str
    evidence: str
    confidence: float
    sentence: list[int]
    trigger: TriggerOut


class SegmentOut(_Out):
    start: int
    end: int
    text: str
    events: list[int] = Field(description="ids of the events whose evidence sentence covers this piece")


class ArticleOut(_Out):
    id: int
    doc_id: str
    part: int
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    wire_group: int | None = None
    text: str
    reports: list[ReportOut]
    segments: list[SegmentOut]


class PairCountOut(_Out):
    a: str
    b: str
    n: int


class MonthCountOut(_Out):
    month: str
    n: int


class StatsOut(_Out):
    totals: dict[str, int]
    by_type: dict[str, int]
    by_country_pair: list[PairCountOut]
    by_month: list[MonthCountOut]
    undated: int


class IngestItem(BaseModel):
    """One article to ingest: plain text or an HTML page, with optional metadata."""

    model_config = ConfigDict(extra="forbid")

    id: str | int = Field(description="document id")
    text: str | None = None
    html: str | None = None
    title: str | None = None
    published: str | None = Field(default=None, description="publication date, any format the reader understands")
    outlet: str | None = None
    url: str | None = None
    author: str | None = None


class IssueOut(_Out):
    source: str
    line: int | None = None
    code: str
    message: str
    severity: str


class IngestOut(_Out):
    documents: int
    stored: int
    duplicates: int
    failed: int
    warnings: int
    new_events: int
    merged_events: int
    issues: list[IssueOut]
