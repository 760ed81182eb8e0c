"""rasad watch parts: the configuration, feed and sitemap parsing, the fetcher's politeness, matching, CLI."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from rasad.errors import BadFeed, FetchHTTPError, ResponseTooLarge, RobotsDisallowed, WatchConfigError
from rasad.watch.alerts import Matcher
from rasad.watch.config import Watch, WatchSettings, load_config, parse_config
from rasad.watch.feeds import parse_feed, parse_sitemap
from rasad.watch.fetch import Fetcher
from watch.site import Site, rss

REPO = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- configuration
def test_the_example_configuration_loads() -> None:
    cfg = load_config(REPO / "examples" / "sources.toml")
    assert len(cfg.sources) >= 12 and cfg.watches
    assert {s.type for s in cfg.sources} <= {"rss", "atom", "sitemap"}
    assert all(s.url.startswith("https://") for s in cfg.sources)


@pytest.mark.parametrize(("data", "needle"), [
    ({"source": [{"name": "a", "url": "ftp://x/feed"}]}, "http(s)"),
    ({"source": [{"name": "a", "url": "https://x/feed", "type": "json"}]}, "type must be"),
    ({"source": [{"name": "a", "url": "https://x/f", "interval": -1}]}, "interval"),
    ({"source": [{"name": "a", "url": "https://x/f", "include": ["("]}]}, "regular expression"),
    ({"source": [{"name": "a", "url": "https://x/f"}, {"name": "a", "url": "https://y/f"}]}, "duplicate"),
    ({"source": [{"url": "https://x/f"}]}, "needs a name"),
    ({"source": [{"name": "a", "url": "https://x/f", "intervall": 5}]}, "unknown keys"),
    ({"watch": [{"name": "w"}]}, "names nothing"),
    ({"watch": [{"name": "w", "pairs": [["a"]]}]}, "two names"),
    ({"watch": [{"name": "w", "types": ["lunch"]}]}, "unknown event types"),
    ({"watch": [{"name": "w", "actors": ["x"], "reasons": ["old"]}]}, "reasons"),
    ({"settings": {"timeout_s": "slow"}}, "timeout_s"),
    ({"settings": {"speed": 1}}, "unknown setting"),
    ({"sources": []}, "unknown tables"),
])
def test_configuration_errors_name_the_problem(data: dict, needle: str) -> None:
    with pytest.raises(WatchConfigError) as e:
        parse_config(data, "x.toml")
    assert needle in str(e.value) and e.value.code == "WATCH-001"


def test_configuration_file_errors(tmp_path: Path) -> None:
    with pytest.raises(WatchConfigError, match="cannot read"):
        load_config(tmp_path / "none.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[source]\nname=", encoding="utf-8")
    with pytest.raises(WatchConfigError, match="not valid TOML"):
        load_config(bad)


def test_configuration_values_and_filters(tmp_path: Path) -> None:
    p = tmp_path / "s.toml"
    p.write_text("""
[settings]
timeout_s = 3
host_delay_s = 1
[alerts]
jsonl = "out/alerts.jsonl"
[[source]]
name = "x"
url = "https://example.org/rss"
interval = 5
include = ["/politics/", "/news/"]
exclude = ["/sport/"]
[[watch]]
name = "pair"
pair = ["السيسي", "ترامب"]
min_sources = 2
""", encoding="utf-8")
    cfg = load_config(p)
    s = cfg.sources[0]
    assert (s.interval, s.type) == (5.0, "rss")
    assert s.wants("https://example.org/news/1") and not s.wants("https://example.org/news/sport/1")
    assert not s.wants("https://example.org/culture/1")
    assert cfg.settings.timeout_s == 3.0 and isinstance(cfg.settings.timeout_s, float)
    assert cfg.alerts.jsonl == str(tmp_path / "out" / "alerts.jsonl")
    assert cfg.watches[0].pairs == (("السيسي", "ترامب"),) and cfg.watches[0].min_sources == 2


# ---------------------------------------------------------------- feeds and sitemaps
def test_rss_items_use_guid_and_link() -> None:
    feed = parse_feed(rss("http://127.0.0.1:1", [("g1", "/news/sisi-mbs.html"), ("g2", "/news/x.html")]),
                      "http://127.0.0.1:1/feed.xml")
    assert [(i.key, i.url) for i in feed.items] == [("g1", "http://127.0.0.1:1/news/sisi-mbs.html"),
                                                    ("g2", "http://127.0.0.1:1/news/x.html")]
    assert feed.items[0].title and feed.items[0].published and "2025" in feed.items[0].published


def test_atom_feed() -> None:
    data = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
    <entry><id>tag:x,2025:1</id><title>خبر</title><link href="https://x.test/a/1"/>
    <updated>2025-03-10T10:00:00Z</updated></entry></feed>""".encode()
    feed = parse_feed(data, "https://x.test/atom")
    assert [(i.key, i.url, i.title) for i in feed.items] == [("tag:x,2025:1", "https://x.test/a/1", "خبر")]


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"<!doctype html><html><body>hi</body></html>",
                                  b"", "مرحبا".encode()])
def test_garbage_is_not_a_feed(data: bytes) -> None:
    with pytest.raises(BadFeed):
        parse_feed(data, "https://x.test/feed")


SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://x.test/a/1</loc><lastmod>2025-03-09</lastmod></url>
  <url><loc>https://x.test/a/2</loc><news:news><news:publication_date>2025-03-10T08:00:00Z</news:publication_date>
       <news:title>عنوان</news:title></news:news><lastmod>2025-03-10</lastmod></url>
  <url><loc>javascript:alert(1)</loc></url>
</urlset>""".encode()


def test_sitemap_urls_newest_first_with_news_titles() -> None:
    sm = parse_sitemap(SITEMAP, "https://x.test/sitemap.xml")
    assert [i.url for i in sm.items] == ["https://x.test/a/2", "https://x.test/a/1"]
    assert sm.items[0].title == "عنوان" and sm.items[0].published == "2025-03-10T08:00:00Z"
    assert parse_sitemap(gzip.compress(SITEMAP), "https://x.test/sitemap.xml.gz") == sm


def test_sitemap_index_and_bad_sitemaps() -> None:
    idx = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://x.test/s1.xml</loc><lastmod>2025-01-01</lastmod></sitemap>
    <sitemap><loc>https://x.test/s2.xml</loc><lastmod>2025-03-01</lastmod></sitemap></sitemapindex>"""
    assert parse_sitemap(idx, "u").children == ("https://x.test/s2.xml", "https://x.test/s1.xml")
    for bad in (b"<html><body/></html>", b"not xml", b"\x1f\x8b garbage"):
        with pytest.raises(BadFeed):
            parse_sitemap(bad, "u")
    # external entities are never resolved
    xxe = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]><urlset><url><loc>&e;</loc></url></urlset>'
    assert parse_sitemap(xxe, "u").items == ()


# ---------------------------------------------------------------- fetcher
def fast(**kw: float) -> WatchSettings:
    base = {"timeout_s": 3.0, "retries": 1, "backoff_s": 0.01, "backoff_max_s": 0.02, "host_delay_s": 0.0}
    return WatchSettings(**{**base, **kw})  # type: ignore[arg-type]


def test_conditional_requests_get_304() -> None:
    with Site() as site:
        site.feed_items["/feed.xml"] = [("g1", "/news/sisi-mbs.html")]
        f = Fetcher(fast())
        r = f.get(site.url("/feed.xml"))
        assert r.status == 200 and r.etag
        r2 = f.get(site.url("/feed.xml"), etag=r.etag)
        assert r2.not_modified and r2.content == b""
        f.close()


def test_requests_to_one_host_are_spaced_by_the_host_delay() -> None:
    waits: list[float] = []
    clock = [100.0]

    def sleep(s: float) -> None:
        waits.append(round(s, 6))
        clock[0] += s

    with Site() as site:
        f = Fetcher(fast(host_delay_s=5.0), sleep=sleep, clock=lambda: clock[0])
        f.get(site.url("/news/sisi-mbs.html"))  # robots.txt, then the page 5 s later
        f.get(site.url("/news/tamim-macron.html"))
        f.close()
    assert waits == [5.0, 5.0]
    assert site.hits["/robots.txt"] == 1


def test_retries_back_off_exponentially_and_are_bounded() -> None:
    waits: list[float] = []
    with Site() as site:
        f = Fetcher(fast(retries=3, backoff_s=0.01, backoff_max_s=0.025), sleep=waits.append)
        with pytest.raises(FetchHTTPError) as e:
            f.get(site.url("/err/page.html"))
        f.close()
    assert waits == [0.01, 0.02, 0.025]
    assert site.hits["/err/page.html"] == 4 and "after 4 attempts" in str(e.value) and e.value.retryable


def test_client_errors_are_not_retried_and_robots_is_respected() -> None:
    with Site() as site:
        f = Fetcher(fast())
        with pytest.raises(FetchHTTPError) as e:
            f.get(site.url("/nothing-here"))
        assert e.value.status == 404 and not e.value.retryable and site.hits["/nothing-here"] == 1
        with pytest.raises(RobotsDisallowed):
            f.get(site.url("/private/sisi-mbs.html"))
        assert site.hits["/private/sisi-mbs.html"] == 0
        f.close()


def test_oversized_responses_are_abandoned() -> None:
    with Site() as site:
        f = Fetcher(fast(max_bytes=100))
        with pytest.raises(ResponseTooLarge):
            f.get(site.url("/news/sisi-mbs.html"))
        f.close()


def test_redirects_are_followed_up_to_the_cap() -> None:
    with Site() as site:
        f = Fetcher(fast())
        r = f.get(site.url("/moved/sisi-mbs.html"))
        assert r.url == site.url("/news/sisi-mbs.html") and r.redirects == (site.url("/moved/sisi-mbs.html"),)
        f.close()
        g = Fetcher(fast(max_redirects=0))
        with pytest.raises(Exception, match="more than 0 redirects"):
            g.get(site.url("/moved/sisi-mbs.html"))
        g.close()


# ---------------------------------------------------------------- matching
def _ev(*actors: tuple[str, str, str], type_: str = "call", topics: tuple[str, ...] = (), n: int = 1) -> dict:
    parts = [{"id": i, "name_en": name, "name_ar": None, "kind": kind, "country": c}
             for i, name, kind, c in [(a[0], a[1], a[2], a[0][-3:] if a[2] == "country" else None) for a in actors]]
    return {"type": type_, "topics": list(topics), "n_sources": n, "source": parts[:1], "target": parts[1:],
            "mediators": []}


class _KB:
    """A stand-in knowledge base: search by exact name."""

    def __init__(self) -> None:
        from rasad.types import Actor

        self.actors = {"السيسي": Actor("rasad:p:sisi", "Sisi", "السيسي", "person", "EGY"),
                       "محمد بن سلمان": Actor("rasad:p:mbs", "MBS", "محمد بن سلمان", "person", "SAU"),
                       "مصر": Actor("Q79", "Egypt", "مصر", "country", "EGY")}

    def search(self, q: str, limit: int = 10) -> list:
        return [self.actors[q]] if q in self.actors else []


def test_watch_matching() -> None:
    m = Matcher(_KB())
    sisi = {"id": "rasad:p:sisi", "name_en": "Sisi", "kind": "person", "country": "EGY"}
    mbs = {"id": "rasad:p:mbs", "name_en": "MBS", "kind": "person", "country": "SAU"}
    putin = {"id": "Q7747", "name_en": "Vladimir Putin", "name_ar": "فلاديمير بوتين", "kind": "person",
             "country": "RUS"}
    ev = {"type": "call", "topics": ["Gaza"], "n_sources": 1, "source": [mbs], "target": [sisi], "mediators": []}
    assert m.matches(Watch("p", pairs=(("السيسي", "محمد بن سلمان"),)), ev)
    assert m.matches(Watch("p", pairs=(("محمد بن سلمان", "السيسي"),)), ev)  # either direction
    assert not m.matches(Watch("p", pairs=(("السيسي", "السيسي"),)), ev)  # two different participants
    assert m.matches(Watch("c", countries=("مصر",)), ev) and m.matches(Watch("c", countries=("SAU",)), ev)
    assert not m.matches(Watch("c", countries=("QAT",)), ev)
    assert m.matches(Watch("a", actors=("مصر",)), ev)  # a country name matches its people
    assert m.matches(Watch("t", topics=("gaza",), types=("call",)), ev)
    assert not m.matches(Watch("t", topics=("gaza",), types=("visit",)), ev)  # every criterion must hold
    assert not m.matches(Watch("s", actors=("السيسي",), min_sources=2), ev)
    assert m.matches(Watch("id", actors=("rasad:p:mbs",)), ev)
    ev2 = {**ev, "target": [putin]}
    assert m.matches(Watch("name", actors=("بوتين",)), ev2)  # unknown to the KB: by stored names
    assert not m.matches(Watch("name", actors=("بوتين",)), ev)


# ---------------------------------------------------------------- CLI
def test_cli_watch_once(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from rasad.cli import app

    with Site() as site:
        site.feed_items["/feed.xml"] = [("g1", "/news/sisi-mbs.html"), ("g2", "/news/erdogan-sudani.html")]
        cfg = tmp_path / "sources.toml"
        cfg.write_text(f"""
[settings]
timeout_s = 3
host_delay_s = 0
retries = 0
[alerts]
jsonl = "alerts.jsonl"
[[source]]
name = "local"
url = "{site.url('/feed.xml')}"
interval = 10
[[watch]]
name = "sisi"
actors = ["السيسي"]
""", encoding="utf-8")
        db = str(tmp_path / "w.db")
        runner = CliRunner()
        r = runner.invoke(app, ["watch", "--config", str(cfg), "--once", "--db", db])
        assert r.exit_code == 0, r.output
        assert "[sisi] NEW call" in r.stdout
        assert len((tmp_path / "alerts.jsonl").read_text(encoding="utf-8").splitlines()) == 1
        r2 = runner.invoke(app, ["watch", "--config", str(cfg), "--once", "--db", db])
        assert r2.exit_code == 0 and "0 sources polled" in r2.output  # not due for 10 minutes
        r3 = runner.invoke(app, ["watch", "--config", str(cfg), "--once", "--force", "--db", db])
        assert r3.exit_code == 0 and "1 sources polled (1 unchanged)" in r3.output
        assert "NEW" not in r3.stdout
        site.feed_items["/feed.xml"].append(("bad", "/files/report.pdf"))
        r4 = runner.invoke(app, ["watch", "--config", str(cfg), "--once", "--force", "--db", db])
        assert r4.exit_code == 1 and "WATCH-006" in r4.output
    r5 = runner.invoke(app, ["watch", "--config", str(tmp_path / "missing.toml"), "--once", "--db", db])
    assert r5.exit_code == 2 and "WATCH-001" in r5.output
    assert json.loads((tmp_path / "alerts.jsonl").read_text(encoding="utf-8"))["watch"] == "sisi"
