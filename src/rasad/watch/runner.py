"""The watcher: poll due sources, fetch new pages, ingest them through the pipeline, alert.

    w = Watcher(load_config("sources.toml"), "rasad.db")
    report = w.run_once()          # every due source once
    w.run_forever()                # sleep until the next due source, poll, repeat

One poll of a source: fetch the feed or sitemap (conditional request), record the items
not seen before (their pages are queued in the database), then fetch queued pages
(new ones and earlier failures whose retry time has come), keep each raw page, read it
(`rasad.read.read_raw` on a RawDoc of kind "html"), store its articles through
`EventService.ingest_articles` (the same pipeline as `rasad ingest`; the store skips an
article it already has), and turn the events it created or corroborated into alerts.
Every failure is caught at the page or source it belongs to, recorded and reported; it
never stops the other pages or sources.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from rasad.errors import DocIssue, NotHTML, PipelineError, RasadError, WatchError
from rasad.watch.alerts import Alerter, event_changes
from rasad.watch.config import Source, WatchConfig
from rasad.watch.feeds import FeedItem, ParsedFeed, parse_feed, parse_sitemap
from rasad.watch.fetch import Fetcher, Response
from rasad.watch.state import PageTask, WatchState, now

HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


@dataclass
class RunReport:
    sources: int = 0  # polled
    not_modified: int = 0  # feeds that answered 304
    items: int = 0  # new feed/sitemap items
    pages: int = 0  # pages fetched
    articles: int = 0  # articles newly stored
    duplicates: int = 0  # articles the store already had
    new_events: int = 0
    corroborated: int = 0
    alerts: int = 0
    failures: int = 0
    issues: list[DocIssue] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "issues"}
        d["issues"] = [i.to_dict() for i in self.issues]
        return d

    def line(self) -> str:
        return (f"{self.sources} sources polled ({self.not_modified} unchanged), {self.items} new items, "
                f"{self.pages} pages, {self.articles} new articles ({self.duplicates} already stored), "
                f"{self.new_events} new events, {self.corroborated} corroborated, {self.alerts} alerts, "
                f"{self.failures} failures")


def decode_html(data: bytes, charset: str | None) -> str:
    """Page bytes to text: the HTTP charset, else a <meta charset>, else rasad's own detection."""
    from rasad.ingest.raw import decode_bytes

    for enc in (charset, _meta_charset(data)):
        if enc:
            try:
                return data.decode(enc)
            except (LookupError, UnicodeDecodeError):
                continue
    return decode_bytes(data)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _looks_html(data: bytes) -> bool:
    head = data.lstrip()[:512].lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in data[:4096].lower()


class Watcher:
    def __init__(self, config: WatchConfig, db: str | None = None, *, service: Any = None,
                 fetcher: Fetcher | None = None, pipeline: Any = None,
                 echo: Callable[[str], None] | None = None, on_issue: Callable[[DocIssue], None] | None = None,
                 webhook_client: Any = None):
        from rasad.service.events import EventService

        self.config = config
        self.svc = service if service is not None else EventService.open(db)
        self._own_svc = service is None
        self.state = WatchState(self.svc.store.engine)
        self.fetcher = fetcher or Fetcher(config.settings)
        self._own_fetcher = fetcher is None
        self._pipeline = pipeline
        self.on_issue = on_issue
        self.alerter = Alerter(config, self.state, kb=self.svc.kb, event=self.svc.event, echo=echo,
                               client=webhook_client)
        self.state.sync_sources(config.sources)
        self.stop = threading.Event()

    def close(self) -> None:
        self.alerter.close()
        if self._own_fetcher:
            self.fetcher.close()
        if self._own_svc:
            self.svc.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            from rasad.service.pipeline import Pipeline

            self._pipeline = Pipeline(kb=self.svc.kb)
        return self._pipeline

    # ------------------------------------------------------------ scheduling
    def due(self, at: datetime | None = None) -> list[Source]:
        at = at or now()
        nd = self.state.next_due()
        return [s for s in self.config.sources if nd.get(s.name) is None or nd[s.name] <= at]  # type: ignore[operator]

    def next_wake(self) -> datetime:
        nd = self.state.next_due()
        times = [nd.get(s.name) for s in self.config.sources]
        return min((t or now() for t in times), default=now() + timedelta(hours=1))

    def run_once(self, *, force: bool = False) -> RunReport:
        """Poll every due source (every source with `force`) once, then deliver alerts."""
        report = RunReport()
        self.alerter.begin_run()
        for src in (self.config.sources if force else self.due()):
            if self.stop.is_set():
                break
            try:
                self.poll_source(src, report)
            except Exception as e:  # noqa: BLE001 - one source's bug must not stop the others
                self._issue(report, PipelineError(f"polling failed: {type(e).__name__}: {e}", source=src.url))
        self._deliver(report)
        return report

    def run_forever(self, *, on_report: Callable[[RunReport], None] | None = None,
                    max_sleep_s: float = 60.0) -> None:
        """Poll due sources, sleep until the next is due, repeat until `stop` is set."""
        while not self.stop.is_set():
            rep = self.run_once()
            if on_report is not None and rep.sources:
                on_report(rep)
            wait = (self.next_wake() - now()).total_seconds()
            self.stop.wait(min(max(wait, 1.0), max_sleep_s))

    # ------------------------------------------------------------ one source
    def _issue(self, report: RunReport, err: RasadError, severity: str = "error") -> None:
        issue = err.to_issue(severity)
        report.failures += severity == "error"
        report.issues.append(issue)
        if self.on_issue is not None:
            self.on_issue(issue)

    def poll_source(self, src: Source, report: RunReport) -> None:
        t = now()
        # due again after the interval, whatever happens below (a failing source waits its turn)
        self.state.source_polled(src.name, last_polled=t, next_due=t + timedelta(minutes=src.interval))
        report.sources += 1
        try:
            items = self._list_items(src, report)
        except WatchError as e:
            n = self.state.source_failed(src.name, e, src.url)
            e.message = f"source {src.name!r}: {e.message} (failed polls in a row: {n})"
            self._issue(report, e)
            items = []
        wanted = [i for i in items if src.wants(i.url)]
        wanted.reverse()  # feeds list newest first: queue (and so ingest) oldest first
        report.items += len(self.state.add_items(src.name, wanted))
        for task in self.state.pending_pages(src.name, self.config.settings.max_new_per_poll,
                                             self.config.settings):
            if self.stop.is_set():
                break
            try:
                self._page(src, task, report)
            except Exception as e:  # noqa: BLE001 - one page's bug must not stop the others
                self.state.page_refused(task.id, src.name, task.url, PipelineError.code,
                                        f"{type(e).__name__}: {e}", task.attempts)
                self._issue(report, PipelineError(f"{type(e).__name__}: {e}", source=task.url))
        self._deliver(report)

    def _list_items(self, src: Source, report: RunReport) -> list[FeedItem]:
        row = self.state.source(src.name)
        resp = self.fetcher.get(src.url, etag=row.get("etag"), last_modified=row.get("last_modified"),
                                accept=FEED_ACCEPT)
        if resp.not_modified:
            report.not_modified += 1
            self.state.source_polled(src.name, last_status=304, failures=0, last_error=None)
            return []
        parsed = self._parse(src, resp)
        items = list(parsed.items)
        for child in parsed.children[: self.config.settings.sitemap_children]:
            try:
                cresp = self.fetcher.get(child, accept=FEED_ACCEPT)
                items.extend(self._parse(src, cresp).items)
            except WatchError as e:
                self.state.log_failure("feed", src.name, child, e, 1, final=False)
                self._issue(report, e)
        # validators are saved only once the feed parsed, so a garbled answer is fetched again
        self.state.source_polled(src.name, etag=resp.etag, last_modified=resp.last_modified,
                                 last_status=resp.status, failures=0, last_error=None)
        return items

    def _parse(self, src: Source, resp: Response) -> ParsedFeed:
        if src.type == "sitemap":
            return parse_sitemap(resp.content, resp.url, self.config.settings.max_bytes * 10)
        return parse_feed(resp.content, resp.url)

    # ------------------------------------------------------------ one page
    def _page(self, src: Source, task: PageTask, report: RunReport) -> None:
        from rasad.ingest import RawDoc
        from rasad.read import read_raw

        s = self.config.settings
        try:
            resp = self.fetcher.get(task.url, etag=task.etag, last_modified=task.last_modified, accept=PAGE_ACCEPT)
            if resp.not_modified:  # we hold this page already (an earlier attempt fetched it)
                self.state.page_done(task.id, [])
                return
            ctype = resp.content_type
            if (ctype and ctype not in HTML_TYPES) or (not ctype and not _looks_html(resp.content)):
                raise NotHTML(f"{ctype or 'no content type'}: not an HTML page", source=task.url)
        except WatchError as e:
            final = self.state.page_failed(task, e, s)
            e.message += f" (attempt {task.attempts + 1} of {s.max_attempts}{', given up' if final else ''})"
            self._issue(report, e)
            return
        report.pages += 1
        self.state.page_fetched(task.id, final_url=resp.url, status=resp.status, content_type=resp.content_type,
                                etag=resp.etag, last_modified=resp.last_modified, body=resp.content)
        meta = {"url": resp.url, "outlet": src.outlet or src.name}
        for k in ("title", "published"):
            if task.meta.get(k):
                meta[k] = task.meta[k]
        doc_id = f"{src.name}:{hashlib.sha1(task.url.encode('utf-8')).hexdigest()[:16]}"
        try:
            text = decode_html(resp.content, resp.charset)
            articles = read_raw(RawDoc(doc_id=doc_id, source=resp.url, kind="html", content=text, meta=meta))
        except RasadError as e:
            e.source = e.source or resp.url
            self.state.page_refused(task.id, src.name, task.url, e.code, e.message, task.attempts)
            self.svc.store.add_issues([e.to_issue()])
            self._issue(report, e)
            return
        fresh = [a for a in articles if not self.svc.store.has_article(a.content_hash)]
        rep = self.svc.ingest_articles(articles, pipeline=self.pipeline)
        report.duplicates += rep.duplicates
        for issue in rep.issues:
            report.issues.append(issue)
            report.failures += issue.severity == "error"
            if self.on_issue is not None:
                self.on_issue(issue)
        ids = self._article_ids([a.content_hash for a in articles])
        fresh_hashes = {a.content_hash for a in fresh}
        for a in articles:
            aid = ids.get(a.content_hash)
            if aid is None:  # not stored (a pipeline error, reported above)
                continue
            if a.content_hash in fresh_hashes:
                report.articles += 1
            elif not self._stored_from(aid, resp.url):
                continue
            # An article this page stored on an earlier, interrupted attempt is examined again:
            # alerts are unique per (watch, event, reason), so nothing is alerted twice.
            changes = event_changes(self.svc.store.engine, aid)
            if a.content_hash in fresh_hashes:
                report.new_events += sum(c.reason == "new" for c in changes)
                report.corroborated += sum(c.reason == "corroborated" for c in changes)
            report.alerts += self.alerter.consider(changes)
        self.state.page_done(task.id, sorted(ids.values()))

    def _stored_from(self, article_id: int, url: str) -> bool:
        from sqlalchemy import select

        from rasad.store.repo import ARTICLES

        with self.svc.store.engine.connect() as c:
            return c.execute(select(ARTICLES.c.url).where(ARTICLES.c.id == article_id)).scalar() == url

    def _article_ids(self, hashes: list[str]) -> dict[str, int]:
        from sqlalchemy import select

        from rasad.store.repo import ARTICLES

        if not hashes:
            return {}
        with self.svc.store.engine.connect() as c:
            rows = c.execute(select(ARTICLES.c.content_hash, ARTICLES.c.id).where(ARTICLES.c.content_hash.in_(hashes)))
            return {h: int(i) for h, i in rows}

    def _deliver(self, report: RunReport) -> None:
        _, issues = self.alerter.deliver()
        for issue in issues:
            report.issues.append(issue)
            if self.on_issue is not None:
                self.on_issue(issue)
