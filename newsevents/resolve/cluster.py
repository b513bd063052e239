"""From reports to incidents: connected components of "may be the same incident", then a
deterministic clustering of each component.

Why two steps: order independence. ``components`` is exact (every pair the rules of match.py
accept is found through the blocks of blocks.py), so the component of a report is the same
whatever order the reports arrived in, and the store can keep it; ``cluster`` is a function of
the set of reports of one component alone (sorted by date and id, compared in that order), so
running it on each component the store touched gives the same incidents as running it once on
everything. Inside a component, a join is refused when the two clusters share a document (one
source per document), when a user vetoed a pair across them (``merge --undo``), or when two of
their reports clash (match.clash: "Kyiv" and "Lviv" never join through a report of "Ukraine").
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import Any

from newsevents.resolve import config
from newsevents.resolve.blocks import index_keys, lookup_keys
from newsevents.resolve.keys import GEO_RANK, Key
from newsevents.resolve.match import Reason, clash, compare, loose

Vetoes = dict[str, set[str]]  # event id -> the event ids it may never share an incident with


class UnionFind:
    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {i: i for i in ids}

    def find(self, i: str) -> str:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def union(self, a: str, b: str) -> str:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        root, other = (ra, rb) if ra < rb else (rb, ra)
        self.parent[other] = root
        return root


def owners(a: Key, b: Key) -> tuple[Key, ...]:
    """The reports of a "contains" pair that may join the other through it (_attach_loose: the
    loose one whose place is as loose or looser than the other's)."""
    ra, rb = GEO_RANK.get(str(a.geo), 0), GEO_RANK.get(str(b.geo), 0)
    return tuple(x for x, rx, ry in ((a, ra, rb), (b, rb, ra)) if loose(x) and rx >= ry)


def kept(a: Key, b: Key, reason: Reason, ambiguous: AbstractSet[str] | None = None) -> bool:
    """Does the pair link its reports' components? Every reason does, but containment whose
    owners are all ambiguous: such a report never joins by containment (_attach_loose), so the
    pair can decide nothing. Why: at a million reports, "in <country>" reports of a day contain a
    country's every strike of the day, and chained days into components of thousands of reports
    that every new report re-clustered (bench/merge_scale.py)."""
    if reason.rule != "contains":
        return True
    if ambiguous is None:  # the keys' own flags
        return any(not x.ambiguous for x in owners(a, b))
    return any(x.id not in ambiguous for x in owners(a, b))


def contains_any(k: Key) -> bool:
    """May ``k`` contain another report (match.places, match.compare): placed by an area of a
    country, dated within CONTAINS_MAX_DAYS."""
    return loose(k) and bool(k.country) and k.days <= config.CONTAINS_MAX_DAYS


class Areas:
    """The reports a loose report may contain, by country and start: placed in a country and
    dated within CONTAINS_MAX_DAYS, as it is. A scan reads only its country's reports of its
    date window (a dense component holds a country's every report of a few days)."""

    def __init__(self, keys: Iterable[Key]) -> None:
        self.by_country: dict[str, list[Key]] = defaultdict(list)
        for k in sorted(keys, key=lambda x: (x.start, x.id)):
            if k.placed and k.country and k.days <= config.CONTAINS_MAX_DAYS:
                self.by_country[k.country].append(k)
        self.starts = {c: [k.start for k in ks] for c, ks in self.by_country.items()}
        # no report starting before (start - reach - longest) can reach a report's date window
        self.longest = max((k.end - k.start for ks in self.by_country.values() for k in ks), default=0)

    def window(self, k: Key) -> Iterator[Key]:
        """The reports of k's country whose dates may meet k's (by start, then id)."""
        ks = self.by_country.get(k.country or "")
        if not ks:
            return
        reach = config.MAX_TOLERANCE_DAYS
        for o in ks[bisect_left(self.starts[str(k.country)], k.start - reach - self.longest):]:
            if o.start > k.end + reach:
                break
            if o.end + reach >= k.start and o.id != k.id:
                yield o

    def contained(self, k: Key) -> list[Key]:
        """The reports a loose report ``k`` contains (its candidates in pass 2 of ``cluster``)."""
        rank = GEO_RANK.get(str(k.geo), 0)
        out = []
        for o in self.window(k):
            if GEO_RANK.get(str(o.geo), 0) <= rank:
                reason = compare(o, k)
                if reason is not None and reason.rule == "contains":
                    out.append(o)
        return out


def alike(owner: Key, other: Key) -> bool:
    """Do two reports describe a target alike ("the displaced persons camp" in both)? Never a
    reason to merge: a preference between the incidents a loose report contains."""
    return not owner.described.isdisjoint(other.described)


def two_incidents(candidates: list[Key], owner: Key | None = None) -> bool:
    """Do the reports a loose report (``owner``) contains include two that may never be one
    incident and that it cannot tell apart? Two it describes alike, or two it describes unlike:
    "a bombing of a displaced persons camp in eastern DRC" contains one article's strike on the
    Goma camp and its armed clash in North Kivu (one article, two incidents), and tells the camp
    strike. Pairs where one shares a described target with the owner and the other does not
    leave it unambiguous, so that more reports only ever add ambiguity (monotone: the store
    relies on it, see ambiguous_of)."""
    return any(clash(x, y) and (owner is None or alike(owner, x) == alike(owner, y))
               for i, x in enumerate(candidates) for y in candidates[i + 1:])


def ambiguous_of(keys: list[Key]) -> set[str]:
    """The loose reports of ``keys`` that contain two reports clashing with each other ("in
    Ukraine" with a strike on Kyiv and one on Lviv the same day) and that nothing they describe
    tells apart (two_incidents): they can never say which
    incident they tell, so they never join by containment. A function of the set of reports
    (monotone: more reports, more ambiguous ones), computed here on a whole set; ``components``
    and ``cluster`` read it from the keys (Key.ambiguous, see flagged); the store keeps it in
    the packed keys and recomputes it where reports come and go."""
    areas = Areas(keys)
    return {k.id for k in keys if contains_any(k) and two_incidents(areas.contained(k), k)}


def flagged(keys: list[Key], ambiguous: AbstractSet[str]) -> list[Key]:
    """``keys`` with Key.ambiguous set from ``ambiguous`` (ids)."""
    return [k if k.ambiguous == (k.id in ambiguous) else replace(k, ambiguous=k.id in ambiguous)
            for k in keys]


def components(keys: list[Key]) -> list[list[Key]]:
    """The connected components of match.compare over ``keys`` (pairs ``kept``, by the keys'
    ambiguity flags: see there), each
    sorted by id, in the order of their smallest id. A sweep over dates inside each block; within
    a block the reports are grouped by component, and a newcomer is compared with a component's
    reports only until one matches, so 10,000 reports of one strike cost about 10,000
    comparisons, not 50 million."""
    uf = UnionFind(k.id for k in keys)
    reach = config.MAX_TOLERANCE_DAYS
    # key -> root (maybe stale) -> members in arrival order (by start)
    blocks: dict[str, dict[str, deque[Key]]] = defaultdict(dict)
    for k in sorted(keys, key=lambda x: (x.start, x.id)):
        index = index_keys(k)
        for lk in sorted(lookup_keys(k)):
            groups = blocks.get(lk)
            if not groups:
                continue
            for root in list(groups):
                members = groups[root]
                while members and members[0].end + reach < k.start:  # out of the date window
                    members.popleft()  # (a later-ending one behind it is only compared in vain)
                if not members:
                    del groups[root]
                    continue
                if uf.find(root) == uf.find(k.id):
                    continue
                for m in members:
                    reason = compare(m, k)
                    if reason is not None and kept(m, k, reason):
                        uf.union(m.id, k.id)
                        break
        for ik in index:
            blocks[ik].setdefault(uf.find(k.id), deque()).append(k)
    out: dict[str, list[Key]] = defaultdict(list)
    for k in sorted(keys, key=lambda x: x.id):
        out[uf.find(k.id)].append(k)
    return sorted(out.values(), key=lambda ks: ks[0].id)


@dataclass(slots=True)
class Cluster:
    """One incident: its reports' ids (sorted) and, for each but the first, why it joined."""

    ids: list[str]
    reasons: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> {with, rule, km, shared}

    @property
    def id(self) -> str:
        return self.ids[0]


class _Clusters:
    """Union-find over one component's reports that refuses a join across a shared document, a
    veto or a clash, and remembers the comparison that made each join (a spanning tree)."""

    def __init__(self, keys: list[Key], vetoes: Vetoes) -> None:
        self.uf = UnionFind(k.id for k in keys)
        self.docs: dict[str, set[str]] = {k.id: set(k.docs) for k in keys}
        self.members: dict[str, list[Key]] = {k.id: [k] for k in keys}
        # the first members by date and id (at most ACTIVE_PER_CLUSTER): they stand for the
        # cluster when joins are checked for clashes
        self.reps: dict[str, list[Key]] = {k.id: [k] for k in keys}
        self.vetoes = vetoes
        self.edges: list[tuple[str, str, Reason]] = []

    def blocked(self, ra: str, rb: str) -> bool:
        if self.docs[ra] & self.docs[rb]:
            return True
        a, b = self.members[ra], self.members[rb]
        if self.vetoes:
            ids_b = {m.id for m in b}
            if any(self.vetoes.get(m.id, set()) & ids_b for m in a):
                return True
        # the first members of each (they stand for it in the sweep window) must not clash
        return any(clash(x, y) for x in self.reps[ra] for y in self.reps[rb])

    def join(self, a: Key, b: Key, reason: Reason) -> None:
        ra, rb = self.uf.find(a.id), self.uf.find(b.id)
        root = self.uf.union(ra, rb)
        other = rb if root == ra else ra
        small, big = sorted((self.docs.pop(other), self.docs[root]), key=len)  # the smaller into the larger
        big |= small
        self.docs[root] = big
        small_m, big_m = sorted((self.members.pop(other), self.members[root]), key=len)
        big_m.extend(small_m)
        self.members[root] = big_m
        reps = self.reps[root] + self.reps.pop(other)
        self.reps[root] = sorted(reps, key=lambda k: (k.start, k.id))[:config.ACTIVE_PER_CLUSTER]
        self.edges.append((a.id, b.id, reason))


# Components of at most this many reports are swept without their blocks (sweep_blocks): at the
# density of 1,000,000 reports (bench/merge_scale.py) nine components in ten that a batch
# clusters hold 2-8 reports, and building each report's blocks (grid cells, names) took a
# quarter of the clustering while sparing a few comparisons. Tuned on the 9,532 components
# clustered when 10,000 reports merge into that bench's store of 200,000 (sizes 1-68): 1.06 s
# of CPU with the blocks for all, 0.55-0.69 s from 8, 16, 32 or 64 on (noise); 32 keeps them
# for the big components they were made for (bench/resolve_scale.py: one strike told 10,000
# times).
SWEEP_BLOCKS_FROM = 32


def cluster(keys: list[Key], vetoes: Vetoes | None = None) -> list[Cluster]:
    """The incidents of one component (or of any set of reports: the result depends on the set,
    never on its order). A sweep over dates: each report is compared with the reports of the
    clusters still open in its date window and joins each cluster it matches unless blocked,
    strongest reason first (STRENGTH); a cluster keeps at most ACTIVE_PER_CLUSTER reports in the
    window. Before it, where one page tells two reports of different types (``_competing``),
    sweeps that make only the joins on a shared name, then those of one type (``_sweep``). Then
    the reports placed only by an area join what they contain (_attach_loose), unless flagged
    ambiguous (Key.ambiguous: ambiguous_of over every report, not only these)."""
    if len(keys) == 1:  # a report alone (a third of the components a batch touches at scale)
        return [Cluster([keys[0].id])]
    keys = sorted({k.id: k for k in keys}.values(), key=lambda k: (k.start, k.id))
    state = _Clusters(keys, vetoes or {})
    # the blocks only pay in a big component: in a small one, computing them costs more than
    # the comparisons they spare (and they change nothing: sweep_blocks)
    blocks = {k.id: sweep_blocks(k) for k in keys} if len(keys) > SWEEP_BLOCKS_FROM else None
    if _competing(keys):
        _sweep(keys, state, blocks, _named)
        _sweep(keys, state, blocks, _same_type)
    _sweep(keys, state, blocks)
    _attach_loose(keys, state)
    return _clusters(keys, state)


def _competing(keys: list[Key]) -> bool:
    """Does one document tell two of ``keys`` of different types ("the ministry summoned the
    ambassador" and "demanded that Russia investigate": a summons and a demand, compatible
    types)? Then another outlet's report of one of them may match both, and only one can have
    it (one source per document in an incident)."""
    types: dict[str, str] = {}
    for k in keys:
        for doc in k.docs:
            if types.setdefault(doc, k.type) != k.type:
                return True
    return False


Match = tuple[int, int, float, str, Key, Reason]  # _ranked: strength, described, km, id, report, reason


def _named(m: Match, k: Key) -> bool:
    """A join on a shared named target or weapon (the strongest reasons, STRENGTH)."""
    return m[0] <= STRENGTH["weapon"]


def _same_type(m: Match, k: Key) -> bool:
    """A join of two reports of one type."""
    return m[4].type == k.type


def _sweep(keys: list[Key], state: _Clusters, blocks: dict[str, frozenset[str]] | None,
           accept: Callable[[Match, Key], bool] | None = None) -> None:
    """Pass 1 of ``cluster`` (what names or places an incident, never "contains" alone): each
    report, in date order, joins the open clusters it matches unless blocked, strongest reason
    first. With ``accept``, only the joins it accepts. Where two reports of one page compete
    (``_competing``), ``cluster`` sweeps first for the joins on a shared name (``_named``), then
    for those of one type (``_same_type``), then for all: another outlet's summons joins the
    page's summons and not the page's demand, and its drone strike the page's drone strike, not
    its missile strike in the same city, whichever of the two the date order meets first; a
    shared named target still wins over a shared type. The page's other report, blocked by its
    document, stays apart."""
    find = state.uf.find
    reach = config.MAX_TOLERANCE_DAYS
    window: list[Key] = []
    active: dict[str, int] = defaultdict(int)
    for k in keys:
        window = [x for x in window if x.end + reach >= k.start]
        matches: list[Match] = []
        seen: set[str] = set()
        mine = blocks[k.id] if blocks is not None else None
        for other in reversed(window):
            if mine is not None and mine.isdisjoint(blocks[other.id]):  # type: ignore[index]
                continue  # no block in common: compare would say no (sweep_blocks)
            ro = find(other.id)
            if ro in seen or ro == find(k.id):
                continue
            reason = compare(other, k)
            if reason is not None and reason.rule != "contains":
                seen.add(ro)
                matches.append(_ranked(other, reason, k))
        if accept is not None:
            matches = [m for m in matches if accept(m, k)]
        for *_, other, reason in sorted(matches, key=lambda m: m[:4]):  # the strongest reason first
            ro, rk = find(other.id), find(k.id)
            if ro != rk and not state.blocked(ro, rk):
                state.join(other, k, reason)
        root = find(k.id)
        if active[root] < config.ACTIVE_PER_CLUSTER:
            active[root] += 1
            window.append(k)


def sweep_blocks(k: Key) -> frozenset[str]:
    """The candidate blocks (blocks.index_keys, no dates) through which ``k`` may match another
    report for a reason other than "contains": two reports that share none are never joined in
    pass 1, so the sweep skips the comparison. Exact for the same reason the store's index is
    (blocks.py): every rule of match.compare but containment has its block, lookup keys equal
    index keys for the name kinds, and a report's own cell is among the cells of its box, where
    every report within the city tolerance looks it up. In a dense component
    (bench/merge_scale.py: a country's reports of a day in one window) most reports of a window
    are in other towns: the comparison was most of the clustering's time."""
    if k.sweep is None:  # the cells of its box (its own among them): a point near it lies in one
        object.__setattr__(k, "sweep", frozenset(x for x in lookup_keys(k) if x[0] not in "ap"))
    assert k.sweep is not None
    return k.sweep


# Which reasons win when a report matches several incidents: a shared target or weapon names the
# incident, a distance places it, a country or province only contains it.
STRENGTH = {"target": 0, "weapon": 1, "place": 2, "parties": 3, "group": 4, "span": 5, "contains": 6}


def _ranked(other: Key, reason: Reason, k: Key) -> tuple[int, int, float, str, Key, Reason]:
    """How ``k``'s match with ``other`` ranks: the strongest reason, then the most targets both
    describe alike ("the hospital" / "the hospital" before "the hospital" / "an aircraft plant":
    one article's two strikes in one city, a third report placed there), then the nearest."""
    km = math.inf if reason.km is None else reason.km
    return (STRENGTH.get(reason.rule, 9), -len(other.described & k.described), km, other.id, other, reason)


def _attach_loose(keys: list[Key], state: _Clusters) -> None:
    """Pass 2: a report placed only by a province, region or country joins the incident it
    contains, looking at every report of its date window (earlier and later), unless it contains
    several incidents that can never be one ("in Ukraine" with a strike on Kyiv and one on Lviv
    the same day): it cannot say which it is, so it joins none (precision before volume)."""
    areas = [k for k in keys if loose(k) and contains_any(k) and not k.ambiguous]
    if not areas:
        return  # most components at scale: nothing placed only by an area (skip the index)
    find = state.uf.find
    within = Areas(keys)
    # the loosest first ("Ukraine" before "Kyiv Oblast"), and each only with what it contains:
    # a province report must not carry its incident into a country report that is ambiguous
    # (areas: those that may contain something and were not found to contain two incidents)
    for k in sorted(areas, key=lambda k: (-GEO_RANK.get(str(k.geo), 0), k.start, k.id)):
        rank = GEO_RANK.get(str(k.geo), 0)
        matches = []
        for other in within.window(k):
            if find(other.id) == find(k.id) or GEO_RANK.get(str(other.geo), 0) > rank:
                continue
            reason = compare(other, k)
            if reason is not None and reason.rule == "contains":
                matches.append(_ranked(other, reason, k))
        if _torn(matches, state):
            # incidents that can never be one: only those it describes alike, if they can be
            # (two_incidents left it unambiguous for that reason)
            matches = [m for m in matches if alike(k, m[4])]
            if not matches or _torn(matches, state):
                continue
        for *_, other, reason in sorted(matches, key=lambda m: m[:4]):
            ro, rk = find(other.id), find(k.id)
            if ro != rk and not state.blocked(ro, rk):
                state.join(other, k, reason)


def _torn(matches: list[tuple[int, int, float, str, Key, Reason]], state: _Clusters) -> bool:
    """Do the incidents of a loose report's matches include two that may never join?"""
    find = state.uf.find
    roots = sorted({find(m[4].id) for m in matches})
    return any(state.blocked(a, b) for i, a in enumerate(roots) for b in roots[i + 1:])


def _clusters(keys: list[Key], state: _Clusters) -> list[Cluster]:
    groups: dict[str, list[str]] = defaultdict(list)
    for k in sorted(keys, key=lambda x: x.id):
        groups[state.uf.find(k.id)].append(k.id)
    adjacency: dict[str, list[tuple[str, Reason]]] = defaultdict(list)
    for a, b, reason in state.edges:
        adjacency[a].append((b, reason))
        adjacency[b].append((a, reason))
    out = []
    for ids in groups.values():
        c = Cluster(ids)
        queue, seen = [c.id], {c.id}
        while queue:  # breadth-first from the incident's id: each report's reason is its tree edge
            here = queue.pop(0)
            for there, reason in sorted(adjacency[here], key=lambda x: x[0]):
                if there not in seen:
                    seen.add(there)
                    c.reasons[there] = {"with": here, **reason.to_json()}
                    queue.append(there)
        out.append(c)
    return sorted(out, key=lambda c: c.id)


def resolve(keys: list[Key], vetoes: Vetoes | None = None) -> list[Cluster]:
    """Every incident of ``keys``: ``cluster`` run on each of their ``components``."""
    out: list[Cluster] = []
    for component in components(flagged(keys, ambiguous_of(keys))):
        out.extend(cluster(component, vetoes))
    return sorted(out, key=lambda c: c.id)
