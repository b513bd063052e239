"""Cross-document resolution, computed on read: one record per real incident, and the claims
that contradict each other across documents.

Why on read and not at ingest: a new article can join two incidents reported apart, so merged
records are a view over the per-document ones (which stay as extracted, with their spans). The
merge must be stable (same input, same output, whatever the order: the merged id is the smallest
member id and candidate pairs are taken in a content-derived order) and idempotent (merging merged
records changes nothing), and fast on 100k events: candidates are only compared within a block of
compatible types, in a sweep over dates.

Two records are the same incident when their types are compatible (newsevents/data/resolve.yaml),
their date intervals overlap, they come from different documents, and either both are placed and
lie within MERGE_KM (or name the same target), or one is unplaced and they name the same target or
the same specific weapon (not "drone"); a vaguely dated record ("in 2022") merges only on a shared
target. A merged record keeps one source per document.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

Record = dict[str, Any]

DATA = Path(__file__).parent / "data" / "resolve.yaml"
# Two reports of one strike locate it at the same city or site; 25 km covers a city's extent and
# geocoding to the city centre versus a district (Kyiv is ~20 km across), and keeps neighbouring
# towns apart. Tuned on the seeds' tolerance_km (25-30 km for city-level gold points).
MERGE_KM = 25.0
# Intervals longer than this (days) are too vague to merge on (a "year 2020" mention overlaps every
# incident of the year): such events only merge on a shared target or weapon.
VAGUE_DAYS = 100
EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE = 111.32
# Blocking grid (degrees): about 55 km, twice MERGE_KM, so a record falls in at most 4 cells.
CELL_DEGREES = 0.5
STATUS_ORDER = ("reported", "alleged", "disputed", "denied")


# --- type compatibility ---------------------------------------------------------------------------
@cache
def _data() -> dict[str, Any]:
    """newsevents/data/resolve.yaml, read once."""
    return yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}


@cache
def _group_sets() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(v) for v in (_data().get("compatible_types") or {}).values())


def type_groups(event_type: str) -> tuple[str, ...]:
    """The blocks an event type is compared in: each group holding it, or the type itself."""
    groups = tuple(sorted("|".join(sorted(g)) for g in _group_sets() if event_type in g))
    return groups or (event_type,)


def compatible(a: str, b: str) -> bool:
    """Types two reports of one incident may carry."""
    return a == b or any(a in g and b in g for g in _group_sets())


# --- record helpers -------------------------------------------------------------------------------
def documents(record: Record) -> set[str]:
    """The documents a record (event or claim) comes from."""
    return {s.get("document") for s in record.get("sources") or [] if s.get("document")}


@cache
def _generic_weapons() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _data().get("generic_weapon_names") or [])


def is_generic_weapon(name: str) -> bool:
    """"drone", "missile": a weapon name shared by too many incidents to identify one."""
    return name.strip().lower() in _generic_weapons()


@dataclass(frozen=True, slots=True)
class Key:
    """What incident matching reads of a record, computed once (dates as day ordinals)."""

    id: str
    type: str
    docs: frozenset[str]
    start: int
    end: int
    lat: float | None
    lon: float | None
    names: frozenset[str]  # targets and specific weapons, lower-cased

    @property
    def vague(self) -> bool:
        return self.end - self.start + 1 > VAGUE_DAYS

    @property
    def anchored(self) -> bool:
        """Placed and dated precisely enough to be matched on distance."""
        return self.lat is not None and self.lon is not None and not self.vague

    @property
    def targets(self) -> frozenset[str]:
        return frozenset(n for n in self.names if n.startswith("t:"))


def key_of(e: Record) -> Key | None:
    """The matching key of an event record; None when it has no usable date."""
    d = e.get("date") or {}
    try:
        start = date.fromisoformat(str(d["start"])[:10]).toordinal()
        end = date.fromisoformat(str(d.get("end") or d["start"])[:10]).toordinal()
    except (KeyError, TypeError, ValueError):
        return None
    loc = e.get("location") or {}
    generic = _generic_weapons()
    names = {f"t:{p['name'].strip().lower()}" for p in e.get("targets") or [] if p.get("name")}
    names |= {f"w:{w['name'].strip().lower()}" for w in e.get("weapons") or []
              if w.get("name") and w["name"].strip().lower() not in generic}
    return Key(e["id"], str(e.get("type", "")), frozenset(documents(e)), start, max(start, end),
               loc.get("lat"), loc.get("lon"), frozenset(names))


def _km(a: Key, b: Key) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _same(a: Key, b: Key) -> bool:
    """Both placed: within MERGE_KM, or the same target (one site, two geocodings). Either not
    placed: the same target or the same specific weapon. Vaguely dated: the same target only."""
    if a.docs & b.docs or not compatible(a.type, b.type) or not (a.start <= b.end and b.start <= a.end):
        return False
    if a.anchored and b.anchored:
        km = _km(a, b)
        return (km is not None and km <= MERGE_KM) or bool(a.targets & b.targets)
    if a.vague or b.vague:  # "Scuds were used in 2022" is no one strike of that year
        return bool(a.targets & b.targets)
    return bool(a.names & b.names)


def same_incident(a: Record, b: Record) -> bool:
    """Two per-document records of one incident (see the module docstring)."""
    ka, kb = key_of(a), key_of(b)
    return ka is not None and kb is not None and _same(ka, kb)


# A cluster's members are alike; comparing a new record with its first few is enough. Chosen so a
# cluster spread over a city (members up to 2 x MERGE_KM apart) still has a member near any newcomer
# in the tests of tests/test_resolve.py, while 10,000 reports of one strike merge in about a second.
ACTIVE_PER_CLUSTER = 8


# --- merging --------------------------------------------------------------------------------------
def _cells(k: Key) -> list[tuple[int, int]]:
    """Grid cells within MERGE_KM of a point: two records closer than MERGE_KM share one."""
    if k.lat is None or k.lon is None:
        return []
    dlat = MERGE_KM / KM_PER_DEGREE
    dlon = dlat / max(0.01, math.cos(math.radians(k.lat)))
    cells = {(math.floor((k.lat + y) / CELL_DEGREES), math.floor((k.lon + x) / CELL_DEGREES))
             for y in (-dlat, dlat) for x in (-dlon, dlon)}
    return sorted(cells)


def _blocks(keys: list[Key]) -> dict[tuple[Any, ...], list[Key]]:
    """Records that may match: same type group, and the same grid cell or a shared name."""
    blocks: dict[tuple[Any, ...], list[Key]] = defaultdict(list)
    for k in keys:
        for group in type_groups(k.type):
            if k.anchored:
                for cell in _cells(k):
                    blocks[(group, "cell", cell)].append(k)
            for name in k.targets if k.vague else k.names:
                blocks[(group, "name", name)].append(k)
    return blocks


class _Clusters:
    """Union-find over event ids that keeps "one source per document": two clusters sharing a
    document are never joined (two incidents of one article stay two)."""

    def __init__(self, keys: list[Key], ids: Iterable[str]) -> None:
        self.parent = {i: i for i in ids}
        self.docs: dict[str, set[str]] = {i: set() for i in self.parent}
        for k in keys:
            self.docs[k.id] = set(k.docs)

    def find(self, i: str) -> str:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.docs[ra] & self.docs[rb]:
            return
        root, other = sorted((ra, rb))
        self.parent[other] = root
        self.docs[root] |= self.docs.pop(other)


def _sweep(keys: list[Key], clusters: _Clusters) -> None:
    """Join matching records, by a sweep over dates inside each block. In a name block two placed
    records were already compared in their cells (unless they share a target), so a placed record
    is only compared there with the unplaced or vague ones: this keeps a common weapon's block
    (every "Shahed" strike of a war) linear. A record is compared with at most one member of each
    cluster it could join, until one matches, and a cluster keeps at most ACTIVE_PER_CLUSTER
    members in the window: 10,000 reports of one strike cost tens of thousands of tests, not fifty
    million."""
    for block, items in sorted(_blocks(keys).items(), key=lambda kv: str(kv[0])):
        by_name = block[1] == "name" and not str(block[2]).startswith("t:")
        items.sort(key=lambda k: (k.start, k.id))
        loose: list[Key] = []
        fixed: list[Key] = []
        active: Counter[str] = Counter()  # members of each cluster kept in the window
        for k in items:
            loose = [x for x in loose if x.end >= k.start]
            fixed = [x for x in fixed if x.end >= k.start]
            others = loose if by_name and k.anchored else loose + fixed
            joined: set[str] = set()
            for other in reversed(others):  # newest first: the likeliest match
                root = clusters.find(other.id)
                if root in joined or root == clusters.find(k.id):
                    continue
                if clusters.docs[root] & clusters.docs[clusters.find(k.id)]:
                    joined.add(root)  # shares a document with k's cluster: can never join
                    continue
                if _same(other, k):
                    clusters.join(other.id, k.id)
                    joined.add(clusters.find(k.id))
            root = clusters.find(k.id)
            if active[root] < ACTIVE_PER_CLUSTER:
                active[root] += 1
                (fixed if by_name and k.anchored else loose).append(k)


def merge_events(events: list[Record]) -> tuple[list[Record], dict[str, str]]:
    """One record per incident across documents, and the map old id -> merged id."""
    by_id = {e["id"]: e for e in events}
    keys = [k for k in (key_of(e) for e in by_id.values()) if k is not None]
    groups = _Clusters(keys, by_id)
    for i, e in by_id.items():
        groups.docs[i] = set(documents(e))
    _sweep(keys, groups)
    find = groups.find
    clusters: dict[str, list[Record]] = defaultdict(list)
    for i in sorted(by_id):
        clusters[find(i)].append(by_id[i])
    merged: list[Record] = []
    id_map: dict[str, str] = {}
    for members in clusters.values():
        record = _combine(members)
        merged.append(record)
        for m in members:
            id_map[m["id"]] = record["id"]
    merged.sort(key=lambda r: r["id"])
    return merged, id_map


def _precision_rank(e: Record) -> tuple[int, str]:
    k = key_of(e)
    return (k.end - k.start if k else 10 ** 6, e["id"])


def _union(members: Iterable[Record], key: str) -> list[Record]:
    seen: dict[str, Record] = {}
    for m in members:
        for p in m.get(key) or []:
            seen.setdefault(str(p.get("name", "")).lower(), p)
    return list(seen.values())


def _status(members: list[Record]) -> str:
    statuses = {m.get("status", "reported") for m in members}
    if "disputed" in statuses or ("denied" in statuses and statuses & {"reported", "alleged"}):
        return "disputed"
    if statuses == {"denied"}:
        return "denied"
    return "reported" if "reported" in statuses else "alleged"


def _count(members: list[Record], key: str) -> int | None:
    values = [m.get(key) for m in members if m.get(key) is not None]
    return max(values) if values else None


def _sources(members: list[Record]) -> list[Record]:
    by_doc: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for m in members:
        for s in m.get("sources") or []:
            by_doc[s["document"]].update(tuple(x) for x in s.get("spans") or [])
    return [{"document": d, "spans": [list(x) for x in sorted(spans)]} for d, spans in sorted(by_doc.items())]


def _combine(members: list[Record]) -> Record:
    """The merged record: the most precisely dated member's fields, the union of parties and
    weapons, the largest count reported, one source per document."""
    if len(members) == 1:
        return members[0]
    best = min(members, key=_precision_rank)
    located = [m for m in members if (m.get("location") or {}).get("lat") is not None]
    out = dict(best)
    out["id"] = min(m["id"] for m in members)
    if located and (best.get("location") or {}).get("lat") is None:
        out["location"] = min(located, key=_precision_rank)["location"]
    out["actors"] = _union(members, "actors")
    out["targets"] = _union(members, "targets")
    out["weapons"] = _union(members, "weapons")
    out["fatalities"] = _count(members, "fatalities")
    out["injured"] = _count(members, "injured")
    out["damage"] = sorted({d for m in members for d in m.get("damage") or []})
    out["status"] = _status(members)
    out["background"] = all(m.get("background") for m in members)
    out["sources"] = _sources(members)
    return out


# --- claims ---------------------------------------------------------------------------------------
NEGATIVE = frozenset({"deny"})
POSITIVE = frozenset({"assert", "condemn", "question", "demand"})


def link_claims(claims: list[Record], events: list[Record], id_map: dict[str, str]) -> list[Record]:
    """Claims with ``about`` pointing at merged events and ``contradicts`` extended across
    documents: an assertion and a denial by different speakers of one incident, or of two
    reports that name the same specific weapon in the same period (an unplaced "X used a
    Tochka in the autumn" against "X did not use its Tochkas during the war": the reports
    were not merged, the proposition is the same)."""
    out = []
    for c in claims:
        c = dict(c)
        c["about"] = sorted({id_map.get(a, a) for a in c.get("about") or []})
        c["contradicts"] = list(c.get("contradicts") or [])
        out.append(c)
    by_event: dict[str, list[Record]] = defaultdict(list)
    for c in out:
        for a in c["about"]:
            by_event[a].append(c)
    for group in by_event.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _opposed(a, b) and not documents(a) & documents(b):
                    _link(a, b)
    _link_on_weapons(out, events)
    for c in out:
        c["contradicts"] = sorted(set(c["contradicts"]))
    return out


def _opposed(a: Record, b: Record) -> bool:
    sa, sb = a.get("stance"), b.get("stance")
    if not ((sa in NEGATIVE and sb in POSITIVE) or (sb in NEGATIVE and sa in POSITIVE)):
        return False
    na = str((a.get("speaker") or {}).get("name", "")).lower()
    nb = str((b.get("speaker") or {}).get("name", "")).lower()
    return na != nb


def _link(a: Record, b: Record) -> None:
    if b["id"] not in a["contradicts"]:
        a["contradicts"].append(b["id"])
    if a["id"] not in b["contradicts"]:
        b["contradicts"].append(a["id"])


def _link_on_weapons(claims: list[Record], events: list[Record]) -> None:
    """Opposed claims of different documents about events that share a specific weapon, have
    compatible types, overlapping dates and no conflicting perpetrators (see link_claims)."""
    info: dict[str, tuple[Key, frozenset[str]]] = {}
    for e in events:
        k = key_of(e)
        if k is not None and any(n.startswith("w:") for n in k.names):
            actors = frozenset(str(p.get("name", "")).lower() for p in e.get("actors") or [] if p.get("name"))
            info[e["id"]] = (k, actors)
    by_weapon: dict[str, list[tuple[Record, Key, frozenset[str]]]] = defaultdict(list)
    for c in claims:
        for a in c["about"]:
            if a in info:
                k, actors = info[a]
                for n in k.names:
                    if n.startswith("w:"):
                        by_weapon[n].append((c, k, actors))
    for group in by_weapon.values():
        for i, (ca, ka, aa) in enumerate(group):
            for cb, kb, ab in group[i + 1:]:
                if ca is cb or documents(ca) & documents(cb) or not _opposed(ca, cb):
                    continue
                dated = ka.start <= kb.end and kb.start <= ka.end
                same_actor = not aa or not ab or bool(aa & ab)
                if dated and same_actor and compatible(ka.type, kb.type):
                    _link(ca, cb)
