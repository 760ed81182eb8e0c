"""Hostile input through the web UI and the API: every payload is rendered inert or refused.

A database whose articles, titles, outlets, URLs, actor names, places, topics and evidence
carry script, iframe, event-handler, `javascript:`, `</textarea>` and bidi-override payloads;
every page that shows them is parsed and checked structurally (no script but the static files,
no event-handler attribute, no javascript: link, no iframe/svg/img from the data). Also: the
ingest token, paths outside the allowed folders, and the security headers.
"""

from __future__ import annotations

import inspect
import json
import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from rasad.service.events import EventService
from rasad.service.pipeline import ArticleResult
from rasad.settings import Settings
from rasad.store import Store
from rasad.types import Actor, Article, Event, Place

TOKEN = "s3cret-token-for-tests"
P = {
    "script": "<script>alert('p1')</script>",
    "iframe": "<iframe src=\"javascript:alert('p2')\"></iframe>",
    "img": "<img src=x onerror=alert('p3')>",
    "svg": "<svg/onload=alert('p4')>",
    "textarea": "</textarea><script>alert('p5')</script>",
    "attr": "\" onmouseover=\"alert('p6')\" x=\"",
    "attr1": "' onfocus='alert(7)' autofocus x='",
    "style": "</style><script>alert('p8')</script>",
    "title": "</title><script>alert('p9')</script>",
    "tmpl": "{{ 7*7 }}{% raw %}",
}
BIDI = "\u202eعكس\u202c \u2067عزل\u2069 \u202dمفتوح"  # the last override is never closed
JS_URL = "javascript:alert('p10')"
ALL = " ".join(P.values())

EVIL1 = Actor("rasad:test:evil1", P["img"] + P["attr"], P["script"] + BIDI, "person", "QAT", P["textarea"])
EVIL2 = Actor("rasad:test:<b>evil2</b>", P["svg"], P["iframe"], "organization", None)
GOOD = Actor("Q7821917", "Antony Blinken", "أنتوني بلينكن", "person", "USA", "Secretary of State", "Q7821917")
PLACE = Place("rasad:test:place", P["img"], P["script"], "QAT")


def _text(n: int) -> tuple[str, str]:
    sent = f"واستقبل أمير قطر {P['script']} وزير الخارجية {P['img']} في الدوحة اليوم {BIDI} {P['textarea']}."
    text = f"خبر رقم {n} فيه {P['iframe']} نص {P['attr']} غريب. {sent} وانتهى {P['svg']} {P['style']} الخبر."
    return text, sent


def _event(doc: str, text: str, sent: str, src: tuple[Actor, ...], tgt: tuple[Actor, ...]) -> Event:
    s = text.index(sent)
    t = sent.index("استقبل")
    return Event(type="visit", status="occurred", source=src, target=tgt, evidence=sent, confidence=0.7,
                 doc_id=doc, first=date(2024, 3, 25), last=date(2024, 3, 25), location=PLACE,
                 topics=(P["script"], P["attr1"]), sentence_start=s, sentence_end=s + len(sent),
                 trigger="استقبل", trigger_start=s + t, trigger_end=s + t + 6, cameo="042",
                 plover_type="CONSULT", plover_mode="visit")


class _Pipe:
    def __init__(self, events: dict[str, tuple[Event, ...]]):
        self.events = events

    def process(self, a: Article) -> ArticleResult:
        return ArticleResult(a, events=self.events.get(a.doc_id, ()))


class _NoKB:
    def search(self, q: str) -> list[Actor]:
        return []


@dataclass
class HostileDB:
    path: str
    svc: EventService
    events: list[int] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> HostileDB:
    path = str(tmp_path_factory.mktemp("sec") / "hostile.db")
    svc = EventService(Store(path), kb=_NoKB())
    arts, evs = [], {}
    for n, (src, tgt) in enumerate([((EVIL1,), (GOOD,)), ((GOOD,), (EVIL2,))], start=1):
        text, sent = _text(n)
        doc = f"doc{n}{P['script']}"
        arts.append(Article(doc_id=doc, text=text, title=f"{P['title']} {P['script']} {BIDI} عنوان {n}",
                            published=date(2024, 3, 25), outlet=f"{P['img']} {P['attr']} outlet {n}",
                            author=P["iframe"], source=f"{P['svg']}.txt", url=JS_URL if n == 1 else
                            "  JaVaScRiPt:alert('p11')"))
        evs[doc] = (_event(doc, text, sent, src, tgt),)
    rep = svc.ingest_articles(arts, pipeline=_Pipe(evs))
    assert rep.stored == 2 and rep.failed == 0, rep
    db = HostileDB(path, svc)
    db.events = [e["id"] for e in svc.events(limit=50).items]
    db.articles = [a["id"] for a in svc.articles(limit=50)]
    db.actors = [EVIL1.id, EVIL2.id, GOOD.id]
    assert len(db.events) == 2 and len(db.articles) == 2
    yield db
    svc.close()


@pytest.fixture(scope="module")
def client(hostile: HostileDB, tmp_path_factory: pytest.TempPathFactory):
    from rasad.api import create_app

    allowed = tmp_path_factory.mktemp("allowed")
    st = Settings(db=hostile.path, ingest_token=TOKEN, allowed_dirs=(str(allowed),), max_doc_bytes=200_000)
    app = create_app(st, service=hostile.svc, pipeline=_Pipe({}))
    with TestClient(app) as c:
        yield c


# --- the structural check of a page -----------------------------------------------------------

URL_ATTRS = {"href", "src", "action", "formaction", "data", "srcdoc", "poster", "xlink:href", "background"}


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


class _Audit(HTMLParser):
    """Flags what could run or mislead: scripts not from /static, inline script, event-handler
    attributes, javascript: URLs, frames/objects/svg, and bidi controls outside an element that
    isolates them (HTML isolates any element with a dir attribute, and <bdi>)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bad: list[str] = []
        self.in_script = False
        self.stack: list[tuple[str, bool]] = []  # (tag, isolated)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag not in VOID:
            isolated = tag in ("bdi", "title") or "dir" in a or bool(self.stack and self.stack[-1][1])
            self.stack.append((tag, isolated))
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(f"event-handler attribute {name}={value!r} on <{tag}>")
            v = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
            if name in URL_ATTRS and (v.startswith(("javascript:", "vbscript:")) or v.startswith("data:text/html")):
                self.bad.append(f"<{tag} {name}={value!r}>")
        if tag in ("iframe", "frame", "object", "embed", "svg", "math", "base", "textarea", "style"):
            self.bad.append(f"<{tag}> from the data")
        if tag == "img" and not (a.get("src") or "").startswith("/static/"):
            self.bad.append(f"<img src={a.get('src')!r}>")
        if tag == "script":
            src = a.get("src") or ""
            if not src.startswith("/static/"):
                self.bad.append(f"script not from /static: {attrs}")
            self.in_script = True
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            self.bad.append("meta refresh")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self.in_script and data.strip():
            self.bad.append(f"inline script content {data[:80]!r}")
        if BIDI_CONTROLS.search(data) and not (self.stack and self.stack[-1][1]):
            where = "/".join(t for t, _ in self.stack[-4:])
            self.bad.append(f"bidi control outside an isolating element in {where}: {data[:60]!r}")


def audit(html: str) -> list[str]:
    p = _Audit()
    p.feed(html)
    p.close()
    return p.bad


def pages(db: HostileDB) -> list[str]:
    q = quote(ALL)
    out = ["/", "/events", "/events?q=" + q, "/events?actor=" + q + "&outlet=" + q + "&topic=" + q,
           "/actors", "/actors?q=" + q, "/pair?a=" + quote(EVIL1.id) + "&b=" + quote(GOOD.id),
           "/pair?a=" + q + "&b=" + q, "/actors/" + quote(P["script"], safe=""), "/no-such-page/" + q,
           "/events/999999", "/articles/999999", "/docs"]
    out += [f"/events/{i}" for i in db.events] + [f"/articles/{i}" for i in db.articles]
    out += ["/actors/" + quote(a, safe="") for a in db.actors]
    return out


def test_every_page_renders_the_payloads_inert(client: TestClient, hostile: HostileDB) -> None:
    shown = 0
    for url in pages(hostile):
        r = client.get(url)
        assert r.status_code in (200, 404, 400, 422), (url, r.status_code)
        if "text/html" not in r.headers.get("content-type", ""):
            continue
        bad = audit(r.text)
        assert bad == [], f"{url}: {bad[:5]}"
        shown += "alert(" in r.text  # the payloads are there, as text
    assert shown >= 8, "the pages did not show the hostile data at all: the test proves nothing"


def test_the_auditor_catches_each_payload() -> None:
    """Each payload pasted raw into a page is caught (so a passing test above means escaping works)."""
    for name, payload in P.items():
        if name == "tmpl":
            continue
        assert audit(f"<html><body><p>{payload}</p></body></html>") or name in ("attr", "attr1"), name
    assert audit(f'<a href="{JS_URL}">x</a>')
    assert audit('<p title="" onmouseover="alert(1)">x</p>')
    assert audit(f"<p>{BIDI}</p>")
    assert not audit(f'<p><span dir="rtl">{BIDI}</span></p>') and not audit(f"<p><bdi>{BIDI}</bdi></p>")


def test_api_json_is_served_as_json_not_html(client: TestClient, hostile: HostileDB) -> None:
    for url in ["/api/events", f"/api/events/{hostile.events[0]}", f"/api/articles/{hostile.articles[0]}",
                "/api/actors?q=" + quote(P["script"]), "/api/actors/" + quote(EVIL1.id, safe=""), "/api/stats"]:
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-type"].startswith("application/json"), url
        assert r.headers["x-content-type-options"] == "nosniff"
        r.json()
    r = client.get("/api/export?format=csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"].startswith("attachment")


# --- security headers --------------------------------------------------------------------------

def test_security_headers_on_pages_api_static_and_errors(client: TestClient, hostile: HostileDB) -> None:
    for url in ["/", "/events", f"/events/{hostile.events[0]}", "/actors", "/docs", "/api/events", "/api/stats",
                "/static/js/app.js", "/no-such-page", "/api/events/999999", "/openapi.json"]:
        r = client.get(url)
        h = r.headers
        csp = h.get("content-security-policy", "")
        assert csp, url
        directives = {d.split()[0]: d.split()[1:] for d in (x.strip() for x in csp.split(";")) if d}
        script = directives.get("script-src") or directives.get("default-src") or []
        assert "'unsafe-inline'" not in script and "'unsafe-eval'" not in script and "*" not in script, url
        assert directives.get("frame-ancestors") == ["'none'"] and directives.get("object-src") == ["'none'"], url
        assert h.get("x-content-type-options") == "nosniff", url
        assert h.get("x-frame-options") == "DENY", url
        assert h.get("referrer-policy"), url


# --- the ingest token ----------------------------------------------------------------------------

ONE = [{"id": "t1", "text": "التقى وزير الخارجية المصري نظيره الأردني في عمان اليوم وبحثا العلاقات الثنائية."}]


@pytest.mark.parametrize("auth", [None, "", "Bearer", "Bearer ", "Bearer wrong", f"Bearer {TOKEN}x",
                                  f"Bearer {TOKEN[:-1]}", f"Basic {TOKEN}", TOKEN, f"Bearer {TOKEN.upper()}",
                                  f"Bearer  {TOKEN} extra", "Bearer \u0627\u0644\u0633\u0631"])
def test_ingest_refuses_a_missing_or_wrong_token(client: TestClient, auth: str | None) -> None:
    headers = {} if auth is None else {"Authorization": auth.encode("utf-8")}
    r = client.post("/api/ingest", json=ONE, headers=headers)
    assert r.status_code == 401, (auth, r.status_code, r.text[:200])
    assert r.json()["error"]["code"] == "UNAUTHORIZED"
    assert TOKEN not in r.text


def test_ingest_refuses_files_without_token(client: TestClient) -> None:
    r = client.post("/api/ingest", files={"files": ("a.txt", ONE[0]["text"].encode(), "text/plain")})
    assert r.status_code == 401


def test_ingest_accepts_the_right_token(client: TestClient) -> None:
    r = client.post("/api/ingest", json=ONE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text[:300]


def test_ingest_is_off_without_a_configured_token(hostile: HostileDB) -> None:
    from rasad.api import create_app

    for token in (None, ""):
        app = create_app(Settings(db=hostile.path, ingest_token=token), service=hostile.svc, pipeline=_Pipe({}))
        with TestClient(app) as c:
            for auth in ({}, {"Authorization": "Bearer "}, {"Authorization": "Bearer None"}):
                r = c.post("/api/ingest", json=ONE, headers=auth)
                assert r.status_code in (401, 403, 404), (token, auth, r.status_code)


def test_token_comparison_is_constant_time() -> None:
    from rasad.api import security

    src = inspect.getsource(security.check_token)
    assert "hmac.compare_digest(" in src
    assert not re.search(r"(given|token|value|authorization)\s*[!=]=\s*(expected|token)", src)


def test_settings_token_from_environment_empty_means_off() -> None:
    from rasad.settings import load_settings

    assert load_settings({"RASAD_INGEST_TOKEN": ""}).ingest_token is None
    assert load_settings({"RASAD_INGEST_TOKEN": "abc"}).ingest_token == "abc"


# --- paths outside the allowed folders -------------------------------------------------------------

def _secret(tmp: Path) -> tuple[Path, str]:
    marker = "SECRET-MARKER-7f3a9c"
    p = tmp / "secret.txt"
    p.write_text(f"{marker} التقى الرئيس نظيره في القاهرة اليوم وبحثا العلاقات الثنائية بين البلدين.\n",
                 encoding="utf-8")
    return p, marker


TRAVERSALS = ["../../../../../../etc/passwd", "..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/etc/passwd",
              "%2Fetc%2Fpasswd", "....//....//....//etc/passwd", "..\\..\\..\\..\\etc\\passwd",
              "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "..%252F..%252F..%252Fetc%252Fpasswd", "file:///etc/passwd"]


def _leaks(body: bytes, marker: str) -> bool:
    return b"root:x:0:0" in body or b"root:*:0:0" in body or marker.encode() in body


def test_no_path_parameter_reads_outside_allowed_folders(client: TestClient, tmp_path: Path) -> None:
    secret, marker = _secret(tmp_path)
    targets = [*TRAVERSALS, str(secret), quote(str(secret), safe=""), "../" * 12 + str(secret).lstrip("/")]
    templates = ["/static/{}", "/static/js/{}", "/static/vendor/{}", "/api/actors/{}", "/actors/{}",
                 "/api/articles/{}", "/articles/{}", "/api/events/{}", "/events/{}", "/{}",
                 "/api/events?doc_id={}", "/api/events?outlet={}", "/api/events?q={}", "/api/actors?q={}",
                 "/api/pairs?a={}&b={}", "/pair?a={}&b={}", "/api/export?format=jsonl&doc_id={}",
                 "/api/export?format={}", "/events?q={}", "/actors?q={}", "/api/actors/{}?period={}",
                 "/favicon.ico?f={}", "/docs?url={}", "/openapi.json?path={}"]
    n = 0
    for t in targets:
        for tpl in templates:
            url = tpl.replace("{}", t)
            r = client.get(url)
            n += 1
            assert r.status_code < 500, (url, r.status_code)
            assert not _leaks(r.content, marker), url
    assert n > 200


def test_ingest_upload_names_never_read_files(client: TestClient, tmp_path: Path) -> None:
    """An upload named like a path is read from the upload, never from the disk, and the name
    is only a document id."""
    secret, marker = _secret(tmp_path)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = "التقى وزير الخارجية الأردني نظيره المصري في القاهرة اليوم وبحثا العلاقات الثنائية بين البلدين."
    names = [str(secret), "../../../../" + str(secret).lstrip("/"), "..\\..\\secret.txt", "/etc/passwd",
             "../../../../etc/passwd", "file:///etc/passwd", "secret.txt\x00.jpg", "\u202etxt.exe"]
    for name in names:
        r = client.post("/api/ingest", headers=auth, files={"files": (name, body.encode(), "text/plain")})
        assert r.status_code in (200, 400, 413, 422), (name, r.status_code)
        assert not _leaks(r.content, marker), name
    # JSON ingest: a "path" or "file" in the object is not read either
    r = client.post("/api/ingest", headers=auth, json=[{"id": str(secret), "text": body, "path": str(secret),
                                                        "file": str(secret), "url": "file://" + str(secret)}])
    assert r.status_code in (200, 422) and not _leaks(r.content, marker)
    with EventService.open(client.app.state.settings.db) as svc:  # type: ignore[attr-defined]
        stored = json.dumps(svc.articles(limit=500), ensure_ascii=False)
        assert marker not in stored
        for a in svc.articles(limit=500):
            assert "root:x:0:0" not in (svc.store.engine.connect().exec_driver_sql(
                "SELECT text FROM articles WHERE id = ?", (a["id"],)).scalar() or "")


def test_ingest_survives_lone_surrogates_and_odd_json(client: TestClient) -> None:
    """JSON escapes of lone surrogates, NULs and bidi controls in every field: one 200, no 500."""
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    text = "التقى وزير الخارجية الأردني \\ud800 نظيره المصري\\u0000 في القاهرة \\u202e اليوم وبحثا العلاقات."
    body = ('[{"id": "s\\udfff", "text": "' + text
            + '", "title": "\\ud83d", "outlet": "\\u202e", "url": "javascript:x"}]').encode()
    r = client.post("/api/ingest", content=body, headers=auth)
    assert r.status_code == 200, r.text[:300]
    r = client.post("/api/ingest", content=b'[{"id": 1, "text": ' + b'[' * 5000 + b']' * 5000 + b'}]', headers=auth)
    assert r.status_code in (400, 422), r.status_code
    r = client.post("/api/ingest", content=b"\xff\xfe not json", headers=auth)
    assert r.status_code == 400
