"""The web UI in a real browser (headless Chromium + Playwright) on a live uvicorn server:
what a person would check — the filters change the list, the highlight is on the right
sentence, the network has the right nodes, payloads stay text, and no page logs an error."""

from __future__ import annotations

import pytest

from api.webdata import S_CALL, S_MEET, S_XSS, XSS

pytestmark = pytest.mark.browser


def _rows(page) -> list[int]:
    return [int(x) for x in page.eval_on_selector_all("tr.event-row", "rs => rs.map(r => r.dataset.eventId)")]


def _wait_chart(page, sel: str) -> None:
    page.wait_for_selector(f"{sel}[data-ready='1'] canvas", timeout=15_000)


def test_dashboard(page, live_server, artifacts_dir):
    page.goto(live_server + "/")
    assert page.inner_text("#n-events") == "5"
    _wait_chart(page, "#chart-months")
    assert len(_rows(page)) == 5
    page.screenshot(path=str(artifacts_dir / "dashboard.png"), full_page=True)
    assert page.problems == []


def test_filters_change_the_list(page, live_server, web_db, artifacts_dir):
    page.goto(live_server + "/events")
    assert len(_rows(page)) == 5
    with page.expect_navigation():
        page.select_option("select[name=type]", "call")  # a select submits the form by itself
    assert "type=call" in page.url
    assert _rows(page) == [web_db.ids["call"]]
    with page.expect_navigation():
        page.select_option("select[name=type]", "")
    assert len(_rows(page)) == 5
    page.fill("#filters input[name=actor]", "نتنياهو")
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    assert sorted(_rows(page)) == sorted([web_db.ids["meeting"], web_db.ids["invitation"]])
    page.fill("#filters input[name=actor]", "")
    page.fill("#filters input[name=q]", "هاتفيا")
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    assert _rows(page) == [web_db.ids["call"]]
    assert "1" in page.inner_text("#result-count")
    page.screenshot(path=str(artifacts_dir / "events-filtered.png"), full_page=True)
    assert page.problems == []


def test_event_page_highlights_the_evidence(page, live_server, web_db, artifacts_dir):
    page.goto(f"{live_server}/events/{web_db.ids['call']}")
    marks = page.locator("#source-1 .article-text mark.evidence")
    assert "".join(marks.all_inner_texts()) == S_CALL
    assert marks.first.is_visible()
    box = page.inner_text("#source-1 .article-text")
    assert S_MEET in box and S_CALL in box
    assert page.get_attribute("#source-1 .article-text", "dir") == "rtl"
    page.screenshot(path=str(artifacts_dir / "event.png"), full_page=True)
    # the merged meeting: two sources, two outlets, each with its own sentence highlighted
    page.goto(f"{live_server}/events/{web_db.ids['meeting']}")
    assert page.locator("section.source").count() == 2
    assert set(page.locator(".outlet").all_inner_texts()) == {"Outlet A", "Outlet B"}
    assert page.problems == []


def test_payloads_stay_text(page, live_server, web_db, artifacts_dir):
    page.goto(f"{live_server}/events/{web_db.ids['visit']}")
    text = page.inner_text("#source-1 .article-text")
    for p in XSS:
        assert p in text  # shown literally
    assert "".join(page.locator("#source-1 mark.evidence").all_inner_texts()) == S_XSS
    assert page.locator("main iframe, main img, main [onerror], main [onmouseover]").count() == 0
    assert page.evaluate("document.scripts.length") == len(
        [s for s in page.evaluate("Array.from(document.scripts).map(s => s.src)") if "/static/" in s])
    page.goto(f"{live_server}/articles/{web_db.articles['x1']}")
    page.goto(f"{live_server}/actors/rasad%3Atest%3Aevil")
    page.screenshot(path=str(artifacts_dir / "payloads.png"), full_page=True)
    assert page.problems == []  # no alert() dialog, no error


def test_actor_page_network_and_timeline(page, live_server, artifacts_dir):
    page.goto(live_server + "/actors/Q43723")
    _wait_chart(page, "#chart-network")
    _wait_chart(page, "#chart-timeline")
    names = page.evaluate("""() => {
        const c = echarts.getInstanceByDom(document.getElementById('chart-network'));
        return c.getOption().series[0].data.map(d => d.name);
    }""")
    assert sorted(names) == ["Abdel Fattah el-Sisi", "Antony Blinken", "Benjamin Netanyahu"]
    months = page.evaluate("""() => echarts.getInstanceByDom(document.getElementById('chart-timeline'))
        .getOption().xAxis[0].data""")
    assert months == ["2024-03"]
    page.screenshot(path=str(artifacts_dir / "actor.png"), full_page=True)
    with page.expect_navigation():
        page.click("a.pair-link[href*='Q7821917']")
    assert page.inner_text("#pair-total") == "1"
    _wait_chart(page, "#chart-pair")
    page.screenshot(path=str(artifacts_dir / "pair.png"), full_page=True)
    assert page.problems == []


def test_actor_search_and_article(page, live_server, web_db):
    page.goto(live_server + "/actors?q=" + "طالبان")
    assert page.locator("table.actors tbody a.actor").all_inner_texts()[0].startswith("Taliban")
    page.goto(f"{live_server}/articles/{web_db.articles['n1']}")
    assert page.locator(".article-text mark.evidence").all_inner_texts() == [S_MEET, S_CALL]
    assert page.problems == []


def test_api_docs(page, live_server, artifacts_dir):
    page.goto(live_server + "/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15_000)
    assert "rasad" in page.inner_text(".swagger-ui .info .title")
    page.wait_for_selector(".opblock-summary-path[data-path='/api/events']", timeout=15_000)
    page.screenshot(path=str(artifacts_dir / "docs.png"))
    assert page.problems == []
