"""The web query index filters exactly as the store does, on records it builds at random, and
clusters, bboxes and orders the way the page relies on."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.store import schema, views
from newsevents.web import params
from newsevents.web.errors import ApiError
from newsevents.web.queries import CLUSTER_IDS_MAX, EventFilter, EventIndex

TYPES = ["missile_strike", "drone_strike", "diplomatic_protest"]
PLACES = [("Kyiv", "UA", 50.45, 30.52), ("Odesa", "UA", 46.48, 30.72), ("Bakou", "AZ", 40.41, 49.87),
          ("Gaza", "PS", 31.5, 34.47), (None, None, None, None), ("Fidji", "FJ", -17.7, 178.0)]
WORDS = ["ambassade", "Dépôt", "drone", "école", ""]
DAY0 = date(2024, 1, 1)


@st.composite
def event(draw: Any, i: int) -> dict[str, Any]:
    name, country, lat, lon = draw(st.sampled_from(PLACES))
    record: dict[str, Any] = {"kind": "event", "id": f"ev_{i:04d}", "type": draw(st.sampled_from(TYPES)),
                              "status": draw(st.sampled_from(["reported", "disputed"])),
                              "background": draw(st.booleans()), "summary": draw(st.sampled_from(WORDS)),
                              "sources": [{"document": "d", "spans": [[0, 1]]}] * draw(st.integers(1, 3))}
    if draw(st.booleans()):
        start = DAY0 + timedelta(days=draw(st.integers(0, 400)))
        end = start + timedelta(days=draw(st.integers(0, 40)))
        record["date"] = {"start": start.isoformat(), "end": end.isoformat(), "text": "hier"}
    if name:
        record["location"] = {"name": name, "country": country, "lat": lat, "lon": lon, "text": name}
    record["targets"] = [{"name": draw(st.sampled_from(WORDS)) or "civilians", "text": "les civils"}]
    return record


@st.composite
def events_list(draw: Any) -> list[dict[str, Any]]:
    n = draw(st.integers(0, 30))
    return views.sort_events([draw(event(i)) for i in range(n)])


@st.composite
def a_filter(draw: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if draw(st.booleans()):
        out["type"] = draw(st.sampled_from(TYPES))
    if draw(st.booleans()):
        out["country"] = draw(st.sampled_from(["UA", "AZ", "FJ"]))
    if draw(st.booleans()):
        out["since"] = DAY0 + timedelta(days=draw(st.integers(-10, 450)))
    if draw(st.booleans()):
        out["until"] = DAY0 + timedelta(days=draw(st.integers(-10, 450)))
    if draw(st.booleans()):
        out["text"] = draw(st.sampled_from(["AMBASSADE", "depot", "civils", "kyiv", "zzz"]))
    return out


@settings(max_examples=150, deadline=None)
@given(events_list(), a_filter())
def test_index_filters_as_the_store_does(events: list[dict[str, Any]], f: dict[str, Any]) -> None:
    index = EventIndex(events)
    mine = index.select(EventFilter(types=(f["type"],) if "type" in f else (), country=f.get("country"),
                                    since=f.get("since"), until=f.get("until"), text=f.get("text")))
    theirs = store_filter(events, f.get("type"), f.get("country"), f.get("since"), f.get("until"),
                          f.get("text"))
    assert [events[i]["id"] for i in mine] == [e["id"] for e in theirs]


def store_filter(events: list[dict[str, Any]], *filters: Any) -> list[dict[str, Any]]:
    """What the store answers: the records written to its ``incidents`` table as merging writes
    them (views.incident_columns), read back through its query (views.event_query)."""
    engine = sa.create_engine("sqlite://")
    schema.incidents.create(engine)
    with engine.begin() as conn:
        for e in events:
            conn.execute(schema.incidents.insert().values(
                **views.incident_columns(e), component=e["id"], digest="", record=json.dumps(e)))
        return [json.loads(r[0]) for r in conn.execute(views.event_query(*filters))]


@settings(max_examples=60, deadline=None)
@given(events_list(), st.integers(0, 14))
def test_clusters_hold_every_placed_event_once(events: list[dict[str, Any]], zoom: int) -> None:
    index = EventIndex(events)
    clusters = index.clusters(np.ones(len(events), dtype=bool), zoom)
    placed = sorted(e["id"] for e in events if e.get("location"))
    assert sum(c["count"] for c in clusters) == len(placed)
    listed = [i for c in clusters for i in c.get("ids", [])]
    assert len(listed) == len(set(listed)) and set(listed) <= set(placed)
    for c in clusters:
        # a cluster lists its ids when it is small enough for a popup, and then all of them
        assert len(c["ids"]) == c["count"] if c["count"] <= CLUSTER_IDS_MAX else "ids" not in c
        assert sum(c["types"].values()) == c["count"]
        south, west, north, east = c["bounds"]
        assert south <= c["lat"] <= north and west <= c["lon"] <= east


@pytest.mark.parametrize("bbox, inside, outside", [
    ("20,40,40,55", ["Kyiv", "Odesa"], ["Bakou", "Fidji"]),
    ("170,-20,190,-10", ["Fidji"], ["Kyiv"]),            # across the antimeridian, scrolled east
    ("-190,-20,-170,-10", ["Fidji"], ["Kyiv"]),          # the same, scrolled west
    ("-400,-90,400,90", ["Kyiv", "Fidji", "Gaza"], []),  # the whole world, zoomed out
])
def test_bbox(bbox: str, inside: list[str], outside: list[str]) -> None:
    events = [{"id": f"ev_{n}", "type": "missile_strike", "location": {"name": n, "lat": lat, "lon": lon}}
              for n, _, lat, lon in PLACES if n]
    index = EventIndex(events)
    kept = {events[i]["location"]["name"] for i in index.select(EventFilter(bbox=params.bbox(bbox)))}
    assert set(inside) <= kept and not (set(outside) & kept)


@pytest.mark.parametrize("value", ["1,2,3", "a,b,c,d", "0,50,10,40", "0,-95,10,10", "10,0,0,10", "nan,0,1,1"])
def test_bad_bbox(value: str) -> None:
    with pytest.raises(ApiError) as caught:
        params.bbox(value)
    assert caught.value.status == 400 and caught.value.param == "bbox"


@pytest.mark.parametrize("given_, code", [("Ukraine", "UA"), ("ua", "UA"), ("l'Azerbaïdjan", "AZ"),
                                          ("UKR", "UA"), ("", None)])
def test_country_names_and_codes(given_: str, code: str | None) -> None:
    assert params.country(given_) == code


def test_unknown_country_is_an_error() -> None:
    with pytest.raises(ApiError) as caught:
        params.country("Atlantis")
    assert caught.value.status == 400 and "Atlantis" in caught.value.message


def test_orders_break_ties_by_date() -> None:
    events = views.sort_events([
        {"id": f"ev_{i}", "type": t, "date": {"start": f"2025-01-{d:02d}", "end": f"2025-01-{d:02d}"},
         "sources": [{}] * n}
        for i, (t, d, n) in enumerate([("b", 3, 1), ("a", 2, 2), ("b", 1, 2), ("a", 4, 1)])])
    index = EventIndex(events)
    by_type = [(events[i]["type"], events[i]["date"]["start"]) for i in index.order("type")]
    assert by_type == sorted(by_type)
    by_sources = [(-len(events[i]["sources"]), events[i]["date"]["start"]) for i in index.order("-sources")]
    assert by_sources == sorted(by_sources)
