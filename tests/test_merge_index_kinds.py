"""Issue 12, round 12: the stored index files an ambiguous area report that can only contain
under its own kind (``A``), which only loose reports look up (resolve.blocks.stored_index_keys,
stored_lookup_keys).

Such a report links nothing with a report that is not loose while its flag holds
(cluster.kept), so a town's merge need not read it; but the index must follow the flag: when a
deletion makes the report unambiguous again, its rows go back to ``a`` and a town report that
it contains finds it. Checked on the reports of tests/test_merge_pretests.py (a convoy ambush in
western Niger told at towns, a site, the province and the country) and through the store: the
index rows always equal those of the packed keys, and the register equals the batch merge.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
import sqlalchemy as sa
from test_merge_pretests import REPORTS, keys, place, report, save

from newsevents.resolve import key_of_event, merge_events
from newsevents.resolve.blocks import (
    ONLY_CONTAINS,
    dated_keys,
    index_rows,
    key_hash,
    stored_index_keys,
    stored_lookup_keys,
)
from newsevents.resolve.keys import Key
from newsevents.resolve.match import contains_only, contains_only_key
from newsevents.store import Store, merging, schema

Record = dict[str, Any]


def by_id() -> dict[str, Key]:
    return {k.id: k for k in keys()}


def test_contains_only_key_is_the_packed_pre_test() -> None:
    """The key's test equals the packed fields' test (match.contains_only) for each report and
    flag; only the province and the country reports, flagged, can only contain (a13 names a
    weapon, a6 a target, the towns are no areas, the summons are place-free)."""
    only = set()
    for k in keys():
        for flag in (False, True):
            packed = json.loads(k.pack(ambiguous=flag))
            assert contains_only_key(k, flag) is contains_only(packed), (k.id, flag)
            if contains_only_key(k, flag):
                only.add((k.id, flag))
    assert only == {("a8", True), ("a9", True)}


def test_flagged_areas_are_filed_under_their_own_kind() -> None:
    ks = by_id()
    country, town, weapon_area = ks["a9"], ks["a1"], ks["a13"]
    flagged = stored_index_keys(country, True)
    assert any(x.startswith(ONLY_CONTAINS + "|") for x in flagged)
    assert not any(x.startswith("a|") for x in flagged)
    assert {x[1:] for x in flagged} == {x[1:] for x in dated_keys(country)}  # only the kind changes
    assert stored_index_keys(country, False) == dated_keys(country)
    assert stored_index_keys(town, True) == dated_keys(town)
    assert stored_index_keys(weapon_area, True) == dated_keys(weapon_area)
    rows = index_rows([country], {"a9": True})
    assert {r["key"] for r in rows} == {key_hash(x) for x in flagged}
    assert index_rows([country]) == index_rows([country], {"a9": False})  # the key's own flag


def test_only_loose_reports_look_the_own_kind_up() -> None:
    """A town (not loose) meets the country report's rows when unflagged, not when flagged
    (unless the caller asks for every pair); the province (loose) meets them either way."""
    ks = by_id()
    country, town, province = ks["a9"], ks["a1"], ks["a8"]

    def meets(looker: Key, full: bool, flag: bool) -> bool:
        return bool({key_hash(x) for x in stored_lookup_keys(looker, full)}
                    & {key_hash(x) for x in stored_index_keys(country, flag)})

    assert meets(town, False, False) and not meets(town, False, True)
    assert meets(town, True, True)
    assert meets(province, False, True) and meets(province, False, False)


def index_matches_packed_keys(store: Store) -> set[str]:
    """Assert every stored report's index rows are those of its packed key (flag included);
    returns the reports filed under the own kind."""
    with store.engine.connect() as conn:
        stored = {eid: Key.unpack(mk) for eid, mk in conn.execute(
            sa.select(schema.events.c.id, schema.events.c.mkey)).all() if mk}
        rows: dict[str, set[int]] = {}
        for h, eid in conn.execute(sa.select(schema.event_keys.c.key, schema.event_keys.c.event)).all():
            rows.setdefault(eid, set()).add(h)
    for eid, k in stored.items():
        assert rows.get(eid, set()) == {r["key"] for r in index_rows([k])}, eid
    return {eid for eid, k in stored.items() if contains_only_key(k, k.ambiguous)}


def incidents(store: Store) -> dict[str, str]:
    with store.engine.connect() as conn:
        return dict(conn.execute(sa.select(schema.events.c.id, schema.events.c.incident)).all())


@pytest.mark.parametrize("seed", range(4))
def test_the_index_follows_the_flags_in_any_order(seed: int, tmp_path: Any) -> None:
    """Saved one at a time in a shuffled order: after each save the index equals the packed
    keys', and at the end the register is the batch's, with the ambiguous country report (it
    contains several incidents) filed under the own kind."""
    order = list(REPORTS)
    random.Random(seed).shuffle(order)
    _, want = merge_events(REPORTS)
    merging._decoded.clear()
    with Store.open(str(tmp_path / "s.db")) as store:
        for r in order:
            save(store, r)
            index_matches_packed_keys(store)
        assert "a9" in index_matches_packed_keys(store)
        assert incidents(store) == want


TOWN, FAR_TOWN = place("Tillaberi", 14.21, 1.45), place("Ayorou", 15.11, 1.75)
COUNTRY = place("Niger", 17.6, 8.1, "country", admin1=None)


@pytest.mark.parametrize("first", ["country", "towns"])
def test_a_deletion_files_the_report_back_and_a_town_finds_it(first: str, tmp_path: Any) -> None:
    """An "in Niger" report with two towns' strikes of the day is ambiguous (filed ``A``); both
    towns' documents deleted, it contains nothing and is filed ``a`` again, so a new report at a
    town, which looks up ``a`` only, finds it and joins it, as the batch merge does. (Left under
    ``A``, the town would not meet it: two incidents.)"""
    country = report("n1", "dn1", COUNTRY)
    towns = [report("t1", "dt1", TOWN), report("t2", "dt2", FAR_TOWN)]
    merging._decoded.clear()
    with Store.open(str(tmp_path / "s.db")) as store:
        for r in ([country, *towns] if first == "country" else [*towns, country]):
            save(store, r)
        assert index_matches_packed_keys(store) == {"n1"}
        store.delete("dt1")
        store.delete("dt2")
        assert index_matches_packed_keys(store) == set()
        late = report("t3", "dt3", TOWN)
        save(store, late)
        index_matches_packed_keys(store)
        got = incidents(store)
    _, want = merge_events([country, late])
    assert got == want
    assert got["n1"] == got["t3"]


def test_the_country_report_contains_the_town() -> None:
    """The premise of the deletion test: alone, the country report and the town report are one
    incident (containment), and with the far town's report too the country one stays apart."""
    a, b, c = (key_of_event(report(i, d, p)) for i, d, p in
               (("n1", "dn1", COUNTRY), ("t3", "dt3", TOWN), ("t2", "dt2", FAR_TOWN)))
    assert a is not None and b is not None and c is not None
    _, two = merge_events([report("n1", "dn1", COUNTRY), report("t3", "dt3", TOWN)])
    assert two["n1"] == two["t3"]
    _, three = merge_events([report("n1", "dn1", COUNTRY), report("t3", "dt3", TOWN),
                             report("t2", "dt2", FAR_TOWN)])
    assert three["n1"] not in (three["t3"], three["t2"])
