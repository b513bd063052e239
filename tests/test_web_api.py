"""The JSON API over the demo database: listings agree with the store, details carry the words
behind each field, every error has one shape, and ingest is closed unless opened with a token."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient

from newsevents.store import Store
from newsevents.web.app import create_app

ERROR_KEYS = {"ok", "status", "title", "error"}


@pytest.fixture(scope="module")
def store(demo_db: Path):
    with Store.open(str(demo_db)) as s:
        yield s


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store), raise_server_exceptions=False)


def ids(records: list[dict[str, Any]]) -> list[str]:
    return [r["id"] for r in records]


def assert_error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) >= ERROR_KEYS, body
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"].strip()
    assert "Traceback" not in response.text and 'File "' not in response.text
    return body


# --- listings agree with the store's own filters --------------------------------------------------
@pytest.mark.parametrize("query, kwargs", [
    ({}, {}),
    ({"type": "drone_strike"}, {"type": "drone_strike"}),
    ({"country": "Ukraine"}, {"country": "UA"}),
    ({"country": "ua"}, {"country": "UA"}),
    ({"since": "2025-01-01"}, {"since": "2025-01-01"}),
    ({"until": "2021-12-31"}, {"until": "2021-12-31"}),
    ({"since": "2021-01-01", "until": "2022-12-31", "country": "AZ"},
     {"since": "2021-01-01", "until": "2022-12-31", "country": "AZ"}),
    ({"text": "AMBASSADE"}, {"text": "ambassade"}),
    ({"text": "iskander"}, {"text": "Iskander"}),
])
def test_events_filters_match_the_store(client: TestClient, store: Store, query: dict[str, str],
                                        kwargs: dict[str, str]) -> None:
    body = client.get("/api/events", params={**query, "limit": 500}).json()
    expected = store.events(**kwargs)
    assert body["total"] == len(expected)
    assert ids(body["events"]) == ids(expected)


def test_events_several_types_and_statuses(client: TestClient, store: Store) -> None:
    both = client.get("/api/events?type=drone_strike,missile_strike").json()
    repeated = client.get("/api/events?type=drone_strike&type=missile_strike").json()
    assert ids(both["events"]) == ids(repeated["events"])
    assert {e["type"] for e in both["events"]} == {"drone_strike", "missile_strike"}
    assert both["total"] == len(store.events(type="drone_strike")) + len(store.events(type="missile_strike"))
    disputed = client.get("/api/events?status=disputed").json()
    assert disputed["total"] >= 1 and all(e["status"] == "disputed" for e in disputed["events"])
    recalled = client.get("/api/events?background=true").json()["events"]
    current = client.get("/api/events?background=false").json()["events"]
    assert recalled and current and all(e["background"] for e in recalled)
    assert not any(e.get("background") for e in current)
    assert len(recalled) + len(current) == len(store.events())


def test_pages_cover_the_list_once(client: TestClient, store: Store) -> None:
    every = ids(store.events())
    pages: list[str] = []
    for offset in range(0, len(every), 4):
        body = client.get(f"/api/events?limit=4&offset={offset}").json()
        assert body["total"] == len(every) and body["limit"] == 4 and body["offset"] == offset
        pages += ids(body["events"])
    assert pages == every
    assert client.get(f"/api/events?offset={len(every)}").json()["events"] == []


def test_sorting(client: TestClient) -> None:
    chrono = ids(client.get("/api/events?limit=500").json()["events"])
    assert ids(client.get("/api/events?limit=500&sort=-date").json()["events"]) == chrono[::-1]
    by_type = [e["type"] for e in client.get("/api/events?limit=500&sort=type").json()["events"]]
    assert by_type == sorted(by_type)
    most_sourced = client.get("/api/events?limit=500&sort=-sources").json()["events"]
    by_sources = [len(e["sources"]) for e in most_sourced]
    assert by_sources == sorted(by_sources, reverse=True)


def test_bbox_keeps_events_inside(client: TestClient, store: Store) -> None:
    west, south, east, north = 22.0, 44.0, 41.0, 53.0  # Ukraine and around
    body = client.get("/api/events", params={"bbox": f"{west},{south},{east},{north}", "limit": 500}).json()
    inside = [e for e in store.events() if (loc := e.get("location") or {}).get("lat") is not None
              and south <= loc["lat"] <= north and west <= loc["lon"] <= east]
    assert inside and ids(body["events"]) == ids(inside)
    # the same box written one turn of the globe further east (a scrolled map) finds the same
    shifted = client.get("/api/events", params={"bbox": f"{west + 360},{south},{east + 360},{north}"}).json()
    assert shifted["total"] == body["total"]


def test_timeline_and_clusters_count_the_same_events(client: TestClient, store: Store) -> None:
    events = store.events()
    timeline = client.get("/api/timeline").json()
    dated = [e for e in events if (e.get("date") or {}).get("start")]
    assert timeline["total"] == len(dated)
    assert [d for d, _ in timeline["days"]] == sorted({e["date"]["start"] for e in dated})
    placed = [e for e in events if (e.get("location") or {}).get("lat") is not None]
    for zoom in (1, 5, 12):
        clusters = client.get(f"/api/clusters?zoom={zoom}").json()["clusters"]
        assert sum(c["count"] for c in clusters) == len(placed)
        listed = [i for c in clusters for i in c.get("ids", [])]
        assert sorted(listed) == sorted(ids(placed))  # few events: every cluster lists its ids
    # at a close zoom, events at one place form a cluster named after it
    close = client.get("/api/clusters?zoom=12&type=drone_strike").json()["clusters"]
    assert len(close) == 1 and close[0]["one_place"] and close[0]["count"] == 2 and close[0]["place"]


# --- one incident, one document: the words behind each field --------------------------------------
def test_event_detail_marks_the_words_of_each_field(client: TestClient, store: Store) -> None:
    checked = 0
    for event in store.events():
        body = client.get(f"/api/events/{event['id']}").json()
        assert body["event"]["id"] == event["id"]
        assert len(body["sources"]) == len(event["sources"])
        for source in body["sources"]:
            text = source["text"]
            assert source["spans"] and all(0 <= s < e <= len(text) for s, e in source["spans"])
            for mark in source["fields"]:
                words = text[mark["start"]:mark["end"]]
                assert words.strip()
                checked += 1
            date_words = (event.get("date") or {}).get("text")
            if date_words and date_words in text:
                marks = [m for m in source["fields"] if m["field"] == "date"]
                assert marks and text[marks[0]["start"]:marks[0]["end"]] == date_words
    assert checked > 20


def test_event_detail_has_its_claims_and_disputes(client: TestClient, store: Store) -> None:
    disputed = [e for e in store.events() if e.get("status") == "disputed"]
    assert disputed
    body = client.get(f"/api/events/{disputed[0]['id']}").json()
    assert body["disputes"] and disputed[0]["id"] in body["disputes"][0]["events"]
    stances = {c["claim"]["stance"] for c in body["claims"]}
    assert "deny" in stances and "assert" in stances
    for item in body["claims"]:
        for source in item["sources"]:
            assert source["spans"] and source["text"]


def test_document_detail_spans_point_into_the_text(client: TestClient, store: Store) -> None:
    for doc in store.documents():
        body = client.get(f"/api/documents/{doc['id']}").json()
        text = body["document"]["text"]
        assert body["mentions"] and body["events"]
        for m in body["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
        merged = set(ids(store.events()))
        for e in body["events"]:
            assert e["merged_into"] in merged
            assert all(0 <= s < t <= len(text) for s, t in e["spans"])


def test_claims_disputes_and_stats(client: TestClient, store: Store) -> None:
    denials = client.get("/api/claims?stance=deny").json()
    assert denials["total"] == len(store.claims(stance="deny")) >= 1
    assert all(c["stance"] == "deny" for c in denials["claims"])
    disputes = client.get("/api/disputes").json()
    assert disputes["total"] >= 1
    first = disputes["disputes"][0]
    assert first["proposition"] and first["for"] and first["against"]
    for side in first["for"] + first["against"]:
        for doc in side["documents"]:
            assert doc in disputes["documents"]
    stats = client.get("/api/stats").json()
    assert stats["events"] == len(store.events()) and stats["documents"] == 2
    assert stats["disputes"] == disputes["total"]
    assert stats["first_date"] <= stats["last_date"]
    assert "missile_strike" in stats["types"] and stats["ingest"] is False
    assert "database" not in stats  # the server's paths stay on the server


def test_page_docs_and_static_files(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    for path in ("/static/app.js", "/static/app.css", "/static/vendor/leaflet.js",
                 "/static/vendor/countries-50m.json", "/static/vendor/swagger-ui-bundle.js"):
        assert client.get(path).status_code == 200, path
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()  # offline: nothing from a CDN
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


# --- one error shape, enforced on every route -------------------------------------------------------
BAD_REQUESTS: list[tuple[str, str, int]] = [
    ("GET", "/api/events?since=yesterday", 400),
    ("GET", "/api/events?until=2025-13-01", 400),
    ("GET", "/api/events?since=2025-02-01&until=2025-01-01", 400),
    ("GET", "/api/events?limit=0", 400),
    ("GET", "/api/events?limit=abc", 400),
    ("GET", "/api/events?offset=-1", 400),
    ("GET", "/api/events?type=laser_strike", 400),
    ("GET", "/api/events?status=rumoured", 400),
    ("GET", "/api/events?country=Atlantis", 400),
    ("GET", "/api/events?bbox=1,2,3", 400),
    ("GET", "/api/events?bbox=10,60,20,50", 400),
    ("GET", "/api/events?sort=colour", 400),
    ("GET", "/api/events?background=perhaps", 400),
    ("DELETE", "/api/events", 405),
    ("GET", "/api/events/ev_0000000000000000", 404),
    ("PUT", "/api/events/ev_0000000000000000", 405),
    ("GET", "/api/timeline?since=tomorrow", 400),
    ("GET", "/api/timeline?bbox=a,b,c,d", 400),
    ("GET", "/api/clusters?zoom=99", 400),
    ("GET", "/api/clusters?type=nothing", 400),
    ("GET", "/api/claims?stance=shrug", 400),
    ("GET", "/api/claims?limit=100000", 400),
    ("POST", "/api/claims", 405),
    ("GET", "/api/disputes/x", 404),
    ("POST", "/api/disputes", 405),
    ("GET", "/api/documents/no-such-document", 404),
    ("POST", "/api/documents", 403),
    ("GET", "/api/documents", 405),
    ("DELETE", "/api/documents/x", 405),
    ("POST", "/api/stats", 405),
    ("POST", "/api/sites", 405),
    ("GET", "/api/alerts?since=tomorrow", 400),
    ("GET", "/api/alerts?site=no-such-site", 404),
    ("DELETE", "/api/alerts", 405),
    ("GET", "/api/nothing-here", 404),
    ("GET", "/static/no-such-file.js", 404),
]


@pytest.mark.parametrize("method, url, status", BAD_REQUESTS)
def test_every_error_has_one_shape(client: TestClient, method: str, url: str, status: int) -> None:
    body = assert_error(client.request(method, url), status)
    if status == 400 and "?" in url:
        param = url.split("?")[1].split("=")[0]
        assert param in body["error"], body  # the message names the parameter at fault


def test_every_api_route_is_tried_with_bad_input(client: TestClient) -> None:
    """A new route must come with a bad request in BAD_REQUESTS, or this fails."""
    tried = {url.split("?")[0] for _, url, _ in BAD_REQUESTS}
    templates = client.get("/openapi.json").json()["paths"]
    for template in templates:
        prefix = template.split("{")[0]
        assert any(t == template or (("{" in template) and t.startswith(prefix) and t != prefix.rstrip("/"))
                   for t in tried), f"no bad-input case for {template}"


def test_a_crash_is_a_500_without_a_trace(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(store)

    def explode(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret detail /home/someone/.config")

    monkeypatch.setattr(app.state.register, "events", explode)
    response = TestClient(app, raise_server_exceptions=False).get("/api/events")
    body = assert_error(response, 500)
    assert "secret" not in response.text and "RuntimeError" not in response.text
    assert "log" in body["error"]


# --- ingest: closed by default, then the CLI's rules behind a token ------------------------------
@pytest.fixture(scope="module")
def writable(demo_db: Path, tmp_path_factory: pytest.TempPathFactory, pipe: Any):
    path = tmp_path_factory.mktemp("ingest") / "copy.db"
    shutil.copy(demo_db, path)
    with Store.open(str(path)) as s:
        yield TestClient(create_app(s, ingest_token="t0ken", pipeline=pipe), raise_server_exceptions=False), s


ARTICLE = {"id": "posted-1", "title": "A drone strike", "published": "2025-03-02", "language": "en",
           "text": "A Russian drone struck a power station in Kharkiv on Saturday, killing two workers, "
                   "the regional governor said."}


@pytest.mark.parametrize("headers, body, status, words", [
    ({}, ARTICLE, 401, "Bearer"),
    ({"Authorization": "Bearer wrong"}, ARTICLE, 403, "wrong"),
    ({"Authorization": "Basic t0ken"}, ARTICLE, 401, "Bearer"),
    ({"Authorization": "Bearer t0ken", "Content-Type": "text/plain"}, "text", 415, "JSON"),
    ({"Authorization": "Bearer t0ken"}, "{not json", 400, "JSON"),
    ({"Authorization": "Bearer t0ken"}, ["a list"], 400, "object"),
    ({"Authorization": "Bearer t0ken"}, {"title": "no text"}, 400, "text"),
    ({"Authorization": "Bearer t0ken"}, {"text": 42}, 400, "text"),
    ({"Authorization": "Bearer t0ken"}, {"text": "x", "colour": "red"}, 400, "colour"),
    ({"Authorization": "Bearer t0ken"}, {"text": "   \n "}, 422, "empty"),
    ({"Authorization": "Bearer t0ken"}, {"text": "Hallo Welt", "language": "de"}, 422, "not supported"),
    ({"Authorization": "Bearer t0ken"}, {"text": "x", "published": "last week"}, 422, "not a date"),
])
def test_ingest_refusals(writable: Any, headers: dict[str, str], body: Any, status: int, words: str) -> None:
    client, store = writable
    before = len(store.documents())
    if isinstance(body, str):
        response = client.post("/api/documents", content=body.encode(),
                               headers={"Content-Type": "application/json", **headers})
    else:
        response = client.post("/api/documents", json=body, headers=headers)
    assert words.lower() in assert_error(response, status)["error"].lower()
    assert len(store.documents()) == before  # nothing stored


def test_ingest_too_large(writable: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    client, _ = writable
    monkeypatch.setenv("NEWSEVENTS_MAX_BYTES", "200")
    response = client.post("/api/documents", json={"text": "word " * 100},
                           headers={"Authorization": "Bearer t0ken"})
    assert "limit" in assert_error(response, 413)["error"]


def test_ingest_stores_once(writable: Any) -> None:
    client, store = writable
    auth = {"Authorization": "Bearer t0ken"}
    first = client.post("/api/documents", json=ARTICLE, headers=auth)
    assert first.status_code == 201, first.text
    assert first.json()["status"] == "new" and first.json()["document"] == "posted-1"
    stored = store.document("posted-1")
    assert stored is not None and stored["text"] == ARTICLE["text"] and stored["path"] == "api#posted-1"
    assert client.get("/api/documents/posted-1").status_code == 200
    again = client.post("/api/documents", json=ARTICLE, headers=auth)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    assert client.get("/api/stats").json()["documents"] == 3


def test_a_write_by_another_process_is_served_stale_until_rebuilt(
        demo_db: Path, tmp_path: Path, pipe: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests never wait for the rebuild another process's write needs: they get the previous
    register until one background rebuild has finished, then the new one."""
    import threading
    import time
    from datetime import date

    from newsevents.model import Article, Published
    from newsevents.web.queries import EventFilter, Register

    db = tmp_path / "live.db"
    shutil.copy(demo_db, db)
    with Store.open(str(db)) as mine, Store.open(str(db)) as other:
        register = Register(mine)
        register.warm()
        before = register.events(EventFilter()).total
        article = pipe.process(Article(
            text="A Russian missile struck a grain terminal in Odesa on Friday, killing three workers.",
            id="elsewhere", language="en", published=Published(date(2025, 6, 7))))
        assert article.events and other.save(article)  # "another process" writes

        release = threading.Event()
        original = mine.view

        def slow_view() -> Any:
            release.wait(timeout=30)
            return original()

        monkeypatch.setattr(mine, "view", slow_view)
        started = time.monotonic()
        assert register.events(EventFilter()).total == before  # stale, at once
        assert register.stats()["documents"] == 2
        assert time.monotonic() - started < 5
        release.set()
        deadline = time.monotonic() + 30
        while register.events(EventFilter()).total == before:
            assert time.monotonic() < deadline, "the register was never rebuilt"
            time.sleep(0.05)
        assert register.events(EventFilter()).total == before + len(article.events)
        assert register.stats()["documents"] == 3
