"""Round 27 (scale, second task): the single writer's repeated work cut, the register unchanged.

- a stored record's text comes from one JSON encoder made once (store.merging.dumps), for the
  document rows (store._rows) and the incident rows alike: the same text as json.dumps with the
  same arguments;
- the claims' refresh decodes its reports' packed keys through merging's decoded keys
  (merging.unpack) instead of Key.unpack per row: the same keys, cold or warm;
- the rows of a save are inserted through the driver on SQLite (store._insert): the same stored
  values and storage classes as SQLAlchemy's insert.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
import sqlalchemy as sa
from test_merge_order import KYIV, RUSSIA, article
from test_store import make_claim

from newsevents.model import Weapon
from newsevents.resolve.keys import Key
from newsevents.store import Store, _insert, _rows, merging, merging_claims, schema

RECORDS = [
    {},
    {"id": "ev_1", "type": "missile_strike", "fatalities": 3, "background": False},
    {"title": "Frappe sur Kharkiv : « deux morts »", "km": 1.5, "none": None, "list": [1, 2.25, "é"]},
    {"nested": {"b": [{"c": "\u00e9\u4e2d"}], "a": True}, "quote": 'il a dit "non"\n\\fin'},
    {"tuple": (1, "x"), "z": -0.0, "big": 10 ** 20, "ctl": "\x01\t"},
]


@pytest.mark.parametrize("record", RECORDS)
def test_a_record_is_written_as_json_dumps_writes_it(record: dict) -> None:
    assert merging.dumps(record) == json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def weapon_articles() -> list:
    """Two outlets' reports of one strike with a named weapon, and a claim about each."""
    arts = []
    for doc in ("w1", "w2"):
        art = article(doc, [("missile_strike", KYIV, {"actors": [RUSSIA],
                                                      "weapons": [Weapon("Scud", "ballistic_missile")]})])
        art.claims.append(make_claim(doc, "Kyiv", "assert", "a Scud hit the city", (0, 6),
                                     about=[art.events[0].id]))
        arts.append(art)
    arts.append(article("w3", [("shelling", KYIV, {})]))  # a report with no weapon
    return arts


def plain_event_info(conn: sa.Connection, about: list[str]) -> dict[str, tuple[Key, frozenset[str]]]:
    """What merging_claims._event_info gave before: Key.unpack of every stored packed key."""
    e = schema.events
    out = {}
    for rid, packed in conn.execute(sa.select(e.c.id, e.c.mkey).where(e.c.id.in_(about))):
        k = Key.unpack(packed) if packed else None
        if k is not None and k.weapons:
            out[rid] = (k, k.actors)
    return out


def test_the_claims_refresh_reads_the_same_keys_cold_and_warm(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(str(tmp_path / "c.db")) as store:
        arts = weapon_articles()
        store.save_many(arts)
        about = [a.events[0].id for a in arts]
        records = {"c": {"about": about}}
        with store.engine.connect() as conn:
            want = plain_event_info(conn, about)
            assert len(want) == 2  # the two weapon reports, not the shelling
            merging._decoded.clear()
            cold = merging_claims._event_info(conn, records)
            warm = merging_claims._event_info(conn, records)  # every key from the decoded ones now
            assert cold == want and warm == want
            claims = {c.id for a in arts[:2] for c in a.claims}
            merging._decoded.clear()
            partners = merging_claims._weapon_partners(conn, {next(iter(sorted(claims)))})
            assert partners == merging_claims._weapon_partners(conn, {next(iter(sorted(claims)))})
            assert partners == claims  # the other outlet's claim shares the weapon


def stored_rows(url: str) -> dict[str, list[tuple]]:
    engine = sa.create_engine(url)
    out = {}
    with engine.connect() as conn:
        for table in (schema.documents, schema.events, schema.claims, schema.mentions):
            cols = ", ".join(f'"{c.name}", typeof("{c.name}")' for c in table.columns)
            query = f'SELECT {cols} FROM "{table.name}" ORDER BY rowid'
            out[table.name] = [tuple(r) for r in conn.exec_driver_sql(query)]
    engine.dispose()
    return out


def test_the_driver_inserts_what_sqlalchemy_inserts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    arts = weapon_articles()
    arts[0].published = None  # a NULL column among the values
    arts[0].events[0].background = True  # a boolean stored as an integer
    rows = [_rows(a) for a in arts]
    for r in rows:  # one ingest time for both stores
        for row in r[schema.documents]:
            row["ingested_at"] = date(2025, 3, 4).isoformat()
    urls = []
    for name, driver in (("raw.db", True), ("sa.db", False)):
        url = f"sqlite:///{tmp_path / name}"
        engine = sa.create_engine(url)
        schema.metadata.create_all(engine)
        with engine.begin() as conn:
            for r in rows:
                if driver:
                    _insert(conn, r)
                else:
                    for table, batch in r.items():
                        if batch:
                            conn.execute(table.insert(), batch)
        engine.dispose()
        urls.append(url)
    raw, plain = (stored_rows(u) for u in urls)
    assert raw == plain
    assert raw["events"] and raw["claims"] and raw["documents"]
