"""Issue 12, round 7: the store's date pre-test of candidates (match.dates_meet on packed keys)
and the merge kinds fixed this round."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest

from newsevents.resolve import compare, key_of_event
from newsevents.resolve.keys import Key
from newsevents.resolve.match import dates_meet
from newsevents.store import merging

Record = dict[str, Any]

KYIV = {"name": "Kyiv", "country": "UA", "admin1": "Kyiv City", "lat": 50.45, "lon": 30.52,
        "precision": "city"}


def strike(eid: str, doc: str, start: str, end: str | None = None, precision: str = "day",
           inferred: bool = False, location: Record | None = KYIV, **extra: Any) -> Record:
    return {"id": eid, "type": "missile_strike", "status": "reported",
            "date": {"start": start, "end": end or start, "precision": precision, "inferred": inferred},
            "location": location, "actors": [], "targets": [], "weapons": [],
            "sources": [{"document": doc, "spans": [[0, 5]]}], **extra}


DATES = [
    ("2024-03-10", None, "day", False),
    ("2024-03-11", None, "day", False),
    ("2024-03-12", None, "day", True),
    ("2024-03-13", None, "day", False),
    ("2024-03-09", "2024-03-10", "range", False),
    ("2024-03-01", "2024-03-31", "month", False),
    ("2024-03-14", "2024-03-20", "week", True),
    ("2024-04-01", None, "day", True),
]


def test_the_date_pre_test_says_no_exactly_when_compare_fails_on_dates() -> None:
    """A candidate whose packed dates fail dates_meet is never built into a key: that must never
    drop a pair compare accepts, and it must drop the pairs compare refuses on dates."""
    keys = [key_of_event(strike(f"e{i}", f"d{i}", s, e, p, inf)) for i, (s, e, p, inf) in enumerate(DATES)]
    for a, b in itertools.permutations([k for k in keys if k is not None], 2):
        fields = json.loads(a.pack())
        meet = dates_meet(*Key.packed_dates(fields), b)
        if compare(a, b) is not None:
            assert meet, (a.id, b.id)
        tol = min(max(a.share, b.share) + (1 if a.inferred or b.inferred else 0), 2)
        assert meet == (a.start - tol <= b.end and b.start - tol <= a.end), (a.id, b.id)


@pytest.mark.parametrize("candidate_day, kept", [("2024-03-10", True), ("2024-03-11", False),
                                                 ("2024-03-09", False)])
def test_the_store_builds_only_candidates_whose_dates_meet(candidate_day: str, kept: bool) -> None:
    looker = key_of_event(strike("new", "d1", "2024-03-10"))
    stored = key_of_event(strike("old", "d2", candidate_day))
    assert looker is not None and stored is not None
    merging._decoded.clear()
    got = list(merging.unpack_meeting([("old", "old", stored.pack())], lambda eid: [looker]))
    assert [(eid, comp) for eid, comp, _ in got] == ([("old", "old")] if kept else [])
    if kept:
        assert got[0][2] == stored
