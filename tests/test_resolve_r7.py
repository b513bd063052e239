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


# --- rule "span": two unplaced reports of one type dated by one stated range of days ----------
MALI = {"name": "Malian soldiers", "kind": "military", "country": "ML"}
SUDAN = {"name": "Sudanese army", "kind": "military", "country": "SD"}


def clash_report(eid: str, doc: str, start: str, end: str, precision: str = "range",
                 location: Record | None = None, **extra: Any) -> Record:
    return strike(eid, doc, start, end, precision, location=location, **{"type": "armed_clash", **extra})


# (a, b, merged?) -- the reports as an extractor would give "entre le 25 et le 27 juillet" /
# "between July 25 and 27" with no place it could resolve
SPANS = [
    (clash_report("a", "d1", "2024-07-25", "2024-07-27"),
     clash_report("b", "d2", "2024-07-25", "2024-07-27", targets=[MALI]), True),
    # one end differs: "du 25 au 27" and "du 24 au 27" are two tellings of two things
    (clash_report("a", "d1", "2024-07-25", "2024-07-27"),
     clash_report("b", "d2", "2024-07-24", "2024-07-27"), False),
    # a day is not a stated range: any two unplaced clashes of one day
    (clash_report("a", "d1", "2024-07-25", "2024-07-25", "day"),
     clash_report("b", "d2", "2024-07-25", "2024-07-25", "day"), False),
    # a range resolved from an inferred publication date is nobody's statement
    (clash_report("a", "d1", "2024-07-25", "2024-07-27"),
     {**clash_report("b", "d2", "2024-07-25", "2024-07-27"),
      "date": {"start": "2024-07-25", "end": "2024-07-27", "precision": "range", "inferred": True}}, False),
    # parties of two different countries: two wars
    (clash_report("a", "d1", "2024-07-25", "2024-07-27", targets=[MALI]),
     clash_report("b", "d2", "2024-07-25", "2024-07-27", targets=[SUDAN]), False),
    # a campaign of two weeks: the group rule's, not this one's
    (clash_report("a", "d1", "2024-07-09", "2024-07-21"),
     clash_report("b", "d2", "2024-07-09", "2024-07-21"), False),
    # one of them placed: the place rules decide, an unplaced one names no town
    (clash_report("a", "d1", "2024-07-25", "2024-07-27", location=KYIV),
     clash_report("b", "d2", "2024-07-25", "2024-07-27"), False),
    # two types: a strike and a clash of the same days are two incidents
    (clash_report("a", "d1", "2024-07-25", "2024-07-27"),
     strike("b", "d2", "2024-07-25", "2024-07-27", "range", location=None), False),
]


@pytest.mark.parametrize("a, b, merged", SPANS)
def test_unplaced_reports_of_one_stated_range_merge(a: Record, b: Record, merged: bool) -> None:
    ka, kb = key_of_event(a), key_of_event(b)
    assert ka is not None and kb is not None
    reason = compare(ka, kb)
    assert (reason is not None and reason.rule == "span") == merged, reason
    assert (compare(kb, ka) is not None) == merged


def test_span_pairs_meet_in_the_store_whichever_came_first(tmp_path: Any) -> None:
    """The ``s`` index block brings the pair together: stored then looked up, either order."""
    from newsevents.store import Store

    a, b, _ = SPANS[0]
    for first, second in ((a, b), (b, a)):
        db = tmp_path / f"{first['id']}.db"
        with Store.open(str(db)) as store:
            for rec in (first, second):
                store_report(store, rec)
            incidents = incident_of(store)
        assert incidents["a"] == incidents["b"]


def store_report(store: Any, record: Record) -> None:
    """A report written through the store's own merge path (as bench/merge_scale.py does)."""
    import hashlib

    from newsevents.store import schema

    doc = record["sources"][0]["document"]
    with store._writer.begin() as conn:
        conn.execute(schema.documents.insert(), [{
            "id": doc, "sha256": hashlib.sha256(doc.encode()).hexdigest(), "path": None, "url": None,
            "title": None, "language": "en", "published": None, "ingested_at": "2026-01-01T00:00:00",
            "text": "t", "record": json.dumps({"kind": "document", "id": doc})}])
        conn.execute(schema.events.insert(), [{
            "id": record["id"], "document": doc, "ord": 0, "type": record["type"], "status": "reported",
            "background": False, "date_start": record["date"]["start"], "date_end": record["date"]["end"],
            "country": None, "record": json.dumps(record), "incident": record["id"],
            "component": record["id"]}])
        merging.refresh(conn, [record])


def incident_of(store: Any) -> dict[str, str]:
    import sqlalchemy as sa

    from newsevents.store import schema

    e = schema.events
    with store.engine.connect() as conn:
        return dict(conn.execute(sa.select(e.c.id, e.c.incident)).all())
