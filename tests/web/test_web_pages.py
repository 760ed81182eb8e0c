"""Server-rendered pages (without a browser): escaping, highlights by offset, filters, labels."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from api.webdata import S_CALL, S_MEET, S_XSS, TITLE_X1, XSS

PAGE = {"accept": "text/html"}


def _marks(body: str) -> list[str]:
    return [html.unescape(re.sub(r"<[^>]+>", "", m)) for m in
            re.findall(r'<mark class="evidence[^"]*"[^>]*>(.*?)</mark>', body, flags=re.S)]


def test_autoescape_is_on(api_client):
    pages = api_client.app.state.pages
    assert pages.env.autoescape is True
    import pathlib

    for t in pathlib.Path(pages.env.loader.searchpath[0]).glob("*.html"):
        assert "|safe" not in t.read_text().replace(" ", ""), t.name


@pytest.mark.parametrize("url", ["/", "/events", "/actors", "/actors/Q43723", "/pair?a=Q43723&b=Q7821917"])
def test_pages_load(api_client, url):
    r = api_client.get(url, headers=PAGE)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "<script>" not in r.text  # every script is a static file


def test_event_page_highlights_the_right_sentence(api_client, web_db):
    body = api_client.get(f"/events/{web_db.ids['call']}", headers=PAGE).text
    marks = _marks(body)
    assert "".join(marks) == S_CALL
    assert S_MEET in html.unescape(body)  # the rest of the article is there, unmarked
    body = api_client.get(f"/events/{web_db.ids['meeting']}", headers=PAGE).text
    assert "Outlet A" in body and "Outlet B" in body  # both sources


def test_trigger_is_marked_inside_the_sentence(api_client, web_db):
    body = api_client.get(f"/events/{web_db.ids['call']}", headers=PAGE).text
    trig = re.findall(r'<mark class="evidence trigger"[^>]*>(.*?)</mark>', body)
    assert trig == ["اتصالاً هاتفياً"]


class _Elements(HTMLParser):
    """Every element the browser would build: (tag, attributes)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def _elements(body: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    p = _Elements()
    p.feed(body)
    return p.found


def test_payloads_are_shown_as_text(api_client, web_db):
    for url in (f"/events/{web_db.ids['visit']}", f"/articles/{web_db.articles['x1']}", "/", "/events",
                "/events?q=" + "الدوحة", "/actors/rasad%3Atest%3Aevil", "/actors?q=rasad:test:evil"):
        body = api_client.get(url, headers=PAGE).text
        for tag, attrs in _elements(body):
            assert tag not in ("iframe", "img", "object", "embed"), (url, tag)
            if tag == "script":
                assert dict(attrs).get("src", "").startswith("/static/"), (url, attrs)
            assert not [k for k, _ in attrs if k.startswith("on")], (url, tag, attrs)
    body = api_client.get(f"/events/{web_db.ids['visit']}", headers=PAGE).text
    assert html.escape(XSS[0], quote=False) in body or "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "".join(_marks(body)) == S_XSS  # highlighted, and still only text
    assert "Outlet &lt;i&gt;X&lt;/i&gt;" in body
    art = api_client.get(f"/articles/{web_db.articles['x1']}", headers=PAGE).text
    assert html.escape(TITLE_X1) in art or "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in art


def test_event_filters_change_the_list(api_client, web_db):
    def rows(qs: str) -> set[int]:
        body = api_client.get("/events" + qs, headers=PAGE).text
        return {int(x) for x in re.findall(r'data-event-id="(\d+)"', body)}

    everything = rows("")
    assert len(everything) == 5
    assert rows("?type=call") == {web_db.ids["call"]}
    assert rows("?status=planned") == {web_db.ids["invitation"]}
    assert rows("?actor=" + "طالبان") == {web_db.ids["taliban"]}
    assert rows("?country=AFG&type=call") == set()
    assert rows("?since=2024-03-19") == {web_db.ids["invitation"], web_db.ids["visit"]}
    body = api_client.get("/events?since=garbage", headers=PAGE).text
    assert "not a date" in body  # a bad date is reported on the page, not a crash


def test_arabic_text_is_rtl_and_labels_are_bilingual(api_client, web_db):
    body = api_client.get(f"/events/{web_db.ids['call']}", headers=PAGE).text
    assert re.search(r'<div class="article-text" dir="rtl" lang="ar">', body)
    assert re.search(r'<p class="evidence-quote" dir="rtl" lang="ar">', body)
    assert "Sources · " in body and "المصادر" in body
    dash = api_client.get("/", headers=PAGE).text
    assert "Dashboard · " in dash and "لوحة المتابعة" in dash


def test_actor_and_pair_pages(api_client):
    body = api_client.get("/actors/Q43723", headers=PAGE).text
    assert "Benjamin Netanyahu" in body and 'id="chart-network"' in body
    assert "/pair?a=Q43723&amp;b=Q7821917" in body
    pair = api_client.get("/pair?a=Q43723&b=Q7821917", headers=PAGE).text
    assert 'id="pair-total">1<' in pair


def test_html_errors_for_pages(api_client):
    r = api_client.get("/events/999999", headers=PAGE)
    assert r.status_code == 404 and "NOT-FOUND" in r.text and r.headers["content-type"].startswith("text/html")
    assert api_client.get("/pair", headers=PAGE).status_code == 404
    assert api_client.get("/actors/nobody", headers=PAGE).status_code == 404


def test_empty_database(tmp_path):
    import warnings

    from api.webdata import NoKB
    from rasad.api import create_app
    from rasad.service.events import EventService
    from rasad.settings import Settings
    from rasad.store import Store

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    svc = EventService(Store(str(tmp_path / "empty.db")), kb=NoKB())
    with TestClient(create_app(Settings(db=str(tmp_path / "empty.db")), service=svc)) as c:
        for url in ("/", "/events", "/actors", "/events?q=شيء", "/actors?q=أحد"):
            r = c.get(url, headers=PAGE)
            assert r.status_code == 200, url
        assert "No events match" in c.get("/events", headers=PAGE).text
        st = c.get("/api/stats").json()
        assert st["totals"]["events"] == 0 and st["by_month"] == [] and st["by_country_pair"] == []
        assert c.get("/api/events").json()["items"] == []
        assert c.get("/api/actors").json() == []
    svc.close()
