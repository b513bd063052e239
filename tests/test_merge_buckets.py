"""Issue 12, round 11: one-day date buckets in the merge index (resolve.blocks.BUCKET_DAYS) and the
migration that writes the index again (store.merging.reindex, migration 0010_merge_days).

With two-day buckets a third of the candidates a merge read at the density of 1,000,000 reports
were reports of the next day, which the date test then refused (bench/merge_scale.py). These
tests check that the index still brings every pair ``compare`` accepts together, for dates of
every precision, inferred or not, across bucket and month boundaries; that reports of two
different days (no tolerance) no longer meet in the index; and that a store indexed with the old
buckets is brought up to date by the migration, after which a new report still finds its pair.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from test_merge_pretests import save

from newsevents.resolve import blocks, compare, key_of_event
from newsevents.resolve.keys import Key
from newsevents.store import Store, merging, migrations, schema

Record = dict[str, Any]
MOGADISHU = {"name": "Mogadishu", "country": "SO", "admin1": "Banaadir", "lat": 2.04, "lon": 45.34,
             "precision": "city"}


def bombing(eid: str, doc: str, start: date, days: int = 1, precision: str = "day",
            inferred: bool = False, loc: Record | None = MOGADISHU) -> Record:
    end = start + timedelta(days=days - 1)
    return {"id": eid, "type": "explosion", "status": "reported",
            "date": {"start": start.isoformat(), "end": end.isoformat(), "precision": precision,
                     "inferred": inferred},
            "location": loc, "actors": [], "targets": [],
            "weapons": [{"name": "Shahed-136", "category": "drone"}],
            "sources": [{"document": doc, "spans": [[0, 5]]}]}


def meet(a: Key, b: Key) -> bool:
    """Does the index bring ``a`` (stored) to ``b`` (looking up)?"""
    return bool({merging.key_hash(x) for x in blocks.dated_keys(a)}
                & {merging.key_hash(x) for x in blocks.dated_keys(b, lookup=True)})


# days around a month's end and an odd/even day boundary; every precision; inferred or not
DAYS = [date(2026, 1, 30) + timedelta(days=n) for n in range(5)]
SHAPES = [(1, "day", False), (1, "day", True), (2, "range", False), (3, "range", True),
          (31, "month", False), (7, "week", False)]


def reports() -> list[Key]:
    out = []
    for n, (day, (days, precision, inferred)) in enumerate(itertools.product(DAYS, SHAPES)):
        k = key_of_event(bombing(f"e{n:03d}", f"d{n}", day, days, precision, inferred))
        assert k is not None
        out.append(k)
    return out


def test_every_pair_compare_accepts_meets_in_the_index() -> None:
    accepted = 0
    for a, b in itertools.permutations(reports(), 2):
        if compare(a, b) is not None:
            accepted += 1
            assert meet(a, b), (a.id, a.start, a.end, a.inferred, b.id, b.start, b.end, b.inferred)
    assert accepted > 100


def test_two_days_without_tolerance_no_longer_meet() -> None:
    """Mogadishu bombings told for 30 and 31 January, both dated by the text: compare refuses
    them, and the index no longer reads one for the other (it did with two-day buckets when the
    two days shared one)."""
    a = key_of_event(bombing("a", "d1", date(2026, 1, 30)))
    b = key_of_event(bombing("b", "d2", date(2026, 1, 31)))
    c = key_of_event(bombing("c", "d3", date(2026, 1, 31), inferred=True))  # inferred: one day more
    assert a is not None and b is not None and c is not None
    assert compare(a, b) is None and not meet(a, b) and not meet(b, a)
    assert compare(a, c) is not None and meet(a, c) and meet(c, a)


def test_the_migration_writes_the_index_again(tmp_path: Path, monkeypatch: Any) -> None:
    """A store indexed with two-day buckets: the migration gives the rows a fresh store writes,
    and a report of the next day with an inferred date, saved after it, joins the stored one."""
    path = tmp_path / "old.db"
    first = bombing("ev_a", "afp", date(2026, 1, 31))
    others = [bombing(f"ev_o{n}", f"rfi{n}", date(2026, 3, 1 + 3 * n)) for n in range(3)]
    with monkeypatch.context() as m:
        m.setattr(blocks, "BUCKET_DAYS", 2)
        with Store.open(str(path)) as store:
            for r in [first, *others]:
                save(store, r)
    with sqlite3.connect(path) as conn:
        old_rows = set(conn.execute("SELECT key, event FROM event_keys"))
        conn.execute(f"DELETE FROM {schema.MIGRATIONS_TABLE} WHERE name = '0010_merge_days'")
    keys = [key_of_event(r) for r in [first, *others]]
    assert all(k is not None for k in keys)
    key = keys[0]
    assert key is not None
    want = {(r["key"], r["event"]) for r in merging.index_rows(keys)}  # type: ignore[arg-type]
    assert old_rows != want  # (the old rows are filed under the two-day bucket's number)
    monkeypatch.setattr(merging, "CHUNK", 2)  # the migration reads the reports page by page
    with Store.open(str(path)) as store:
        with store.engine.connect() as conn:
            assert {tuple(r) for r in conn.execute(sa.select(schema.event_keys.c.key,
                                                             schema.event_keys.c.event))} == want
            assert "0010_merge_days" in migrations.applied(conn)
        save(store, bombing("ev_b", "reuters", date(2026, 2, 1), inferred=True))
        with store.engine.connect() as conn:
            incident = dict(conn.execute(sa.select(schema.events.c.id, schema.events.c.incident)).all())
    assert incident == {"ev_a": "ev_a", "ev_b": "ev_a", **{r["id"]: r["id"] for r in others}}
    assert json.loads(key.pack())[0] == "ev_a"
