"""Issue 12 (speed), round 20: the merge's small kernels give what the general code gives.

store.merging.chunks slices a list instead of walking it, write_many reads a row's values with
one itemgetter, and _digest writes the text of a one-report incident directly: each test here
compares the fast path with the plain code it replaces, on values made up for it, including the
cases the fast path must leave to the plain code (ids json.dumps escapes, one-column rows).
"""

from __future__ import annotations

import hashlib
import json

import pytest
import sqlalchemy as sa

from newsevents.resolve.cluster import Cluster
from newsevents.store import merging


def plain_chunks(items: list[object], size: int) -> list[list[object]]:
    out: list[list[object]] = []
    for at in range(0, len(items), size):
        out.append(items[at:at + size])
    return out


@pytest.mark.parametrize("n,size", [(0, 3), (1, 3), (3, 3), (7, 3), (10, 1), (5, 100)])
def test_chunks_of_a_list_a_tuple_a_set_and_a_generator_agree(n: int, size: int) -> None:
    items = [f"ev_{i}" for i in range(n)]
    want = plain_chunks(items, size)
    assert list(merging.chunks(items, size)) == want
    assert list(merging.chunks(tuple(items), size)) == want
    assert list(merging.chunks(iter(items), size)) == want
    assert sorted(x for b in merging.chunks(set(items), size) for x in b) == items
    assert all(isinstance(b, list) for b in merging.chunks(tuple(items), size))


def test_chunks_of_a_list_are_new_lists() -> None:
    items = [1, 2, 3, 4]
    first = next(merging.chunks(items, 2))
    first.append(99)
    assert items == [1, 2, 3, 4]


def plain_digest(c: Cluster) -> str:
    text = json.dumps([c.ids, c.reasons], sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


@pytest.mark.parametrize("ids,reasons", [
    (["ev_000001_0"], {}),
    (["ev_late_00000012"], {}),
    (["a b~!#$%&'()*+,-./:;<=>?@[]^_`{|}"], {}),
    (['ev_"quoted"'], {}),          # escaped by json.dumps: the plain path
    (["ev\\back"], {}),
    (["évènement"], {}),            # not ASCII: \\u escapes
    (["ev_\n1"], {}),               # a control character
    ([""], {}),
    (["ev_1", "ev_2"], {"ev_2": {"with": "ev_1", "rule": "place", "km": 1.5, "shared": []}}),
    (["ev_1"], {"ev_1": {"with": "ev_0", "rule": "target", "km": None, "shared": ["x"]}}),
])
def test_digest_equals_the_json_digest(ids: list[str], reasons: dict) -> None:
    c = Cluster(ids, reasons)
    assert merging._digest(c) == plain_digest(c)


def test_write_many_writes_every_column_in_order_one_or_several() -> None:
    engine = sa.create_engine("sqlite://")
    meta = sa.MetaData()
    one = sa.Table("one", meta, sa.Column("a", sa.String))
    three = sa.Table("three", meta, sa.Column("a", sa.String), sa.Column("b", sa.Integer),
                     sa.Column("c", sa.Float))
    meta.create_all(engine)
    rows3 = [{"c": i / 2, "a": f"x{i}", "b": i, "extra": "ignored"} for i in range(7)]
    with engine.begin() as conn:
        assert merging._raw_sqlite(conn)
        merging.write_many(conn, one.insert(), "INSERT INTO one (a) VALUES (?)", ("a",),
                           [{"a": f"y{i}"} for i in range(5)])
        merging.write_many(conn, three.insert(), "INSERT INTO three (b, a, c) VALUES (?, ?, ?)",
                           ("b", "a", "c"), rows3)
        merging.write_many(conn, one.insert(), "INSERT INTO one (a) VALUES (?)", ("a",), [])
        ones = [r[0] for r in conn.execute(sa.select(one.c.a).order_by(one.c.a))]
        assert ones == [f"y{i}" for i in range(5)]
        got = conn.execute(sa.select(three.c.a, three.c.b, three.c.c).order_by(three.c.b)).all()
    assert [tuple(r) for r in got] == [(f"x{i}", i, i / 2) for i in range(7)]
