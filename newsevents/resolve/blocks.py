"""The candidate index: which stored reports a new one must be compared with.

Why blocks: with 1,000,000 reports stored, a new one may only be compared with the few that
could match it. Each report gets index keys (stored in the ``event_keys`` table with its date
interval) and lookup keys; a pair can match (match.compare) only if one's lookup keys meet the
other's index keys and their dates are within ``MAX_TOLERANCE_DAYS``. Every rule of match.py has
its block here:

- ``place``: both at a site or city within 25 km: grid cells of ``CELL_DEGREES`` (``c``);
- ``contains``: a province, region or country report (``a``) meets every report of its country:
  precise ones (``p``) and other imprecise ones, when dated to a few days;
- ``target`` / ``weapon``: a shared specific name (``n``);
- ``parties``: place-free types sharing a party country (``k``);
- ``group``: loosely dated placed reports sharing a non-state armed group (``g``);
- ``span``: unplaced reports of one type dated by one explicit range of a few days (``s``).

Keys carry the type group, so a strike never meets a summons. Lookup keys are a function of the
index keys (kinds ``a`` and ``p`` look each other up), so the relation "A's lookup meets B's
index" is symmetric: the store finds a pair whichever report came first.
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet

from newsevents.resolve import config
from newsevents.resolve.keys import Key, explicit_span


def cells(k: Key) -> list[tuple[int, int]]:
    """Grid cells within the city tolerance of a point: two points that close share one."""
    if k.lat is None or k.lon is None:
        return []
    reach = max(config.place_tolerance().get("site", 25.0), config.place_tolerance().get("city", 25.0))
    dlat = reach / config.KM_PER_DEGREE
    dlon = dlat / max(0.01, math.cos(math.radians(k.lat)))
    size = config.CELL_DEGREES
    return sorted({(math.floor((k.lat + y) / size), math.floor((k.lon + x) / size))
                   for y in (-dlat, dlat) for x in (-dlon, dlon)})


def index_keys(k: Key) -> frozenset[str]:
    """The keys a report is filed under (computed once per key: see Key.blocks)."""
    if k.blocks is None:
        object.__setattr__(k, "blocks", frozenset(_index_keys(k)))
    assert k.blocks is not None
    return k.blocks


def _index_keys(k: Key) -> set[str]:
    out: set[str] = set()
    free = k.type in config.place_free_types()
    for group in config.type_groups(k.type):
        for name in k.names:
            out.add(f"n|{group}|{name}")
        if free:
            out.update(f"k|{group}|{c}" for c in k.countries)
            continue
        if k.vague:
            continue  # a vague report merges on a shared name only
        if k.days > config.PLACE_MAX_DAYS:  # a loosely dated one on a name or an armed group
            if k.placed:
                out.update(f"g|{k.type}|{a}" for a in k.armed)
            continue
        if not k.placed and explicit_span(k):
            out.add(f"s|{k.type}|{k.start}|{k.end}")
        narrow = k.days <= config.CONTAINS_MAX_DAYS  # containment needs narrow dates (match.py)
        if k.precise:
            out.update(f"c|{group}|{x}|{y}" for x, y in cells(k))
            if k.country and narrow:
                out.add(f"p|{group}|{k.country}")
        elif k.placed and k.country and narrow:
            out.add(f"a|{group}|{k.country}")
    return out


def lookup_keys(index: AbstractSet[str]) -> set[str]:
    """The keys whose reports a report filed under ``index`` may match."""
    out = set(index)
    for key in index:
        kind, rest = key[0], key[1:]
        if kind == "a":
            out.add("p" + rest)
        elif kind == "p":
            out.discard(key)  # two precise reports meet in their cells, not by country
            out.add("a" + rest)
    return out


# Date buckets of the stored index (days): a report is filed under each bucket its interval,
# widened by its own tolerance, touches. 2 days: a report dated to a day touches one or two
# buckets, and a lookup returns the reports of the same area within a couple of days.
BUCKET_DAYS = 2


def own_tolerance(k: Key) -> int:
    """A report's share of the date tolerance (match.tolerance_days never exceeds the sum of both
    reports' shares, so widening each by its own share finds every pair)."""
    extra = config.INFERRED_EXTRA_DAYS if k.inferred else 0
    return config.date_tolerance().get(k.precision, 0) + extra


def dated_keys(k: Key, lookup: bool = False) -> set[str]:
    """The index keys (or lookup keys) of a report, one per date bucket it touches."""
    index = index_keys(k)
    keys = lookup_keys(index) if lookup else index
    t = own_tolerance(k)
    first, last = (k.start - t) // BUCKET_DAYS, (k.end + t) // BUCKET_DAYS
    return {f"{key}|{b}" for key in keys for b in range(first, last + 1)}
