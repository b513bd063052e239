"""What matching reads of an event record, computed once per record: its ``Key``.

Why a key and not the record: the merger compares each new report with every candidate in its
date window and area, and the clustering compares cluster members again; parsing dates, folding
names and keying parties once per record keeps a comparison to a few set operations.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from newsevents.extract.weapon_names import is_specific_weapon
from newsevents.parties.identity import (
    JOINERS,
    block_of,
    canonical,
    country_of,
    fold,
    generic_words,
    key_of,
    name_key,
)
from newsevents.resolve import config

Record = dict[str, Any]

PRECISE_PLACES = frozenset({"site", "city"})
# the order in which a place is more precise than another (merged records keep the most precise)
GEO_RANK = {"site": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}
DATE_RANK = {"day": 0, "range": 1, "week": 2, "month": 3, "season": 4, "year": 5}
# parties that may have done it: their countries tell two perpetrators apart
PERPETRATOR_KINDS = frozenset({"state", "government", "military", "group"})


def is_specific_target(party: dict[str, Any]) -> bool:
    """A target that identifies an incident: a site, mission or force whose name holds a word that
    is neither a generic head word ("hospital", "Embassy") nor a country ("Armed Forces of Israel"
    names an army, "Okhmatdyt hospital" a place that was hit), or a diplomatic mission of a
    country ("Embassy of Azerbaijan in Ukraine": one building)."""
    return _specific_target(str(party.get("name") or ""), party.get("kind"))


# Remembered by name and kind: every new report's targets are read (Key of a record), and a
# store's reports name the same few thousand sites again and again.
@lru_cache(maxsize=1 << 16)
def _specific_target(name: str, kind: str | None) -> bool:
    if kind is not None and kind not in config.site_target_kinds():
        return False
    generic = generic_words()
    has_country = False
    for word in fold(canonical(name)).split():
        if word in generic or word in JOINERS or len(word) < 2:
            continue
        if country_of(word):
            has_country = True
            continue
        return True
    return has_country and kind in (None, "diplomatic_mission")


def is_named_target(party: dict[str, Any]) -> bool:
    """A specific target named by a proper noun ("Okhmatdyt hospital", "Osman air base", "the
    Eternity C") or a country's diplomatic mission, rather than described by common nouns
    ("military installations", "ammunition depot", "Emirati fighter jet"). Why: outlets describe
    what one strike hit differently (the port, military installations, a fuel depot, a warplane):
    different descriptions never tell two incidents apart, different names do (match.py
    _targets_differ). A capitalised word of the name that is neither a head word nor a country is
    the proper noun: the extractors keep a name's case and write common nouns in lower case."""
    return _named_target(str(party.get("name") or ""), party.get("kind"))


@lru_cache(maxsize=1 << 16)
def _named_target(name: str, kind: str | None) -> bool:
    if not _specific_target(name, kind):
        return False
    if kind in config.mission_kinds():
        return True  # a country's mission is named by its country (is_specific_target checked it)
    generic = generic_words()
    for word in _WORD.findall(canonical(name)):
        if len(word) < 2 or not word[0].isupper():
            continue
        folded = fold(word)
        if folded in generic or folded in JOINERS or _country_word(word):
            continue
        return True
    return False


@lru_cache(maxsize=10_000)
def _country_word(word: str) -> bool:
    """A country's name or adjective in any supported language ("Iran", "Emirati", "iranienne")."""
    from newsevents.lang import supported_languages
    from newsevents.parties.countries import country_from_adjective

    return bool(country_of(word)) or any(country_from_adjective(word, lang) for lang in supported_languages())


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def documents(record: Record) -> set[str]:
    """The documents a record (event or claim) comes from."""
    return {s.get("document") for s in record.get("sources") or [] if s.get("document")}


@dataclass(slots=True)
class Key:
    """An event as the merger sees it (dates as day ordinals, names as cross-language keys).

    Never changed once built (dataclasses.replace makes a changed copy); only the caches
    ``blocks``, ``sweep`` and ``lookups`` are filled on first use. Not a frozen dataclass: a frozen one sets
    each of its 35 attributes through object.__setattr__, and building keys was the costliest
    step of the merge at the density of 1,000,000 reports (bench/merge_scale.py: the candidates'
    keys, some 70,000 per 10,000 reports merged); plain slot assignment builds one in under
    half the time. Hashed by id (equal keys have equal ids)."""

    id: str
    type: str
    docs: frozenset[str]
    start: int
    end: int
    precision: str
    inferred: bool
    lat: float | None
    lon: float | None
    geo: str | None  # site, city, admin1, region, country
    country: str | None
    admin1: str | None
    targets: frozenset[str]  # specific site targets, party keys
    weapons: frozenset[str]  # specific weapon systems, name keys
    families: frozenset[str]  # weapon families named (resolve.yaml weapon_families), platforms aside
    perpetrators: frozenset[str]  # countries of the stated (not implied) perpetrators
    countries: frozenset[str]  # countries of every party (place-free types compare on these)
    status: str
    actors: frozenset[str] = frozenset()  # party keys of every actor (claims' weapon links)
    place: str | None = None  # name_key of the place's name ("kharkiv", "han iunis")
    missions: frozenset[str] = frozenset()  # countries whose specific diplomatic missions are targets
    armed: frozenset[str] = frozenset()  # party keys of the stated non-state armed groups (actors)
    # a loose report containing two incidents (resolve.cluster.ambiguous_of): not read from the
    # record but from the other reports; the store keeps it in the packed key
    ambiguous: bool = False
    # the targets (of ``targets``) named by a proper noun (is_named_target): only these differ
    named: frozenset[str] = frozenset()
    # party keys of every target of a site or civilian kind, generic ones too ("o:hospital",
    # "displaced persons camp"): when a report matches two incidents alike, the one whose reports
    # describe the same damage is chosen (cluster._ranked, cluster.two_incidents); never a reason
    # to merge or to keep apart
    described: frozenset[str] = frozenset()

    # derived once (comparisons read them millions of times at scale): see __post_init__
    days: int = field(init=False, compare=False)
    vague: bool = field(init=False, compare=False)
    placed: bool = field(init=False, compare=False)
    precise: bool = field(init=False, compare=False)  # at a site or a city: compared by distance
    free: bool = field(init=False, compare=False)  # a place-free type (resolve.yaml)
    groups: frozenset[str] = field(init=False, compare=False)  # the type's compatibility groups
    share: int = field(init=False, compare=False)  # the date tolerance of its precision
    xyz: tuple[float, float, float] | None = field(init=False, compare=False)  # unit vector
    # blocks.index_keys and cluster.sweep_blocks of the key, computed on first use: the store
    # asks for them several times per report and batch (lookups, components, each clustering)
    blocks: frozenset[str] | None = field(init=False, compare=False, repr=False)
    sweep: frozenset[str] | None = field(init=False, compare=False, repr=False)
    lookups: frozenset[str] | None = field(init=False, compare=False, repr=False)  # blocks.lookup_keys

    def __post_init__(self) -> None:
        self.days = days = self.end - self.start + 1
        self.vague = days > config.VAGUE_DAYS
        lat, lon = self.lat, self.lon
        self.placed = placed = lat is not None and lon is not None
        self.precise = placed and self.geo in PRECISE_PLACES
        self.free = self.type in _place_free()
        self.groups = _member_groups(self.type)
        self.share = _date_tolerance().get(self.precision, 0)
        if placed:
            la, lo = math.radians(float(lat)), math.radians(float(lon))  # type: ignore[arg-type]
            cla = math.cos(la)
            self.xyz = (cla * math.cos(lo), cla * math.sin(lo), math.sin(la))
        else:
            self.xyz = None
        self.blocks = None
        self.sweep = None
        self.lookups = None

    def __hash__(self) -> int:
        return hash(self.id)

    def pack(self, ambiguous: bool | None = None) -> str:
        """A compact JSON form the store keeps beside the record, so a candidate is compared
        without parsing its whole record (see unpack); ``ambiguous`` packs that flag instead of
        the key's own (the store packs every new key with its flag just computed: building a
        copy of each key with dataclasses.replace cost as much as packing it)."""
        import json

        if ambiguous is None:
            ambiguous = self.ambiguous

        return json.dumps([self.id, self.type, sorted(self.docs), self.start, self.end, self.precision,
                           int(self.inferred), self.lat, self.lon, self.geo, self.country, self.admin1,
                           sorted(self.targets), sorted(self.weapons), sorted(self.families),
                           sorted(self.perpetrators), sorted(self.countries), self.status,
                           sorted(self.actors), self.place, sorted(self.missions), sorted(self.armed),
                           int(ambiguous), sorted(self.named), sorted(self.described)],
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def unpack(cls, text: str) -> Key:
        import json

        return cls._from_fields(json.loads(text))

    @classmethod
    def unpack_many(cls, texts: list[str]) -> list[Key]:
        """Many packed keys decoded in one JSON parse: the store loads thousands per batch, and
        one ``json.loads`` over their list costs about half as much as one call each."""
        import json

        if not texts:
            return []
        return [cls._from_fields(f) for f in json.loads("[" + ",".join(texts) + "]")]

    @classmethod
    def from_fields(cls, fields: list[Any]) -> Key:
        """A key from its packed fields already parsed (``json.loads`` of pack()'s text)."""
        return cls._from_fields(fields)

    @staticmethod
    def packed_dates(fields: list[Any]) -> tuple[int, int, int, bool]:
        """(start, end, share, inferred) of parsed packed fields, without building the key: what
        match.dates_meet reads, so the store skips candidates whose dates meet no report's."""
        return fields[3], fields[4], config.date_tolerance().get(fields[5], 0), bool(fields[6])

    @classmethod
    def _from_fields(cls, fields: list[Any]) -> Key:
        # keys packed before ``missions``, ``armed`` and ``ambiguous`` existed have 20 fields, before
        # ``named`` 23: their targets all count as named, as they did then (migration 0007 rebuilds)
        if len(fields) != 25:
            head = [*fields[:23], *[[], [], 0][max(0, len(fields) - 20):]][:23]
            fields = [*head, fields[23] if len(fields) > 23 else fields[12],
                      fields[24] if len(fields) > 24 else []]
        (i, t, docs, start, end, precision, inferred, lat, lon, geo, country, admin1, targets, weapons,
         families, perpetrators, countries, status, actors, place, missions, armed,
         ambiguous, named, described) = fields
        # most lists are empty: one shared empty set (inline: a helper call per list cost as much
        # as building the rest of the key)
        e, fs = _EMPTY, frozenset
        return cls(i, t, fs(docs) if docs else e, start, end, precision, bool(inferred), lat, lon, geo,
                   country, admin1, fs(targets) if targets else e, fs(weapons) if weapons else e,
                   fs(families) if families else e, fs(perpetrators) if perpetrators else e,
                   fs(countries) if countries else e, status, fs(actors) if actors else e, place,
                   fs(missions) if missions else e, fs(armed) if armed else e, bool(ambiguous),
                   fs(named) if named else e, fs(described) if described else e)

    @property
    def names(self) -> frozenset[str]:
        """Specific targets and weapons, prefixed: what a shared name merges on."""
        return frozenset({f"t:{block_of(t)}" for t in self.targets} | {f"w:{w}" for w in self.weapons})


_EMPTY: frozenset[str] = frozenset()
_place_free = config.place_free_types
_member_groups = config.member_groups
_date_tolerance = config.date_tolerance


def _frozen(items: list[str]) -> frozenset[str]:
    """A packed list as a frozenset; most are empty, and one shared empty set is cheaper to make."""
    return frozenset(items) if items else _EMPTY


def _day(value: Any) -> int:
    return date.fromisoformat(str(value)[:10]).toordinal()


def _party_country(p: Record) -> str | None:
    key = key_of(p)
    return key[2:] if key.startswith("s:") else (p.get("country") or None)


def key_of_event(e: Record) -> Key | None:
    """The matching key of an event record; None when it has no usable date (never merged)."""
    d = e.get("date") or {}
    try:
        start = _day(d["start"])
        end = max(start, _day(d.get("end") or d["start"]))
    except (KeyError, TypeError, ValueError):
        return None
    loc = e.get("location") or {}
    lat, lon = loc.get("lat"), loc.get("lon")
    if not (isinstance(lat, int | float) and isinstance(lon, int | float)
            and math.isfinite(lat) and math.isfinite(lon)):
        lat = lon = None
    specific_targets = [p for p in e.get("targets") or [] if is_specific_target(p)]
    targets = frozenset(key_of(p) for p in specific_targets)
    missions = frozenset(str(p["country"]) for p in specific_targets
                         if p.get("kind") in config.mission_kinds() and p.get("country"))
    armed = frozenset(k for p in e.get("actors") or []
                      if p.get("name") and p.get("kind") in config.group_actor_kinds()
                      and p.get("role") != "implied" and not (k := key_of(p)).startswith("s:"))
    specific = [w for w in e.get("weapons") or [] if w.get("name") and is_specific_weapon(w["name"])]
    families = config.weapon_family()
    perpetrators = frozenset(c for p in e.get("actors") or []
                             if p.get("kind") in PERPETRATOR_KINDS and p.get("role") != "implied"
                             and (c := _party_country(p)))
    countries = frozenset(c for key in ("actors", "targets") for p in e.get(key) or []
                          if (c := _party_country(p)))
    admin1 = loc.get("admin1")
    return Key(
        id=str(e["id"]), type=str(e.get("type", "")), docs=frozenset(documents(e)), start=start, end=end,
        precision=str(d.get("precision") or "day"), inferred=bool(d.get("inferred")),
        lat=float(lat) if lat is not None else None, lon=float(lon) if lon is not None else None,
        geo=(loc.get("precision") or "city") if lat is not None else None,
        country=(loc.get("country") or None) if loc else None,
        admin1=name_key(admin1) if admin1 else None,
        targets=targets,
        weapons=frozenset(name_key(w["name"]) for w in specific),
        families=frozenset(families[c] for w in e.get("weapons") or []
                           if (c := str(w.get("category"))) in families) - config.platform_families(),
        perpetrators=perpetrators, countries=countries, status=str(e.get("status") or "reported"),
        actors=frozenset(key_of(p) for p in e.get("actors") or [] if p.get("name")),
        place=name_key(str(loc["name"])) if lat is not None and loc.get("name") else None,
        missions=missions, armed=armed,
        named=frozenset(key_of(p) for p in specific_targets if is_named_target(p)),
        described=frozenset(key_of(p) for p in e.get("targets") or []
                            if p.get("name") and p.get("kind") in config.described_target_kinds()))


def explicit_span(k: Key) -> bool:
    """Dated by an explicit range of a few days, stated in the text (not inferred): what the
    ``span`` rule of match.compare reads (config.SPAN_MIN_DAYS)."""
    return (k.precision == "range" and not k.inferred and not k.vague
            and config.SPAN_MIN_DAYS <= k.days <= config.PLACE_MAX_DAYS)


def km(a: Key, b: Key) -> float | None:
    """Great-circle distance between two placed keys (from the chord between their unit vectors)."""
    p, q = a.xyz, b.xyz
    if p is None or q is None:
        return None
    chord = math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2)
    return 2 * config.EARTH_RADIUS_KM * math.asin(min(1.0, chord / 2))
