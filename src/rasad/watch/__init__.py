"""rasad.watch: follow Arabic outlets' feeds and sitemaps, ingest new articles, alert on watched events.

    from rasad.watch import Watcher, load_config, alerts_since
    with Watcher(load_config("sources.toml"), "rasad.db") as w:
        print(w.run_once().line())
    alerts_since("rasad.db", since=datetime(2025, 3, 1))   # for a "new since last visit" page

This package's __init__ stays import-free (the store imports rasad.watch.models at start-up);
the names above are loaded on first use.
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {
    "Watcher": "rasad.watch.runner",
    "RunReport": "rasad.watch.runner",
    "load_config": "rasad.watch.config",
    "parse_config": "rasad.watch.config",
    "WatchConfig": "rasad.watch.config",
    "alerts_since": "rasad.watch.alerts",
    "Fetcher": "rasad.watch.fetch",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    mod = _EXPORTS.get(name)
    if mod is None:
        raise AttributeError(f"module 'rasad.watch' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(mod), name)
