#!/usr/bin/env python
"""Load test of the rasad API on loopback: bounded concurrency, bounded duration, stops by itself.

    python scripts/load_api.py --db /tmp/x.db                  # starts `rasad serve` on a free port
    python scripts/load_api.py --url http://127.0.0.1:8000     # an already running server (loopback only)

Workers (threads, one keep-alive connection each) send a mix of requests — event lists with
the store's filters, actor search and actor pages, single events, articles, stats — for
--duration seconds (default 60), at most --concurrency at once (default 16), optionally capped
at --rate requests/s overall. It reports throughput, error rate and p50/p95/p99 latency per
kind of request, and checks the bar: p95 < --p95-ms (100) for list and actor queries.
Exit code 0 when the bar is met and no request failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

LOOPBACK = ("127.", "localhost", "::1", "[::1]")
BAR_KINDS = ("list", "actor")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get_json(host: str, port: int, path: str) -> object:
    c = http.client.HTTPConnection(host, port, timeout=30)
    try:
        c.request("GET", path)
        r = c.getresponse()
        body = r.read()
        if r.status != 200:
            raise RuntimeError(f"GET {path}: HTTP {r.status} {body[:200]!r}")
        return json.loads(body)
    finally:
        c.close()


def start_server(db: str, workers: int, cache: bool = True) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    exe = Path(sys.executable).with_name("rasad")
    cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "rasad"]),
           "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
           "--workers", str(workers), "--cache" if cache else "--no-cache"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            get_json("127.0.0.1", port, "/api/stats")
            return proc, port
        except (OSError, RuntimeError):
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("server did not start in 60 s")


def build_mix(host: str, port: int, seed: int) -> list[tuple[str, str]]:
    """(kind, path) requests drawn from what the database holds."""
    rnd = random.Random(seed)
    actors = get_json(host, port, "/api/actors?limit=100")
    events = get_json(host, port, "/api/events?limit=200&sources=false&total=false")
    stats = get_json(host, port, "/api/stats")
    assert isinstance(actors, list) and isinstance(events, dict) and isinstance(stats, dict)
    actor_ids = [a["id"] for a in actors] or ["Q1"]
    names = [a.get("name_ar") or a.get("name_en") for a in actors if a.get("name_ar") or a.get("name_en")] or ["x"]
    event_ids = [e["id"] for e in events["items"]] or [1]
    article_ids = sorted({s["article_id"] for e in get_json(host, port, "/api/events?limit=50")["items"]  # type: ignore[index]
                          for s in e.get("sources", [])}) or [1]
    countries = [p["a"] for p in stats.get("by_country_pair", [])] or ["USA"]
    types = list(stats.get("by_type", {})) or ["meeting"]
    words = ["الرئيس", "وزير", "اتصالا", "زيارة", "مفاوضات", "الخارجية"]
    mix: list[tuple[str, str]] = []
    for _ in range(2000):
        r = rnd.random()
        if r < 0.40:
            params: dict[str, object] = {"limit": rnd.choice([20, 50])}
            f = rnd.random()
            if f < 0.2:
                params["actor"] = rnd.choice(names)
            elif f < 0.35:
                params["country"] = rnd.choice(countries)
            elif f < 0.5:
                params["type"] = rnd.choice(types)
            elif f < 0.6:
                params["q"] = rnd.choice(words)
            elif f < 0.7:
                params.update(since="2023-01-01", until="2024-12-31")
            elif f < 0.8:
                params["sort"] = rnd.choice(["confidence", "n_sources", "reported"])
            mix.append(("list", "/api/events?" + urlencode(params)))
        elif r < 0.55:
            mix.append(("actor", "/api/actors/" + quote(rnd.choice(actor_ids), safe="")))
        elif r < 0.70:
            mix.append(("actor", "/api/actors?" + urlencode({"q": rnd.choice(names)})))
        elif r < 0.85:
            mix.append(("event", f"/api/events/{rnd.choice(event_ids)}"))
        elif r < 0.95:
            mix.append(("article", f"/api/articles/{rnd.choice(article_ids)}"))
        else:
            mix.append(("stats", "/api/stats"))
    return mix


class Limiter:
    """At most `rate` starts per second overall (None: unlimited)."""

    def __init__(self, rate: float | None):
        self.interval = 1.0 / rate if rate else 0.0
        self.next = time.monotonic()
        self.lock = threading.Lock()

    def wait(self) -> None:
        if not self.interval:
            return
        with self.lock:
            now = time.monotonic()
            # a fixed schedule: after a stall, catch up (at most 1 s of backlog) instead of
            # dropping the missed slots, so that the offered rate really is `rate`
            t = max(self.next, now - 1.0)
            self.next = t + self.interval
        if t > now:
            time.sleep(t - now)


def run(host: str, port: int, mix: list[tuple[str, str]], duration: float, concurrency: int,
        rate: float | None, max_requests: int) -> tuple[dict[str, list[float]], dict[str, int], float, int]:
    lat: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    lock = threading.Lock()
    stop_at = time.monotonic() + duration
    limiter = Limiter(rate)
    sent = [0]

    def worker(n: int) -> None:
        rnd = random.Random(n)
        conn = http.client.HTTPConnection(host, port, timeout=30)
        local: dict[str, list[float]] = defaultdict(list)
        local_err: dict[str, int] = defaultdict(int)
        while time.monotonic() < stop_at:
            with lock:
                if sent[0] >= max_requests:
                    break
                sent[0] += 1
            limiter.wait()
            kind, path = rnd.choice(mix)
            t0 = time.perf_counter()
            try:
                conn.request("GET", path)
                r = conn.getresponse()
                r.read()
                ok = r.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=30)
            dt = (time.perf_counter() - t0) * 1000
            local[kind].append(dt)
            if not ok:
                local_err[kind] += 1
        conn.close()
        with lock:
            for k, v in local.items():
                lat[k].extend(v)
            for k, v in local_err.items():
                errors[k] += v

    t0 = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(duration + 60)
    return lat, errors, time.monotonic() - t0, sent[0]


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    if len(xs) == 1:
        return xs[0]
    return statistics.quantiles(xs, n=100, method="inclusive")[int(p) - 1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--db", help="database to serve: starts `rasad serve` on 127.0.0.1 and a free port")
    g.add_argument("--url", help="base URL of a running server on loopback, e.g. http://127.0.0.1:8000")
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load (default 60, at most 600)")
    ap.add_argument("--concurrency", type=int, default=16, help="requests in flight at most (default 16, max 256)")
    ap.add_argument("--rate", type=float, default=None, help="cap on requests per second overall")
    ap.add_argument("--max-requests", type=int, default=1_000_000, help="stop after this many requests")
    ap.add_argument("--workers", type=int, default=1, help="server worker processes (with --db)")
    ap.add_argument("--no-cache", action="store_true", help="serve without the response cache (with --db)")
    ap.add_argument("--p95-ms", type=float, default=100.0, help="the bar for list and actor queries")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", help="also write the figures to this JSON file")
    a = ap.parse_args()
    duration = max(1.0, min(a.duration, 600.0))
    concurrency = max(1, min(a.concurrency, 256))

    proc = None
    if a.db:
        if not Path(a.db).exists() and "://" not in a.db:
            ap.error(f"no database at {a.db}")
        proc, port = start_server(a.db, a.workers, cache=not a.no_cache)
        host = "127.0.0.1"
    else:
        u = urlsplit(a.url)
        host, port = u.hostname or "", u.port or 80
        if u.scheme != "http" or not host.startswith(LOOPBACK):
            ap.error("only http:// on loopback (127.0.0.0/8, localhost, ::1) is allowed")
    try:
        mix = build_mix(host, port, a.seed)
        print(f"load: {concurrency} concurrent, {duration:.0f} s"
              f"{f', capped at {a.rate:.0f}/s' if a.rate else ''} on http://{host}:{port} "
              f"({len(mix)} request templates)", flush=True)
        lat, errors, elapsed, _ = run(host, port, mix, duration, concurrency, a.rate, a.max_requests)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()

    total = sum(len(v) for v in lat.values())
    n_err = sum(errors.values())
    every = [x for v in lat.values() for x in v]
    rows = []
    print(f"\n{'kind':<8} {'requests':>9} {'errors':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for kind in sorted(lat) + ["all"]:
        xs = every if kind == "all" else lat[kind]
        err = n_err if kind == "all" else errors.get(kind, 0)
        row = {"kind": kind, "requests": len(xs), "errors": err, "rps": len(xs) / elapsed,
               "p50": pct(xs, 50), "p95": pct(xs, 95), "p99": pct(xs, 99), "max": max(xs) if xs else float("nan")}
        rows.append(row)
        print(f"{kind:<8} {row['requests']:>9} {err:>7} {row['rps']:>8.1f} {row['p50']:>8.1f} {row['p95']:>8.1f} "
              f"{row['p99']:>8.1f} {row['max']:>8.1f}")
    rate = n_err / total if total else 1.0
    bar = {k: next((r["p95"] for r in rows if r["kind"] == k), float("nan")) for k in BAR_KINDS}
    ok = total > 0 and n_err == 0 and all(v < a.p95_ms for v in bar.values() if v == v)
    print(f"\nthroughput {total / elapsed:.1f} req/s over {elapsed:.1f} s; error rate {rate:.2%}")
    print("bar: p95 < {:.0f} ms for list and actor queries: {} ({})".format(
        a.p95_ms, "PASS" if ok else "FAIL", ", ".join(f"{k} {v:.1f} ms" for k, v in bar.items())))
    if a.json:
        Path(a.json).write_text(json.dumps({"elapsed_s": elapsed, "concurrency": concurrency, "rate_cap": a.rate,
                                            "throughput": total / elapsed, "error_rate": rate, "kinds": rows,
                                            "pass": ok, "pid": os.getpid()}, indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
