"""A polite HTTP fetcher: robots.txt, a per-host delay, conditional requests, bounded retries.

    f = Fetcher(settings)
    resp = f.get(url, etag=..., last_modified=...)   # raises WatchError subclasses
    resp.not_modified                                # True on 304

- robots.txt is read once per host (`robots_ttl_s`) with urllib.robotparser and asked for
  every URL, redirect targets included. Following RFC 9309: 4xx means no restrictions,
  401/403 and an unreachable file (5xx, timeout) mean nothing is fetched from that host
  for now (tried again after `robots_retry_s`).
- Requests to one host (scheme + host + port) are at least `host_delay_s` apart.
- Timeouts, network errors, 5xx, 408 and 429 are retried `retries` times with exponential
  backoff (`backoff_s` doubling, never above `backoff_max_s`; a Retry-After header is
  honoured within that bound). Other 4xx are final.
- Redirects are followed by hand (at most `max_redirects`) so that each hop is checked
  against robots.txt and the rate limit; a loop is a RedirectLoop error.
- Bodies are read as a stream and abandoned past `max_bytes`.
"""

from __future__ import annotations

import email.utils
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from rasad.errors import (
    FetchHTTPError,
    FetchNetworkError,
    FetchTimeout,
    RedirectLoop,
    ResponseTooLarge,
    RobotsDisallowed,
    RobotsUnavailable,
    WatchError,
)
from rasad.watch.config import WatchSettings

REDIRECTS = (301, 302, 303, 307, 308)


@dataclass
class Response:
    url: str  # the final URL, after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    content: bytes = b""
    redirects: tuple[str, ...] = ()
    attempts: int = 1  # requests made for the final hop (1 + retries used)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            k, _, v = part.partition("=")
            if k.strip().lower() == "charset" and v.strip():
                return v.strip().strip("\"'")
        return None

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


def host_key(url: str) -> str:
    s = urlsplit(url)
    return f"{s.scheme}://{s.netloc}".lower()


def normalize_url(url: str) -> str:
    """The URL without its fragment (the same page whatever the anchor)."""
    s = urlsplit(url.strip())
    return urlunsplit((s.scheme.lower(), s.netloc.lower(), s.path or "/", s.query, ""))


class _Robots:
    def __init__(self, parser: urllib.robotparser.RobotFileParser | None, expires: float,
                 error: WatchError | None = None):
        self.parser = parser
        self.expires = expires
        self.error = error


class Fetcher:
    """One per watcher; safe to share between threads (the per-host clock is locked)."""

    def __init__(self, settings: WatchSettings | None = None, *, client: httpx.Client | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic):
        self.settings = settings or WatchSettings()
        s = self.settings
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(s.timeout_s), follow_redirects=False,
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"})
        self.sleep = sleep
        self.clock = clock
        self._next_slot: dict[str, float] = {}
        self._lock = threading.Lock()
        self._robots: dict[str, _Robots] = {}
        self.requests = 0  # every HTTP request made (for reports and tests)

    def close(self) -> None:
        self.client.close()

    # ------------------------------------------------------------ politeness
    def _wait_turn(self, url: str) -> None:
        key = host_key(url)
        with self._lock:
            now = self.clock()
            slot = max(now, self._next_slot.get(key, now))
            self._next_slot[key] = slot + self.settings.host_delay_s
        if slot > now:
            self.sleep(slot - now)

    @property
    def robots_agent(self) -> str:
        """The product token robots.txt groups are matched against ("rasad")."""
        return self.settings.user_agent.split("/")[0].split()[0]

    def allowed(self, url: str) -> bool:
        """May we fetch `url`? Raises RobotsUnavailable while the host's robots.txt cannot be read."""
        key = host_key(url)
        r = self._robots.get(key)
        if r is None or r.expires <= self.clock():
            r = self._load_robots(key)
            self._robots[key] = r
        if r.error is not None:
            raise r.error
        return r.parser is None or r.parser.can_fetch(self.robots_agent, url)

    def _load_robots(self, key: str) -> _Robots:
        s = self.settings
        url = key + "/robots.txt"
        try:
            resp = self._fetch_chain(url, {}, check_robots=False)
        except FetchHTTPError as e:
            if e.status in (401, 403):
                p = urllib.robotparser.RobotFileParser()
                p.parse(["User-agent: *", "Disallow: /"])
                return _Robots(p, self.clock() + s.robots_ttl_s)
            if 400 <= e.status < 500:
                return _Robots(None, self.clock() + s.robots_ttl_s)  # no robots.txt: no restrictions
            return _Robots(None, self.clock() + s.robots_retry_s,
                           RobotsUnavailable(f"robots.txt: {e.message}", source=url))
        except RedirectLoop:
            return _Robots(None, self.clock() + s.robots_ttl_s)
        except WatchError as e:
            return _Robots(None, self.clock() + s.robots_retry_s,
                           RobotsUnavailable(f"robots.txt: {e.message}", source=url))
        p = urllib.robotparser.RobotFileParser(url)
        p.parse(resp.content.decode("utf-8", errors="replace").splitlines())
        return _Robots(p, self.clock() + s.robots_ttl_s)

    # ------------------------------------------------------------ requests
    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            accept: str | None = None) -> Response:
        """GET with robots.txt, rate limit, retries and redirects; 304 is returned, not raised."""
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        return self._fetch_chain(url, headers, check_robots=True)

    def _fetch_chain(self, url: str, headers: dict[str, str], *, check_robots: bool) -> Response:
        seen: list[str] = []
        current = url
        while True:
            if urlsplit(current).scheme not in ("http", "https"):
                raise FetchNetworkError(f"not an http(s) address: {current}", source=url)
            if check_robots and not self.allowed(current):
                raise RobotsDisallowed(f"robots.txt disallows {current}", source=url)
            seen.append(current)
            resp = self._request(current, headers)
            if resp.status in REDIRECTS and "location" in resp.headers:
                nxt = urljoin(current, resp.headers["location"])
                if nxt in seen:
                    chain = " -> ".join([*seen, nxt])
                    raise RedirectLoop(f"redirect loop: {chain}", source=url)
                if len(seen) > self.settings.max_redirects:
                    raise RedirectLoop(f"more than {self.settings.max_redirects} redirects", source=url)
                current = nxt
                continue
            resp.redirects = tuple(seen[:-1])
            if resp.status == 304 or 200 <= resp.status < 300:
                return resp
            raise FetchHTTPError(f"HTTP {resp.status} from {current}", status=resp.status, source=url)

    def _request(self, url: str, headers: dict[str, str]) -> Response:
        """One hop, retried on transient failures; returns any final status (the caller judges)."""
        s = self.settings
        attempt = 0
        while True:
            attempt += 1
            self._wait_turn(url)
            err: WatchError | None = None
            retry_after: float | None = None
            try:
                resp = self._once(url, headers)
                resp.attempts = attempt
                if resp.status >= 500 or resp.status in (408, 425, 429):
                    err = FetchHTTPError(f"HTTP {resp.status} from {url}", status=resp.status, source=url)
                    retry_after = _retry_after(resp.headers.get("retry-after"))
                else:
                    return resp
            except httpx.TimeoutException as e:
                err = FetchTimeout(f"timed out after {s.timeout_s:g} s ({type(e).__name__})", source=url)
            except (httpx.TransportError, httpx.DecodingError) as e:
                err = FetchNetworkError(f"{type(e).__name__}: {e}", source=url)
            if attempt > s.retries:
                assert err is not None
                err.message = f"{err.message} (after {attempt} attempts)"
                raise err
            wait = min(s.backoff_s * 2 ** (attempt - 1), s.backoff_max_s)
            if retry_after is not None:
                wait = min(max(wait, retry_after), s.backoff_max_s)
            self.sleep(wait)

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        self.requests += 1
        limit = self.settings.max_bytes
        with self.client.stream("GET", url, headers=headers) as r:
            declared = r.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise ResponseTooLarge(f"{declared} bytes (limit {limit})", source=url)
            chunks: list[bytes] = []
            size = 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise ResponseTooLarge(f"more than {limit} bytes", source=url)
                chunks.append(chunk)
            return Response(url=str(r.url), status=r.status_code,
                            headers={k.lower(): v for k, v in r.headers.items()}, content=b"".join(chunks))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
