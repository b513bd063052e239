"""Merging at ingest at scale: 100,000 synthetic reports merged into a store of 1,000,000.

    .venv/bin/python bench/merge_scale.py                        # 1,000,000 stored, then 100,000 merged
    .venv/bin/python bench/merge_scale.py --stored 100000 --new 20000   # a quicker run
    .venv/bin/python bench/merge_scale.py --db /tmp/big.db --keep       # keep (and reuse) the store;
                                                                        # the merge runs on a copy
    .venv/bin/python bench/merge_scale.py --days 365 --stored 200000 --new 10000  # 1,000,000's density

The reports go through the store's own merge path (newsevents/store/merging.py ``refresh``: index
rows, one candidate lookup per chunk of keys, packed-key comparisons, the matched components
loaded whole, clustering, incident rows), in batches of ``--batch`` reports per transaction, as an
ingest of many small documents would. Only the NLP is skipped: the reports are made up.

Synthetic world: 2,000 towns in 40 countries, five years; each incident is told by 1-4 documents
(a report dated to the day 90% of the time, else a two-day range or a month; placed at its town
75%, at its province 15%, at its country 5%, unplaced 5%; a named target 30%, a named weapon
system 40%, each country's from its own 3 of 120 catalogue systems, as weapons are specific to a
conflict).
The new reports are 70% further reports of stored incidents and 30% new incidents. Prints the
reports per second of the second phase (CPU time of the whole, and of merging.refresh alone: the
document and report rows this bench writes and the commit, which writes the pages both changed,
are the rest) and the peak memory (bounded: one batch at a time).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml

from newsevents.store import Store, merging, schema
from newsevents.store.merging import chunks

Record = dict[str, Any]
TOWNS = 2_000
COUNTRIES = [f"C{i:02d}"[:2] if i < 26 else f"X{chr(65 + i - 26)}" for i in range(40)]
DAYS = 5 * 365
START = date(2021, 1, 1)
STRIKES = ["missile_strike", "air_strike", "drone_strike", "shelling", "explosion"]
# weapon systems are conflict-specific: 120 systems of the catalogue, 3 for each country
_CATALOGUE = yaml.safe_load((Path(__file__).resolve().parent.parent / "newsevents" / "data" / "weapons.yaml")
                            .read_text(encoding="utf-8"))["systems"]
SYSTEMS = [(w["name"], w["category"]) for w in _CATALOGUE[:120]]


def country_code(i: int) -> str:
    return f"{chr(65 + i // 26)}{chr(65 + i % 26)}"


def town(t: int) -> tuple[float, float, str, str]:
    r = random.Random(t * 7919)
    c = t % 40
    lat = 30 + (c // 8) * 4 + r.uniform(0, 4)
    lon = (c % 8) * 5 + r.uniform(0, 5)
    return lat, lon, country_code(c), f"P{c}-{t % 7}"


def incident(i: int) -> Record:
    r = random.Random(i)
    t = r.randrange(TOWNS)
    lat, lon, cc, province = town(t)
    return {"i": i, "town": t, "lat": lat, "lon": lon, "cc": cc, "province": province,
            "day": START + timedelta(days=r.randrange(DAYS)), "type": r.choice(STRIKES),
            "target": f"Site {i}" if r.random() < 0.3 else None,
            "weapon": SYSTEMS[3 * (t % 40) + r.randrange(3)] if r.random() < 0.4 else None,
            "dead": r.choice([None, None, 0, 1, 2, 5, 12]), "reports": r.randint(1, 4)}


def report(inc: Record, n: int, doc: str) -> Record:
    """The n-th document's report of an incident (an export-shaped event record)."""
    r = random.Random(inc["i"] * 31 + n)
    day = inc["day"]
    u = r.random()
    if u < 0.9:
        when = {"start": day.isoformat(), "end": day.isoformat(), "precision": "day"}
    elif u < 0.95:
        when = {"start": day.isoformat(), "end": (day + timedelta(days=1)).isoformat(), "precision": "range"}
    else:
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        when = {"start": first.isoformat(), "end": last.isoformat(), "precision": "month"}
    v = r.random()
    if v < 0.75:
        loc: Record | None = {"name": f"Town {inc['town']}", "country": inc["cc"], "admin1": inc["province"],
                              "lat": inc["lat"] + r.uniform(-0.03, 0.03),
                              "lon": inc["lon"] + r.uniform(-0.03, 0.03), "precision": "city"}
    elif v < 0.9:
        loc = {"name": inc["province"], "country": inc["cc"], "admin1": inc["province"],
               "lat": inc["lat"] + 0.3, "lon": inc["lon"] - 0.3, "precision": "admin1"}
    elif v < 0.95:
        loc = {"name": inc["cc"], "country": inc["cc"], "lat": inc["lat"] + 1, "lon": inc["lon"] + 1,
               "precision": "country"}
    else:
        loc = None
    weapons = [{"name": inc["weapon"][0], "category": inc["weapon"][1]}] if inc["weapon"] else []
    targets = [{"name": inc["target"], "kind": "facility"}] if inc["target"] and r.random() < 0.8 else []
    eid = f"ev_{inc['i']:09d}_{n}"
    return {"kind": "event", "id": eid, "type": inc["type"], "status": "reported", "background": False,
            "summary": "", "date": when, "location": loc, "actors": [], "targets": targets,
            "weapons": weapons,
            "fatalities": inc["dead"] if r.random() < 0.7 else None, "injured": None, "damage": [],
            "acled": None, "plover": None, "sources": [{"document": doc, "spans": [[0, 10]]}]}


def stream(first_incident: int, count: int) -> Iterator[Record]:
    """``count`` reports: every report of the incidents from ``first_incident`` on, in order."""
    made, i = 0, first_incident
    while made < count:
        inc = incident(i)
        for n in range(inc["reports"]):
            if made == count:
                return
            yield report(inc, n, f"doc-{i}-{n}")
            made += 1
        i += 1


def reports(first_incident: int, count: int) -> list[Record]:
    return list(stream(first_incident, count))


def new_reports(stored: int, count: int) -> list[Record]:
    """The reports merged into a store of ``stored``: 70% more reports of stored incidents (one
    more document each), 30% new incidents, shuffled (the same list for the same arguments)."""
    rng = random.Random(2025)
    last = int(stored / 2.5)
    new: list[Record] = []
    while len(new) < int(count * 0.7):
        inc = incident(rng.randrange(last))
        new.append(report(inc, 10 + len(new) % 5, f"late-{len(new)}"))
        new[-1]["id"] = f"ev_late_{len(new):08d}"
    new += [dict(e, id=f"ev_new_{k:08d}") for k, e in enumerate(reports(last * 3, count - len(new)))]
    rng.shuffle(new)
    return new


# CPU seconds spent in merging.refresh (the merge itself: no document or report rows, no commit)
REFRESH_CPU = [0.0]


def write_batch(store: Store, batch: list[Record]) -> None:
    """Documents and events rows for a batch of reports, then the merge, in one transaction."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    docs = sorted({e["sources"][0]["document"] for e in batch})
    doc_rows = [{"id": d, "sha256": hashlib.sha256(d.encode()).hexdigest(), "path": None, "url": None,
                 "title": None,
                 "language": "en", "published": None, "ingested_at": now, "text": "synthetic",
                 "record": json.dumps({"kind": "document", "id": d})} for d in docs]
    event_rows = [{"id": e["id"], "document": e["sources"][0]["document"], "ord": 0, "type": e["type"],
                   "status": "reported", "background": False, "date_start": e["date"]["start"],
                   "date_end": e["date"]["end"], "country": (e["location"] or {}).get("country"),
                   "record": json.dumps(e, separators=(",", ":")), "incident": e["id"], "component": e["id"]}
                  for e in batch]
    d = schema.documents
    with store._writer.begin() as conn:  # the store's own write path, minus the NLP
        have = {r[0] for r in conn.execute(sa.select(d.c.id).where(d.c.id.in_(docs)))}
        conn.execute(schema.documents.insert(), [r for r in doc_rows if r["id"] not in have])
        conn.execute(schema.events.insert(), event_rows)
        cpu = time.process_time()
        merging.refresh(conn, batch)
        REFRESH_CPU[0] += time.process_time() - cpu


def load(store: Store, items: Iterable[Record], batch_size: int, label: str) -> tuple[float, float]:
    """Wall and CPU seconds (this process: the machine may be shared) to merge ``items``, one
    batch in memory at a time."""
    started, cpu = time.perf_counter(), time.process_time()
    done = 0
    for batch in chunks(items, batch_size):
        write_batch(store, batch)
        done += len(batch)
        if done % (batch_size * 20) == 0:
            rate = done / (time.perf_counter() - started)
            print(f"  {label}: {done:,} reports, {rate:,.0f}/s", file=sys.stderr, flush=True)
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> int:
    global DAYS  # incident() reads it
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stored", type=int, default=1_000_000)
    parser.add_argument("--new", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--days", type=int, default=DAYS,
                        help="days the incidents spread over (default five years); fewer days give a small "
                             "store the density of a big one: --days 365 --stored 200000 is as dense as "
                             "1,000,000 reports over five years")
    parser.add_argument("--db", type=Path, help="SQLite file (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the database; reuse it if it is filled")
    args = parser.parse_args()
    DAYS = args.days
    folder = tempfile.mkdtemp()
    db = args.db or Path(folder) / "scale.db"
    with Store.open(str(db)) as store:
        with store.engine.connect() as conn:
            stored = conn.execute(sa.select(sa.func.count()).select_from(schema.events)).scalar() or 0
        if stored < args.stored:
            # incidents 0.. hold the stored reports; each stored incident has all its reports
            items = stream(0, args.stored) if stored == 0 else iter(())
            seconds, cpu = load(store, items, args.batch, "store")
            print(f"stored {args.stored:,} reports in {seconds:,.0f} s ({args.stored / seconds:,.0f}/s wall, "
                  f"{args.stored / cpu:,.0f}/s of CPU time)")
    if args.keep:  # the kept store stays as stored: the merge runs on a copy, so it can be rerun
        work = db.with_name(db.stem + ".merge" + db.suffix)
        shutil.copyfile(db, work)
        db = work
    with Store.open(str(db)) as store:
        with store.engine.connect() as conn:
            n_incidents = conn.execute(sa.select(sa.func.count()).select_from(schema.incidents)).scalar() or 0
        new = new_reports(args.stored, args.new)
        REFRESH_CPU[0] = 0.0
        seconds, cpu = load(store, new, args.batch, "merge")
        with store.engine.connect() as conn:
            after = conn.execute(sa.select(sa.func.count()).select_from(schema.incidents)).scalar() or 0
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"merged {len(new):,} reports into a store of {args.stored:,} in {seconds:,.1f} s: "
              f"{len(new) / seconds:,.0f} reports/s wall, {len(new) / cpu:,.0f}/s of CPU time "
              f"(merging.refresh alone {len(new) / max(REFRESH_CPU[0], 1e-9):,.0f}/s: without the "
              f"document and report rows and the commit); "
              f"incidents {n_incidents:,} -> {after:,}; "
              f"peak memory {peak_mb:,.0f} MB; batch {args.batch:,}; "
              f"database {db.stat().st_size / 1e9:.2f} GB")
    if not args.keep and args.db is None:
        for p in Path(folder).glob("*"):
            p.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
