"""The loaded gazetteer: name -> candidate places, with static priors and context ranking.

Lookups fold the name (names.normalize), hash it, and binary-search the sorted hash array built by
newsevents.geo.build; the postings of a name are its places in decreasing population. Language
data may add aliases at load time (``add_alias``: French exonyms GeoNames lacks), so editing a
variants table never forces an index rebuild.

Ranking (``rank``) = static prior + document context:
- prior: log10(population) plus a bonus by kind (countries and hand-listed regions are what a bare
  name means in the news; admin1 units carry the summed population of their towns, so they get a
  handicap against a homonymous city), plus national capitals, plus a match on the place's own
  name rather than one of its alternate names;
- context: the countries the document talks about (names, demonyms, unambiguous places) and
  proximity to the other places it mentions.
"""

from __future__ import annotations

import difflib
import itertools
import math
import pickle
import re
from array import array
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from newsevents.datafiles import load_yaml
from newsevents.geo.build import KIND_ADMIN1, KIND_CITY, KIND_COUNTRY, KIND_NAMES, KIND_REGION, ensure_index
from newsevents.geo.names import name_hash, normalize

# Priors, in log10-population units. Tuned by hand on the tables in tests/test_geo_index.py and
# the bench texts (bench/geo_peers.py): each value is the smallest that made the table pass.
KIND_BONUS = {KIND_CITY: 0.0, KIND_ADMIN1: -1.0, KIND_COUNTRY: 3.0, KIND_REGION: 0.8}
CAPITAL_BONUS = 1.0  # "Washington", "Paris": the capital over a more populous homonym's sum
PRIMARY_NAME_BONUS = 0.3  # its own name beats another place's alternate spelling
COUNTRY_CONTEXT_BONUS = 2.5  # the document talks about this country: ~300x population
NEAR_CONTEXT_BONUS = 1.5  # within NEAR_CONTEXT_KM of a place the document already placed
NEAR_CONTEXT_KM = 400.0
# a town known here only by another place's alternate spelling, abroad, when a place of that very
# name lies in a country the document names ("Bassa" in a story of Nigeria: not Passau, whose
# GeoNames alternates list "Bassa"): it loses the context bonus it lacks, as if named elsewhere
ALTERNATE_ABROAD_PENALTY = COUNTRY_CONTEXT_BONUS
# ... and only a town under this population: exonyms of large cities ("Kharkov", "Anvers") are
# written for their own sake; the alternates that mislead are small towns' (Passau 50k, Syke 24k)
ALIAS_ABROAD_MAX_POPULATION = 200_000
# ... and far from every country and place the story names: a town near them is as likely its
# own ("the town of Nabatieh" in a story of an Israeli strike, a Lebanese town under an alias)
ALIAS_ABROAD_KM = 1500.0
# a town reached by a name unlike its own (a former or foreign name: "Pokrovsk", Engels' old name)
# while a town of that very name lies in a country the story is about ("Russian forces struck
# Pokrovsk", a story of Ukraine): the namesake is meant, so the renamed town loses its own country's
# bonus. Unlike: a spelling ratio under RENAMED_SPELLING_RATIO ("Kiev"/"Kyiv" 0.75 and
# "Odessa"/"Odesa" are spellings of one name). Only against a namesake of at least
# RENAMED_NAMESAKE_SHARE of its population: a hamlet keeping a big town's old name (Russia's
# Artemovsk, 2,000 people, for Bakhmut's) is not what a story means by it
RENAMED_SPELLING_RATIO = 0.5
RENAMED_NAMESAKE_SHARE = 0.1
BUCKET_BITS = 20  # 1M buckets for ~0.9M names
MAX_CANDIDATES = 25  # postings per name kept for ranking (largest populations first)
LOOKUP_CACHE = 100_000
# spelling variants tried for a name that is no place's own name (data/transliteration.yaml); at
# most this many spellings per name (the product of the alternatives for the letter groups it has)
TRANSLITERATION_FILE = Path(__file__).resolve().parent.parent / "data" / "transliteration.yaml"
MAX_SPELLINGS = 64
# Least difflib ratio between a first-level division's folded name and another spelling of it
# ("Khost"/"Khowst" 0.91, "Lower Shabelle"/"Lower Shabeelle" 0.96, "Hiran"/"Hiiraan" 0.83):
# set under the lowest true pair of the test tables; within one country the closest false pairs
# of GeoNames' units sit lower ("Bay"/"Bari" 0.57, "Sool"/"Sanaag" 0.4).
ADMIN1_SPELLING_RATIO = 0.8


@cache
def _transliteration() -> dict[str, Any]:
    with TRANSLITERATION_FILE.open(encoding="utf-8") as fh:
        return load_yaml(fh) or {}


@cache
def _substitutions() -> dict[str, list[str]]:
    table = _transliteration().get("substitutions") or {}
    return {str(k): [str(v) for v in vs] for k, vs in table.items()}


def spellings(folded: str) -> list[str]:
    """Other romanisations of a folded name ("sloviansk" -> "slovyansk", "avdiivka" -> "avdiyivka",
    "deir al balah" -> "dayr al balah"): every combination of the alternatives for the letter
    groups it contains, up to MAX_SPELLINGS."""
    subs = {k: v for k, v in _substitutions().items() if k in folded}
    if not subs:
        return []
    pattern = re.compile("|".join(sorted(map(re.escape, subs), key=len, reverse=True)))
    parts = pattern.split(folded)
    groups = pattern.findall(folded)
    out: list[str] = []
    for choice in itertools.islice(itertools.product(*[[g, *subs[g]] for g in groups]), 1, MAX_SPELLINGS):
        out.append("".join(p + c for p, c in zip(parts, [*choice, ""], strict=True)))
    return out


@cache
def hyphen_articles() -> frozenset[str]:
    """Lower-case articles that, hyphenated, begin a place name ("ad-Damazin", "as-Suki")."""
    return frozenset(str(a).lower() for a in _transliteration().get("hyphen_articles") or ())


def with_articles(folded: str) -> list[str]:
    """The name after each leading article of the table ("qamishli" -> "al qamishli")."""
    if not folded:
        return []
    articles = _transliteration().get("articles") or ()
    return [f"{a} {folded}" for a in articles if not folded.startswith(f"{a} ")]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may refer to."""

    entry: int
    name: str
    kind: str  # city | admin1 | country | region
    country: str | None
    lat: float
    lon: float
    population: int
    geonameid: int | None
    admin1: str | None  # name of the first-level division, when known
    admin1_entry: int
    capital: bool
    primary: bool  # the looked-up name is the place's own name, not an alternate

    @property
    def prior(self) -> float:
        kind = KIND_NAMES.index(self.kind)
        return (math.log10(self.population + 10) + KIND_BONUS[kind]
                + CAPITAL_BONUS * self.capital + PRIMARY_NAME_BONUS * self.primary)


@dataclass(slots=True)
class Context:
    """What the document says about where it is: countries (ISO2) and points already placed.

    ``weights`` lowers the bonus of weaker evidence (a demonym: "une chaîne américaine" says less
    about where a story happens than "au Texas"); countries without a weight get the full bonus.
    """

    countries: set[str]
    points: list[tuple[float, float]]
    weights: dict[str, float] = field(default_factory=dict)
    # the country of each point, when known (aligned with ``points``): a town near a placed point
    # across a border gets no nearness bonus (``near``)
    point_countries: list[str | None] = field(default_factory=list)

    @classmethod
    def empty(cls) -> Context:
        return cls(set(), [])

    def add(self, country: str, weight: float = 1.0) -> None:
        """Count a country, keeping the strongest evidence seen for it."""
        if country in self.countries:
            self.weights[country] = max(self.weights.get(country, 1.0), weight)
        else:
            self.countries.add(country)
            self.weights[country] = weight

    def place(self, lat: float, lon: float, country: str | None) -> None:
        """Record a point the document placed unambiguously, with its country."""
        self.points.append((lat, lon))
        self.point_countries.extend([None] * (len(self.points) - 1 - len(self.point_countries)))
        self.point_countries.append(country)

    def near(self, c: Candidate, km: float) -> bool:
        """A point within `km` of the candidate, in its own country (or of unknown country).

        Why its own country: Gao, Burkina Faso lies 340 km from Mopti, Mali, Gao, Mali 450 km: in a
        story of Mali naming Mopti, nearness across the border must not outweigh the country the
        story is about; within one country the nearest namesake is the likelier one."""
        countries = self.point_countries
        return any(haversine_km(c.lat, c.lon, lat, lon) <= km
                   and (i >= len(countries) or countries[i] is None or countries[i] == c.country)
                   for i, (lat, lon) in enumerate(self.points))

    def bonus(self, country: str | None) -> float:
        if not country or country not in self.countries:
            return 0.0
        return COUNTRY_CONTEXT_BONUS * self.weights.get(country, 1.0)


def _as_array(code: str, values: np.ndarray) -> array:
    out = array(code)
    out.frombytes(values.tobytes())
    return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def spelling_ratio(a: str, b: str) -> float:
    """How alike two folded names are (difflib ratio), 0 when their first letters differ."""
    return difflib.SequenceMatcher(None, a, b).ratio() if a[:1] == b[:1] else 0.0


def renamed(c: Candidate, name: str, namesakes: list[Candidate]) -> bool:
    """A town (no capital) that `name` reaches only as a name unlike its own, while a town of
    that very name (`namesakes`: primary names in the story's countries) is of comparable size."""
    if c.kind != "city" or c.primary or c.capital \
            or spelling_ratio(normalize(name), normalize(c.name)) >= RENAMED_SPELLING_RATIO:
        return False
    return any(n.population >= RENAMED_NAMESAKE_SHARE * c.population for n in namesakes)


def spelled_alike(a: str, b: str) -> bool:
    """Two names that are spellings of one name ("Al Qadarif", "Al Qaḑārif"; "Khost", "Khowst")."""
    return spelling_ratio(normalize(a), normalize(b)) >= ADMIN1_SPELLING_RATIO


class Gazetteer:
    """Name lookups over the prebuilt index; see the module docstring for the ranking."""

    def __init__(self, data: dict[str, Any]) -> None:
        keys: np.ndarray = data["keys"]
        # Python-level arrays: item access from Python is ~10x cheaper than on numpy arrays
        self._keys = _as_array("Q", keys.astype(np.uint64))
        self._starts = _as_array("q", data["starts"].astype(np.int64))
        self._postings = _as_array("i", data["postings"].astype(np.int32))
        self._primary = _as_array("b", data["primary"].astype(np.int8))
        # bucket b holds the keys whose top BUCKET_BITS bits are b: a lookup scans ~1 key. Its
        # first key is the number of (sorted) keys in the buckets before it: counted in one pass
        # (a searchsorted of the 2**20 bucket edges cost 0.03 s CPU of every start-up)
        counts = np.bincount((keys >> np.uint64(64 - BUCKET_BITS)).astype(np.int64), minlength=2**BUCKET_BITS)
        buckets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        self._buckets = _as_array("q", buckets)
        self._keys_np, self._starts_np, self._postings_np = keys, data["starts"], data["postings"]
        self._kind: np.ndarray = data["kind"]
        self._cc: np.ndarray = data["cc"]
        self._countries: list[str] = data["countries"]
        self._lat: np.ndarray = data["lat"]
        self._lon: np.ndarray = data["lon"]
        self._pop: np.ndarray = data["pop"]
        self._gid: np.ndarray = data["gid"]
        self._admin1: np.ndarray = data["admin1"]
        self._capital: np.ndarray = data["capital"]
        self._names: list[str] = data["names"]
        self._subunits: dict[str, int] = data.get("subunits") or {}
        self._aliases: dict[str, list[tuple[int, int]]] = {}
        # (folded alias, entry) of the aliases written as an upper-case abbreviation ("EAU", "RDC")
        self._upper_only: set[tuple[str, int]] = set()
        self._country_entry = {self._countries[int(self._cc[e])]: int(e)
                               for e in np.flatnonzero(self._kind == KIND_COUNTRY)}
        self._capital_entry = {self._countries[int(self._cc[e])]: int(e)
                               for e in np.flatnonzero(self._capital)}
        self.lookup = lru_cache(maxsize=LOOKUP_CACHE)(self._lookup)  # type: ignore[method-assign]

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        with (path or ensure_index()).open("rb") as fh:
            return cls(pickle.load(fh))

    def __len__(self) -> int:
        return len(self._names)

    # -- lookups --------------------------------------------------------------------------------
    def entries(self, name: str) -> list[tuple[int, int]]:
        """(entry, 1 if it is the place's own name else 0) for a name, largest places first."""
        folded = normalize(name)
        if not folded:
            return []
        h = name_hash(folded)
        b = h >> (64 - BUCKET_BITS)
        keys = self._keys
        found: list[tuple[int, int]] = []
        for i in range(self._buckets[b], self._buckets[b + 1]):
            if keys[i] == h:
                lo = self._starts[i]
                hi = min(self._starts[i + 1], lo + MAX_CANDIDATES)
                found = list(zip(self._postings[lo:hi], self._primary[lo:hi], strict=True))
                break
        alias = self._aliases.get(folded)
        if alias and not name.isupper():  # "Eau" of "Saut-d'Eau" is no EAU (Émirats arabes unis)
            alias = [x for x in alias if (folded, x[0]) not in self._upper_only]
        if alias:
            seen = {e for e, _ in alias}
            return alias + [x for x in found if x[0] not in seen]
        return found

    def top_many(self, names: list[str]) -> np.ndarray:
        """Batch lookup: the most populous place of each name (entry id, -1 when unknown).

        For bulk geocoding of name lists: one vectorised search for all names; context ranking
        (``rank``) is per document and not applied here.
        """
        hashes = np.fromiter((name_hash(normalize(n)) for n in names), dtype=np.uint64, count=len(names))
        i = np.searchsorted(self._keys_np, hashes)
        i_ok = np.minimum(i, len(self._keys_np) - 1)
        found = self._keys_np[i_ok] == hashes
        return np.where(found, self._postings_np[self._starts_np[i_ok]], -1)

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        """Candidates for a name, best static prior first (cached). A name that is no place's own
        name also gets the places whose own name is one of its other romanisations ("Sloviansk"
        is Slov'yans'k, not the town that lists "Sloviansk" among its alternate names)."""
        found = dict(self.entries(name))
        if not any(found.values()):
            folded = normalize(name)
            others = [*spellings(folded), *with_articles(folded)]
            for spelling in others:
                found.update((e, 1) for e, p in self.entries(spelling) if p)
            if not found:  # no place's own name: one's alternate name ("Dohouk" -> "Dohuk", Dihok)
                for spelling in spellings(folded):
                    found.update((e, 0) for e, _p in self.entries(spelling) if e not in found)
        cands = [self.candidate(e, bool(p)) for e, p in found.items()]
        return tuple(sorted(cands, key=lambda c: -c.prior))

    def candidate(self, entry: int, primary: bool = True) -> Candidate:
        cc = self._countries[int(self._cc[entry])] or None
        a1 = int(self._admin1[entry])
        return Candidate(
            entry=entry, name=self._names[entry], kind=KIND_NAMES[int(self._kind[entry])], country=cc,
            lat=float(self._lat[entry]), lon=float(self._lon[entry]), population=int(self._pop[entry]),
            geonameid=int(self._gid[entry]) or None, admin1=self._names[a1] if a1 >= 0 else None,
            admin1_entry=a1, capital=bool(self._capital[entry]), primary=primary)

    def country(self, iso2: str) -> Candidate | None:
        """The country-level place of an ISO2 code."""
        e = self._country_entry.get(iso2.upper())
        return self.candidate(e) if e is not None else None

    def capital_of(self, iso2: str) -> Candidate | None:
        """The national capital of a country (GeoNames' capital name), when known."""
        e = self._capital_entry.get(iso2.upper())
        return self.candidate(e) if e is not None else None

    def columns(self) -> dict[str, Any]:
        """The entries as numpy columns (kind, cc index, lat, lon, pop, admin1 entry) and the
        country list the cc indexes point into: for computations over many places (geo/parts.py)."""
        return {"kind": self._kind, "cc": self._cc, "lat": self._lat, "lon": self._lon, "pop": self._pop,
                "admin1": self._admin1, "countries": self._countries}

    def admin1_spelled(self, name: str, countries: set[str]) -> Candidate | None:
        """The first-level division of one of `countries` whose name is another spelling of
        `name` (same first letter, ADMIN1_SPELLING_RATIO): "Khost province" is GeoNames'
        Khowst, "Lower Shabelle region" its Lower Shabeelle; else the unit holding a division below
        the first level that GeoNames lacks (build._subunit_names). Only where the text says the name is
        a division (a cue word), and only in countries the document is about."""
        folded = normalize(name)
        best: tuple[float, int] | None = None
        for cc in sorted(countries):
            for unit, entry in self._admin1_units().get(cc, ()):
                ratio = spelling_ratio(folded, unit)
                if ratio >= ADMIN1_SPELLING_RATIO and (best is None or ratio > best[0]):
                    best = (ratio, entry)
        if best is None and (held := self._subunits.get(folded)) is not None \
                and self._countries[int(self._cc[held])] in countries:
            return self.candidate(held)  # "Maguindanao province": a province of Bangsamoro
        return self.candidate(best[1]) if best else None

    def admin1_units(self) -> dict[str, list[tuple[str, int]]]:
        """Country -> (folded name, entry) of its first-level divisions (read by where_borders)."""
        return self._admin1_units()

    @cache  # noqa: B019 -- one gazetteer per process (geo.gazetteer), kept for good
    def _admin1_units(self) -> dict[str, list[tuple[str, int]]]:
        """Country -> (folded name, entry) of its first-level divisions."""
        out: dict[str, list[tuple[str, int]]] = {}
        for e in np.flatnonzero(self._kind == KIND_ADMIN1):
            cc = self._countries[int(self._cc[e])]
            out.setdefault(cc, []).append((normalize(self._names[int(e)]), int(e)))
        return out

    def admin1_of(self, cand: Candidate) -> Candidate | None:
        """The first-level division containing a place (itself for an admin1 unit)."""
        return self.candidate(cand.admin1_entry) if cand.admin1_entry >= 0 else None

    def add_alias(self, alias: str, target: str, country: str | None = None) -> bool:
        """Make `alias` also name the best place called `target` (in `country` when given)."""
        cands = [c for c in self._lookup(target) if country is None or c.country == country]
        if not cands:
            return False
        self.add_alias_entry(alias, cands[0].entry)
        return True

    def add_alias_entry(self, alias: str, entry: int) -> None:
        """Make `alias` name the place `entry` too (ranked as one of its own names). An alias
        written in upper case is an abbreviation ("EAU", "RDC", "USA"): it names the place only
        when the text is written in upper case too, since its letters are also a common word or
        a piece of a longer name ("Saut-d'Eau", "Usa River")."""
        folded = normalize(alias)
        entries = self._aliases.setdefault(folded, [])
        if all(e != entry for e, _ in entries):
            entries.append((entry, 1))
        if alias.isupper():
            self._upper_only.add((folded, entry))
        else:  # also written as a word of its own in some table
            self._upper_only.discard((folded, entry))
        self.lookup.cache_clear()  # type: ignore[attr-defined]

    # -- ranking --------------------------------------------------------------------------------
    def rank(self, name: str, context: Context | None = None,
             kinds: tuple[str, ...] | None = None) -> list[tuple[float, Candidate]]:
        """Candidates with their context score, best first; `kinds` restricts the feature types."""
        ctx = context or Context.empty()
        scored = []
        for c in self.lookup(name):
            if kinds and c.kind not in kinds:
                continue
            score = c.prior + ctx.bonus(c.country)
            if c.kind in ("city", "admin1") and ctx.near(c, NEAR_CONTEXT_KM):
                score += NEAR_CONTEXT_BONUS
            scored.append((score, c))
        if any(c.primary and ctx.bonus(c.country) > 0 for _, c in scored):
            scored = [(s - ALTERNATE_ABROAD_PENALTY * self.alias_abroad(c, ctx), c) for s, c in scored]
            namesakes = [c for _, c in scored if c.primary and c.kind == "city" and ctx.bonus(c.country) > 0]
            scored = [(s - ctx.bonus(c.country) * renamed(c, name, namesakes), c) for s, c in scored]
        scored.sort(key=lambda sc: -sc[0])
        return scored

    def alias_abroad(self, c: Candidate, ctx: Context) -> bool:
        """A small town found by another place's alternate name, far from the countries and places
        the story names ("Zike" in a story of Nigeria: GeoNames lists it for Syke, Germany): no
        evidence of where the story is, and a poor reading. Capitals' exonyms ("Londres") are exempt."""
        if c.kind != "city" or c.primary or c.capital or not ctx.countries or ctx.bonus(c.country) > 0 \
                or c.population >= ALIAS_ABROAD_MAX_POPULATION:
            return False
        homes = [(h.lat, h.lon) for code in ctx.countries if (h := self.country(code)) is not None]
        return all(haversine_km(c.lat, c.lon, lat, lon) > ALIAS_ABROAD_KM for lat, lon in homes + ctx.points)

    def best(self, name: str, context: Context | None = None,
             kinds: tuple[str, ...] | None = None) -> Candidate | None:
        ranked = self.rank(name, context, kinds)
        return ranked[0][1] if ranked else None
