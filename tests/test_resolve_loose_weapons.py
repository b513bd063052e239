"""Issue 12, round 6: a weapon system names one strike of a loose period only in one town.

"Kh-101 missiles hit the Kharkiv region in March" / "des missiles Iskander ont frappé l'Ukraine en
mars" is placed by an area and dated by a month: it cannot say which of the month's strikes with
that weapon it tells. Before, it merged with any of them (rule ``weapon``: places that agree by
containment) and chained every strike of the month with that weapon in its country into one
component (bench/merge_scale.py: the components a new report touched held 21 reports, not 3.5;
on the bench's made-up incidents pairwise precision rose from 0.55 to 0.73 without it). It still
merges in one town, or when both reports are dated to a few days. Places, names and dates are
made up here.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_resolve_match import KHARKIV, KHARKIV_OBLAST, UKRAINE, ev, rule, weapon

from newsevents.resolve import key_of_event, merge_events
from newsevents.resolve.cluster import components

Record = dict[str, Any]

KH101 = weapon("Kh-101", "cruise_missile")
ISKANDER = weapon("Iskander-M", "ballistic_missile")


def month(eid: str, doc: str, place: Record | None, w: Record) -> Record:
    return ev(eid, doc, "missile_strike", "2025-03-01", end="2025-03-31", precision="month", place=place,
              weapons=[w])


def day(eid: str, doc: str, date: str, place: Record | None, w: Record) -> Record:
    return ev(eid, doc, "missile_strike", date, place=place, weapons=[w])


APART = [
    ("en: Kh-101 strikes on the region in March / one strike in its city",
     month("a", "d1", KHARKIV_OBLAST, KH101), day("b", "d2", "2025-03-12", KHARKIV, KH101)),
    ("fr: des Iskander sur l'Ukraine en mars / une frappe dans une ville",
     month("a", "d1", UKRAINE, ISKANDER), day("b", "d2", "2025-03-20", KHARKIV, ISKANDER)),
    ("en: an unplaced month report naming the weapon",
     month("a", "d1", None, KH101), day("b", "d2", "2025-03-12", KHARKIV, KH101)),
]

MERGE = [
    ("en: a month report in the city itself, naming the weapon",
     month("a", "d1", KHARKIV, KH101), day("b", "d2", "2025-03-12", KHARKIV, KH101), "weapon"),
    ("fr: un rapport de la région sur trois jours, même arme",
     ev("a", "d1", "missile_strike", "2025-03-11", end="2025-03-13", precision="range",
        place=KHARKIV_OBLAST, weapons=[ISKANDER]),
     day("b", "d2", "2025-03-12", KHARKIV, ISKANDER), "weapon"),
    ("en: an unplaced report of the day naming the weapon",
     day("a", "d1", "2025-03-12", None, KH101), day("b", "d2", "2025-03-12", KHARKIV, KH101), "weapon"),
]


@pytest.mark.parametrize(("why", "a", "b"), APART, ids=[c[0] for c in APART])
def test_a_loose_report_naming_a_weapon_names_no_one_strike(why: str, a: Record, b: Record) -> None:
    assert rule(a, b) is None, why
    assert len(merge_events([a, b])[0]) == 2, why


@pytest.mark.parametrize(("why", "a", "b", "expected"), MERGE, ids=[c[0] for c in MERGE])
def test_in_one_town_or_within_days_the_weapon_still_merges(why: str, a: Record, b: Record,
                                                           expected: str) -> None:
    assert rule(a, b) == expected, why
    assert len(merge_events([a, b])[0]) == 1, why


def test_a_month_report_no_longer_chains_the_months_strikes() -> None:
    """Three strikes with one weapon on three days in the region's city, and a month report of
    the region naming it: four components (each strike its own), not one."""
    reports = [month("m", "d0", KHARKIV_OBLAST, KH101)] + [
        day(f"s{i}", f"d{i}", f"2025-03-{d:02d}", KHARKIV, KH101) for i, d in enumerate((3, 14, 27), 1)]
    keys = [k for k in map(key_of_event, reports) if k is not None]
    assert len(components(keys)) == 4
    assert len(merge_events(reports)[0]) == 4
