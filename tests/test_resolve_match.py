"""Issue 12: the merge criteria (newsevents.resolve.match), one table per rule, and the
clustering that keeps loose reports from chaining incidents together (resolve.cluster)."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.resolve import compare, key_of_event, merge_events
from newsevents.resolve.match import clash

Record = dict[str, Any]

KYIV = {
    "name": "Kyiv",
    "country": "UA",
    "admin1": "Kyiv City",
    "lat": 50.45,
    "lon": 30.52,
    "precision": "city",
}
KYIV_DISTRICT = {
    "name": "Sviatoshynskyi",
    "country": "UA",
    "admin1": "Kyiv City",
    "lat": 50.46,
    "lon": 30.36,
    "precision": "site",
}
BORYSPIL = {
    "name": "Boryspil",
    "country": "UA",
    "admin1": "Kyiv",
    "lat": 50.35,
    "lon": 30.95,
    "precision": "city",
}
LVIV = {"name": "Lviv", "country": "UA", "admin1": "Lviv", "lat": 49.84, "lon": 24.03, "precision": "city"}
KHARKIV = {
    "name": "Kharkiv",
    "country": "UA",
    "admin1": "Kharkiv",
    "lat": 49.99,
    "lon": 36.23,
    "precision": "city",
}
KHARKIV_OBLAST = {
    "name": "Kharkiv Oblast",
    "country": "UA",
    "admin1": "Kharkiv",
    "lat": 49.5,
    "lon": 36.5,
    "precision": "admin1",
}
IZIUM = {
    "name": "Izium",
    "country": "UA",
    "admin1": "Kharkiv",
    "lat": 49.21,
    "lon": 37.26,
    "precision": "city",
}
UKRAINE = {"name": "Ukraine", "country": "UA", "lat": 49.0, "lon": 32.0, "precision": "country"}
POLAND = {"name": "Poland", "country": "PL", "lat": 52.0, "lon": 19.0, "precision": "country"}
PRZEWODOW = {"name": "Przewodów", "country": "PL", "lat": 50.47, "lon": 23.93, "precision": "city"}
DARFUR = {"name": "Darfur", "country": "SD", "lat": 13.5, "lon": 24.0, "precision": "region"}
EL_FASHER = {
    "name": "El Fasher",
    "country": "SD",
    "admin1": "Northern Darfur",
    "lat": 13.63,
    "lon": 25.35,
    "precision": "city",
}
PORT_SUDAN = {
    "name": "Port Sudan",
    "country": "SD",
    "admin1": "Red Sea",
    "lat": 19.62,
    "lon": 37.22,
    "precision": "city",
}


def ev(
    eid: str,
    doc: str,
    type_: str = "missile_strike",
    day: str = "2025-03-03",
    end: str | None = None,
    place: Record | None = KYIV,
    precision: str = "day",
    inferred: bool = False,
    **fields: Any,
) -> Record:
    return {
        "kind": "event",
        "id": eid,
        "type": type_,
        "status": fields.pop("status", "reported"),
        "date": {"start": day, "end": end or day, "precision": precision, "inferred": inferred},
        "location": place,
        "actors": fields.pop("actors", []),
        "targets": fields.pop("targets", []),
        "weapons": fields.pop("weapons", []),
        "fatalities": fields.pop("fatalities", None),
        "injured": fields.pop("injured", None),
        "damage": [],
        "sources": [{"document": doc, "spans": [[0, 5]]}],
        **fields,
    }


def rule(a: Record, b: Record) -> str | None:
    ka, kb = key_of_event(a), key_of_event(b)
    assert ka is not None and kb is not None
    r1, r2 = compare(ka, kb), compare(kb, ka)
    assert (r1 is None) == (r2 is None)  # the relation is symmetric
    return r1.rule if r1 else None


def site(name: str, kind: str = "facility") -> Record:
    return {"name": name, "kind": kind}


def weapon(name: str, category: str) -> Record:
    return {"name": name, "category": category}


def state(name: str, code: str, kind: str = "state", role: str | None = None) -> Record:
    return {"name": name, "kind": kind, "country": code, "role": role}


MERGE = [
    # places that agree
    ("same city", ev("a", "d1"), ev("b", "d2", "air_strike"), "place"),
    ("a district of the city", ev("a", "d1"), ev("b", "d2", place=KYIV_DISTRICT), "place"),
    (
        "a city inside the province report",
        ev("a", "d1", place=IZIUM),
        ev("b", "d2", place=KHARKIV_OBLAST),
        "contains",
    ),
    (
        "a city inside the region report",
        ev("a", "d1", "drone_strike", place=EL_FASHER),
        ev("b", "d2", "drone_strike", place=DARFUR),
        "contains",
    ),
    (
        "a village inside the country report",
        ev("a", "d1", place=PRZEWODOW),
        ev("b", "d2", place=POLAND),
        "contains",
    ),
    # names
    (
        "the same site, geocoded apart",
        ev("a", "d1", targets=[site("Okhmatdyt hospital")]),
        ev("b", "d2", place=LVIV, targets=[site("Okhmatdyt children's hospital")]),
        "target",
    ),
    (
        "the same site in two spellings",
        ev("a", "d1", targets=[site("Okhmatdyt hospital")]),
        ev("b", "d2", place=None, targets=[site("Okhmatdit hospital")]),
        "target",
    ),
    (
        "an unplaced report naming the weapon",
        ev("a", "d1", weapons=[weapon("Iskander-M", "ballistic_missile")]),
        ev("b", "d2", place=None, weapons=[weapon("Iskander-M", "ballistic_missile")]),
        "weapon",
    ),
    # dates
    (
        "a night across two dates",
        ev("a", "d1", day="2025-03-02", end="2025-03-03", precision="range"),
        ev("b", "d2"),
        "place",
    ),
    (
        "the day before, from an inferred publication date",
        ev("a", "d1", day="2025-03-02", inferred=True),
        ev("b", "d2"),
        "place",
    ),
    (
        "a week report on place",
        ev("a", "d1", day="2025-03-01", end="2025-03-07", precision="week"),
        ev("b", "d2", day="2025-03-03"),
        "place",
    ),
    (
        "a month report naming the same weapon in the same city",
        ev("a", "d1", day="2025-03-01", end="2025-03-31", precision="month",
           weapons=[weapon("Iskander-M", "ballistic_missile")]),
        ev("b", "d2", weapons=[weapon("Iskander-M", "ballistic_missile")]),
        "weapon",
    ),
    # place-free types: the parties, not the capital
    (
        "one summons told from two capitals",
        ev(
            "a",
            "d1",
            "diplomatic_protest",
            place=PRZEWODOW,
            actors=[state("Poland", "PL")],
            targets=[{"name": "Ambassador of Russia", "kind": "person", "country": "RU"}],
        ),
        ev(
            "b",
            "d2",
            "diplomatic_protest",
            place=None,
            actors=[state("Poland", "PL", "government")],
            targets=[state("Russia", "RU")],
        ),
        "parties",
    ),
]

APART = [
    (
        "a month report on place alone",
        ev("a", "d1", day="2025-03-01", end="2025-03-31", precision="month"),
        ev("b", "d2"),
    ),
    (
        "a province report of a whole week",
        ev("a", "d1", place=IZIUM),
        ev("b", "d2", place=KHARKIV_OBLAST, day="2025-03-01", end="2025-03-07", precision="week"),
    ),
    ("another city", ev("a", "d1"), ev("b", "d2", place=KHARKIV)),
    ("the next day", ev("a", "d1"), ev("b", "d2", day="2025-03-04")),
    ("another type", ev("a", "d1"), ev("b", "d2", "agreement")),
    ("one document", ev("a", "d1"), ev("b", "d1")),
    (
        "different sites hit",
        ev("a", "d1", targets=[site("Okhmatdyt hospital")]),
        ev("b", "d2", targets=[site("Antonov plant")]),
    ),
    (
        "weapons of two families",
        ev("a", "d1", weapons=[weapon("Iskander-M", "ballistic_missile")]),
        ev("b", "d2", "drone_strike", weapons=[weapon("Shahed-136", "drone")]),
    ),
    (
        "a missile and drones, generic names",
        ev("a", "d1", weapons=[weapon("missile", "missile")]),
        ev("b", "d2", "drone_strike", weapons=[weapon("drones", "drone")]),
    ),
    (
        "two stated perpetrators",
        ev("a", "d1", actors=[state("Russia", "RU")]),
        ev("b", "d2", actors=[state("Ukraine", "UA", "military")]),
    ),
    ("a city outside the province report", ev("a", "d1", place=LVIV), ev("b", "d2", place=KHARKIV_OBLAST)),
    ("a city in another country", ev("a", "d1", place=PRZEWODOW), ev("b", "d2", place=UKRAINE)),
    (
        "an unplaced report with a generic weapon only",
        ev("a", "d1", weapons=[weapon("missile", "missile")]),
        ev("b", "d2", place=None, weapons=[weapon("missile", "missile")]),
    ),
    (
        "a vague year on place",
        ev("a", "d1", day="2025-01-01", end="2025-12-31", precision="year"),
        ev("b", "d2"),
    ),
    (
        "two summonses of one envoy by two states",
        ev("a", "d1", "diplomatic_protest", actors=[state("Poland", "PL")], targets=[state("Russia", "RU")]),
        ev("b", "d2", "diplomatic_protest", actors=[state("Romania", "RO")], targets=[state("Russia", "RU")]),
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), MERGE, ids=[m[0] for m in MERGE])
def test_merge_rules(why: str, a: Record, b: Record, expected: str | None) -> None:
    found = rule(a, b)
    assert found is not None, why
    if expected is not None:
        assert found == expected, why


@pytest.mark.parametrize(("why", "a", "b"), APART, ids=[x[0] for x in APART])
def test_reports_kept_apart(why: str, a: Record, b: Record) -> None:
    assert rule(a, b) is None, why


def test_a_town_beyond_the_city_tolerance_is_another_place() -> None:
    assert rule(ev("a", "d1"), ev("b", "d2", place=BORYSPIL)) is None  # 32 km from Kyiv's centre
    # ... but a site 13 km from the centre is in the city (a district geocoded apart from it)
    near = dict(KYIV_DISTRICT, lat=50.47, lon=30.70)
    assert rule(ev("a", "d1"), ev("b", "d2", place=near)) == "place"
    # and two differently named towns are two places unless one is a suburb of the other (5 km)
    assert rule(ev("a", "d1"), ev("b", "d2", place=dict(BORYSPIL, lat=50.47, lon=30.70))) is None


def test_an_aircraft_never_contradicts_its_missile() -> None:
    a = ev("a", "d1", weapons=[weapon("Kinzhal", "hypersonic_missile")])
    b = ev("b", "d2", "air_strike", weapons=[weapon("MiG-31", "aircraft")])
    assert rule(a, b) == "place"


def test_alleged_reports_with_different_perpetrators_still_merge() -> None:
    """A disputed cause (each side blames the other) is one incident with two versions."""
    a = ev("a", "d1", status="alleged", actors=[state("Russia", "RU")])
    b = ev("b", "d2", status="alleged", actors=[state("Ukraine", "UA", "military")])
    assert rule(a, b) == "place"


def test_cities_far_apart_clash_even_through_a_country_report() -> None:
    kyiv, lviv = key_of_event(ev("a", "d1")), key_of_event(ev("b", "d2", place=LVIV))
    country = key_of_event(ev("c", "d3", place=UKRAINE))
    assert kyiv and lviv and country
    assert clash(kyiv, lviv) and not clash(kyiv, country) and not clash(lviv, country)
    merged, _ = merge_events([ev("a", "d1"), ev("b", "d2", place=LVIV), ev("c", "d3", place=UKRAINE)])
    assert sorted(len(m["sources"]) for m in merged) == [1, 1, 1]  # ambiguous: "Ukraine" joins neither


def test_a_country_report_joins_the_only_incident_it_contains() -> None:
    merged, id_map = merge_events(
        [
            ev("a", "d1"),
            ev("b", "d2", place=KYIV_DISTRICT),
            ev("c", "d3", place=UKRAINE),
            ev("d", "d4", place=PORT_SUDAN),
        ]
    )
    assert id_map["c"] == id_map["a"] == id_map["b"] and id_map["d"] == "d"
    incident = next(m for m in merged if m["id"] == "a")
    reasons = {m["event"]: m["reason"] for m in incident["merged_from"]}
    assert reasons["c"]["rule"] == "contains" and reasons["b"]["rule"] == "place"
    assert incident["location"]["name"] == "Sviatoshynskyi"  # the most precise place


def test_a_province_report_does_not_carry_its_incident_into_an_ambiguous_country_report() -> None:
    events = [
        ev("a", "d1", place=KHARKIV),
        ev("b", "d2", place=KHARKIV_OBLAST),
        ev("c", "d3", place=LVIV),
        ev("d", "d4", place=UKRAINE),
    ]
    _, id_map = merge_events(events)
    assert id_map["a"] == id_map["b"] and id_map["c"] == "c" and id_map["d"] == "d"


def test_figures_follow_acled_and_keep_each_source() -> None:
    merged, _ = merge_events(
        [
            ev("a", "d1", fatalities=35, injured=117),
            ev("b", "d2", fatalities=32, injured=None),
            ev("c", "d3", fatalities=None, injured=None),
        ]
    )
    m = merged[0]
    assert (m["fatalities"], m["injured"], m["figures_differ"]) == (32, 117, True)
    assert [(f["document"], f["fatalities"], f["injured"]) for f in m["source_figures"]] == [
        ("d1", 35, 117),
        ("d2", 32, None),
        ("d3", None, None),
    ]
    same, _ = merge_events([ev("a", "d1", fatalities=4), ev("b", "d2", fatalities=4)])
    assert same[0]["fatalities"] == 4 and same[0]["figures_differ"] is False


def test_vetoes_keep_two_reports_apart() -> None:
    events = [ev("a", "d1"), ev("b", "d2"), ev("c", "d3")]
    _, id_map = merge_events(events, {"c": {"a", "b"}, "a": {"c"}, "b": {"c"}})
    assert id_map == {"a": "a", "b": "a", "c": "c"}
