"""The REST API on a small database filled through the service layer (tests/api/webdata.py)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from api.webdata import S_CALL, S_MEET, TEXT_N1, XSS


def test_create_app_is_a_factory(web_db):
    from rasad.api import create_app
    from rasad.settings import Settings

    a = create_app(Settings(db=web_db.path), service=web_db.service)
    b = create_app(Settings(db=web_db.path), service=web_db.service)
    assert a is not b
    paths = set(a.openapi()["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{actor_id}",
            "/api/articles/{article_id}", "/api/stats", "/api/export", "/api/ingest"} <= paths


def test_events_list_and_filters(api_client, web_db):
    r = api_client.get("/api/events")
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 5 and len(page["items"]) == 5
    # newest first by event date
    starts = [e["when"]["start"] for e in page["items"] if e["when"]]
    assert starts == sorted(starts, reverse=True)

    def ids(**params) -> set[int]:
        res = api_client.get("/api/events", params=params)
        assert res.status_code == 200, res.text
        return {e["id"] for e in res.json()["items"]}

    assert ids(type="call") == {web_db.ids["call"]}
    assert ids(type="call,invitation") == {web_db.ids["call"], web_db.ids["invitation"]}
    assert ids(status="planned") == {web_db.ids["invitation"]}
    assert ids(actor="نتنياهو") == {web_db.ids["meeting"], web_db.ids["invitation"]}
    assert ids(actor="Netanyahu", actor2="Blinken") == {web_db.ids["meeting"]}
    assert ids(country="AFG") == {web_db.ids["taliban"]}
    assert ids(since="2024-01-01", until="2024-03-20") == {web_db.ids["meeting"], web_db.ids["call"]}
    assert ids(until="2021-01-01") == {web_db.ids["taliban"]}
    assert ids(topic="hostages") == {web_db.ids["meeting"]}
    assert ids(outlet="Outlet B") == {web_db.ids["meeting"]}
    assert ids(q="هاتفيا") == {web_db.ids["call"]}
    assert ids(min_sources=2) == {web_db.ids["meeting"]}
    assert ids(actor="nobody-at-all") == set()


def test_events_paging_and_sort(api_client):
    first = api_client.get("/api/events", params={"limit": 2, "sort": "confidence"}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    confs = [e["confidence"] for e in first["items"]]
    assert confs == sorted(confs, reverse=True)
    rest = api_client.get("/api/events", params={"limit": 2, "offset": 4, "sort": "confidence"}).json()
    assert len(rest["items"]) == 1 and rest["next_offset"] is None
    asc = api_client.get("/api/events", params={"sort": "id", "order": "asc"}).json()["items"]
    assert [e["id"] for e in asc] == sorted(e["id"] for e in asc)


def test_one_event_with_sources(api_client, web_db):
    e = api_client.get(f"/api/events/{web_db.ids['meeting']}").json()
    assert e["type"] == "meeting" and e["n_sources"] == 2
    assert {s["outlet"] for s in e["sources"]} == {"Outlet A", "Outlet B"}
    n1 = next(s for s in e["sources"] if s["doc_id"] == "n1")
    s, t = n1["sentence"]
    assert TEXT_N1[s:t] == S_MEET == n1["evidence"]
    assert [a["name_en"] for a in e["source"]] == ["Benjamin Netanyahu"]


def test_actors_search_and_detail(api_client, web_db):
    found = api_client.get("/api/actors", params={"q": "السيسي"}).json()
    assert [a["id"] for a in found] == ["Q1047"] and found[0]["n_events"] == 2
    top = api_client.get("/api/actors").json()
    assert top[0]["n_events"] >= top[-1]["n_events"]
    d = api_client.get("/api/actors/Q43723").json()
    assert d["n_events"] == 2
    assert d["by_type"] == {"invitation": 1, "meeting": 1}
    assert {c["actor"]["id"]: c["n_events"] for c in d["counterparts"]} == {"Q7821917": 1, "Q1047": 1}
    assert [p["period"] for p in d["periods"]] == ["2024-03"] and d["periods"][0]["n"] == 2
    nodes = {n["id"] for n in d["network"]["nodes"]}
    assert nodes == {"Q43723", "Q7821917", "Q1047"}
    assert [n["id"] for n in d["network"]["nodes"] if n["ego"]] == ["Q43723"]
    edges = {(e["source"], e["target"]) for e in d["network"]["edges"]}
    assert ("Q43723", "Q7821917") in edges and ("Q43723", "Q1047") in edges
    year = api_client.get("/api/actors/Q43723", params={"period": "year"}).json()
    assert [p["period"] for p in year["periods"]] == ["2024"]


def test_pair_history(api_client, web_db):
    d = api_client.get("/api/pairs", params={"a": "Q43723", "b": "Q7821917"}).json()
    assert d["total"] == 1 and [e["id"] for e in d["events"]] == [web_db.ids["meeting"]]


def test_article_with_offsets(api_client, web_db):
    a = api_client.get(f"/api/articles/{web_db.articles['n1']}").json()
    assert a["text"] == TEXT_N1
    sentences = {r["type"]: a["text"][r["sentence"][0]:r["sentence"][1]] for r in a["reports"]}
    assert sentences == {"meeting": S_MEET, "call": S_CALL}
    # the segments put the text back together, and mark exactly the two evidence sentences
    assert "".join(s["text"] for s in a["segments"]) == TEXT_N1
    marked = [s["text"] for s in a["segments"] if s["events"]]
    assert marked == [S_MEET, S_CALL]


def test_stats(api_client):
    st = api_client.get("/api/stats").json()
    assert st["totals"]["events"] == 5 and st["totals"]["articles"] == 5 and st["totals"]["reports"] == 6
    assert st["by_type"] == {"call": 1, "invitation": 1, "meeting": 2, "visit": 1}
    pairs = {(p["a"], p["b"]): p["n"] for p in st["by_country_pair"]}
    assert pairs[("ISR", "USA")] == 1 and pairs[("EGY", "PSE")] == 1 and pairs[("AFG", "USA")] == 1
    assert pairs[("EGY", "ISR")] == 1 and pairs[("QAT", "USA")] == 1
    assert {m["month"]: m["n"] for m in st["by_month"]} == {"2020-02": 1, "2024-03": 4}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "plover"])
def test_export(api_client, fmt):
    r = api_client.get("/api/export", params={"format": fmt})
    assert r.status_code == 200
    assert "attachment" in r.headers["content-disposition"]
    body = r.content.decode("utf-8-sig")
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(body)))
        assert len(rows) == 5
    else:
        lines = [json.loads(x) for x in body.splitlines() if x.strip()]
        assert lines


def test_export_filtered(api_client):
    r = api_client.get("/api/export", params={"format": "csv", "type": "call"})
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) == 1 and rows[0]["type"] == "call"


@pytest.mark.parametrize("url,status,code", [
    ("/api/events/999999", 404, "NOT-FOUND"),
    ("/api/actors/nobody", 404, "NOT-FOUND"),
    ("/api/articles/424242", 404, "NOT-FOUND"),
    ("/api/events?since=not-a-date", 422, "VALIDATION"),
    ("/api/events?limit=0", 422, "VALIDATION"),
    ("/api/events?sort=evil", 422, "VALIDATION"),
    ("/api/events/abc", 422, "VALIDATION"),
    ("/api/export?format=xml", 422, "VALIDATION"),
    ("/api/no-such-route", 404, "NOT-FOUND"),
])
def test_one_error_shape(api_client, url, status, code):
    r = api_client.get(url)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code and body["error"]["message"]


def test_method_not_allowed_has_the_shape(api_client):
    r = api_client.delete("/api/events")
    assert r.status_code == 405 and r.json()["error"]["code"] == "METHOD-NOT-ALLOWED"


def test_openapi_and_docs(api_client):
    spec = api_client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/ingest" in spec["paths"]
    assert "ErrorOut" in spec["components"]["schemas"]
    docs = api_client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui-bundle.js" in docs.text
    assert "<script>" not in docs.text.replace("<script src=", "")  # no inline script
    assert api_client.get("/static/vendor/swagger-ui-bundle.js").status_code == 200


def test_security_headers_everywhere(api_client):
    for url in ("/", "/events", "/api/events", "/api/events/999999"):
        h = api_client.get(url).headers
        assert h["x-content-type-options"] == "nosniff"
        assert h["x-frame-options"] == "DENY"
        assert h["referrer-policy"] == "no-referrer"
        csp = h["content-security-policy"]
        script_src = next(p for p in csp.split(";") if p.strip().startswith("script-src"))
        assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
        assert "frame-ancestors 'none'" in csp


def test_article_payloads_come_back_as_data(api_client, web_db):
    a = api_client.get(f"/api/articles/{web_db.articles['x1']}").json()
    for p in XSS:
        assert p in a["text"]  # JSON carries the text verbatim; the UI escapes it
    assert api_client.get(f"/api/articles/{web_db.articles['x1']}").headers["content-type"].startswith(
        "application/json")


@pytest.mark.parametrize("url", [
    "/static/../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/vendor/..%2F..%2Fetc%2Fpasswd",
    "/static/vendor/%2Fetc%2Fpasswd", "/static/vendor/package.json",
])
def test_no_path_traversal(api_client, url):
    r = api_client.get(url)
    assert r.status_code == 404
    assert "root:" not in r.text
