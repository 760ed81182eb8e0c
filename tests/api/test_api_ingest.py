"""POST /api/ingest: off without a token, bearer token required, JSON list or uploaded files."""

from __future__ import annotations

import json
import warnings
from datetime import date

import pytest

from api.webdata import BLINKEN, NETANYAHU, NoKB
from rasad.api import create_app
from rasad.service.events import EventService
from rasad.service.pipeline import ArticleResult
from rasad.settings import Settings
from rasad.store import Store
from rasad.types import Article, Event

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TEXT = ("التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو وزير الخارجية الأمريكي أنتوني بلينكن في القدس اليوم "
        "الاثنين، وبحث الجانبان الأوضاع في المنطقة.")


class OneMeeting:
    """A stand-in extractor: one meeting per article, evidence = the first sentence."""

    def __init__(self) -> None:
        self.seen: list[Article] = []

    def process(self, a: Article) -> ArticleResult:
        self.seen.append(a)
        ev = Event(type="meeting", status="occurred", source=(NETANYAHU,), target=(BLINKEN,), evidence=a.text,
                   confidence=0.8, doc_id=a.doc_id, first=a.published or date(2024, 3, 18),
                   last=a.published or date(2024, 3, 18), sentence_start=0, sentence_end=len(a.text))
        return ArticleResult(a, events=(ev,))


@pytest.fixture
def make_client(tmp_path):
    made: list[tuple[TestClient, EventService]] = []

    def make(token: str | None) -> tuple[TestClient, OneMeeting]:
        svc = EventService(Store(str(tmp_path / f"ingest{len(made)}.db")), kb=NoKB())
        pipe = OneMeeting()
        app = create_app(Settings(db=str(tmp_path / "unused.db"), ingest_token=token), service=svc,
                         pipeline=pipe)
        client = TestClient(app)
        made.append((client, svc))
        return client, pipe

    yield make
    for client, svc in made:
        client.close()
        svc.close()


ARTICLES = [{"id": "a1", "text": TEXT, "title": "لقاء", "published": "2024-03-18", "outlet": "Outlet A"}]


def test_off_without_token(make_client):
    client, pipe = make_client(None)
    r = client.post("/api/ingest", json=ARTICLES, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "NOT-FOUND"
    assert pipe.seen == []


@pytest.mark.parametrize("auth", [None, "Bearer wrong", "Bearer s3cret-but-longer", "Basic s3cret", "s3cret",
                                  "Bearer "])
def test_wrong_or_missing_token(make_client, auth):
    client, pipe = make_client("s3cret")
    headers = {"Authorization": auth} if auth is not None else {}
    r = client.post("/api/ingest", json=ARTICLES, headers=headers)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "UNAUTHORIZED"
    assert r.headers["www-authenticate"] == "Bearer"
    assert pipe.seen == []


def test_json_ingest_stores_and_is_idempotent(make_client):
    client, pipe = make_client("s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    r = client.post("/api/ingest", json=ARTICLES, headers=auth)
    assert r.status_code == 200, r.text
    rep = r.json()
    assert rep["stored"] == 1 and rep["new_events"] == 1 and rep["failed"] == 0
    assert pipe.seen[0].published == date(2024, 3, 18) and pipe.seen[0].outlet == "Outlet A"
    events = client.get("/api/events").json()
    assert events["total"] == 1 and events["items"][0]["sources"][0]["doc_id"] == "a1"
    again = client.post("/api/ingest", json={"articles": ARTICLES}, headers=auth).json()
    assert again["duplicates"] == 1 and again["stored"] == 0


def test_json_ingest_validation(make_client):
    client, _ = make_client("s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    r = client.post("/api/ingest", json=[{"text": TEXT}], headers=auth)  # no id
    assert r.status_code == 422 and r.json()["error"]["code"] == "VALIDATION"
    r = client.post("/api/ingest", content=b"{not json", headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "BAD-REQUEST"


def test_bad_documents_are_issues_not_errors(make_client):
    client, _ = make_client("s3cret")
    r = client.post("/api/ingest", json=[{"id": "en", "text": "This is plain English text, not Arabic at all."},
                                         {"id": "empty", "text": "   "}, {"id": "ok", "text": TEXT}],
                    headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200
    rep = r.json()
    assert rep["stored"] == 1 and rep["failed"] == 2
    assert {i["code"] for i in rep["issues"]} == {"INPUT-008", "INPUT-002"}


def test_file_upload(make_client):
    client, pipe = make_client("s3cret")
    html_doc = f"<html><body><p>{TEXT} وأضاف البيان أن الجانبين اتفقا على مواصلة التشاور.</p></body></html>"
    jsonl = "\n".join([json.dumps({"id": "j1", "text": TEXT + " وأكد الجانبان أهمية الحوار."}),
                       json.dumps({"id": "j2", "html": html_doc}), "not json"]) + "\n"
    files = [("files", ("doc7.txt", TEXT.encode("utf-8"), "text/plain")),
             ("files", ("batch.jsonl", jsonl.encode("utf-8"), "application/x-ndjson")),
             ("files", ("evil.exe", b"MZ\x00\x00", "application/octet-stream")),
             ("files", ("../../etc/passwd.txt", "نص عربي قصير عن لقاء.".encode(), "text/plain"))]
    r = client.post("/api/ingest", files=files, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200, r.text
    rep = r.json()
    codes = sorted(i["code"] for i in rep["issues"])
    assert "INPUT-006" in codes and "INPUT-009" in codes
    ids = {a.doc_id for a in pipe.seen}
    assert {"doc7", "j1", "j2"} <= ids
    assert "passwd" in ids  # the upload's name is only an id: no path is used
    assert all("/" not in a.doc_id for a in pipe.seen)


def test_too_large(make_client, tmp_path):
    svc = EventService(Store(str(tmp_path / "big.db")), kb=NoKB())
    app = create_app(Settings(db=str(tmp_path / "u.db"), ingest_token="t", max_doc_bytes=1000), service=svc,
                     pipeline=OneMeeting())
    with TestClient(app) as client:
        r = client.post("/api/ingest", json=[{"id": "big", "text": "ب" * 30_000}],
                        headers={"Authorization": "Bearer t"})
        assert r.status_code == 413 and r.json()["error"]["code"] == "INPUT-005"
        r = client.post("/api/ingest", json=[{"id": "big", "text": "ب" * 2_000}],
                        headers={"Authorization": "Bearer t"})
        assert r.status_code == 200 and r.json()["issues"][0]["code"] == "INPUT-005"
    svc.close()


def test_constant_time_comparison_is_used():
    import inspect

    from rasad.api import security

    assert "hmac.compare_digest" in inspect.getsource(security.check_token)


def test_response_cache_is_never_stale(make_client, tmp_path):
    client, _ = make_client("s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    first = client.get("/api/events")
    assert first.headers["x-cache"] == "miss" and first.json()["total"] == 0
    again = client.get("/api/events")
    assert again.headers["x-cache"] == "hit" and again.content == first.content
    assert again.headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/events?limit=5").headers["x-cache"] == "miss"  # another URL
    client.post("/api/ingest", json=ARTICLES, headers=auth)
    after = client.get("/api/events")
    assert after.headers["x-cache"] == "miss" and after.json()["total"] == 1
    # a write by another connection (another process, `rasad ingest`) invalidates it too
    svc = client.app.state.service
    other = Store(svc.store.url)
    other.add_article(Article(doc_id="b2", text="نص آخر مختلف تماماً عن الخبر الأول في هذا الاختبار.",
                              published=date(2024, 3, 20)),
                      [OneMeeting().process(Article(doc_id="b2", text="التقى نتنياهو بلينكن.")).events[0]])
    other.close()
    fresh = client.get("/api/events")
    assert fresh.headers["x-cache"] == "miss" and fresh.content != after.content
    assert fresh.json()["items"][0]["n_reports"] == 2 or fresh.json()["total"] == 2
    assert client.get("/api/events/999999").headers.get("x-cache") == "miss"
    assert client.get("/api/events/999999").status_code == 404  # errors are not cached
