"""Issue 12: how the store writes a rewritten incident does not change the register.

An incident that keeps its id and its indexed columns (type, status, dates, country, point,
component) is updated in place (store.merging ``_SETTLED``); one whose indexed columns change is
deleted and inserted again. Either way every column of every incident row equals what another
arrival order writes, and the register equals the batch clustering.
"""

from __future__ import annotations

import itertools
from datetime import date

import sqlalchemy as sa
from test_merge_order import KYIV, KYIV_WEST, RUSSIA, article, batch, register

from newsevents.model import Place, When
from newsevents.store import Store, merging, schema

# a site inside Kyiv: a report placed there moves the incident's point (the most precise place)
PLANT_SITE = Place("Antonov plant", "UA", 50.46, 30.51, "site", admin1="Kyiv City", text="l'usine")
WEEK = When(date(2025, 3, 1), date(2025, 3, 7), "week", text="cette semaine")


def docs() -> dict:
    return {
        # the first report of a strike on Kyiv
        "a1": article("a1", [("missile_strike", KYIV, {"actors": [RUSSIA], "fatalities": 3})]),
        # another outlet: same day, same city (nothing indexed changes: updated in place)
        "a2": article("a2", [("missile_strike", KYIV_WEST, {"fatalities": 4})]),
        # a third, placed at a site: the incident's point moves (deleted and inserted again)
        "a5": article("a5", [("missile_strike", PLANT_SITE, {"injured": 2})]),
        # a loosely dated report of one of the same city's strikes: joins nothing on place alone
        "a4": article("a4", [("missile_strike", KYIV, {"when": WEEK})]),
    }


def rows(store: Store) -> list[tuple]:
    """Every column of every incident row (not the rowid), by id."""
    i = schema.incidents
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(*i.columns).order_by(i.c.id))]


def rowid(store: Store, incident: str) -> int:
    with store.engine.connect() as conn:
        found = conn.execute(sa.text("SELECT rowid FROM incidents WHERE id = :i"), {"i": incident})
        return int(found.scalar_one())


def incident_of(store: Store, doc: str) -> str:
    e = schema.events
    with store.engine.connect() as conn:
        return str(conn.execute(sa.select(e.c.incident).where(e.c.document == doc)).scalar_one())


def test_a_report_that_changes_no_indexed_column_updates_the_row_in_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(str(tmp_path / "w.db")) as store:
        arts = docs()
        # the report with the smaller id first: the incident keeps its id (its smallest report's)
        first, second = sorted(["a1", "a2"], key=lambda d: arts[d].events[0].id)
        store.save(arts[first])
        incident = incident_of(store, first)
        before = rowid(store, incident)
        store.save(arts[second])
        assert incident_of(store, second) == incident
        assert rowid(store, incident) == before  # updated where it lies
        record = register(store)[incident]
        assert len(record["sources"]) == 2 and record["fatalities"] == 3 and record["figures_differ"]
        assert register(store) == batch(store)


def test_a_report_that_moves_the_point_rewrites_the_row(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(str(tmp_path / "m.db")) as store:
        arts = docs()
        store.save(arts["a1"])
        store.save(arts["a2"])
        incident = incident_of(store, "a1")
        # (its id is larger than the incident's: the incident keeps its id, its point moves)
        assert arts["a5"].events[0].id > incident
        store.save(arts["a5"])
        assert incident_of(store, "a5") == incident
        i = schema.incidents
        with store.engine.connect() as conn:
            lat, lon = conn.execute(sa.select(i.c.lat, i.c.lon).where(i.c.id == incident)).one()
        assert (lat, lon) == (50.46, 30.51)  # the site's point in the indexed columns (not kept stale)
        assert register(store) == batch(store)


def test_every_order_writes_the_same_incident_rows(tmp_path) -> None:  # type: ignore[no-untyped-def]
    first: list[tuple] | None = None
    for n, order in enumerate(itertools.permutations(["a1", "a2", "a5", "a4"])):
        with Store.open(str(tmp_path / f"o{n}.db")) as store:
            arts = docs()
            for doc in order:
                store.save(arts[doc])
            got = rows(store)
            assert register(store) == batch(store)
            first = first if first is not None else got
            assert got == first, f"order {order} wrote other incident rows"


def test_deleting_a_report_of_an_incident_updated_in_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The incident loses a report: rewritten (in place or not), never lost or doubled."""
    with Store.open(str(tmp_path / "d.db")) as store:
        arts = docs()
        for doc in ("a1", "a2", "a4"):
            store.save(arts[doc])
        store.delete("a2")
        with Store.open(str(tmp_path / "ref.db")) as ref:
            for doc in ("a1", "a4"):
                ref.save(docs()[doc])
            assert rows(store) == rows(ref)
        assert register(store) == batch(store)


def test_the_indexed_columns_are_those_of_the_incident_indexes() -> None:
    """A new index on ``incidents`` must be in ``_SETTLED`` or an update in place would leave it
    stale: the settled columns are read from the schema's index lists."""
    indexed = {c for _, table, columns in schema.INDEXES + schema.MERGE_INDEXES if table is schema.incidents
               for c in columns}
    assert indexed <= {c.name for c in merging._SETTLED}
    assert "record" in merging._UNSETTLED and "digest" in merging._UNSETTLED
