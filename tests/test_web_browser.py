"""The page in headless Chromium over the demo database: markers and timeline drawn, filter by type,
brush dates, open an incident and see its source words highlighted, open a dispute.

Skipped, with the reason, when Debian's chromium or the playwright package is missing (CI installs
both: .ci/run and the dev extra).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsevents.web import headless

pytestmark = [pytest.mark.slow, pytest.mark.skipif(headless.unavailable() is not None,
                                                   reason=f"browser tests: {headless.unavailable()}")]

READY = "body[data-ready=true]"
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def site(demo_db: Path) -> Iterator[tuple[str, Any]]:
    """The server on a free loopback port, and the store it reads (for expected values)."""
    from newsevents.store import Store
    from newsevents.web.app import create_app
    from newsevents.web.server import running

    with Store.open(str(demo_db)) as store, running(create_app(store)) as url:
        yield url, store


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = headless.launch(p)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, site: tuple[str, Any]) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    problems: list[str] = []
    pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    pg.on("console", lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None)
    outside: list[str] = []
    base = site[0]
    pg.on("request", lambda req: None if req.url.startswith((base, "data:", "blob:"))
          else outside.append(req.url))
    pg.goto(base + "/")
    pg.wait_for_selector(READY)
    yield pg
    context.close()
    assert not problems, problems
    assert not outside, f"the page asked for something off this server: {outside}"


def rows(page: Any) -> list[str]:
    return page.locator("#list tbody tr").evaluate_all("rs => rs.map(r => r.dataset.id)")


def test_loads_with_markers_timeline_and_list(page: Any, site: tuple[str, Any]) -> None:
    _, store = site
    events = store.events()
    placed = [e for e in events if (e.get("location") or {}).get("lat") is not None]
    counts = page.locator(".cluster").evaluate_all("cs => cs.map(c => +c.dataset.count)")
    assert counts and sum(counts) == len(placed)  # every placed incident is on the map once
    assert page.locator("#timeline rect.bar").count() >= 5
    assert rows(page) == [e["id"] for e in events]
    assert page.locator("#n-incidents").inner_text() == str(len(events))
    page.wait_for_selector("body[data-countries]")  # the offline basemap: Natural Earth outlines
    assert int(page.locator("body").get_attribute("data-countries")) > 200


def test_filter_by_type(page: Any, site: tuple[str, Any]) -> None:
    _, store = site
    expected = [e["id"] for e in store.events(type="drone_strike")]
    page.click("#types .chip[data-type=drone_strike]")
    page.wait_for_function(f"document.querySelectorAll('#list tbody tr').length === {len(expected)}")
    assert rows(page) == expected
    page.wait_for_function("[...document.querySelectorAll('.cluster')]"
                           ".every(c => c.dataset.types === 'drone_strike')")
    assert sum(page.locator(".cluster").evaluate_all("cs => cs.map(c => +c.dataset.count)")) == len(expected)
    assert page.locator("#types .chip[data-type=drone_strike]").get_attribute("aria-pressed") == "true"


def test_brushing_the_timeline_filters_list_and_map(page: Any, site: tuple[str, Any]) -> None:
    _, store = site
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.80, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.99, y, steps=5)
    page.mouse.up()
    page.wait_for_function("document.querySelector('#range').textContent.includes('→')")
    since, until = (s.strip() for s in page.locator("#range").inner_text().split("→"))
    expected = [e["id"] for e in store.events(since=since, until=until)]
    assert 0 < len(expected) < len(store.events())
    page.wait_for_function(f"document.querySelectorAll('#list tbody tr').length === {len(expected)}")
    assert rows(page) == expected
    # zoom in: the selected dates fill the timeline, and brushing goes on inside them
    page.click("#zoom-range")
    width = page.locator("#timeline").bounding_box()["width"]
    assert page.locator("#timeline rect.brush").bounding_box()["width"] > 0.9 * width
    assert page.locator("#timeline rect.bar:not(.out)").count() >= 1
    page.click("#clear-range")
    page.wait_for_function(f"document.querySelectorAll('#list tbody tr').length === {len(store.events())}")
    assert page.locator("#timeline rect.brush").count() == 0 and page.locator("#zoom-range").is_hidden()


def test_open_an_incident_and_see_its_words(page: Any, site: tuple[str, Any]) -> None:
    _, store = site
    strikes = [e for e in store.events(type="missile_strike") if not e.get("background")]
    event = strikes[0]
    page.click(f"#list tbody tr[data-id={event['id']}]")
    page.wait_for_selector("#detail:not([hidden]) .source mark")
    assert event["id"] in page.locator("#detail-kind").inner_text()
    marked = page.locator("#detail .source mark[data-field=date]").all_inner_texts()
    assert event["date"]["text"] in marked
    places = page.locator("#detail .source mark[data-field=place]").all_inner_texts()
    assert event["location"]["text"] in places
    assert page.locator("#detail .source mark.span").count() >= 1  # the other supporting words
    # "full text" shows the whole article, the marks still in it
    before = len(page.locator("#detail .source .text").first.inner_text())
    page.locator("#detail .source-head button").first.click()
    assert len(page.locator("#detail .source .text").first.inner_text()) > before
    assert page.locator("#detail .source mark[data-field=date]").count() >= 1
    page.click("#close-detail")
    assert page.locator("#detail").is_hidden()


def test_open_a_dispute(page: Any, site: tuple[str, Any]) -> None:
    _, store = site
    page.click("#tab-disputes")
    page.wait_for_selector(".dispute")
    card = page.locator(".dispute").first
    assert card.locator(".for .side").count() >= 1 and card.locator(".against .side").count() >= 1
    denier = store.claims(stance="deny")[0]
    assert denier["speaker"]["name"] in card.locator(".against").inner_text()
    card.locator("h3 a").first.click()
    page.wait_for_selector("#detail:not([hidden]) .claim")
    assert page.locator("#detail .claim .badge.deny").count() >= 1
    assert page.locator("#detail .claim .source mark").count() >= 1


def test_clicking_a_place_lists_its_incidents(page: Any, site: tuple[str, Any]) -> None:
    _, store = site
    drones = store.events(type="drone_strike")  # two strikes on one depot: one place on the map
    assert len({(e["location"]["lat"], e["location"]["lon"]) for e in drones}) == 1
    page.locator(".cluster[data-types=drone_strike]").first.click()
    page.wait_for_selector("#place-filter:not([hidden])")
    page.wait_for_function(f"document.querySelectorAll('#list tbody tr').length === {len(drones)}")
    assert rows(page) == [e["id"] for e in drones]
    assert drones[0]["location"]["name"] in page.locator("#place-filter").inner_text()


def test_a_link_opens_its_incident(browser: Any, site: tuple[str, Any]) -> None:
    url, store = site
    event = store.events(type="drone_strike")[-1]
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    try:
        page.goto(f"{url}/#event={event['id']}")
        page.wait_for_selector("body[data-ready=true]", timeout=TIMEOUT_MS)
        assert page.locator("#detail").is_visible()
        assert event["id"] in page.locator("#detail-kind").inner_text()
        page.keyboard.press("Escape")
        assert page.locator("#detail").is_hidden() and "#event" not in page.url
    finally:
        page.close()


def test_article_words_never_run_as_html(browser: Any, demo_db: Path, tmp_path: Path) -> None:
    """Names and texts come from articles: markup in them is shown as text, never executed."""
    import json
    import sqlite3

    from newsevents.store import Store, merging
    from newsevents.web.app import create_app
    from newsevents.web.server import running

    attack = '<img src=x onerror="window.__owned=1">'
    db = tmp_path / "hostile.db"
    db.write_bytes(demo_db.read_bytes())
    with sqlite3.connect(db) as conn:
        event_id, doc_id, record = conn.execute(
            "SELECT id, document, record FROM events WHERE type = 'drone_strike' LIMIT 1").fetchone()
        rec = json.loads(record)
        rec["location"]["name"] = f"Depot {attack}"
        rec["summary"] = f"Strike {attack}"
        rec["actors"][0]["name"] = attack
        conn.execute("UPDATE events SET record = ? WHERE id = ?", (json.dumps(rec), event_id))
        text = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
        start, end = rec["sources"][0]["spans"][0]
        hostile = text[:start] + attack[:end - start].ljust(end - start) + text[end:]  # same length
        conn.execute("UPDATE documents SET text = ? WHERE id = ?", (hostile, doc_id))
        conn.execute("UPDATE meta SET value = 'hostile' WHERE key = 'generation'")
    with Store.open(str(db)) as store, store.engine.begin() as conn:
        merging.rebuild(conn)  # the incidents merged at ingest now hold the hostile report
    with Store.open(str(db)) as store, running(create_app(store)) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        try:
            page.goto(f"{url}/#event={event_id}")
            page.wait_for_selector("body[data-ready=true]", timeout=TIMEOUT_MS)
            page.locator(".cluster[data-types=drone_strike]").first.hover()
            page.wait_for_selector(".leaflet-tooltip")
            assert "<img" in page.locator(".leaflet-tooltip").inner_text()
            assert "<img" in page.locator("#detail h2").inner_text()
            assert page.locator("#detail img, .leaflet-tooltip img, #list img").count() == 0
            assert page.evaluate("window.__owned") is None
        finally:
            page.close()


def test_api_docs_render_offline(browser: Any, site: tuple[str, Any]) -> None:
    url, _ = site
    page = browser.new_page()
    outside: list[str] = []
    page.on("request", lambda req: None if req.url.startswith((url, "data:"))
            else outside.append(req.url))
    try:
        page.goto(f"{url}/docs")
        page.wait_for_selector(".swagger-ui .opblock", timeout=TIMEOUT_MS)
        paths = page.locator(".opblock-summary-path").all_inner_texts()
        assert any("/api/events" in p for p in paths) and any("/api/disputes" in p for p in paths)
        assert not outside, outside
    finally:
        page.close()
