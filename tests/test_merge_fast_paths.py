"""Issue 12 (speed): the merge's fast paths give what the plain ones give.

The merge reads candidate rows straight through the SQLite driver (store.merging._select_in) and
writes its rows the same way (store.merging.write_many); its keys (resolve.keys.Key) are plain
slot objects built from packed fields without a helper per list. Each test here compares a fast
path with the slow one it replaces, on rows and keys made up for it.
"""

from __future__ import annotations

import dataclasses
import json

import sqlalchemy as sa

from newsevents.resolve.keys import Key, key_of_event
from newsevents.store import Store, merging, schema


def record(eid: str, doc: str, **extra: object) -> dict:
    base: dict = {"id": eid, "type": "air_strike", "status": "reported",
                  "date": {"start": "2025-03-03", "end": "2025-03-04", "precision": "range"},
                  "location": {"name": "Kharkiv", "country": "UA", "admin1": "Kharkiv", "lat": 49.99,
                               "lon": 36.23, "precision": "city"},
                  "actors": [{"name": "Russia", "kind": "state", "country": "RU"}],
                  "targets": [{"name": "Okhmatdyt hospital", "kind": "facility", "country": "UA"}],
                  "weapons": [{"name": "Kh-101", "category": "cruise_missile"}],
                  "sources": [{"document": doc, "spans": [[0, 5]]}]}
    base.update(extra)
    return base


def test_key_round_trip_keeps_every_field_and_derived_value() -> None:
    k = key_of_event(record("ev_1", "doc-a"))
    assert k is not None
    back = Key.unpack(k.pack())
    assert back == k
    assert (back.days, back.placed, back.precise, back.share, back.xyz) == (k.days, k.placed, k.precise,
                                                                            k.share, k.xyz)
    assert back.targets and back.weapons and back.perpetrators == frozenset({"RU"})
    assert hash(back) == hash(k)
    assert len({k, back}) == 1


def test_replace_changes_the_copy_not_the_key() -> None:
    k = key_of_event(record("ev_1", "doc-a"))
    assert k is not None
    flagged = dataclasses.replace(k, ambiguous=True)
    assert flagged.ambiguous and not k.ambiguous
    assert flagged != k
    assert flagged.days == k.days and flagged.xyz == k.xyz  # derived again for the copy


def test_keys_packed_by_older_versions_still_decode() -> None:
    """20 fields (before missions, armed groups and ambiguity) and 23 (before named targets):
    their targets all count as named, their lists are empty, and they are not ambiguous."""
    k = key_of_event(record("ev_1", "doc-a"))
    assert k is not None
    fields = json.loads(k.pack(ambiguous=True))
    for n in (20, 21, 22, 23, 24):
        old = Key.from_fields(fields[:n])
        assert old.id == "ev_1" and old.targets == k.targets and old.named == old.targets
        assert old.described == frozenset()
        assert old.missions == frozenset() and old.armed == frozenset()
        assert old.ambiguous is (n >= 23)


def test_select_in_through_the_driver_reads_what_sqlalchemy_reads(tmp_path) -> None:
    rows = [{"key": i * 7 - 50, "event": f"ev_{i % 13}"} for i in range(200)]
    with Store.open(str(tmp_path / "x.db")) as store, store._writer.begin() as conn:
        merging.insert_index_rows(conn, rows)
        ek = schema.event_keys
        wanted = [r["key"] for r in rows[::3]] + [123456789]  # one key with no row
        fast = merging._select_in(conn, [ek.c.key, ek.c.event], ek.c.key, wanted, tuples=True)
        slow = conn.execute(sa.select(ek.c.key, ek.c.event).where(ek.c.key.in_(wanted))).all()
        assert sorted(tuple(r) for r in fast) == sorted(tuple(r) for r in slow)
        assert len(fast) == len(rows[::3])
        # without ``tuples`` the rows are SQLAlchemy's, read by name too (store/sites.py does)
        named = merging._select_in(conn, [ek.c.key, ek.c.event], ek.c.key, wanted)
        assert sorted((r.key, r.event) for r in named) == sorted(tuple(r) for r in slow)
        # an expression column (not a plain column of the table) goes through SQLAlchemy
        doubled = merging._select_in(conn, [ek.c.key * 2], ek.c.key, wanted[:5], tuples=True)
        assert sorted(r[0] for r in doubled) == sorted(2 * k for k in wanted[:5] if k != 123456789)


def test_write_many_writes_the_rows_sqlalchemy_would(tmp_path) -> None:
    with Store.open(str(tmp_path / "x.db")) as store, store._writer.begin() as conn:
        i = schema.incidents
        rows = [{"id": f"ev_{n}", "component": f"ev_{n}", "type": "shelling", "status": "reported",
                 "background": n % 2 == 0, "date_start": "2025-03-03", "date_end": None, "country": "UA",
                 "lat": 49.5 if n else None, "lon": 36.2, "sources": n, "search": "kharkiv",
                 "digest": "d", "record": "{}"} for n in range(3)]
        merging.write_many(conn, i.insert(), merging._INSERT_INCIDENT, merging.INCIDENT_COLUMNS, rows)
        back = conn.execute(sa.select(i.c.id, i.c.background, i.c.lat, i.c.date_end, i.c.sources)
                            .order_by(i.c.id)).all()
        assert [tuple(r) for r in back] == [("ev_0", True, None, None, 0), ("ev_1", False, 49.5, None, 1),
                                           ("ev_2", True, 49.5, None, 2)]
        merging.write_many(conn, i.update().where(i.c.id == sa.bindparam("iid"))
                           .values(component=sa.bindparam("comp")),
                           f"UPDATE {i.name} SET component = ? WHERE id = ?", ("comp", "iid"),
                           [{"iid": "ev_1", "comp": "ev_0"}])
        assert conn.execute(sa.select(i.c.component).where(i.c.id == "ev_1")).scalar() == "ev_0"


def test_a_merging_sqlite_connection_gets_its_page_cache_and_keeps_a_bigger_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(str(tmp_path / "c.db")) as store, store._writer.begin() as conn:
        conn.exec_driver_sql("PRAGMA cache_size = -2000")  # SQLite's default, 2 MB
        merging.refresh(conn, [])
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -merging.MERGE_CACHE_KIB
        conn.exec_driver_sql("PRAGMA cache_size = -200000")  # a user's bigger one stays
        merging.refresh(conn, [])
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -200000
