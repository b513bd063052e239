"""Issue 12, round 11: the store's pre-tests on packed keys (match.apart, match.contains_only)
never drop a pair that decides anything.

The store parses a candidate's packed key and builds it into a ``Key`` only when one of the new
reports looking it up may match it (store.merging.unpack_meeting). Each pre-test here is checked
against ``compare`` and ``cluster.kept`` on every ordered pair of a table of reports written for
it (sites, towns, provinces and countries at various distances, with and without targets,
weapons, place-free types), then through the store: a merge with the pre-tests gives the batch
register in every order.
"""

from __future__ import annotations

import itertools
import json
import math
from typing import Any

import pytest
import sqlalchemy as sa

from newsevents.resolve import compare, key_of_event, merge_events
from newsevents.resolve.cluster import kept, loose
from newsevents.resolve.keys import Key
from newsevents.resolve.match import apart, contains_only, packed_place
from newsevents.store import Store, merging, schema

Record = dict[str, Any]


def place(name: str, lat: float, lon: float, precision: str = "city", country: str = "NE",
          admin1: str | None = "Tillaberi") -> Record:
    return {"name": name, "country": country, "admin1": admin1, "lat": lat, "lon": lon,
            "precision": precision}


def report(eid: str, doc: str, loc: Record | None, kind: str = "armed_clash", day: str = "2025-05-14",
           end: str | None = None, targets: list[Record] | None = None, weapons: list[Record] | None = None,
           actors: list[Record] | None = None) -> Record:
    return {"id": eid, "type": kind, "status": "reported",
            "date": {"start": day, "end": end or day, "precision": "day" if end is None else "range"},
            "location": loc, "actors": actors or [], "targets": targets or [], "weapons": weapons or [],
            "sources": [{"document": doc, "spans": [[0, 5]]}]}


# A convoy ambush in western Niger told by several outlets, with towns at growing distances
# (0.1 degree of latitude is about 11 km), the province, the country, a site with a named
# target, a summons of envoys (place-free) in two capitals.
BASE_LAT, BASE_LON = 14.21, 1.45
REPORTS = [
    report("a1", "d1", place("Tillaberi", BASE_LAT, BASE_LON)),
    report("a2", "d2", place("Tillaberi", BASE_LAT + 0.02, BASE_LON - 0.01)),
    report("a3", "d3", place("Ouallam", BASE_LAT + 0.2, BASE_LON)),          # ~22 km
    report("a4", "d4", place("Banibangou", BASE_LAT + 0.24, BASE_LON)),      # ~27 km
    report("a5", "d5", place("Ayorou", BASE_LAT + 0.9, BASE_LON + 0.3)),     # ~105 km
    report("a6", "d6", place("Tera depot", BASE_LAT + 0.7, BASE_LON, "site"),
           targets=[{"name": "Tera fuel depot", "kind": "facility", "country": "NE"}]),
    report("a7", "d7", place("Tera", BASE_LAT, BASE_LON + 0.05),
           targets=[{"name": "Tera fuel depot", "kind": "facility", "country": "NE"}]),
    report("a8", "d8", place("Tillaberi", BASE_LAT + 0.3, BASE_LON - 0.3, "admin1")),
    report("a9", "d9", place("Niger", 17.6, 8.1, "country", admin1=None)),
    report("a10", "d10", place("Niamey", 13.51, 2.11), kind="diplomatic_protest",
           actors=[{"name": "Niger", "kind": "state", "country": "NE"},
                   {"name": "Mali", "kind": "state", "country": "ML"}]),
    report("a11", "d11", place("Bamako", 12.64, -8.0, country="ML", admin1="Bamako"),
           kind="diplomatic_protest",
           actors=[{"name": "Niger", "kind": "state", "country": "NE"},
                   {"name": "Mali", "kind": "state", "country": "ML"}]),
    report("a12", "d12", place("Ayorou", BASE_LAT + 0.9, BASE_LON + 0.3),
           weapons=[{"name": "Bayraktar TB2", "category": "drone"}], kind="drone_strike"),
    report("a13", "d13", place("Tillaberi", BASE_LAT + 0.3, BASE_LON - 0.3, "admin1"), kind="drone_strike",
           weapons=[{"name": "Bayraktar TB2", "category": "drone"}]),
    report("a14", "d14", place("Tillaberi", BASE_LAT, BASE_LON), day="2025-05-16"),
    report("a15", "d15", None),
]


def keys() -> list[Key]:
    out = [key_of_event(r) for r in REPORTS]
    assert all(k is not None for k in out)
    return out  # type: ignore[return-value]


def test_apart_says_yes_only_when_compare_says_no() -> None:
    """On every ordered pair: apart implies no match; and it does say yes on towns and sites
    beyond the city tolerance that name no target in common, on towns of different names
    beyond a suburb's distance, on areas of another country (else it would spare nothing)."""
    said_far = set()
    for a, b in itertools.permutations(keys(), 2):
        fields = json.loads(a.pack())
        if apart(packed_place(fields), fields, b):
            assert compare(a, b) is None, (a.id, b.id)
            said_far.add((a.id, b.id))
    assert ("a1", "a5") in said_far and ("a5", "a1") in said_far  # 105 km apart
    assert ("a1", "a4") in said_far  # ~27 km: just beyond 25
    assert ("a1", "a3") in said_far  # two towns of different names ~22 km apart (not a suburb)
    assert ("a9", "a11") in said_far and ("a11", "a9") in said_far  # Niger does not contain Bamako
    assert ("a1", "a2") not in said_far  # one town, 2 km
    assert ("a6", "a7") not in said_far  # both name the depot: a target merges at any distance
    assert ("a8", "a1") not in said_far and ("a9", "a5") not in said_far  # the province, the country
    assert not any("a15" in pair for pair in said_far)  # unplaced


def test_the_city_tolerance_edge_is_the_rules() -> None:
    """Two reports of one town around the tolerance, at every latitude: the pre-test says apart
    exactly when compare refuses them (it asks match.places itself)."""
    for lat in (0.0, 14.2, 36.8, 50.45, 64.0):
        for km_apart in (24.0, 24.9, 25.0, 25.1, 26.0):
            dlat = math.degrees(km_apart / 6371.0088)
            a = key_of_event(report("x", "d1", place("A", lat, 10.0)))
            b = key_of_event(report("y", "d2", place("A", lat + dlat, 10.0)))
            assert a is not None and b is not None
            fields = json.loads(a.pack())
            assert apart(packed_place(fields), fields, b) is (compare(a, b) is None), (lat, km_apart)
            if km_apart < 25.0:
                assert compare(a, b) is not None
            if km_apart > 25.0:
                assert compare(a, b) is None


def test_contains_only_pairs_link_nothing_while_the_flag_holds() -> None:
    """An ambiguous area report that contains_only says so of can only contain, and a report
    that is not loose never links to it (cluster.kept with the stored flags)."""
    flagged_ids = set()
    for a, b in itertools.permutations(keys(), 2):
        fields = json.loads(a.pack(ambiguous=True))
        if not contains_only(fields):
            continue
        flagged_ids.add(a.id)
        reason = compare(Key.from_fields(fields), b)
        assert reason is None or reason.rule == "contains", (a.id, b.id, reason)
        if reason is not None and not loose(b):
            assert not kept(Key.from_fields(fields), b, reason), (a.id, b.id)
    assert flagged_ids == {"a8", "a9"}  # a13 names a weapon, the towns are not areas
    a8 = json.loads(keys()[7].pack())  # unflagged: may link
    assert not contains_only(a8)


def save(store: Store, reports: Record | list[Record]) -> None:
    """A document and its reports (one or a list), then the merge (the store's write path minus
    the NLP, as bench/merge_scale.py writes them)."""
    rs = reports if isinstance(reports, list) else [reports]
    doc = rs[0]["sources"][0]["document"]
    with store._writer.begin() as conn:
        conn.execute(schema.documents.insert(), [{
            "id": doc, "sha256": doc, "path": None, "url": None, "title": None, "language": "fr",
            "published": None, "ingested_at": "2025-05-15T00:00:00", "text": "x",
            "record": json.dumps({"kind": "document", "id": doc})}])
        conn.execute(schema.events.insert(), [{
            "id": r["id"], "document": doc, "ord": n, "type": r["type"], "status": "reported",
            "background": False, "date_start": r["date"]["start"], "date_end": r["date"]["end"],
            "country": (r["location"] or {}).get("country"), "record": json.dumps(r),
            "incident": r["id"], "component": r["id"]} for n, r in enumerate(rs)])
        merging.refresh(conn, rs)


@pytest.mark.parametrize("seed", range(6))
def test_the_store_with_pre_tests_equals_the_batch(seed: int, tmp_path: Any) -> None:
    """Reports saved one at a time in a shuffled order give the batch merge's incidents; the
    country report (a9) contains two incidents, so it is ambiguous and its later pairs go through
    the pre-test."""
    import random

    order = list(REPORTS)
    random.Random(seed).shuffle(order)
    _, want = merge_events(REPORTS)
    merging._decoded.clear()
    with Store.open(str(tmp_path / "s.db")) as store:
        for r in order:
            save(store, r)
        with store.engine.connect() as conn:
            got = dict(conn.execute(sa.select(schema.events.c.id, schema.events.c.incident)).all())
    assert got == want
    assert got["a1"] == got["a2"] and got["a6"] == got["a7"] and got["a12"] == got["a13"]
