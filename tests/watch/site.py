"""A small news site on 127.0.0.1 for the watch tests: feeds, Arabic article pages and misbehaviour.

`Site()` starts a threaded http.server on a random free port (a context manager); tests change
`site.feed_items` between polls and read `site.hits` / `site.posts`. Nothing else is contacted.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ROBOTS = "User-agent: *\nDisallow: /private/\n"

# Articles written for these tests (not taken from any outlet): id -> (title, date, body paragraphs)
ARTICLES: dict[str, tuple[str, str, list[str]]] = {
    "sisi-mbs": (
        "السيسي يتلقى اتصالا هاتفيا من ولي العهد السعودي",
        "2025-03-10",
        ["القاهرة - تلقى الرئيس المصري عبد الفتاح السيسي، يوم الاثنين، اتصالا هاتفيا من ولي العهد "
         "السعودي الأمير محمد بن سلمان، بحثا خلاله تطورات الأوضاع في قطاع غزة وسبل تعزيز العلاقات "
         "الثنائية بين البلدين.",
         "وأكد الجانبان خلال الاتصال أهمية مواصلة التنسيق والتشاور إزاء القضايا الإقليمية، وضرورة وقف "
         "إطلاق النار وإدخال المساعدات الإنسانية إلى القطاع دون عوائق.",
         "وقال المتحدث باسم الرئاسة المصرية إن الاتصال تناول كذلك التعاون الاقتصادي والاستثمارات "
         "المشتركة بين مصر والمملكة العربية السعودية."],
    ),
    "erdogan-sudani": (
        "أردوغان يستقبل رئيس الوزراء العراقي في أنقرة",
        "2025-03-11",
        ["أنقرة - التقى الرئيس التركي رجب طيب أردوغان، يوم الثلاثاء، رئيس الوزراء العراقي محمد شياع "
         "السوداني في المجمع الرئاسي بالعاصمة أنقرة، وبحث الجانبان ملفات المياه والطاقة وأمن الحدود.",
         "وأعرب الرئيس التركي عن تطلع بلاده إلى توسيع التعاون التجاري مع العراق، فيما أكد السوداني "
         "حرص بغداد على علاقات متوازنة مع دول الجوار."],
    ),
    "tamim-macron": (
        "أمير قطر يتلقى اتصالا من الرئيس الفرنسي",
        "2025-03-12",
        ["الدوحة - تلقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، اليوم الأربعاء، "
         "اتصالا هاتفيا من فخامة الرئيس إيمانويل ماكرون رئيس الجمهورية الفرنسية.",
         "وجرى خلال الاتصال استعراض علاقات التعاون بين البلدين، إضافة إلى مناقشة آخر التطورات في "
         "المنطقة، لا سيما الأوضاع في لبنان وسوريا."],
    ),
    # a second outlet's report of the Sisi - Mohammed bin Salman call (corroboration)
    "mbs-sisi-2": (
        "ولي العهد السعودي يجري اتصالا بالرئيس المصري",
        "2025-03-10",
        ["الرياض - أجرى صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء، اليوم "
         "الاثنين، اتصالا هاتفيا بفخامة الرئيس عبد الفتاح السيسي رئيس جمهورية مصر العربية.",
         "واستعرض سموه مع الرئيس المصري خلال الاتصال العلاقات الأخوية بين المملكة ومصر، ومستجدات "
         "الأحداث في قطاع غزة والجهود المبذولة بشأنها."],
    ),
}


def article_html(key: str) -> bytes:
    title, day, paras = ARTICLES[key]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{day}T09:00:00+03:00"></head>'
            f"<body><header><nav>الرئيسية | سياسة | اقتصاد</nav></header><article><h1>{title}</h1>"
            f"{body}</article><footer>جميع الحقوق محفوظة</footer></body></html>").encode()


def rss(base: str, items: list[tuple[str, str]], title: str = "أخبار الاختبار") -> bytes:
    """An RSS 2.0 feed; items are (guid, path)."""
    out = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
           f"<link>{base}/</link><description>feed</description>"]
    for guid, path in items:
        key = path.rsplit("/", 1)[-1].removesuffix(".html")
        t = ARTICLES[key][0] if key in ARTICLES else guid
        day = ARTICLES[key][1] if key in ARTICLES else "2025-03-10"
        pub = format_datetime(datetime.fromisoformat(day + "T09:00:00").replace(tzinfo=UTC))
        out.append(f"<item><title>{t}</title><link>{base}{path}</link><guid isPermaLink=\"false\">{guid}</guid>"
                   f"<pubDate>{pub}</pubDate></item>")
    out.append("</channel></rss>")
    return "".join(out).encode("utf-8")


class Site:
    def __init__(self) -> None:
        self.feed_items: dict[str, list[tuple[str, str]]] = {}  # feed path -> items
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, str, dict[str, str]]] = []  # (method, path, headers)
        self.posts: list[tuple[str, bytes]] = []
        self.slow_s = 1.0
        self.flaky: Counter[str] = Counter()  # path -> remaining 500 answers
        self.hook_status = 200
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802
                site._get(self)

            def do_POST(self) -> None:  # noqa: N802
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n)
                with site.lock:
                    site.hits[self.path] += 1
                    site.posts.append((self.path, body))
                status = site.hook_status if self.path == "/hook" else 404
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    # ------------------------------------------------------------------ routes
    def _send(self, h: BaseHTTPRequestHandler, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        try:
            h.send_response(status)
            h.send_header("Content-Type", ctype)
            h.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout tests)
            pass

    def _get(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path
        with self.lock:
            self.hits[path] += 1
            self.requests.append(("GET", path, {k.lower(): v for k, v in h.headers.items()}))
            flaky = self.flaky[path] > 0
            if flaky:
                self.flaky[path] -= 1
        if path == "/robots.txt":
            return self._send(h, 200, ROBOTS.encode(), "text/plain")
        if flaky:
            return self._send(h, 500, b"busy")
        if path in self.feed_items:
            body = rss(self.base, self.feed_items[path])
            etag = '"' + hashlib.sha1(body).hexdigest() + '"'
            if h.headers.get("If-None-Match") == etag:
                return self._send(h, 304, b"", headers={"ETag": etag})
            return self._send(h, 200, body, "application/rss+xml; charset=utf-8", {"ETag": etag})
        if path.startswith("/slow/"):
            time.sleep(self.slow_s)
            return self._send(h, 200, b"<rss version='2.0'><channel></channel></rss>", "application/rss+xml")
        if path.startswith("/err/"):
            return self._send(h, 500, b"internal error")
        if path == "/garbage.xml":
            return self._send(h, 200, bytes(range(256)) * 8, "application/xml")
        if path == "/loop/a":
            return self._send(h, 302, headers={"Location": "/loop/b"})
        if path == "/loop/b":
            return self._send(h, 302, headers={"Location": "/loop/a"})
        if path == "/moved/sisi-mbs.html":
            return self._send(h, 301, headers={"Location": "/news/sisi-mbs.html"})
        if path == "/files/report.pdf":
            return self._send(h, 200, b"%PDF-1.4 not a page", "application/pdf")
        if path.startswith(("/news/", "/private/", "/other/")) and path.endswith(".html"):
            key = path.rsplit("/", 1)[-1].removesuffix(".html")
            if key in ARTICLES:
                return self._send(h, 200, article_html(key))
        if path == "/sitemap.xml":
            locs = "".join(f"<url><loc>{self.base}/news/{k}.html</loc><lastmod>{ARTICLES[k][1]}</lastmod></url>"
                           for k in ("sisi-mbs", "erdogan-sudani"))
            body = ('<?xml version="1.0" encoding="UTF-8"?>'
                    f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>').encode()
            return self._send(h, 200, body, "application/xml")
        return self._send(h, 404, b"not found")
