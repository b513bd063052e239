"""The merged record of an incident: its type is the one most sources give, and a clock time one
source states for the incident's day is kept. Reports written here, as the extractors export them."""

from __future__ import annotations

from typing import Any

from newsevents.resolve import merge_events

KYIV = {"name": "Kyiv", "country": "UA", "admin1": "Kyiv City", "lat": 50.45, "lon": 30.52,
        "precision": "city"}


def ev(eid: str, doc: str, type_: str = "missile_strike", day: str = "2025-03-03", end: str | None = None,
       precision: str = "day") -> dict[str, Any]:
    return {"kind": "event", "id": eid, "type": type_, "status": "reported",
            "date": {"start": day, "end": end or day, "precision": precision, "inferred": False},
            "location": dict(KYIV), "actors": [], "targets": [], "weapons": [], "fatalities": None,
            "injured": None, "damage": [], "sources": [{"document": doc, "spans": [[0, 5]]}]}


def _one(reports):
    merged, _ = merge_events(reports)
    assert len(merged) == 1, merged
    return merged[0]


def test_the_type_most_sources_give_wins_over_the_best_dated_source() -> None:
    air = [ev("a", "d1", "air_strike", day="2025-03-03", end="2025-03-04", precision="range"),
           ev("b", "d2", "air_strike", day="2025-03-03", end="2025-03-04", precision="range")]
    shelling = ev("c", "d3", "shelling", day="2025-03-03")  # the most precise date
    assert _one([*air, shelling])["type"] == "air_strike"


def test_one_against_one_keeps_the_best_dated_report_type() -> None:
    loose = ev("a", "d1", "air_strike", day="2025-03-03", end="2025-03-04", precision="range")
    precise = ev("b", "d2", "shelling", day="2025-03-03")
    assert _one([loose, precise])["type"] == "shelling"


def test_a_clock_time_stated_by_one_source_for_the_same_day_is_kept() -> None:
    timed = ev("b", "d2", day="2025-03-03")
    timed["date"]["time"] = "04:00"
    untimed = ev("a", "d1", day="2025-03-03")
    record = _one([untimed, timed])
    assert record["date"]["start"] == "2025-03-03" and record["date"]["time"] == "04:00"


def test_a_time_of_another_day_is_not_taken() -> None:
    precise = ev("a", "d1", day="2025-03-03")
    loose = ev("b", "d2", day="2025-03-02", end="2025-03-04", precision="range")
    loose["date"]["time"] = "22:00"
    record = _one([precise, loose])
    assert record["date"]["start"] == "2025-03-03" and not record["date"].get("time")
