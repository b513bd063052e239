"""Are two reports the same incident, and why: ``compare(a, b) -> Reason | None``.

The rules, in order (the issue's criteria; numbers in config.py and resolve.yaml):

1. Never two reports of one document (an article telling two strikes tells two incidents), and
   only compatible types (resolve.yaml ``compatible_types``).
2. Date intervals overlap, widened by a tolerance by precision (0 days for a day; one more when
   a date was resolved from an inferred publication date).
3. Nothing contradicts: different targets named by proper nouns ("Okhmatdyt hospital" / "Antonov
   plant"; described ones never differ: "military installations" / "the port"), weapons of
   different families only ("Kalibr" or "missile" / "Shahed" or "drones"), or, when both state
   it as fact, perpetrators of different countries.
4. Then one positive reason: a shared specific target (``target``, any distance: one site, two
   geocodings); for place-free types (a summons, an agreement), the same parties by country
   (``parties``); for placed reports dated to a few days, places that agree: within
   ``place_tolerance_km`` of the less precise (``place``; two at one area of no country, a sea or
   a strait, are one place: ``same_open_area``) or one containing the other: a city
   inside the province, region or country of a less precise report (``contains``); else a
   shared specific weapon (``weapon``) when both are dated to a few days, or in one town (a
   loosely dated report placed by its province or country, or unplaced, names no one strike of
   its weapon); when both are dated loosely (weeks, a month) in places that agree, one type and
   a shared non-state armed group as actor (``group``: "M23 killed civilians in North Kivu in
   July" / "between July 9 and 21": one campaign reported twice; resolve.yaml
   ``group_actor_kinds``); two unplaced reports of one type dated by the same explicit range
   of a few days ("between the 25th and the 27th") whose parties are of no two different
   countries (``span``: relays of one dispatch that lost its place; config.SPAN_MIN_DAYS).

``clash`` says when two reports may never share an incident, even through a third report:
the clustering (cluster.py) refuses a join that would put two clashing reports together.
Every rule here has a block in blocks.py that brings its pairs together: keep them in step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from newsevents.parties.identity import block_of, same_party
from newsevents.resolve import config
from newsevents.resolve.keys import GEO_RANK, PRECISE_PLACES, Key, explicit_span, km


@dataclass(frozen=True, slots=True)
class Reason:
    """Why two reports were joined: the rule, the distance between their places, shared names."""

    rule: str  # target, parties, place, contains, weapon, group, span
    km: float | None = None
    shared: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "km": None if self.km is None else round(self.km, 1),
                "shared": list(self.shared)}


def tolerance_days(a: Key, b: Key) -> int:
    days = max(a.share, b.share)
    if a.inferred or b.inferred:
        days += config.INFERRED_EXTRA_DAYS
    return min(days, config.MAX_TOLERANCE_DAYS)


def dates_overlap(a: Key, b: Key) -> bool:
    tol = tolerance_days(a, b)
    return a.start - tol <= b.end and b.start - tol <= a.end


def dates_meet(start: int, end: int, share: int, inferred: bool, k: Key) -> bool:
    """The date test of ``compare`` between ``k`` and a report known only by its dates (day
    ordinals), its precision's share of the tolerance and whether it was inferred
    (Key.packed_dates): False when compare would say no on dates alone."""
    tol = max(share, k.share)
    if inferred or k.inferred:
        tol += config.INFERRED_EXTRA_DAYS
    tol = min(tol, config.MAX_TOLERANCE_DAYS)
    return not (start - tol > k.end or k.start - tol > end)


# A packed key's fields, by position (Key.pack): what the store's pre-tests read before a key is built
_TYPE, _START, _END, _LAT, _LON, _GEO, _COUNTRY, _ADMIN1 = 1, 3, 4, 7, 8, 9, 10, 11
_TARGETS, _WEAPONS, _PLACE, _AMBIGUOUS = 12, 13, 19, 22
PACKED_FIELDS = 25  # keys packed before round 9 have fewer: never pre-tested beyond their dates


class PackedPlace:
    """The place of a packed key, as ``places`` reads it (the attributes of Key it uses): built
    from the parsed fields for a fraction of the cost of a whole key."""

    __slots__ = ("admin1", "country", "geo", "place", "placed", "precise", "xyz")

    def __init__(self, fields: list[Any]) -> None:
        lat, lon = float(fields[_LAT]), float(fields[_LON])
        self.placed = True
        self.geo = fields[_GEO]
        self.precise = self.geo in PRECISE_PLACES
        self.place, self.country, self.admin1 = fields[_PLACE], fields[_COUNTRY], fields[_ADMIN1]
        la, lo = math.radians(lat), math.radians(lon)  # as Key.__post_init__ computes it
        cla = math.cos(la)
        self.xyz = (cla * math.cos(lo), cla * math.sin(lo), math.sin(la))


def packed_place(fields: list[Any]) -> PackedPlace | None:
    """The place of a packed key placed by a point, else None (keys packed before round 9 too:
    they are never pre-tested beyond their dates)."""
    if len(fields) != PACKED_FIELDS or fields[_LAT] is None or fields[_LON] is None:
        return None
    return PackedPlace(fields)


def apart(place: PackedPlace | None, fields: list[Any], k: Key) -> bool:
    """True when ``compare`` says no to a packed key (its parsed ``fields``, its ``packed_place``)
    and ``k`` on their places alone, whatever else they hold: ``places`` disagrees (two towns or
    sites beyond the tolerance, two towns of different names beyond NEIGHBOUR_KM, an area of
    another country, a province's town beyond its tolerance), and they do not both name targets
    (a shared target merges at any distance) nor are both of a place-free type (those compare on
    parties first). ``places`` itself decides, on the attributes it reads, so the pre-test is
    the rule. Why: at the density of 1,000,000 reports (bench/merge_scale.py) a quarter of the
    candidates a merge reads are neighbouring cells beyond the city tolerance or towns a
    province report cannot contain, and the store skips building their keys
    (merging.unpack_meeting)."""
    if place is None or not k.placed or (fields[_TARGETS] and k.targets):
        return False
    if k.free and fields[_TYPE] in config.place_free_types():
        return False
    return places(place, k)[0] is False  # type: ignore[arg-type]


def contains_only(fields: list[Any]) -> bool:
    """A packed key that can match a report only by containing it: placed by an area (not a
    site or a city, not of a place-free type), naming no specific target and no specific weapon,
    flagged ambiguous (so dated within CONTAINS_MAX_DAYS: the group rule needs loose dates, the
    span rule unplaced reports). Such a report's pair with a report that is not itself loose
    links nothing while the flag holds (cluster.kept): the store skips building it for those."""
    return (len(fields) == PACKED_FIELDS and bool(fields[_AMBIGUOUS]) and fields[_LAT] is not None
            and fields[_LON] is not None and fields[_GEO] not in PRECISE_PLACES
            and not fields[_TARGETS] and not fields[_WEAPONS]
            and fields[_TYPE] not in config.place_free_types()
            and fields[_END] - fields[_START] < config.CONTAINS_MAX_DAYS)


def loose(k: Key) -> bool:
    """A report placed only by an area: it may contain others (pass 2 of cluster.cluster)."""
    return k.placed and not k.precise and not k.free


def contains_only_key(k: Key, ambiguous: bool) -> bool:
    """contains_only of ``k`` packed with the flag ``ambiguous`` (Key.pack), read on the key: the
    store files such a report under its own index kind (merging.index_rows) so that the reports
    it links nothing with never read it."""
    return (ambiguous and k.placed and not k.precise and not k.targets and not k.weapons
            and not k.free and k.end - k.start < config.CONTAINS_MAX_DAYS)


def shared_sites(a: Key, b: Key) -> tuple[str, ...]:
    """Specific targets both name: one party (same_party) filed under one index block."""
    if not a.targets or not b.targets:
        return ()
    return tuple(sorted({min(x, y) for x in a.targets for y in b.targets
                         if block_of(x) == block_of(y) and same_party(x, y)}))


def _targets_differ(a: Key, b: Key) -> bool:
    """Both name targets by proper nouns and no target of one is a target of the other;
    missions of one country never differ ("Iran's consulate" / "the Iranian embassy": one
    compound, named either way). Targets described by common nouns never differ: outlets describe
    one strike's damage differently ("the port" / "military installations" / "a fuel depot"),
    and such words tell no two incidents apart."""
    if not a.named or not b.named or a.missions & b.missions:
        return False
    return not any(same_party(x, y) for x in a.targets for y in b.targets)


def contradicts(a: Key, b: Key) -> bool:
    """Two reports that cannot be one incident whatever their places (rule 3)."""
    if _targets_differ(a, b):
        return True
    if a.families and b.families and not a.families & b.families:
        return True
    return (a.status == b.status == "reported" and bool(a.perpetrators) and bool(b.perpetrators)
            and not a.perpetrators & b.perpetrators)


def places(a: Key, b: Key, dist: float | None = None) -> tuple[bool | None, str, float | None]:
    """(agree?, rule, km): None when either report is unplaced. ``dist``: km(a, b) when the
    caller has it already (it is the costliest part at scale)."""
    if not a.placed or not b.placed:
        return None, "", None
    if dist is None:
        dist = km(a, b)
    assert dist is not None
    tol = config.place_tolerance()
    if a.precise and b.precise:
        if a.geo == b.geo == "city" and a.place and b.place and a.place != b.place:
            return dist <= config.NEIGHBOUR_KM, "place", dist  # two towns, unless one is a suburb
        return dist <= max(tol.get(str(a.geo), 25.0), tol.get(str(b.geo), 25.0)), "place", dist
    loose, other = (a, b) if GEO_RANK.get(str(a.geo), 9) >= GEO_RANK.get(str(b.geo), 9) else (b, a)
    if not loose.country:
        return same_open_area(loose, other), "place", dist
    if loose.country != other.country:
        return False, "contains", dist
    if loose.geo == "admin1" and loose.admin1 and loose.admin1 == other.admin1:
        return True, "contains", dist
    if loose.geo in ("admin1", "region"):  # admin1 names differ between sources: by distance
        return dist <= tol.get(str(loose.geo), 0.0), "contains", dist
    return True, "contains", dist  # a country contains every place of its own


def same_open_area(a: Any, b: Any) -> bool:
    """Two reports placed at one area of no country, by its name: a sea, a strait, a cross-border
    region ("in the Red Sea" / "en mer Rouge": the gazetteer's one canonical name). Such an area
    is one place for both, as one town is ("place" rule, dated within PLACE_MAX_DAYS), and it
    contains nothing else: it has no country to contain by, and its point is far from most of
    it ("the Black Sea" is no report of the port of Odesa). Why: a ship attacked in the Red Sea
    told by two wires (news-dev: the Eternity C, with gold publication dates) stayed two
    incidents, since an area of no country agreed with no place, itself included. Reads the
    attributes ``places`` reads (a Key or a PackedPlace)."""
    return (a.geo == b.geo and not a.precise and not a.country and not b.country
            and bool(a.place) and a.place == b.place)


def _parties_agree(a: Key, b: Key) -> tuple[str, ...]:
    """Countries both reports' parties share, when they are enough: two when both name two or
    more (Poland and Romania each summoning Russia's envoy are two protests), else one."""
    shared = a.countries & b.countries
    need = min(2, len(a.countries), len(b.countries))
    return tuple(sorted(shared)) if shared and len(shared) >= need else ()


def _countries_agree(a: Key, b: Key) -> bool:
    """No country of one report's parties is among the other's, when both name parties."""
    return not a.countries or not b.countries or bool(a.countries & b.countries)


def compare(a: Key, b: Key) -> Reason | None:
    """Why ``a`` and ``b`` are one incident, or None (see the module docstring)."""
    # dates_overlap inlined: at scale compare runs millions of times and most pairs end here
    tol = max(a.share, b.share)
    if a.inferred or b.inferred:
        tol += config.INFERRED_EXTRA_DAYS
    tol = min(tol, config.MAX_TOLERANCE_DAYS)
    if a.start - tol > b.end or b.start - tol > a.end:
        return None
    if a.docs & b.docs or (a.type != b.type and not a.groups & b.groups):
        return None
    # contradicts and shared_sites only when both name what they test (most reports name no
    # target, family or perpetrator: two calls spared per comparison)
    if ((a.named and b.named) or (a.families and b.families) or (a.perpetrators and b.perpetrators)) \
            and contradicts(a, b):
        return None
    dist = km(a, b)
    if a.targets and b.targets and (shared_targets := shared_sites(a, b)):
        return Reason("target", dist, shared_targets)
    if a.vague or b.vague:
        return None
    if a.free and b.free:
        shared = _parties_agree(a, b)
        return Reason("parties", dist, shared) if shared else None
    agree, rule, dist = places(a, b, dist)
    if agree is False:
        return None
    days = max(a.days, b.days)
    if agree and days <= (config.CONTAINS_MAX_DAYS if rule == "contains" else config.PLACE_MAX_DAYS):
        return Reason(rule, dist)
    shared_weapons = a.weapons & b.weapons
    # a weapon names one strike of a loose period only in one town: "Kh-101 strikes in Ukraine in
    # March" is no one strike (config.UNPLACED_MAX_DAYS)
    if shared_weapons and ((agree and rule == "place") or days <= config.UNPLACED_MAX_DAYS):
        return Reason("weapon", dist, tuple(sorted(shared_weapons)))
    if (not a.placed and not b.placed and a.type == b.type and a.start == b.start and a.end == b.end
            and explicit_span(a) and explicit_span(b) and _countries_agree(a, b)):
        return Reason("span", dist)
    if agree and a.type == b.type and min(a.days, b.days) > config.PLACE_MAX_DAYS:
        shared_groups = a.armed & b.armed
        if shared_groups:
            return Reason("group", dist, tuple(sorted(shared_groups)))
    return None


def clash(a: Key, b: Key) -> bool:
    """Two reports that may never be in one incident, even through a third report."""
    if a.docs & b.docs or (((a.named and b.named) or (a.families and b.families)
                            or (a.perpetrators and b.perpetrators)) and contradicts(a, b)):
        return True
    if a.free and b.free:
        return False
    if a.targets and b.targets and shared_sites(a, b):
        return False
    agree, _, dist = places(a, b)
    if agree is not False:
        return False
    # a city and its country never clash; two cities, or a city and another country's place, do
    return dist is None or dist > config.CLASH_KM or a.country != b.country
