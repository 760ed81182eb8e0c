"""rasad watch end to end against a local site on 127.0.0.1: polls, restarts, failures, alerts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from rasad.store.repo import ARTICLES, EVENTS
from rasad.watch.alerts import alerts_since
from rasad.watch.config import WatchConfig, parse_config
from rasad.watch.runner import Watcher
from watch.site import Site

FAST = {"timeout_s": 3.0, "retries": 1, "backoff_s": 0.01, "backoff_max_s": 0.05, "host_delay_s": 0.0,
        "robots_retry_s": 0.0, "retry_after_s": 0.0, "max_attempts": 3, "webhook_attempts": 2,
        "webhook_timeout_s": 3.0}


def config(site: Site, sources: list[dict[str, Any]], watches: list[dict[str, Any]] | None = None,
           alerts: dict[str, Any] | None = None, **settings: Any) -> WatchConfig:
    for s in sources:
        s["url"] = site.url(s["url"])
        s.setdefault("interval", 0)
    return parse_config({"source": sources, "watch": watches or [], "alerts": alerts or {"print": False},
                         "settings": {**FAST, **settings}})


def n_articles(db: str) -> int:
    from rasad.store import Store

    with Store(db) as s, s.engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(ARTICLES)).scalar_one())


def article_urls(db: str) -> list[str]:
    from rasad.store import Store

    with Store(db) as s, s.engine.connect() as c:
        return sorted(str(u) for u in c.execute(select(ARTICLES.c.url)).scalars())


def test_two_polls_with_a_changed_feed_ingest_exactly_the_new_articles(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    with Site() as site:
        site.feed_items["/feed.xml"] = [("g1", "/news/sisi-mbs.html"), ("g2", "/news/erdogan-sudani.html")]
        cfg = config(site, [{"name": "test-feed", "url": "/feed.xml"}])
        with Watcher(cfg, db) as w:
            r1 = w.run_once()
            assert (r1.items, r1.pages, r1.articles, r1.failures) == (2, 2, 2, 0), r1.issues
            assert r1.new_events == 2
            site.feed_items["/feed.xml"].insert(0, ("g3", "/news/tamim-macron.html"))
            r2 = w.run_once()
            assert (r2.items, r2.pages, r2.articles, r2.duplicates) == (1, 1, 1, 0)
            r3 = w.run_once()  # unchanged feed: a conditional request answered 304, nothing fetched
            assert (r3.not_modified, r3.items, r3.pages) == (1, 0, 0)
        assert site.hits["/news/sisi-mbs.html"] == 1 and site.hits["/news/tamim-macron.html"] == 1
        feed_gets = [h for m, p, h in site.requests if p == "/feed.xml"]
        assert "if-none-match" not in feed_gets[0] and "if-none-match" in feed_gets[-1]
        assert all(h["user-agent"].startswith("rasad/") for _, _, h in site.requests)
    assert n_articles(db) == 3
    assert article_urls(db) == [site.url(p) for p in
                                ("/news/erdogan-sudani.html", "/news/sisi-mbs.html", "/news/tamim-macron.html")]


def test_a_restart_between_polls_loses_and_duplicates_nothing(db_url: str, tmp_path: Path) -> None:
    db = db_url  # SQLite, and PostgreSQL when RASAD_TEST_PG_URL is set
    with Site() as site:
        site.feed_items["/feed.xml"] = [("g1", "/news/sisi-mbs.html"), ("g2", "/news/erdogan-sudani.html")]
        cfg = config(site, [{"name": "test-feed", "url": "/feed.xml"}])
        with Watcher(cfg, db) as w:
            assert w.run_once().articles == 2
        # new process state, same database; the feed gained one item meanwhile
        site.feed_items["/feed.xml"].insert(0, ("g3", "/news/tamim-macron.html"))
        with Watcher(cfg, db) as w2:
            r = w2.run_once()
            assert (r.items, r.pages, r.articles, r.duplicates) == (1, 1, 1, 0)
        with Watcher(cfg, db) as w3:  # and once more: nothing at all
            r = w3.run_once()
            assert (r.items, r.pages, r.articles) == (0, 0, 0)
        assert max(site.hits[p] for p in ("/news/sisi-mbs.html", "/news/erdogan-sudani.html",
                                          "/news/tamim-macron.html")) == 1
    assert n_articles(db) == 3


def test_pages_queued_before_a_crash_are_fetched_after_the_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    with Site() as site:
        site.feed_items["/feed.xml"] = [("g1", "/news/sisi-mbs.html"), ("g2", "/news/erdogan-sudani.html")]
        cfg = config(site, [{"name": "test-feed", "url": "/feed.xml"}], max_new_per_poll=1)
        with Watcher(cfg, db) as w:
            r = w.run_once()  # both items seen and queued, one page fetched
            assert (r.items, r.pages) == (2, 1)
        with Watcher(cfg, db) as w2:
            r = w2.run_once()  # the feed is unchanged (304) but the queued page is fetched
            assert (r.not_modified, r.items, r.pages, r.articles) == (1, 0, 1, 1)
    assert n_articles(db) == 2


def test_raw_pages_are_kept(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    with Site() as site:
        site.feed_items["/feed.xml"] = [("g1", "/moved/sisi-mbs.html")]  # a 301 to /news/sisi-mbs.html
        cfg = config(site, [{"name": "test-feed", "url": "/feed.xml"}])
        with Watcher(cfg, db) as w:
            assert w.run_once().articles == 1
            body = w.state.page_body(site.url("/moved/sisi-mbs.html"))
            page = w.state.pages("test-feed")[0]
    assert body is not None and "اتصالا هاتفيا" in body.decode("utf-8")
    assert page["state"] == "done" and page["final_url"] == site.url("/news/sisi-mbs.html")
    assert page["article_ids"] and page["body_sha256"]
    assert article_urls(db) == [site.url("/news/sisi-mbs.html")]


def test_failures_are_retried_reported_and_never_stop_the_other_sources(db_url: str, tmp_path: Path) -> None:
    db = db_url  # SQLite, and PostgreSQL when RASAD_TEST_PG_URL is set
    with Site() as site:
        site.feed_items["/feed.xml"] = [
            ("g1", "/news/sisi-mbs.html"), ("loop", "/loop/a"), ("pdf", "/files/report.pdf"),
            ("robots", "/private/tamim-macron.html"), ("flaky", "/news/erdogan-sudani.html"),
            ("gone", "/news/missing.html")]
        site.flaky["/news/erdogan-sudani.html"] = 2  # 500 twice (one poll's two attempts), then fine
        site.feed_items["/other.xml"] = [("o1", "/other/tamim-macron.html")]
        site.slow_s = 3.0  # beyond the 0.6 s timeout
        cfg = config(site, [{"name": "slow", "url": "/slow/feed.xml"}, {"name": "broken", "url": "/err/feed.xml"},
                            {"name": "garbage", "url": "/garbage.xml"}, {"name": "good", "url": "/feed.xml"},
                            {"name": "after", "url": "/other.xml"}], timeout_s=0.6)
        with Watcher(cfg, db) as w:
            r = w.run_once()
            codes = sorted(i.code for i in r.issues)
            assert codes == ["WATCH-002", "WATCH-004", "WATCH-004", "WATCH-004", "WATCH-005", "WATCH-006",
                             "WATCH-007", "WATCH-009"], [str(i) for i in r.issues]
            by = {i.code: str(i) for i in r.issues}
            assert "redirect loop" in by["WATCH-005"] and "robots.txt" in by["WATCH-007"]
            assert "application/pdf" in by["WATCH-006"]
            assert r.articles == 2  # sisi-mbs from "good", tamim-macron from "after": the others went on
            assert site.hits["/err/feed.xml"] == 2 and site.hits["/slow/feed.xml"] == 2  # 1 + 1 retry each
            assert site.hits["/private/tamim-macron.html"] == 0  # robots.txt respected
            assert site.hits["/robots.txt"] == 1  # cached per host
            states = {p["url"].rsplit("/", 1)[-1]: (p["state"], p["attempts"]) for p in w.state.pages("good")}
            assert states["erdogan-sudani.html"] == ("failed", 1)
            assert states["a"] == ("refused", 1) and states["report.pdf"] == ("refused", 1)
            assert states["missing.html"] == ("refused", 1)
            failures = w.state.failures()
            assert {f["kind"] for f in failures} == {"feed", "page"}
            # the next poll retries what may succeed (the flaky page) and nothing that cannot
            r2 = w.run_once()
            assert r2.articles == 1 and site.hits["/news/erdogan-sudani.html"] == 3
            assert site.hits["/loop/a"] == 1 and site.hits["/files/report.pdf"] == 1
            assert {p["url"].rsplit("/", 1)[-1]: p["state"] for p in w.state.pages("good")}["erdogan-sudani.html"] \
                == "done"
            src = w.state.source("broken")
            assert src["failures"] == 2 and "WATCH-004" in src["last_error"]
    assert n_articles(db) == 3


def test_a_failing_page_is_given_up_after_max_attempts(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    with Site() as site:
        site.feed_items["/feed.xml"] = [("e", "/err/page.html")]
        cfg = config(site, [{"name": "good", "url": "/feed.xml"}], max_attempts=2)
        with Watcher(cfg, db) as w:
            w.run_once()
            r = w.run_once()
            assert any("given up" in str(i) for i in r.issues)
            w.run_once()
            assert site.hits["/err/page.html"] == 4  # 2 polls x (1 + 1 retry), then no more
            assert w.state.pages()[0]["state"] == "given_up"


WATCH = [{"name": "egypt-saudi", "pairs": [["السيسي", "محمد بن سلمان"]]},
         {"name": "gulf", "countries": ["QAT"], "types": ["call"]},
         {"name": "nobody", "actors": ["Vladimir Putin"]}]


def test_a_matching_event_yields_one_alert_in_the_file_and_one_webhook_call(db_url: str, tmp_path: Path) -> None:
    db = db_url  # SQLite, and PostgreSQL when RASAD_TEST_PG_URL is set
    out = tmp_path / "alerts.jsonl"
    printed: list[str] = []
    with Site() as site:
        site.feed_items["/feed.xml"] = [("g1", "/news/sisi-mbs.html"), ("g2", "/news/erdogan-sudani.html")]
        cfg = config(site, [{"name": "test-feed", "url": "/feed.xml"}], WATCH,
                     {"print": True, "jsonl": str(out), "webhook": site.url("/hook")})
        with Watcher(cfg, db, echo=printed.append) as w:
            r = w.run_once()
            assert r.alerts == 1
            w.run_once()
        with Watcher(cfg, db, echo=printed.append) as w2:  # a restart does not alert again
            w2.run_once(force=True)
        lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert len(lines) == 1 and len(site.posts) == 1 and len(printed) == 1
        a = lines[0]
        assert (a["watch"], a["reason"]) == ("egypt-saudi", "new")
        assert "محمد بن سلمان" in a["evidence"] and a["url"] == site.url("/news/sisi-mbs.html")
        assert {x["name_en"] for x in a["event"]["source"] + a["event"]["target"]} == {
            "Abdel Fattah el-Sisi", "Mohammed bin Salman"}
        path, body = site.posts[0]
        assert path == "/hook" and json.loads(body)["alert_id"] == a["alert_id"]
        assert "egypt-saudi" in printed[0] and "NEW call" in printed[0]

        # a second outlet reports the same call: one "corroborated" alert; a new Qatar call: one more
        site.feed_items["/other.xml"] = [("o1", "/other/mbs-sisi-2.html"), ("o2", "/other/tamim-macron.html")]
        cfg2 = config(site, [{"name": "test-feed", "url": "/feed.xml"}, {"name": "other", "url": "/other.xml"}],
                      WATCH, {"print": False, "jsonl": str(out), "webhook": site.url("/hook")})
        with Watcher(cfg2, db) as w3:
            r = w3.run_once()
            assert (r.articles, r.corroborated, r.alerts) == (2, 1, 2), r.to_dict()
            w3.run_once(force=True)
        lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert sorted((x["watch"], x["reason"]) for x in lines) == [
            ("egypt-saudi", "corroborated"), ("egypt-saudi", "new"), ("gulf", "new")]
        corr = next(x for x in lines if x["reason"] == "corroborated")
        assert corr["event_id"] == lines[0]["event_id"] and corr["n_sources"] == 2
        assert corr["url"] == site.url("/other/mbs-sisi-2.html")
        assert len(site.posts) == 3
    got = alerts_since(db)
    assert [x["alert_id"] for x in got] == sorted((x["alert_id"] for x in lines), reverse=True)
    assert [x["alert_id"] for x in alerts_since(db, after_id=lines[0]["alert_id"])] == [
        lines[2]["alert_id"], lines[1]["alert_id"]]
    from rasad.store import Store

    with Store(db) as s, s.engine.connect() as c:
        assert int(c.execute(select(func.count()).select_from(EVENTS)).scalar_one()) == 3


def test_a_failing_webhook_is_reported_retried_and_not_fatal(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    out = tmp_path / "alerts.jsonl"
    with Site() as site:
        site.hook_status = 503
        site.feed_items["/feed.xml"] = [("g1", "/news/sisi-mbs.html")]
        cfg = config(site, [{"name": "test-feed", "url": "/feed.xml"}], WATCH,
                     {"print": False, "jsonl": str(out), "webhook": site.url("/hook")})
        with Watcher(cfg, db) as w:
            r = w.run_once()
            assert r.articles == 1 and [i.code for i in r.issues] == ["WATCH-011"]
            r2 = w.run_once()  # tried again, then given up (webhook_attempts = 2)
            assert "given up" in str(r2.issues[0])
            r3 = w.run_once()
            assert not r3.issues
        assert len(site.posts) == 2
        assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_an_interrupted_page_is_examined_again_without_double_alerts(tmp_path: Path) -> None:
    from sqlalchemy import delete, update

    from rasad.watch.state import ALERTS, PAGES

    db = str(tmp_path / "w.db")
    out = tmp_path / "alerts.jsonl"
    with Site() as site:
        site.feed_items["/feed.xml"] = [("g1", "/news/sisi-mbs.html")]
        cfg = config(site, [{"name": "test-feed", "url": "/feed.xml"}], WATCH, {"print": False, "jsonl": str(out)})
        with Watcher(cfg, db) as w:
            assert w.run_once().alerts == 1
            # as if the process had stopped after storing the article, before its alerts and page state
            with w.state.engine.begin() as c:
                c.execute(delete(ALERTS))
                c.execute(update(PAGES).values(state="pending"))
        with Watcher(cfg, db) as w2:
            r = w2.run_once()
            assert (r.pages, r.articles, r.duplicates, r.alerts) == (1, 0, 1, 1)
            with w2.state.engine.begin() as c:  # and stopping again after the alert: nothing new
                c.execute(update(PAGES).values(state="pending"))
            assert w2.run_once().alerts == 0
    assert n_articles(db) == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2  # the deleted row's line, and its re-raise
