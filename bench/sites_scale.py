"""Protected sites at scale (issue 16): 10,000 sites matched against 1,000,000 incidents.

    .venv/bin/python bench/sites_scale.py                  # in memory, then a store of 200,000
    .venv/bin/python bench/sites_scale.py --stored 1000000 # the store part at 1,000,000 incidents
    .venv/bin/python bench/sites_scale.py --points 100000 --stored 0   # a quick run, no store

Three measures:

1. **The spatial index** (newsevents/sites/geometry.py ``SiteIndex.pairs``): 10,000 sites against
   1,000,000 incident points with their precision's uncertainty. Checked against the quadratic
   loop (every site x every point, vectorised with numpy) on a sample of sites, whose time is
   extrapolated to all of them: what the index saves.
2. **Whole matching** (``SiteSet.match``: location and names) of incident records, per second.
3. **The store**: ``--stored`` synthetic incidents written straight into the incidents table (no
   NLP), then the 10,000 sites added in one ``Store.add_sites`` (their alerts computed over every
   stored incident: one pass over coordinates and search words, then the candidates' records),
   and the cost a site list adds to saving a document (``Store.save`` of a one-event article with
   no site, then with the 10,000).

Synthetic world: 3,000 towns in 30 countries (a town at a random point, sites and incidents
around towns as in a war zone); sites have radii of 300 m to 100 km (most 1 km) and are named
"Embassy of <country> in <town>" (20%), "<Town> hospital No. <n>" or "<Town> power plant <n>";
incidents are at a town (70%: city precision), at a named site (10%: "site", a third of them
naming a registered site as target, with a stated distance half the time), at a province (15%),
at a country (5%).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import platform
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from newsevents.sites.geometry import SiteIndex, haversine_many, uncertainty_m
from newsevents.sites.matching import SiteSet
from newsevents.sites.model import Site

Record = dict[str, Any]
TOWNS = 3_000
COUNTRIES = 30
RADII = [(300.0, 0.15), (1_000.0, 0.45), (5_000.0, 0.2), (20_000.0, 0.12), (100_000.0, 0.08)]
PRECISIONS = [("city", 0.70), ("site", 0.10), ("admin1", 0.15), ("country", 0.05)]
SAMPLE_SITES = 200  # sites compared with every point by the quadratic loop (then extrapolated)
START = date(2022, 1, 1)


def towns(seed: int) -> list[tuple[float, float, str, int]]:
    """(lat, lon, name, country index) of each town: countries are 6x8 degree boxes over the
    northern mid-latitudes and a few across the antimeridian (Pacific islands)."""
    r = random.Random(seed)
    out = []
    for t in range(TOWNS):
        c = t % COUNTRIES
        if c < COUNTRIES - 3:
            lat0, lon0 = 30 + (c % 5) * 6, -10 + (c // 5) * 8
        else:
            lat0, lon0 = -20 + (c % 3) * 5, 176
        lon = lon0 + r.uniform(0, 8)
        out.append((lat0 + r.uniform(0, 6), lon - 360 if lon > 180 else lon, f"Town{t}", c))
    return out


def _pick(r: random.Random, table: list[tuple[Any, float]]) -> Any:
    x, acc = r.random(), 0.0
    for value, p in table:
        acc += p
        if x < acc:
            return value
    return table[-1][0]


def _jitter(r: random.Random, lat: float, lon: float, km: float) -> tuple[float, float]:
    dlat = r.gauss(0, km / 111.0)
    dlon = r.gauss(0, km / (111.0 * max(0.2, np.cos(np.radians(lat)))))
    lon = lon + dlon
    lon = (lon + 180) % 360 - 180
    return max(-90.0, min(90.0, lat + dlat)), lon


def make_sites(n: int, world: list[tuple[float, float, str, int]], seed: int) -> list[Site]:
    r = random.Random(seed)
    out = []
    for i in range(n):
        lat, lon, town, c = world[r.randrange(len(world))]
        lat, lon = _jitter(r, lat, lon, 3.0)
        x = r.random()
        if x < 0.2:
            name, kind = f"Embassy of Country{(c + 1 + i) % COUNTRIES} in {town}", "embassy"
        elif x < 0.6:
            name, kind = f"{town} hospital No. {i}", "hospital"
        else:
            name, kind = f"{town} power plant {i}", "plant"
        out.append(Site(name, lat, lon, _pick(r, RADII), kind, None, i + 1))
    return out


def make_incidents(n: int, world: list[tuple[float, float, str, int]], sites: list[Site],
                   seed: int) -> Iterator[Record]:
    r = random.Random(seed)
    for i in range(n):
        lat, lon, town, c = world[r.randrange(len(world))]
        precision = _pick(r, PRECISIONS)
        targets: list[Record] = []
        near = None
        if precision == "site" and r.random() < 1 / 3:
            s = sites[r.randrange(len(sites))]
            lat, lon = _jitter(r, s.lat, s.lon, 2.0)
            targets.append({"name": s.name, "kind": "facility", "country": None, "text": s.name})
            if r.random() < 0.5:
                near = {"what": s.kind, "distance_m": float(r.choice([35, 50, 100, 300])),
                        "text": "N metres from"}
        elif precision == "admin1":
            lat, lon = _jitter(r, lat, lon, 60.0)
        elif precision == "country":
            lat, lon = _jitter(r, lat, lon, 200.0)
        day = (START + timedelta(days=r.randrange(3 * 365))).isoformat()
        yield {"id": f"ev_{i:016x}", "type": "missile_strike", "status": "reported",
                    "date": {"start": day, "end": day, "precision": "day"},
                    "location": {"name": town, "country": f"C{c}", "lat": round(lat, 5), "lon": round(lon, 5),
                                 "precision": precision, "text": town, "near": near},
                    "targets": targets, "actors": [], "weapons": [], "summary": f"strike near {town}",
                    "sources": [{"document": f"doc{i}", "spans": [[0, 5]]}]}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Reset the kernel's peak resident size of this process (Linux: /proc/self/clear_refs 5)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_since_reset_mb() -> float:
    """VmHWM: the peak resident size since reset_peak (Linux), else the lifetime peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_mb()


def index_bench(sites: list[Site], lat: np.ndarray, lon: np.ndarray, unc: np.ndarray) -> dict[str, Any]:
    t0 = time.perf_counter()
    index = SiteIndex([s.lat for s in sites], [s.lon for s in sites], [s.radius_m for s in sites])
    t1 = time.perf_counter()
    pairs = index.pairs(lat, lon, unc)
    t2 = time.perf_counter()
    # the quadratic loop on a sample of sites, vectorised over the points (numpy, no Python loop)
    sample = list(range(0, len(sites), max(1, len(sites) // SAMPLE_SITES)))[:SAMPLE_SITES]
    t3 = time.perf_counter()
    brute: set[tuple[int, int]] = set()
    for s in sample:
        d = haversine_many(np.full(len(lat), sites[s].lat), np.full(len(lat), sites[s].lon), lat, lon)
        hit = np.flatnonzero((d <= sites[s].radius_m) & (unc <= sites[s].radius_m))
        brute |= {(s, int(p)) for p in hit}
    t4 = time.perf_counter()
    wanted = set(sample)
    indexed = {(int(s), int(p)) for s, p in zip(pairs.site, pairs.point, strict=True) if int(s) in wanted}
    assert indexed == brute, f"index and quadratic loop disagree: {len(indexed ^ brute)} pairs"
    return {"sites": len(sites), "points": len(lat), "build_s": t1 - t0, "pairs_s": t2 - t1,
            "pairs": len(pairs), "brute_sample_sites": len(sample), "brute_sample_s": t4 - t3,
            "brute_all_s": (t4 - t3) * len(sites) / len(sample), "agree": True}


def match_bench(sites: list[Site], records: list[Record]) -> dict[str, Any]:
    t0 = time.perf_counter()
    siteset = SiteSet(sites)
    t1 = time.perf_counter()
    alerts = siteset.match(records)
    t2 = time.perf_counter()
    bases: dict[str, int] = {}
    for a in alerts:
        bases[a.basis] = bases.get(a.basis, 0) + 1
    return {"records": len(records), "siteset_s": t1 - t0, "match_s": t2 - t1,
            "per_s": len(records) / (t2 - t1), "alerts": len(alerts), "bases": bases}


def store_bench(sites: list[Site], records: list[Record], db: Path) -> dict[str, Any]:
    import sqlalchemy as sa

    from newsevents.store import Store, schema, views
    from newsevents.store.merging import chunks

    stored = len(records)
    with Store.open(str(db)) as store:
        t0 = time.perf_counter()
        with store.engine.begin() as conn:
            for batch in chunks(records, 20_000):
                conn.execute(schema.incidents.insert(), [{
                    "id": r["id"], "component": r["id"], "type": r["type"], "status": "reported",
                    "background": False, "date_start": r["date"]["start"], "date_end": r["date"]["end"],
                    "country": r["location"]["country"], "lat": r["location"]["lat"],
                    "lon": r["location"]["lon"], "sources": 1, "search": views.searchable(r), "digest": "x",
                    "record": json.dumps(r, separators=(",", ":"))} for r in batch])
        t1 = time.perf_counter()
        records.clear()  # the synthetic records are stored: from here, memory is the store's
        gc.collect()
        reset_peak()
        fresh = [Site(s.name, s.lat, s.lon, s.radius_m, s.kind, s.owner) for s in sites]
        done = store.add_sites(fresh)
        t2 = time.perf_counter()
        add_peak = peak_since_reset_mb()
        with store.engine.connect() as conn:
            n_alerts = conn.execute(sa.text("SELECT count(*) FROM site_alerts")).scalar()
        save_with = _save_cost(store, "with")
        store.remove_site(fresh[0].name, every=True)
    with Store.open(str(db.with_suffix(".empty.db"))) as empty:
        save_without = _save_cost(empty, "without")
    return {"stored": stored, "write_s": t1 - t0, "add_sites_s": t2 - t1, "alerts": done["alerts"],
            "add_sites_peak_mb": add_peak,
            "alerts_rows": n_alerts, "save_ms_without_sites": save_without, "save_ms_with_sites": save_with}


def _save_cost(store: Any, tag: str, n: int = 30) -> float:
    """Median milliseconds of Store.save for a one-event article (distinct texts)."""
    from newsevents.model import Article, Event, Place, Published, When

    times = []
    for i in range(n):
        text = f"Une frappe a touché Town{i} ({tag} {i})."
        art = Article(text=text, id=f"save-{tag}-{i}", language="fr", published=Published(START))
        art.events.append(Event("missile_strike", (0, 6), date=When(START, START, "day"),
                                location=Place(f"Town{i}", "C1", 40.0 + i * 0.01, 5.0, "city"),
                                id=f"ev_save_{tag}_{i}", document=art.id))
        t0 = time.perf_counter()
        store.save(art)
        times.append((time.perf_counter() - t0) * 1000)
    return float(np.median(times))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", type=int, default=10_000)
    parser.add_argument("--points", type=int, default=1_000_000, help="incidents matched in memory")
    parser.add_argument("--records", type=int, default=100_000, help="records through SiteSet.match")
    parser.add_argument("--stored", type=int, default=200_000, help="incidents in the store (0: skip)")
    parser.add_argument("--db", type=Path, default=None, help="SQLite file for the store part")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    world = towns(args.seed)
    sites = make_sites(args.sites, world, args.seed + 1)
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else "?"
    print(f"machine: {platform.machine()}, Python {platform.python_version()}, load average {load}",
          flush=True)
    t0 = time.perf_counter()
    n = max(args.points, args.records, args.stored)
    lat, lon, unc = np.zeros(n), np.zeros(n), np.zeros(n)
    records: list[Record] = []
    for i, r in enumerate(make_incidents(n, world, sites, args.seed + 2)):
        loc = r["location"]
        lat[i], lon[i], unc[i] = loc["lat"], loc["lon"], uncertainty_m(loc["precision"])
        if i < max(args.records, args.stored):
            records.append(r)
    print(f"generated {n:,} incidents in {time.perf_counter() - t0:.1f} s", flush=True)

    p = args.points
    ib = index_bench(sites, lat[:p], lon[:p], unc[:p])
    print(f"\n1. spatial index: {ib['sites']:,} sites x {ib['points']:,} points: "
          f"build {ib['build_s']:.2f} s, pairs {ib['pairs_s']:.2f} s ({ib['pairs']:,} pairs); "
          f"quadratic loop on {ib['brute_sample_sites']} sites {ib['brute_sample_s']:.1f} s "
          f"-> all sites ~{ib['brute_all_s']:.0f} s (same pairs: {ib['agree']})", flush=True)
    mb = match_bench(sites, records[:args.records])
    print(f"2. SiteSet.match: {mb['records']:,} records in {mb['match_s']:.2f} s ({mb['per_s']:,.0f}/s; "
          f"SiteSet built in {mb['siteset_s']:.2f} s); {mb['alerts']:,} alerts {mb['bases']}", flush=True)
    if args.stored:
        db = args.db or Path(tempfile.mkdtemp(prefix="sites-scale-")) / "sites.db"
        sb = store_bench(sites, records[:args.stored], db)
        print(f"3. store (SQLite, {sb['stored']:,} incidents written in {sb['write_s']:.1f} s): "
              f"add_sites({len(sites):,}) {sb['add_sites_s']:.1f} s -> {sb['alerts']:,} alerts "
              f"(peak {sb['add_sites_peak_mb']:.0f} MB); "
              f"Store.save median {sb['save_ms_without_sites']:.1f} ms without sites, "
              f"{sb['save_ms_with_sites']:.1f} ms with {len(sites):,}", flush=True)
    print(f"peak memory {peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
