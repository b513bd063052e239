"""Round 30 (scale, second task): issue 12, reusing within one refresh the comparisons ``_pairs``
made when the clustering asks for the same pair was measured, not built (bench/RESULTS.md round
30: one clustering comparison in ten is a pair ``_pairs`` compared, under 1% of the merge's CPU).
What such a reuse would rest on, and what the store's order independence already leans on, is
tested here: ``compare(a, b)`` and ``compare(b, a)`` agree, reason, rule, distance and shared
names alike, over random pairs of reports of a dense synthetic store (the towns, provinces,
countries, dates, targets and weapons of bench/merge_scale.py, crowded into a few towns and
weeks so that most pairs reach the place rules)."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta
from typing import Any

import pytest

from newsevents.resolve.cluster import contains_any, kept
from newsevents.resolve.keys import Key, key_of_event
from newsevents.resolve.match import clash, compare

Record = dict[str, Any]
TOWNS = [  # (name, country, province, lat, lon): two countries, neighbouring towns and a far one
    ("Kerba", "ML", "Mopti", 14.50, -4.20), ("Sarafe", "ML", "Mopti", 14.53, -4.23),
    ("Dalou", "ML", "Ségou", 13.40, -6.20), ("Tessit", "NE", "Tillabéri", 15.20, 0.80),
    ("Ayorou", "NE", "Tillabéri", 14.73, 0.92),
]
TYPES = ["air_strike", "drone_strike", "shelling", "armed_clash", "explosion"]
TARGETS = [None, None, "Marché central", "Camp de Tessit", "Pont de Dalou"]
WEAPONS = [None, None, ("Shahed-136", "drone"), ("Bayraktar TB2", "drone"), ("Grad", "rocket_artillery")]
ACTORS = [None, ("JNIM", "armed_group", None), ("Forces armées maliennes", "military", "ML"),
          ("Armée nigérienne", "military", "NE")]


def _report(r: random.Random, n: int) -> Record:
    name, cc, province, lat, lon = r.choice(TOWNS)
    day = date(2025, 6, 1) + timedelta(days=r.randrange(6))
    u = r.random()
    if u < 0.75:
        when = {"start": day.isoformat(), "end": day.isoformat(), "precision": "day"}
    elif u < 0.9:
        when = {"start": day.isoformat(), "end": (day + timedelta(days=2)).isoformat(), "precision": "range",
                "inferred": r.random() < 0.5}
    else:
        when = {"start": "2025-06-01", "end": "2025-06-30", "precision": "month"}
    v = r.random()
    if v < 0.6:
        loc: Record | None = {"name": name, "country": cc, "admin1": province, "precision": "city",
                              "lat": lat + r.uniform(-0.02, 0.02), "lon": lon + r.uniform(-0.02, 0.02)}
    elif v < 0.8:
        loc = {"name": province, "country": cc, "admin1": province, "precision": "admin1",
               "lat": lat + 0.3, "lon": lon - 0.3}
    elif v < 0.9:
        loc = {"name": cc, "country": cc, "lat": lat + 1, "lon": lon + 1, "precision": "country"}
    else:
        loc = None
    target, weapon, actor = r.choice(TARGETS), r.choice(WEAPONS), r.choice(ACTORS)
    return {"kind": "event", "id": f"ev{n:04d}", "type": r.choice(TYPES),
            "status": r.choice(["reported", "claimed"]), "date": when, "location": loc,
            "actors": [{"name": actor[0], "kind": actor[1], "country": actor[2], "role": "perpetrator"}]
            if actor else [],
            "targets": [{"name": target, "kind": "facility"}] if target else [],
            "weapons": [{"name": weapon[0], "category": weapon[1]}] if weapon else [],
            "sources": [{"document": f"doc{r.randrange(40)}", "spans": [[0, 10]]}]}


def _keys(seed: int, count: int) -> list[Key]:
    r = random.Random(seed)
    keys = [key_of_event(_report(r, n)) for n in range(count)]
    return [k for k in keys if k is not None]


@pytest.mark.parametrize("seed", range(3))
def test_compare_is_symmetric_over_random_pairs(seed: int) -> None:
    keys = _keys(seed, 120)
    assert len(keys) == 120
    matched = 0
    for a, b in itertools.combinations(keys, 2):
        ab, ba = compare(a, b), compare(b, a)
        assert ab == ba, (a.id, b.id, ab, ba)
        assert clash(a, b) == clash(b, a), (a.id, b.id)
        matched += ab is not None
    # the pairs reach the rules past the date test (a symmetric "no" everywhere would prove nothing)
    assert matched > 200


@pytest.mark.parametrize("seed", range(2))
def test_a_kept_pair_is_kept_whichever_report_looked_it_up(seed: int) -> None:
    """``_pairs`` compares (stored, new) and keeps a link by ``kept(stored, new, reason)``; the
    clustering sweeps by date: the same pair may come in either order."""
    keys = _keys(100 + seed, 100)
    flagged = {k.id for k in keys[::3] if contains_any(k)}  # some area reports ambiguous
    rules = set()
    for a, b in itertools.combinations(keys, 2):
        reason = compare(a, b)
        if reason is None:
            continue
        rules.add(reason.rule)
        for ambiguous in (None, flagged):
            assert kept(a, b, reason, ambiguous) == kept(b, a, reason, ambiguous), (a.id, b.id, reason)
    assert {"place", "contains"} <= rules
