"""Protected sites on the web (issue 16): /api/sites and /api/alerts in the API's style and error
shape, and the page in headless Chromium showing a site marker and the incidents near it.

The site is registered here over a copy of the demo database, around wherever its first incident
placed in a town is (so nothing is keyed to the example texts), with a radius covering a city's
uncertainty: a location alert."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient
from test_web_api import assert_error

from newsevents.sites.model import make_site
from newsevents.store import Store
from newsevents.web import headless
from newsevents.web.app import create_app

RADIUS_M = 40_000  # covers a city-level point's 15 km


@pytest.fixture(scope="module")
def watched(demo_db: Path,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, Any]]]:
    """A copy of the demo database with one site around its first incident placed in a town."""
    path = tmp_path_factory.mktemp("sites-web") / "watched.db"
    shutil.copy(demo_db, path)
    with Store.open(str(path)) as store:
        first = next(e for e in store.events() if (e.get("location") or {}).get("lat") is not None
                     and e["location"]["precision"] in ("city", "site"))
        loc = first["location"]
        store.add_sites([make_site("Test watch", loc["lat"] + 0.01, loc["lon"], RADIUS_M, "hospital")])
        yield store, first


@pytest.fixture(scope="module")
def client(watched: tuple[Store, dict[str, Any]]) -> TestClient:
    return TestClient(create_app(watched[0]), raise_server_exceptions=False)


def test_sites_endpoint(client: TestClient, watched: tuple[Store, dict[str, Any]]) -> None:
    body = client.get("/api/sites").json()
    assert body["total"] == 1
    (site,) = body["sites"]
    assert (site["name"], site["kind"], site["radius_m"]) == ("Test watch", "hospital", RADIUS_M)
    assert site["alerts"] == len(watched[0].alerts()) >= 1


def test_alerts_endpoint_agrees_with_the_store(client: TestClient,
                                               watched: tuple[Store, dict[str, Any]]) -> None:
    store, first = watched
    body = client.get("/api/alerts").json()
    assert body["alerts"] == store.alerts() and body["total"] == len(body["alerts"])
    assert first["id"] in {a["incident"] for a in body["alerts"]}
    distances = [a["distance_m"] for a in body["alerts"]]
    assert distances == sorted(distances)  # nearest first
    assert client.get("/api/alerts", params={"site": "test watch"}).json()["alerts"] == body["alerts"]
    assert client.get("/api/alerts", params={"since": "2999-01-01"}).json()["total"] == 0


@pytest.mark.parametrize(("query", "status", "param"), [
    ({"since": "yesterday"}, 400, "since"),
    ({"site": "Nowhere"}, 404, "site"),
])
def test_alert_errors_have_the_one_shape(client: TestClient, query: dict[str, str], status: int,
                                         param: str) -> None:
    body = assert_error(client.get("/api/alerts", params=query), status)
    assert body["errors"][0]["param"] == param


@pytest.mark.slow
@pytest.mark.skipif(headless.unavailable() is not None, reason=f"browser tests: {headless.unavailable()}")
def test_the_page_shows_the_site_and_marks_incidents_near_it(watched: tuple[Store, dict[str, Any]]) -> None:
    from playwright.sync_api import sync_playwright

    from newsevents.web.server import running

    store, _ = watched
    near = {a["incident"] for a in store.alerts()}
    with running(create_app(store)) as url, sync_playwright() as p:
        browser = headless.launch(p)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            problems: list[str] = []
            page.on("pageerror", lambda exc: problems.append(str(exc)))
            page.goto(url + "/")
            page.wait_for_selector("body[data-ready=true]", timeout=15_000)
            assert page.get_attribute("body", "data-sites") == "1"
            marker = page.locator(".site-marker")
            assert marker.count() == 1 and marker.is_visible()
            assert marker.get_attribute("data-alerts") == str(len(near))
            ids = "rs => rs.map(r => r.dataset.id)"
            marked = set(page.locator("#list tbody tr.near-site").evaluate_all(ids))
            shown = set(page.locator("#list tbody tr").evaluate_all(ids))
            assert marked == near & shown and marked
            assert not problems, problems
        finally:
            browser.close()
