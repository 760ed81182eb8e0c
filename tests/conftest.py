"""Fixtures shared by the whole suite (the one conftest.py).

The shared corpus lives in ../shared beside the repo (never copied into the repo);
tests that need it are skipped with a clear reason when it is absent.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASAD_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def real_pipeline():
    """The pipeline over the embedded knowledge base (loaded once for the session)."""
    from rasad.service.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def kb():
    """The packaged knowledge base (rasad.kb.default_kb), loaded once for the session."""
    from rasad.kb import default_kb

    return default_kb()


@pytest.fixture(scope="session")
def kb_people(kb):
    """(mention text, English name) of each person the packaged knowledge base finds in a text on a date."""
    def people(text: str, on) -> list[tuple[str, str | None]]:
        return [(m.text, m.actor.name_en) for m in kb.find_mentions(text, on)
                if m.actor is not None and m.actor.kind == "person"]
    return people


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"shared corpus not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "seeds"


@pytest.fixture(scope="session")
def real_articles_path(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "real" / "articles.jsonl"


@pytest.fixture(scope="session")
def real_articles(real_articles_path: Path) -> list[dict]:
    return [json.loads(line) for line in real_articles_path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def dev_ids(shared_dir: Path) -> set[str]:
    return set(json.loads((shared_dir / "corpus" / "real" / "split.json").read_text())["dev"])


@pytest.fixture(scope="session")
def gold(shared_dir: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for p in (shared_dir / "corpus" / "seeds" / "gold.jsonl", shared_dir / "corpus" / "real" / "gold-dev.jsonl"):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out[d["doc_id"]] = d
    return out


# --- the event database: every store test runs on SQLite and, when RASAD_TEST_PG_URL is set
# (.ci/run sets it after .ci/services starts PostgreSQL), on PostgreSQL in a fresh schema.
@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        yield str(tmp_path / "rasad.db")
        return
    base = os.environ.get("RASAD_TEST_PG_URL")
    if not base:
        pytest.skip("RASAD_TEST_PG_URL not set (run .ci/services)")
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


# --- the API and the web UI (tests/api, tests/web): a small event database filled through the
# service layer (tests/api/webdata.py), the app on it, and a live uvicorn server on loopback.
@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory):
    from api.webdata import fill

    db = fill(str(tmp_path_factory.mktemp("webdb") / "web.db"))
    yield db
    db.service.close()


@pytest.fixture
def api_client(web_db):
    import warnings

    with warnings.catch_warnings():  # starlette's notice that its TestClient will move to httpx2
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from rasad.api import create_app
    from rasad.settings import Settings

    app = create_app(Settings(db=web_db.path, ingest_token="test-token"), service=web_db.service)
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="session")
def live_server(web_db):
    """The app served by uvicorn in a thread on 127.0.0.1 and a free port; yields the base URL."""
    import threading
    import time

    import uvicorn

    from rasad.api import create_app
    from rasad.settings import Settings

    app = create_app(Settings(db=web_db.path), service=web_db.service)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


# --- browser tests (tests/web, marked `browser`): headless Chromium from Debian's packages,
# driven by Playwright (never `playwright install`). Screenshots go to tests/artifacts/.
CHROMIUM = os.environ.get("RASAD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    d = REPO / "tests" / "artifacts"
    d.mkdir(parents=True, exist_ok=True)
    return d


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page; `page.problems` collects console errors, page errors, failed requests,
    HTTP errors and dialogs (an alert would mean a payload ran). Tests assert it stays empty."""
    ctx = browser.new_context(viewport={"width": 1366, "height": 900}, locale="en-US")
    pg = ctx.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    # a request cut short by the next navigation (net::ERR_ABORTED) is not a fault of the page
    pg.on("requestfailed", lambda r: problems.append(f"request failed: {r.url} {r.failure}")
          if "ERR_ABORTED" not in str(r.failure) else None)
    pg.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)

    def on_dialog(d):
        problems.append(f"dialog {d.type}: {d.message}")
        d.dismiss()

    pg.on("dialog", on_dialog)
    pg.problems = problems  # type: ignore[attr-defined]
    yield pg
    ctx.close()
