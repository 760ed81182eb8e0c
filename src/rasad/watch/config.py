"""The `rasad watch` configuration: sources, watchlists, alert outputs and fetch settings.

One TOML file (read with the standard library's tomllib); see docs/watch.md and
examples/sources.toml. Every problem is reported as a WatchConfigError naming the entry.

    [settings]                       # all optional (defaults below)
    user_agent = "rasad/0.1 (+...)"
    [alerts]
    jsonl = "alerts.jsonl"           # relative paths are relative to the config file
    webhook = "https://example.org/hook"
    [[source]]
    name = "bbc-arabic"
    url = "https://feeds.bbci.co.uk/arabic/rss.xml"
    type = "rss"                     # rss | atom | sitemap
    interval = 15                    # minutes
    include = ["/arabic/"]           # URL regexes (any must match), optional
    exclude = ["/sport/"]            # URL regexes (none may match), optional
    [[watch]]
    name = "egypt-saudi"
    pairs = [["السيسي", "محمد بن سلمان"]]
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rasad import __version__ as _version
from rasad.errors import WatchConfigError

SOURCE_TYPES = ("rss", "atom", "sitemap")
REASONS = ("new", "corroborated")
DEFAULT_USER_AGENT = f"rasad/{_version} (Arabic news monitor; +https://github.com/rasad)"


@dataclass(frozen=True)
class WatchSettings:
    """Politeness and robustness knobs; the defaults suit real outlets, tests shrink them."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout_s: float = 20.0  # per request (connect, read, write, pool)
    retries: int = 2  # extra attempts within one fetch for timeouts, network errors, 5xx, 429
    backoff_s: float = 2.0  # first wait between attempts; doubles each time
    backoff_max_s: float = 60.0  # the wait never grows beyond this
    host_delay_s: float = 5.0  # least time between two requests to one host
    max_redirects: int = 5
    max_bytes: int = 5_000_000  # largest feed or page read
    robots_ttl_s: float = 3600.0  # robots.txt kept this long per host
    robots_retry_s: float = 300.0  # an unreachable robots.txt is tried again after this
    max_attempts: int = 5  # a failing page is tried on this many polls, then given up
    retry_after_s: float = 600.0  # first delay before a failed page is tried again (doubles)
    max_new_per_poll: int = 200  # new items fetched per source per poll (the rest wait)
    sitemap_children: int = 5  # newest child sitemaps read from a sitemap index
    webhook_timeout_s: float = 10.0
    webhook_attempts: int = 3  # deliveries tried (one per poll) before an alert's webhook is given up


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    type: str = "rss"
    interval: float = 30.0  # minutes
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    outlet: str | None = None  # the outlet name stored with its articles (default: name)

    def wants(self, url: str) -> bool:
        """Does the URL pass the include/exclude filters?"""
        if self.include and not any(re.search(p, url) for p in self.include):
            return False
        return not any(re.search(p, url) for p in self.exclude)


@dataclass(frozen=True)
class Watch:
    """One watchlist entry. Every criterion given must hold; inside one criterion any item may."""

    name: str
    actors: tuple[str, ...] = ()  # any of these takes part (name, alias, Q-id, rasad id or ISO3)
    pairs: tuple[tuple[str, str], ...] = ()  # both of one pair take part (as different participants)
    countries: tuple[str, ...] = ()  # a participant of any of these countries (ISO3 or name)
    topics: tuple[str, ...] = ()  # any of these topics (case-insensitive)
    types: tuple[str, ...] = ()  # call, visit, meeting, talks, invitation, message
    min_sources: int = 1  # the event must have at least this many independent sources
    reasons: tuple[str, ...] = REASONS
    webhook: str | None = None  # overrides [alerts] webhook for this watch


@dataclass(frozen=True)
class AlertOutputs:
    print: bool = True
    jsonl: str | None = None
    webhook: str | None = None


@dataclass(frozen=True)
class WatchConfig:
    sources: tuple[Source, ...] = ()
    watches: tuple[Watch, ...] = ()
    alerts: AlertOutputs = field(default_factory=AlertOutputs)
    settings: WatchSettings = field(default_factory=WatchSettings)
    path: str | None = None


def _err(where: str, msg: str, path: str | None) -> WatchConfigError:
    return WatchConfigError(f"{where}: {msg}", source=path)


def _strs(v: Any, where: str, path: str | None) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        raise _err(where, "must be a string or a list of non-empty strings", path)
    return tuple(x.strip() for x in v)


def _check_url(url: Any, where: str, path: str | None) -> str:
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise _err(where, f"url must be an http(s) address, got {url!r}", path)
    return url


def _regexes(v: Any, where: str, path: str | None) -> tuple[str, ...]:
    out = _strs(v, where, path)
    for p in out:
        try:
            re.compile(p)
        except re.error as e:
            raise _err(where, f"bad regular expression {p!r}: {e}", path) from None
    return out


def _source(d: Any, i: int, path: str | None) -> Source:
    where = f"[[source]] #{i + 1}"
    if not isinstance(d, dict):
        raise _err(where, "must be a table", path)
    unknown = set(d) - {"name", "url", "type", "interval", "include", "exclude", "outlet", "note"}
    if unknown:
        raise _err(where, f"unknown keys {sorted(unknown)}", path)
    name = d.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _err(where, "needs a name", path)
    where = f"source {name!r}"
    url = _check_url(d.get("url"), where, path)
    typ = d.get("type", "rss")
    if typ not in SOURCE_TYPES:
        raise _err(where, f"type must be one of {', '.join(SOURCE_TYPES)}, got {typ!r}", path)
    interval = d.get("interval", 30)
    if isinstance(interval, bool) or not isinstance(interval, int | float) or interval < 0:
        raise _err(where, "interval must be a number of minutes >= 0", path)
    outlet = d.get("outlet")
    if outlet is not None and not isinstance(outlet, str):
        raise _err(where, "outlet must be a string", path)
    return Source(name=name.strip(), url=url, type=typ, interval=float(interval),
                  include=_regexes(d.get("include"), where + " include", path),
                  exclude=_regexes(d.get("exclude"), where + " exclude", path), outlet=outlet)


def _watch(d: Any, i: int, path: str | None) -> Watch:
    where = f"[[watch]] #{i + 1}"
    if not isinstance(d, dict):
        raise _err(where, "must be a table", path)
    unknown = set(d) - {"name", "actors", "actor", "pair", "pairs", "countries", "topics", "types",
                        "min_sources", "reasons", "webhook", "note"}
    if unknown:
        raise _err(where, f"unknown keys {sorted(unknown)}", path)
    name = d.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _err(where, "needs a name", path)
    where = f"watch {name!r}"
    actors = _strs(d.get("actors"), where + " actors", path) + _strs(d.get("actor"), where + " actor", path)
    raw_pairs: list[Any] = []
    if "pair" in d:
        raw_pairs.append(d["pair"])
    if "pairs" in d:
        if not isinstance(d["pairs"], list):
            raise _err(where, "pairs must be a list of two-name lists", path)
        raw_pairs.extend(d["pairs"])
    pairs = []
    for p in raw_pairs:
        if not (isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) and x.strip() for x in p)):
            raise _err(where, f"a pair is a list of two names, got {p!r}", path)
        pairs.append((p[0].strip(), p[1].strip()))
    types = _strs(d.get("types"), where + " types", path)
    from rasad.types import EVENT_TYPES

    bad = [t for t in types if t not in EVENT_TYPES]
    if bad:
        raise _err(where, f"unknown event types {bad}; one of {', '.join(EVENT_TYPES)}", path)
    reasons = _strs(d.get("reasons"), where + " reasons", path) or REASONS
    if any(r not in REASONS for r in reasons):
        raise _err(where, f"reasons must be among {', '.join(REASONS)}", path)
    min_sources = d.get("min_sources", 1)
    if isinstance(min_sources, bool) or not isinstance(min_sources, int) or min_sources < 1:
        raise _err(where, "min_sources must be an integer >= 1", path)
    webhook = d.get("webhook")
    if webhook is not None:
        webhook = _check_url(webhook, where + " webhook", path)
    w = Watch(name=name.strip(), actors=actors, pairs=tuple(pairs),
              countries=_strs(d.get("countries"), where + " countries", path),
              topics=_strs(d.get("topics"), where + " topics", path), types=types,
              min_sources=min_sources, reasons=reasons, webhook=webhook)
    if not (w.actors or w.pairs or w.countries or w.topics or w.types):
        raise _err(where, "names nothing to watch (give actors, pairs, countries, topics or types)", path)
    return w


def _settings(d: Any, path: str | None) -> WatchSettings:
    if d is None:
        return WatchSettings()
    if not isinstance(d, dict):
        raise _err("[settings]", "must be a table", path)
    known = {f.name: f for f in fields(WatchSettings)}
    kw: dict[str, Any] = {}
    for k, v in d.items():
        if k not in known:
            raise _err("[settings]", f"unknown setting {k!r}", path)
        default = getattr(WatchSettings(), k)
        if isinstance(default, str):
            ok = isinstance(v, str) and bool(v.strip())
        elif isinstance(default, int) and not isinstance(default, bool) and not isinstance(default, float):
            ok = isinstance(v, int) and not isinstance(v, bool) and v >= 0
        else:
            ok = isinstance(v, int | float) and not isinstance(v, bool) and v >= 0
        if not ok:
            raise _err("[settings]", f"{k} has a bad value {v!r}", path)
        kw[k] = float(v) if isinstance(default, float) else v
    return replace(WatchSettings(), **kw)


def parse_config(data: dict[str, Any], path: str | None = None, base: Path | None = None) -> WatchConfig:
    """A WatchConfig from parsed TOML; relative file paths are resolved against `base`."""
    unknown = set(data) - {"source", "watch", "alerts", "settings"}
    if unknown:
        raise _err("top level", f"unknown tables {sorted(unknown)} (expected source, watch, alerts, settings)",
                   path)
    srcs = data.get("source", [])
    watches = data.get("watch", [])
    if not isinstance(srcs, list) or not isinstance(watches, list):
        raise _err("top level", "use [[source]] and [[watch]] (arrays of tables)", path)
    sources = tuple(_source(d, i, path) for i, d in enumerate(srcs))
    names = [s.name for s in sources]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise _err("[[source]]", f"duplicate source names {dup}", path)
    ws = tuple(_watch(d, i, path) for i, d in enumerate(watches))
    wnames = [w.name for w in ws]
    wdup = sorted({n for n in wnames if wnames.count(n) > 1})
    if wdup:
        raise _err("[[watch]]", f"duplicate watch names {wdup}", path)
    a = data.get("alerts", {})
    if not isinstance(a, dict) or set(a) - {"print", "jsonl", "webhook"}:
        raise _err("[alerts]", "a table with optional print, jsonl, webhook", path)
    jsonl = a.get("jsonl")
    if jsonl is not None:
        if not isinstance(jsonl, str) or not jsonl:
            raise _err("[alerts]", "jsonl must be a file path", path)
        if base is not None and not Path(jsonl).expanduser().is_absolute():
            jsonl = str(base / jsonl)
    webhook = a.get("webhook")
    if webhook is not None:
        webhook = _check_url(webhook, "[alerts] webhook", path)
    alerts = AlertOutputs(print=bool(a.get("print", True)), jsonl=jsonl, webhook=webhook)
    return WatchConfig(sources=sources, watches=ws, alerts=alerts, settings=_settings(data.get("settings"), path),
                       path=path)


def load_config(path: str | Path) -> WatchConfig:
    """Read and check a TOML configuration file."""
    p = Path(path).expanduser()
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise WatchConfigError(f"cannot read configuration: {e.strerror or e}", source=str(p)) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise WatchConfigError(f"not valid TOML: {e}", source=str(p)) from None
    return parse_config(data, str(p), p.resolve().parent)
