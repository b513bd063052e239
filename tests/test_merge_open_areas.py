"""Issue 12, round 13: two reports placed at one area of no country (a sea, a strait, a cross-border
region) are one place (resolve.match.same_open_area), filed in the merge index under the area's
name (resolve.blocks ``r``); such an area contains nothing else.

Before, an area of no country agreed with no place, itself included: a ship attacked in the Red
Sea told by two wires stayed two incidents (news-dev with gold publication dates: the Eternity C,
told by AFP and AP). Shipping attacks are told this way every day ("in the Red Sea", "en mer
Rouge", "in the Black Sea"), so the rule is checked on reports of our own: two wires at one sea
join; a sea never takes a port's strike, nor another sea's; two named ships stay apart; the store
equals the batch in every order; a store saved before is brought up to date by the migration.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from test_merge_pretests import save

from newsevents.resolve import blocks, compare, key_of_event, merge_events
from newsevents.resolve.keys import Key
from newsevents.store import Store, merging, migrations, schema

Record = dict[str, Any]
RED_SEA = {"name": "Red Sea", "country": None, "lat": 20.3, "lon": 38.5, "precision": "region"}
GULF = {"name": "Persian Gulf", "country": None, "lat": 26.9, "lon": 51.5, "precision": "region"}
BLACK_SEA = {"name": "Black Sea", "country": None, "lat": 43.4, "lon": 34.3, "precision": "region"}
ODESA = {"name": "Odesa", "country": "UA", "admin1": "Odesa", "lat": 46.48, "lon": 30.73, "precision": "city"}
HODEIDAH = {"name": "Al Hudaydah", "country": "YE", "admin1": "Al Hudaydah", "lat": 14.8, "lon": 42.95,
            "precision": "city"}
HOUTHIS = {"name": "Houthis", "kind": "group", "country": "YE"}
RUSSIA = {"name": "Russia", "kind": "state", "country": "RU"}


def attack(eid: str, doc: str, loc: Record | None, kind: str = "drone_strike", day: str = "2026-07-07",
           end: str | None = None, actors: list[Record] | None = None,
           targets: list[Record] | None = None) -> Record:
    return {"id": eid, "type": kind, "status": "reported",
            "date": {"start": day, "end": end or day, "precision": "range" if end else "day"},
            "location": loc, "actors": actors if actors is not None else [HOUTHIS],
            "targets": targets or [], "weapons": [{"name": "drone", "category": "drone"}],
            "sources": [{"document": doc, "spans": [[0, 5]]}]}


def incidents(reports: list[Record]) -> list[set[str]]:
    _, incident_of = merge_events(reports)
    groups: dict[str, set[str]] = {}
    for eid, inc in incident_of.items():
        groups.setdefault(inc, set()).add(eid)
    return sorted(groups.values(), key=min)


def test_two_wires_at_one_sea_are_one_incident() -> None:
    """"A tanker was hit by a drone in the Red Sea on Tuesday" (one wire) and "un pétrolier touché
    par un drone en mer Rouge dans la nuit de lundi à mardi" (another: a night over two dates)."""
    a = attack("ev_a", "wire-en", RED_SEA)
    b = attack("ev_b", "wire-fr", RED_SEA, day="2026-07-06", end="2026-07-07")
    assert incidents([a, b]) == [{"ev_a", "ev_b"}]
    ka, kb = key_of_event(a), key_of_event(b)
    assert ka is not None and kb is not None
    reason = compare(ka, kb)
    assert reason is not None and reason.rule == "place"


def test_a_sea_contains_no_port_and_no_other_sea() -> None:
    """A drone attack on a ship in the Black Sea and a drone strike on the port of Odesa the same
    day are two incidents, as are a Red Sea attack and a strike on Hodeidah, or the Red Sea and the
    Gulf: the area has no country to contain by, and its point is far from most of it."""
    assert incidents([attack("ev_a", "d1", BLACK_SEA, actors=[RUSSIA]),
                      attack("ev_b", "d2", ODESA, actors=[RUSSIA])]) == [{"ev_a"}, {"ev_b"}]
    assert incidents([attack("ev_a", "d1", RED_SEA), attack("ev_b", "d2", HODEIDAH)]) == [{"ev_a"}, {"ev_b"}]
    assert incidents([attack("ev_a", "d1", RED_SEA), attack("ev_b", "d2", GULF)]) == [{"ev_a"}, {"ev_b"}]


def test_two_named_ships_at_one_sea_stay_apart() -> None:
    """Two ships named by their names, attacked in the Red Sea the same day: two incidents (the
    named targets differ); a third report naming one of them joins that one."""
    magic = {"name": "Magic Seas", "kind": "facility"}
    eternity = {"name": "Eternity C", "kind": "facility"}
    reports = [attack("ev_a", "d1", RED_SEA, targets=[magic]),
               attack("ev_b", "d2", RED_SEA, targets=[eternity]),
               attack("ev_c", "d3", RED_SEA, targets=[eternity])]
    assert incidents(reports) == [{"ev_a"}, {"ev_b", "ev_c"}]


def test_unplaced_and_other_days_do_not_join() -> None:
    """An unplaced report is no report at the sea; two days a week apart are two attacks."""
    assert incidents([attack("ev_a", "d1", RED_SEA), attack("ev_b", "d2", None)]) == [{"ev_a"}, {"ev_b"}]
    assert incidents([attack("ev_a", "d1", RED_SEA),
                      attack("ev_b", "d2", RED_SEA, day="2026-07-14")]) == [{"ev_a"}, {"ev_b"}]


def meet(a: Key, b: Key) -> bool:
    """Does the store's index bring ``a`` (stored) to ``b`` (looking up)?"""
    return bool({merging.key_hash(x) for x in blocks.dated_keys(a)}
                & {merging.key_hash(x) for x in blocks.dated_keys(b, lookup=True)})


SEA_STORY = [
    attack("ev_a", "d1", RED_SEA),
    attack("ev_b", "d2", RED_SEA, day="2026-07-06", end="2026-07-07"),
    attack("ev_c", "d3", HODEIDAH),
    attack("ev_d", "d4", RED_SEA, kind="missile_strike", actors=[]),
    attack("ev_e", "d5", GULF),
]


def test_every_pair_compare_accepts_meets_in_the_index() -> None:
    keys = [key_of_event(r) for r in SEA_STORY]
    accepted = 0
    for a, b in itertools.permutations(keys, 2):
        assert a is not None and b is not None
        if compare(a, b) is not None:
            accepted += 1
            assert meet(a, b), (a.id, b.id)
    assert accepted >= 6  # a, b, d at one sea, both ways


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(SEA_STORY))))[::7])
def test_the_store_equals_the_batch_in_every_order(order: tuple[int, ...], tmp_path: Path) -> None:
    _, want = merge_events(SEA_STORY)
    with Store.open(str(tmp_path / "store.db")) as store:
        for i in order:
            save(store, SEA_STORY[i])
        with store.engine.connect() as conn:
            got = dict(conn.execute(sa.select(schema.events.c.id, schema.events.c.incident)).all())
    assert got == want
    assert want["ev_a"] == want["ev_b"] == want["ev_d"] != want["ev_c"]


def test_the_migration_joins_a_store_saved_before(tmp_path: Path) -> None:
    """A store whose two Red Sea reports were saved before the rule (two incidents, no ``r`` rows):
    opening it runs the migration, which rebuilds the register; then a third wire joins too."""
    path = tmp_path / "old.db"
    with Store.open(str(path)) as store:
        save(store, SEA_STORY[0])
        save(store, SEA_STORY[1])
    with sqlite3.connect(path) as conn:  # the state the code before the rule left
        conn.execute("DELETE FROM event_keys")
        conn.execute("DELETE FROM incidents")
        conn.execute("UPDATE events SET incident = id, component = id")
        conn.execute(f"DELETE FROM {schema.MIGRATIONS_TABLE} WHERE name = '0011_merge_open_areas'")
    with Store.open(str(path)) as store:
        with store.engine.connect() as conn:
            assert "0011_merge_open_areas" in migrations.applied(conn)
            assert conn.execute(sa.select(sa.func.count()).select_from(schema.event_keys)).scalar()
        save(store, attack("ev_z", "d9", RED_SEA))
        with store.engine.connect() as conn:
            incident = dict(conn.execute(sa.select(schema.events.c.id, schema.events.c.incident)).all())
    assert incident == {"ev_a": "ev_a", "ev_b": "ev_a", "ev_z": "ev_a"}


@pytest.mark.slow
def test_wires_of_our_own_through_the_pipeline(tmp_path: Path, pipe) -> None:  # type: ignore[no-untyped-def]
    """Sentences of the shape wires use for shipping attacks, French and English: the two Red Sea
    reports are one incident; the Black Sea attack and the strike on Odesa's port the same day
    stay two."""
    from newsevents.ingest import ingest

    docs = [
        {"id": "sea-en", "language": "en", "published": "2026-07-08",
         "text": "A Liberian-flagged tanker was hit by a drone in the Red Sea on Tuesday, the British "
                 "maritime agency UKMTO said. Yemen's Houthi rebels claimed the attack."},
        {"id": "sea-fr", "language": "fr", "published": "2026-07-08",
         "text": "Un pétrolier battant pavillon libérien a été touché mardi par un drone en mer Rouge, "
                 "a indiqué l'agence maritime britannique UKMTO. Les rebelles houthis ont revendiqué "
                 "l'attaque."},
        {"id": "black-sea", "language": "en", "published": "2026-07-08",
         "text": "A Russian drone struck a cargo ship in the Black Sea on Tuesday, Ukraine's navy said."},
        {"id": "odesa-port", "language": "en", "published": "2026-07-08",
         "text": "A Russian drone struck the port of Odesa on Tuesday, wounding two workers, the regional "
                 "governor said."},
    ]
    source = tmp_path / "sea.jsonl"
    source.write_text("\n".join(json.dumps(d) for d in docs), encoding="utf-8")
    with Store.open(str(tmp_path / "sea.db")) as store:
        assert ingest([str(source)], store, pipeline=pipe).ok
        of: dict[str, set[str]] = {}
        for e in store.events():
            for s in e["sources"]:
                of.setdefault(s["document"], set()).add(e["id"])
    assert of["sea-en"] & of["sea-fr"]
    assert not of["black-sea"] & of["odesa-port"]
