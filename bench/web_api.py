"""Web API latency and page load on a large register (default 100,000 incidents in SQLite).

    .venv/bin/python bench/web_api.py                      # builds bench/out/web100k.db once, then measures
    .venv/bin/python bench/web_api.py --events 20000 --requests 100

Synthetic incidents, written straight into the store's tables (no NLP: 100,000 real articles
would take a day to ingest): 20 types, dates over 2014-2025, 400 places in 12 countries with
jitter, actors, targets, weapons, spans into a short document per five incidents. Then:

1. the time the server takes to start (the store's merged view + the query index, once);
2. over real HTTP on loopback, ``--requests`` requests per kind of query (list with filters,
   timeline, clusters, one incident), p50/p95/max in milliseconds;
3. the page in headless Chromium: navigation to first complete draw (basemap, map clusters,
   timeline, list), median and max of ``--loads`` loads, each in a new page (static files
   cached by the browser after the first, as for a returning user).

The goal (issue 15): /api/events with filters p95 < 100 ms; the page draws in < 2 s.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"

TYPES = ["missile_strike", "air_strike", "drone_strike", "shelling", "explosion", "armed_clash",
         "attack_on_civilians", "weapons_found", "diplomatic_protest", "demand", "consultation",
         "agreement", "ceasefire", "territory_transfer", "deployment", "information_shared",
         "prisoner_exchange", "arrest", "protest", "other"]
COUNTRIES = {  # centre latitude, longitude and spread in degrees
    "UA": (48.5, 31.0, 4.0), "RU": (55.0, 40.0, 6.0), "IL": (31.5, 34.9, 0.8), "PS": (31.4, 34.4, 0.3),
    "LB": (33.8, 35.8, 0.5), "SY": (35.0, 38.0, 2.0), "YE": (15.5, 47.0, 3.0), "SD": (15.0, 30.0, 4.0),
    "ML": (16.0, -2.0, 4.0), "MM": (20.0, 96.0, 3.0), "AZ": (40.3, 47.7, 1.0), "AM": (40.2, 44.6, 0.7)}
ACTORS = ["Russia", "Ukraine", "Israel", "Hamas", "Hezbollah", "Houthis", "RSF", "Sudanese Armed Forces",
          "JNIM", "Tatmadaw", "Azerbaijan", "Armenia"]
WEAPONS = [("Iskander", "ballistic_missile"), ("Shahed-136", "drone"), ("Kh-101", "cruise_missile"),
           ("artillery", "artillery"), ("Grad", "rocket"), ("drone", "drone")]
EVENTS_PER_DOC = 5
SERVER_START_TIMEOUT_S = 600
FIRST_DAY = date(2014, 1, 1).toordinal()
LAST_DAY = date(2025, 12, 31).toordinal()


def synthetic_events(n: int, seed: int = 15) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(document rows, event rows) for the store's tables."""
    rng = random.Random(seed)
    places = []
    for i in range(400):
        code = rng.choice(list(COUNTRIES))
        lat, lon, spread = COUNTRIES[code]
        jitter = (rng.uniform(-spread, spread), rng.uniform(-spread, spread))
        places.append((f"Place {i}", code, lat + jitter[0], lon + jitter[1]))
    docs, events = [], []
    now = "2026-01-01T00:00:00+00:00"
    for d in range((n + EVENTS_PER_DOC - 1) // EVENTS_PER_DOC):
        doc_id = f"doc{d:07d}"
        text = " ".join(f"Sentence {k} of document {d} about an incident somewhere." for k in range(12))
        record = {"kind": "document", "id": doc_id, "path": f"synthetic/{doc_id}.txt", "url": None,
                  "title": f"Synthetic report {d}", "language": "en", "sha256": f"{d:064x}",
                  "published": {"date": "2025-06-01", "precision": "day", "inferred": False, "basis": None}}
        docs.append({"id": doc_id, "sha256": f"{d:064x}", "path": record["path"], "url": None,
                     "title": record["title"], "language": "en", "published": "2025-06-01",
                     "record": json.dumps(record), "text": text, "ingested_at": now})
        for k in range(EVENTS_PER_DOC):
            i = d * EVENTS_PER_DOC + k
            if i >= n:
                break
            kind = rng.choice(TYPES)
            day = date.fromordinal(rng.randint(FIRST_DAY, LAST_DAY))
            end = day + timedelta(days=rng.choice([0] * 12 + [1, 6]))
            name, code, lat, lon = rng.choice(places)
            weapon = rng.choice(WEAPONS)
            ev = {"kind": "event", "id": f"ev_{i:016x}", "type": kind,
                  "status": rng.choice(["reported"] * 8 + ["alleged", "disputed"]),
                  "background": rng.random() < 0.2, "summary": f"{kind.replace('_', ' ')} in {name}",
                  "date": {"start": day.isoformat(), "end": end.isoformat(), "precision": "day", "time": None,
                           "text": f"on {day:%d %B}", "inferred": False},
                  "location": {"name": name, "country": code, "admin1": None, "lat": round(lat, 4),
                               "lon": round(lon, 4), "geonameid": None, "precision": "city", "text": name,
                               "near": None},
                  "actors": [{"name": rng.choice(ACTORS), "kind": "state", "country": None, "role": None,
                              "text": "they"}],
                  "targets": [{"name": f"Site {rng.randrange(50_000)}", "kind": "facility", "country": None,
                               "role": None, "text": "the site"}],
                  "weapons": [{"name": weapon[0], "category": weapon[1], "text": weapon[0]}]
                  if rng.random() < 0.3 else [],
                  "fatalities": rng.choice([None, 0, 1, 3]), "injured": None, "damage": [],
                  "acled": None, "plover": None,
                  "sources": [{"document": doc_id, "spans": [[k * 50, k * 50 + 40]]}]}
            events.append({"id": ev["id"], "document": doc_id, "ord": k, "type": kind, "status": ev["status"],
                           "background": ev["background"], "date_start": ev["date"]["start"],
                           "date_end": ev["date"]["end"], "country": code, "record": json.dumps(ev)})
    return docs, events


def build(db: Path, n: int) -> None:
    from newsevents.store import Store, merging, schema

    if db.exists():
        return
    db.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    docs, events = synthetic_events(n)
    partial = db.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    with Store.open(str(partial)) as store, store.engine.begin() as conn:  # bulk load, one transaction
        conn.execute(schema.documents.insert(), docs)
        conn.execute(schema.events.insert(), events)
        merging.rebuild(conn)  # the incidents table, as ingest would have merged them
        conn.execute(schema.meta.delete().where(schema.meta.c.key == "generation"))
        conn.execute(schema.meta.insert().values(key="generation", value=f"bench{n}"))
    partial.rename(db)  # only a complete database is reused by the next run
    print(f"built {db} ({n:,} events, {len(docs):,} documents) in {time.perf_counter() - started:.1f} s")


def queries(rng: random.Random) -> dict[str, list[str]]:
    """Kinds of request, each a list of URLs drawn at random (a user clicking around)."""
    def day() -> str:
        return date.fromordinal(rng.randint(FIRST_DAY, LAST_DAY)).isoformat()

    def window() -> str:
        a = rng.randint(FIRST_DAY, LAST_DAY - 60)
        return (f"since={date.fromordinal(a).isoformat()}&until="
                f"{date.fromordinal(a + rng.choice([7, 30, 365])).isoformat()}")

    def box() -> str:
        lat, lon, spread = COUNTRIES[rng.choice(list(COUNTRIES))]
        return f"bbox={lon - spread},{lat - spread},{lon + spread},{lat + spread}"

    return {
        "events (no filter)": ["/api/events"],
        "events type+country": [f"/api/events?type={rng.choice(TYPES)}&country={rng.choice(list(COUNTRIES))}"
                                for _ in range(50)],
        "events dates+bbox": [f"/api/events?{window()}&{box()}" for _ in range(50)],
        "events type+dates+sort": [f"/api/events?type={rng.choice(TYPES)}&since={day()}&sort=-date"
                                   for _ in range(50)],
        "events text": [f"/api/events?text={rng.choice(['iskander', 'shahed', 'place 12', 'grad'])}"
                        for _ in range(20)],
        "events page 100": ["/api/events?offset=5000&limit=50&sort=-sources"],
        "timeline (type)": [f"/api/timeline?type={rng.choice(TYPES)}" for _ in range(20)],
        "timeline (all)": ["/api/timeline"],
        "clusters zoom 3": [f"/api/clusters?zoom=3&type={rng.choice(TYPES)}" for _ in range(20)],
        "clusters zoom 3 (all)": ["/api/clusters?zoom=3"],
        "clusters zoom 7 bbox": [f"/api/clusters?zoom=7&{box()}" for _ in range(20)],
        "one incident": [f"/api/events/ev_{rng.randrange(100_000):016x}" for _ in range(50)],
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def measure_api(url: str, n_requests: int, seed: int = 7) -> dict[str, dict[str, float]]:
    import socket

    import httpx

    rng = random.Random(seed)
    results: dict[str, dict[str, float]] = {}
    # as browsers and curl do: without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms
    transport = httpx.HTTPTransport(socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    with httpx.Client(base_url=url, timeout=30, transport=transport) as client:
        for kind, urls in queries(rng).items():
            client.get(urls[0])  # the first text search folds every record once: not a steady cost
            times = []
            for i in range(n_requests):
                started = time.perf_counter()
                response = client.get(urls[i % len(urls)])
                times.append((time.perf_counter() - started) * 1000)
                if response.status_code not in (200, 404):
                    raise SystemExit(f"{urls[i % len(urls)]}: {response.status_code} {response.text[:200]}")
            results[kind] = {"p50": statistics.median(times), "p95": percentile(times, 0.95),
                             "max": max(times)}
    return results


@contextmanager
def server(db: Path) -> Iterator[tuple[str, float]]:
    """``newsevents serve`` in its own process on a free loopback port, as a user runs it; yields
    its URL and how long it took to answer its first request."""
    import socket
    import subprocess
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.perf_counter()
    proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "newsevents"), "--db", str(db), "serve",
                             "--port", str(port)], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while True:
            try:
                urllib.request.urlopen(url + "/api/stats", timeout=5).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.2)
        yield url, time.perf_counter() - started
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def measure_page(url: str, loads: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    from newsevents.web import headless

    times = []
    with sync_playwright() as p:
        browser = headless.launch(p)
        for _ in range(loads):
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.goto(url + "/")
            page.wait_for_selector("body[data-ready=true][data-countries]", timeout=60_000)
            # ms from navigation start to the later of: incidents drawn (clusters, timeline,
            # list) and the basemap drawn (Natural Earth outlines)
            drawn = page.evaluate("Math.max(+document.body.dataset.readyMs, "
                                  "+document.body.dataset.countriesMs)")
            times.append(drawn)
            page.close()
        browser.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=100, help="requests per kind of query")
    parser.add_argument("--loads", type=int, default=5, help="page loads in the browser")
    parser.add_argument("--db", type=Path, help="default: bench/out/web<N>.db (kept between runs)")
    args = parser.parse_args()
    db = args.db or OUT / f"web{args.events // 1000}k.db"
    build(db, args.events)

    from newsevents.store import Store
    from newsevents.web import headless

    with Store.open(str(db)) as store:
        started = time.perf_counter()
        incidents = len(store.view().events)
        print(f"merged view: {args.events:,} stored events -> {incidents:,} incidents in "
              f"{time.perf_counter() - started:.1f} s")
    with server(db) as (url, start_s):
        print(f"server start to first answer (merged view + query index): {start_s:.1f} s")
        print(f"\n{'request':<26}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}   ({args.requests} each)")
        for kind, r in measure_api(url, args.requests).items():
            print(f"{kind:<26}{r['p50']:>9.1f}{r['p95']:>9.1f}{r['max']:>9.1f}")
        why = headless.unavailable()
        if why:
            print(f"\npage load: skipped ({why})")
            return
        loads = measure_page(url, args.loads)
        print(f"\npage load to first complete draw ({args.loads} loads, 1440x900): median "
              f"{statistics.median(loads) / 1000:.2f} s, max {max(loads) / 1000:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
