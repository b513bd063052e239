"""Issue 12 (speed), round 25: a candidate found under several blocks of one report is pre-tested
and compared once for that report.

store.merging._pairs reads the candidates a batch's reports look up in the index (``found``: a
stored report -> the hashed blocks it was found under; ``wanted``: a hash -> the reports that
looked it up). A stored report in the same grid cell, town name and target block as a new report
was found three times for it; the pre-tests (unpack_meeting: dates, places) ran once per block.
``_lookers`` gives each candidate its lookers once. The tests: the lookers are the plain
expression's, each once, in the order of their first block; and on random reports saved to a
store, the pairs ``_pairs`` returns are the pairs compare accepts (every one for a report that
may contain others, at least one kept pair for each component the plain comparison links).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any

import pytest

from newsevents.resolve import key_of_event
from newsevents.resolve.cluster import contains_any, kept
from newsevents.resolve.keys import Key
from newsevents.resolve.match import compare
from newsevents.store import Store, merging, schema

Record = dict[str, Any]


def key(eid: str) -> Key:
    k = key_of_event({"id": eid, "type": "shelling", "date": {"start": "2025-03-02", "precision": "day"},
                      "location": None, "sources": [{"document": f"d-{eid}"}]})
    assert k is not None
    return k


def plain_lookers(hashes: set[int], wanted: dict[int, list[Key]]) -> list[Key]:
    """What _pairs walked before: every looker of every block, repeats included."""
    return [k for h in hashes for k in wanted[h]]


@pytest.mark.parametrize("seed", range(8))
def test_each_looker_once_in_the_order_of_its_first_block(seed: int) -> None:
    rng = random.Random(seed)
    ks = [key(f"n{i}") for i in range(6)]
    wanted = {h: rng.sample(ks, rng.randint(1, 4)) for h in range(-5, 5)}
    found = {f"s{i}": set(rng.sample(sorted(wanted), rng.randint(1, 5))) for i in range(12)}
    got = merging._lookers(found, wanted)
    assert set(got) == set(found)
    for eid, hashes in found.items():
        plain = plain_lookers(hashes, wanted)
        assert [k.id for k in got[eid]] == list(dict.fromkeys(k.id for k in plain))
        assert len({k.id for k in got[eid]}) == len(got[eid])


def test_a_candidate_under_three_blocks_of_one_report_is_looked_at_once() -> None:
    a, b = key("n1"), key("n2")
    wanted = {1: [a], 2: [a, b], 3: [a]}
    got = merging._lookers({"s1": {1, 2, 3}, "s2": {3}}, wanted)
    assert sorted(k.id for k in got["s1"]) == ["n1", "n2"]
    assert [k.id for k in got["s2"]] == ["n1"]
    assert len(plain_lookers({1, 2, 3}, wanted)) == 4  # the plain walk met n1 three times


# Random reports of one week in two countries: towns a few km apart (several blocks shared:
# cell, town name, target), provinces and countries (they contain), named targets and weapons.
TOWNS = [("Alpha", 48.50, 35.00), ("Alpha", 48.52, 35.03), ("Beta", 48.60, 35.10), ("Gamma", 48.90, 35.60),
         ("Delta", 49.40, 36.20)]


def random_report(rng: random.Random, n: int) -> Record:
    day = date(2025, 3, 1) + timedelta(days=rng.randrange(4))
    u = rng.random()
    name, lat, lon = rng.choice(TOWNS)
    country = "UA" if rng.random() < 0.85 else "RU"
    if u < 0.65:
        loc: Record | None = {"name": name, "country": country, "admin1": "Dnipro", "lat": lat, "lon": lon,
                              "precision": "city"}
    elif u < 0.8:
        loc = {"name": "Dnipro", "country": country, "admin1": "Dnipro", "lat": 48.46, "lon": 35.04,
               "precision": "admin1"}
    elif u < 0.9:
        loc = {"name": country, "country": country, "lat": 49.0, "lon": 32.0, "precision": "country"}
    else:
        loc = None
    targets = [{"name": rng.choice(["Alpha refinery", "Beta bridge"]), "kind": "facility"}] \
        if rng.random() < 0.3 else []
    weapons = [{"name": rng.choice(["Kalibr", "Shahed-136"]), "category": "missile"}] \
        if rng.random() < 0.3 else []
    return {"kind": "event", "id": f"ev_{n:04d}", "type": rng.choice(["missile_strike", "shelling"]),
            "status": "reported", "background": False, "summary": "",
            "date": {"start": day.isoformat(), "end": day.isoformat(), "precision": "day"},
            "location": loc, "actors": [], "targets": targets, "weapons": weapons, "fatalities": None,
            "injured": None, "damage": [], "sources": [{"document": f"doc-{n}", "spans": [[0, 5]]}]}


def save(store: Store, reports: list[Record]) -> None:
    """Document and report rows, then the merge (the store's write path minus the NLP)."""
    with store._writer.begin() as conn:
        conn.execute(schema.documents.insert(), [{
            "id": r["sources"][0]["document"], "sha256": r["id"], "path": None, "url": None, "title": None,
            "language": "en", "published": None, "ingested_at": "2025-03-05T00:00:00", "text": "x",
            "record": json.dumps({"kind": "document", "id": r["sources"][0]["document"]})} for r in reports])
        conn.execute(schema.events.insert(), [{
            "id": r["id"], "document": r["sources"][0]["document"], "ord": 0, "type": r["type"],
            "status": "reported", "background": False, "date_start": r["date"]["start"],
            "date_end": r["date"]["end"], "country": (r["location"] or {}).get("country"),
            "record": json.dumps(r), "incident": r["id"], "component": r["id"]} for r in reports])
        merging.refresh(conn, reports)


@pytest.mark.parametrize("seed", range(4))
def test_the_pairs_are_the_pairs_compare_accepts(seed: int, tmp_path: Any) -> None:
    rng = random.Random(seed)
    stored = [random_report(rng, n) for n in range(120)]
    new = [random_report(rng, n) for n in range(1000, 1030)]
    merging._decoded.clear()
    with Store.open(str(tmp_path / "s.db")) as store:
        save(store, stored)
        e = schema.events
        with store.engine.connect() as conn:
            rows = conn.execute(e.select().with_only_columns(e.c.id, e.c.component, e.c.mkey)).all()
            stored_keys = {r[0]: Key.unpack(r[2]) for r in rows}
            component_of_stored = {r[0]: r[1] for r in rows}
            keyed = [k for r in new if (k := key_of_event(r)) is not None]
            loaded: dict[str, Key] = {}
            component_of: dict[str, str] = {}
            pairs = merging._pairs(conn, keyed, set(), loaded, component_of)
    assert sum(len(ps) for ps in pairs.values()) > len(keyed)  # the check has pairs to check
    assert any(contains_any(k) and pairs.get(k.id) for k in keyed)
    for k in keyed:
        accepted = {x.id: reason for x in stored_keys.values() if (reason := compare(x, k)) is not None}
        got = pairs.get(k.id, {})
        assert set(got) <= set(accepted)
        assert all(got[x][1] == accepted[x] for x in got)
        if contains_any(k):
            assert set(got) == set(accepted)  # its ambiguity reads every report it contains
        linking = {component_of_stored[x] for x, reason in accepted.items()
                   if kept(stored_keys[x], k, reason)}
        linked = {component_of[x] for x, (s, reason) in got.items() if kept(s, k, reason)}
        assert linked == linking


# --- the decoded keys: the oldest dropped first, never all -----------------------------------------
def day_key(n: int) -> Key:
    day = (date(2025, 1, 1) + timedelta(days=n)).isoformat()
    k = key_of_event({"id": f"k{n}", "type": "shelling", "date": {"start": day, "precision": "day"},
                      "location": None, "sources": [{"document": f"d{n}"}]})
    assert k is not None
    return k


def test_a_full_cache_keeps_the_keys_decoded_last(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merging, "DECODED_MAX", 6)
    monkeypatch.setattr(merging, "_decoded", {})
    keys = [day_key(n) for n in range(10)]
    texts = [k.pack() for k in keys]
    assert merging.unpack(texts[:6]) == keys[:6]
    assert merging.unpack(texts[6:8]) == keys[6:8]  # over the bound: the oldest half dropped
    assert len(merging._decoded) <= 6
    assert texts[6] in merging._decoded and texts[7] in merging._decoded and texts[5] in merging._decoded
    assert texts[0] not in merging._decoded
    assert merging.unpack(texts[4:10]) == keys[4:10]  # hits and misses together, still right
    assert len(merging._decoded) <= 6 and texts[9] in merging._decoded


def test_unpack_meeting_makes_room_the_same_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merging, "DECODED_MAX", 4)
    monkeypatch.setattr(merging, "_decoded", {})
    keys = [day_key(n) for n in range(6)]
    texts = [k.pack() for k in keys]
    assert merging.unpack(texts[:4]) == keys[:4]
    rows = [(k.id, k.id, t) for k, t in zip(keys[3:6], texts[3:6], strict=True)]
    got = list(merging.unpack_meeting(rows, lambda eid: keys))  # every report meets itself by date
    assert [k for _, _, k in got] == keys[3:6]
    assert len(merging._decoded) <= 4
    assert all(t in merging._decoded for t in texts[3:6])  # the hit and the two just built


@pytest.mark.parametrize("bound,batches", [(5, 7), (40, 5), (1000, 3)])
def test_the_cache_always_gives_each_text_s_own_key(monkeypatch: pytest.MonkeyPatch, bound: int,
                                                    batches: int) -> None:
    monkeypatch.setattr(merging, "DECODED_MAX", bound)
    monkeypatch.setattr(merging, "_decoded", {})
    keys = [day_key(n) for n in range(60)]
    rng = random.Random(bound)
    for _ in range(batches):
        pick = rng.sample(range(60), 20)
        assert merging.unpack([keys[i].pack() for i in pick]) == [keys[i] for i in pick]
        assert len(merging._decoded) <= max(bound, 20)
