"""Issue 12, round 9: the grid cells of the candidate index (resolve.blocks). A report is filed under
the one cell it lies in and looks up every cell its box of the city tolerance overlaps. Two
precise reports within that tolerance must always meet, in both directions (the store finds a
pair whichever report came first), at any latitude and across the antimeridian: before, each was
filed under the cells of its box's four corners, and north of about 26 degrees a box is wider
than a cell, so two points 15 km apart east-west could share no cell and were never compared.
"""

from __future__ import annotations

import math
import random

from newsevents.resolve import key_of_event, merge_events
from newsevents.resolve.blocks import cells, dated_keys, home_cell, index_keys, lookup_keys
from newsevents.resolve.cluster import sweep_blocks
from newsevents.resolve.keys import km

R = 6371.0088


def report(eid: str, doc: str, lat: float, lon: float, name: str = "Town", day: str = "2025-04-02") -> dict:
    return {"kind": "event", "id": eid, "type": "drone_strike", "status": "reported",
            "date": {"start": day, "end": day, "precision": "day"},
            "location": {"name": name, "country": "XX", "lat": lat, "lon": lon, "precision": "city"},
            "actors": [], "targets": [], "weapons": [], "sources": [{"document": doc, "spans": [[0, 5]]}]}


def destination(lat: float, lon: float, bearing: float, dist_km: float) -> tuple[float, float]:
    """The point ``dist_km`` from (lat, lon) along ``bearing`` (degrees), on the sphere."""
    d, b = dist_km / R, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


def test_two_points_within_the_tolerance_always_meet_both_ways() -> None:
    rng = random.Random(9)
    for n in range(3000):
        lat = rng.uniform(-75, 75)
        lon = rng.choice([rng.uniform(-180, 180), rng.uniform(179.5, 180), rng.uniform(-180, -179.5)])
        lat2, lon2 = destination(lat, lon, rng.uniform(0, 360), rng.uniform(0, 24.99))
        a = key_of_event(report(f"a{n}", "d1", lat, lon))
        b = key_of_event(report(f"b{n}", "d2", lat2, lon2))
        assert a is not None and b is not None
        assert km(a, b) <= 25.0
        assert lookup_keys(a) & index_keys(b), (lat, lon, lat2, lon2)
        assert lookup_keys(b) & index_keys(a), (lat, lon, lat2, lon2)
        assert sweep_blocks(a) & sweep_blocks(b)
        assert dated_keys(a, lookup=True) & dated_keys(b)


def test_a_report_is_filed_under_one_cell_per_group_and_its_box_holds_it() -> None:
    k = key_of_event(report("a", "d1", 50.45, 30.52))  # Kyiv: 50.23-50.67 N, 30.17-30.87 E
    assert k is not None
    assert home_cell(k) == (100, 61)
    assert [x for x in index_keys(k) if x.startswith("c|")] == ["c|strike|100|61"]
    assert cells(k) == [(100, 60), (100, 61), (101, 60), (101, 61)]
    east = key_of_event(report("b", "d1", 55.8, 37.85))  # 37.45-38.25 E: three cells of 0.5 wide
    assert east is not None and sorted({x for _, x in cells(east)}) == [74, 75, 76]
    west = key_of_event(report("c", "d1", 10.0, -179.9))  # across the antimeridian: cells wrap
    far_east = key_of_event(report("d", "d2", 10.0, 179.95))
    assert west is not None and far_east is not None
    assert {x for _, x in cells(west)} == {359, 360} and home_cell(far_east) == (20, 359)


def test_one_town_geocoded_15_km_apart_east_west_merges() -> None:
    """A town geocoded at its centre by one outlet and at a district 15 km east by another, at
    55.8 N: under the corner cells the two shared none and were never compared."""
    a = report("a", "d1", 55.8, 37.85, name="Balashikha")
    b = report("b", "d2", 55.8, 38.11, name="Balashikha")
    ka, kb = key_of_event(a), key_of_event(b)
    assert ka is not None and kb is not None and km(ka, kb) < 17
    _, id_map = merge_events([a, b])
    assert id_map["a"] == id_map["b"]
    # two towns that far apart stay two incidents (the neighbour rule, not the index)
    c = report("c", "d3", 55.8, 38.11, name="Elektrougli")
    _, id_map = merge_events([a, c])
    assert id_map["a"] != id_map["c"]
