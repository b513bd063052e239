"""Round 28 (scale): the storing process's repeated work cut, the register unchanged.

- a save's merge reads the new reports and claims as built (store._as_stored) instead of parsing
  back the JSON just written, when that JSON gives them back unchanged (store.json_plain); a
  record it would not (a tuple, an int key, a float subclass, NaN) is still read from its text.
"""

from __future__ import annotations

import json
import math

import pytest
import sqlalchemy as sa
from test_merge_order import KYIV, article
from test_scale_r27b import weapon_articles

from newsevents.store import Store, _built, json_plain, merging, schema

PLAIN = [
    {},
    [],
    {"id": "ev_1", "n": 3, "ok": True, "none": None, "km": 1.5, "neg": -0.0, "big": 10 ** 20},
    {"nested": {"b": [{"c": "é中"}, [1, [2, [3]]]], "a": False}},
    "text",
]


class Name(str):
    """A str subclass: json.loads gives back a plain str."""


NOT_PLAIN = [
    {"span": (1, 2)},  # a tuple comes back a list
    {1: "x"},  # an int key comes back a str
    {"a": [{"b": {"c": (0,)}}]},  # deep inside
    {"x": math.nan},
    {"x": math.inf},
    {"x": Name("Kyiv")},
    {"x": {"a", "b"}},  # not JSON at all
    {"x": 2.5j},
]


class Float(float):
    """A float subclass (as numpy's float64 is)."""


@pytest.mark.parametrize("value", PLAIN)
def test_a_plain_record_comes_back_from_its_json_as_it_is(value: object) -> None:
    assert json_plain(value)
    assert json.loads(merging.dumps(value)) == value


@pytest.mark.parametrize("value", [*NOT_PLAIN, {"lat": Float(50.45)}, [Float(1.0)]])
def test_a_record_its_json_changes_is_not_plain(value: object) -> None:
    assert not json_plain(value)


def _register(conn: sa.Connection) -> list[tuple]:
    i, e = schema.incidents, schema.events
    return [*conn.execute(sa.select(*i.columns).order_by(i.c.id)).all(),
            *conn.execute(sa.select(e.c.id, e.c.incident, e.c.component, e.c.mkey).order_by(e.c.id)).all()]


def test_the_records_a_save_merges_are_those_its_rows_hold() -> None:
    for art in weapon_articles():
        rows, (events, claims) = _built(art)
        assert events and [json.loads(r["record"]) for r in rows[schema.events]] == events
        assert [json.loads(r["record"]) for r in rows[schema.claims]] == claims


def test_a_save_merges_as_the_register_rebuilt_from_the_stored_records(tmp_path) -> None:  # type: ignore[no-untyped-def]
    arts = weapon_articles()
    odd = article("w4", [("missile_strike", KYIV, {})])
    odd.events[0].acled = {"event_type": ("Explosions", "Remote violence")}  # type: ignore[dict-item]
    assert not json_plain(odd.events[0].to_json())  # this one is read back from its text
    with Store.open(str(tmp_path / "r.db")) as store:
        store.save_many([*arts, odd])
        with store.engine.begin() as conn:
            saved = _register(conn)
            merging.rebuild(conn)  # every record read from its stored JSON
            assert _register(conn) == saved
    assert len(saved) > len(arts)
