"""The candidate index: which stored reports a new one must be compared with.

Why blocks: with 1,000,000 reports stored, a new one may only be compared with the few that
could match it. Each report gets index keys (stored in the ``event_keys`` table with its date
interval) and lookup keys; a pair can match (match.compare) only if one's lookup keys meet the
other's index keys and their dates are within ``MAX_TOLERANCE_DAYS``. Every rule of match.py has
its block here:

- ``place``: both at a site or city within 25 km: grid cells of ``CELL_DEGREES`` (``c``), a report
  filed under the one cell it lies in and looking up every cell its 25 km box overlaps;
- ``place`` at an area of no country (a sea, a strait: match.same_open_area): by its name (``r``);
- ``contains``: a province, region or country report (``a``) meets every report of its country:
  precise ones (``p``) and other imprecise ones, when dated to a few days;
- ``target`` / ``weapon``: a shared specific name (``n``);
- ``parties``: place-free types sharing a party country (``k``);
- ``group``: loosely dated placed reports sharing a non-state armed group (``g``);
- ``span``: unplaced reports of one type dated by one explicit range of a few days (``s``).

In the store only, an ambiguous area report that can only contain is filed under ``A`` instead
of ``a``, which only loose reports look up (stored_index_keys, stored_lookup_keys).

Keys carry the type group, so a strike never meets a summons. The relation "A's lookup meets B's
index" is symmetric, so the store finds a pair whichever report came first: kinds ``a`` and ``p``
look each other up, and a point lies in the box of every point within 25 km of it (the box of
each holds the other's cell).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from newsevents.resolve import config
from newsevents.resolve.keys import Key, explicit_span
from newsevents.resolve.match import contains_only_key, loose


# Longitude cells around the globe: cell numbers wrap at the antimeridian (179.9 and -179.9 are
# neighbours).
def _lon_cells() -> int:
    return round(360 / config.CELL_DEGREES)


def home_cell(k: Key) -> tuple[int, int] | None:
    """The grid cell a placed report lies in: the one cell it is filed under."""
    if k.lat is None or k.lon is None:
        return None
    size = config.CELL_DEGREES
    return math.floor(k.lat / size), math.floor(k.lon / size) % _lon_cells()


def cells(k: Key) -> list[tuple[int, int]]:
    """Every grid cell the box of the city tolerance around a point overlaps: the cell of every
    point within that distance is among them. The box's half-height is the tolerance as an arc
    of the Earth; its half-width is the widest longitude difference a point that close can have
    at this latitude (asin(sin d / cos lat), exact on the sphere match.km measures on), both a
    hair wider for rounding. Every overlapped cell, not only the corners' (at the latitude of
    Ukraine a box is 0.7 degrees wide: three cells of 0.5)."""
    if k.lat is None or k.lon is None:
        return []
    reach = max(config.place_tolerance().get("site", 25.0), config.place_tolerance().get("city", 25.0))
    arc = reach / config.EARTH_RADIUS_KM * _MARGIN
    dlat = math.degrees(arc)
    cos_lat = math.cos(math.radians(min(90.0, abs(k.lat))))
    size, ring = config.CELL_DEGREES, _lon_cells()
    ys = range(math.floor((k.lat - dlat) / size), math.floor((k.lat + dlat) / size) + 1)
    if math.sin(arc) >= cos_lat:  # by a pole: every longitude
        xs: Iterable[int] = range(ring)
    else:
        dlon = math.degrees(math.asin(math.sin(arc) / cos_lat))
        first, last = math.floor((k.lon - dlon) / size), math.floor((k.lon + dlon) / size)
        xs = sorted({x % ring for x in range(first, last + 1)}) if last - first + 1 < ring else range(ring)
    return [(y, x) for y in ys for x in xs]


# How much wider than the tolerance a box is drawn (1 in 1,000: floating-point rounding only).
_MARGIN = 1.001


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
        if k.precise and (home := home_cell(k)) is not None:
            out.add(f"c|{group}|{home[0]}|{home[1]}")
            if k.country and narrow:
                out.add(f"p|{group}|{k.country}")
        elif k.placed and k.country and narrow:
            out.add(f"a|{group}|{k.country}")
        elif k.placed and not k.country and k.place:  # a sea, a strait (match.same_open_area)
            out.add(f"r|{group}|{k.place}")
    return out


def lookup_keys(k: Key) -> frozenset[str]:
    """The keys whose reports ``k`` may match: its index keys, its country's other kind (``a``
    for ``p``, ``p`` for ``a``), and every cell its box overlaps instead of its own cell.
    Computed once per key (Key.lookups): the store asks for them when it looks a new report's
    candidates up and again when it finds the batch's components (cluster.components), and the
    cells of a box cost trigonometry."""
    if k.lookups is None:
        object.__setattr__(k, "lookups", frozenset(_lookup_keys(k)))
    assert k.lookups is not None
    return k.lookups


def _lookup_keys(k: Key) -> set[str]:
    out = set(index_keys(k))
    box: list[tuple[int, int]] | None = None
    for key in index_keys(k):
        kind, rest = key[0], key[1:]
        if kind == "a":
            out.add("p" + rest)
        elif kind == "p":
            out.discard(key)  # two precise reports meet in their cells, not by country
            out.add("a" + rest)
        elif kind == "c":
            out.discard(key)  # (its own cell is among the box's)
            group = key.split("|", 2)[1]
            box = cells(k) if box is None else box
            out.update(f"c|{group}|{y}|{x}" for y, x in box)
    return out


# Date buckets of the stored index (days): a report is filed under each bucket its interval,
# widened by its own tolerance, touches. 1 day: a report dated to a day (nine in ten) with no
# tolerance (resolve.yaml date_tolerance_days) touches its own day only, and looks up the reports
# of that day. Tuned on bench/merge_scale.py at the density of 1,000,000 reports: with 2-day
# buckets a third of the candidates read were the next day's, read and parsed only to fail the
# date test (34,000 of 110,000 for 10,000 merged); 1 day files a report loosely dated (a range,
# a week, a month: only its name blocks past PLACE_MAX_DAYS) under twice as many rows.
BUCKET_DAYS = 1


def own_tolerance(k: Key) -> int:
    """A report's share of the date tolerance (match.tolerance_days never exceeds the sum of both
    reports' shares, so widening each by its own share finds every pair)."""
    extra = config.INFERRED_EXTRA_DAYS if k.inferred else 0
    return config.date_tolerance().get(k.precision, 0) + extra


def dated_keys(k: Key, lookup: bool = False) -> set[str]:
    """The index keys (or lookup keys) of a report, one per date bucket it touches."""
    keys = lookup_keys(k) if lookup else index_keys(k)
    t = own_tolerance(k)
    first, last = (k.start - t) // BUCKET_DAYS, (k.end + t) // BUCKET_DAYS
    return {f"{key}|{b}" for key in keys for b in range(first, last + 1)}


# The stored index's kind of an area report that can only contain and is flagged ambiguous
# (match.contains_only_key): its ``a`` keys are filed as ``A``. Such a report links nothing with a
# report that is not loose while its flag holds (cluster.kept), and only loose reports look ``A``
# up (stored_lookup_keys). Why: at the density of 1,000,000 reports (bench/merge_scale.py) one
# candidate row in twelve a merge read was one of these, read and parsed only to be dropped by the
# store's pre-test (merging.unpack_meeting, which stays: for stores indexed before, deletions).
# Only the stored index (store.merging) has this kind; the in-memory blocks (index_keys,
# lookup_keys: components, clustering) do not.
ONLY_CONTAINS = "A"


def stored_index_keys(k: Key, ambiguous: bool) -> set[str]:
    """The dated keys ``k`` is filed under in the store when packed with the flag ``ambiguous``."""
    keys = dated_keys(k)
    if contains_only_key(k, ambiguous):
        return {ONLY_CONTAINS + x[1:] if x.startswith("a|") else x for x in keys}
    return keys


def stored_lookup_keys(k: Key, full: bool) -> set[str]:
    """The dated keys ``k`` looks up in the store: the ``A`` ones too when ``k`` is loose or
    ``full`` (the caller needs every pair: the flags may change, or not only links are asked)."""
    keys = dated_keys(k, lookup=True)
    if full or loose(k):
        keys |= {ONLY_CONTAINS + x[1:] for x in keys if x.startswith("a|")}
    return keys


@lru_cache(maxsize=1 << 18)
def key_hash(key: str) -> int:
    """A block key as a signed 64-bit integer (a compact, indexable form). Remembered: a batch
    hashes each report's ten to twenty keys twice (its index rows, its lookups), and reports of
    one country and days share most of them (the country and date-bucket blocks)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def index_rows(keys: Iterable[Key], flags: dict[str, bool] | None = None) -> list[dict[str, Any]]:
    """``event_keys`` rows of reports, filed with their ambiguity flags as packed (``flags``: id ->
    the flag packed now, else each key's own; stored_index_keys)."""
    return [{"key": h, "event": k.id} for k in keys
            for h in sorted({key_hash(x) for x in stored_index_keys(
                k, k.ambiguous if flags is None else flags.get(k.id, k.ambiguous))})]
