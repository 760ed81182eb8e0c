"""The API's queries on every back end (SQLite, and PostgreSQL when RASAD_TEST_PG_URL is set)."""

from __future__ import annotations

import warnings

from api.webdata import S_CALL, fill
from rasad.api import create_app
from rasad.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def test_api_on_each_backend(db_url):
    db = fill(db_url)
    try:
        with TestClient(create_app(Settings(db=db_url), service=db.service)) as c:
            ev = c.get("/api/events", params={"actor": "Netanyahu", "actor2": "Blinken"}).json()
            assert [e["id"] for e in ev["items"]] == [db.ids["meeting"]] and ev["total"] == 1
            assert {e["id"] for e in c.get("/api/events", params={"q": "هاتفيا"}).json()["items"]} == {db.ids["call"]}
            d = c.get("/api/actors/Q43723").json()
            assert d["n_events"] == 2 and {n["id"] for n in d["network"]["nodes"]} == {"Q43723", "Q7821917", "Q1047"}
            st = c.get("/api/stats").json()
            assert st["by_type"] == {"call": 1, "invitation": 1, "meeting": 2, "visit": 1}
            assert {(p["a"], p["b"]) for p in st["by_country_pair"]} >= {("ISR", "USA"), ("EGY", "PSE")}
            art = c.get(f"/api/articles/{db.articles['n1']}").json()
            assert [s["text"] for s in art["segments"] if s["events"]][1] == S_CALL
            assert c.get("/api/actors", params={"q": "السيسي"}).json()[0]["id"] == "Q1047"
            assert c.get("/", headers={"accept": "text/html"}).status_code == 200
    finally:
        db.service.close()
