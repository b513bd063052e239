"""When an incident is near a protected site, and how near: the alerts of one set of sites.

An incident (a merged record, export shape) is near a site in two ways:

- **by its location**: its coordinates lie within the site's radius, and that radius covers the
  uncertainty of the location's precision (geometry.UNCERTAINTY_M): a strike placed only at
  "Kyiv" (a city-level point, about 15 km of uncertainty) is not "within 1 km of" an embassy in
  Kyiv, but it is within a 20 km watch radius. The alert keeps the precision and the
  uncertainty, so a reader sees how sure the distance is.
- **by name**: the text names the site as a target ("une frappe a endommagé l'ambassade
  d'Azerbaïdjan") or as the reference of a stated offset ("à 50 mètres de l'ambassade
  d'Azerbaïdjan": the location's ``near``); the distance is then 0, or the stated one. Names are
  compared through the party normalisation (newsevents.parties.identity: aliases, transliteration,
  one key per party, ``same_party`` for near misses), the same keys that merge targets across
  documents, so "Embassy of Azerbaijan in Kyiv" (a target) is the registered "Embassy of
  Azerbaijan". A name is not enough alone: the incident's location must allow the site (within
  its uncertainty plus the site's radius), so an embassy of one country in two capitals is two
  sites; an incident with no coordinates matches by name only a name no other site has.

A named match wins over a location match for the same (site, incident): it is the more precise.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import numpy as np

from newsevents.parties import identity as parties
from newsevents.resolve.keys import is_specific_target
from newsevents.sites.geometry import SiteIndex, haversine_m, uncertainty_m
from newsevents.sites.model import Site

Record = dict[str, Any]

# party kind a site is compared as: a mission for the facility nouns marked "mission" in the
# languages' sites tables (lang/<code>/places.yaml), a facility otherwise
MISSION_KIND, FACILITY_KIND = "diplomatic_mission", "facility"
PLACE_JOINER = " in "  # the naming convention's place tail: "Embassy of Azerbaijan in Ukraine"
OWNER_JOINER = " of "  # "Embassy" owned by "Azerbaijan" -> "Embassy of Azerbaijan"


@dataclass(slots=True)
class Alert:
    """One incident near one site."""

    site: int  # Site.id
    incident: str
    basis: str  # "target" | "near" | "location"
    distance_m: float | None
    precision: str | None  # "site" when the text names the site, else the location's precision
    uncertainty_m: float | None  # how far the location may be from its point (location basis)
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"site": self.site, "incident": self.incident, "basis": self.basis,
                "distance_m": self.distance_m, "precision": self.precision,
                "uncertainty_m": self.uncertainty_m, "evidence": self.evidence}


@cache
def _facility_nouns() -> dict[str, tuple[str, bool]]:
    """Every language's facility nouns -> (English noun, is a mission), from the places tables:
    a site registered as "Ambassade d'Azerbaïdjan" is compared as "Embassy of Azerbaijan"."""
    from newsevents.lang import load_language, supported_languages

    out: dict[str, tuple[str, bool]] = {}
    for code in supported_languages():
        table = load_language(code).section("places").get("sites") or {}
        for phrase, entry in table.items():
            entry = entry or {}
            english = str(entry.get("en") or phrase)
            out[parties.fold(str(phrase))] = (english, bool(entry.get("mission")))
    return out


def _english(name: str) -> tuple[str, bool]:
    """The name with a leading facility noun in English ("Ambassade d'Azerbaïdjan" -> "embassy
    Azerbaïdjan"... as words the key folds alike), and whether it names a diplomatic mission."""
    folded = parties.fold(name)
    nouns = _facility_nouns()
    words = folded.split()
    for n in range(min(3, len(words)), 0, -1):
        head = " ".join(words[:n])
        if head in nouns:
            english, mission = nouns[head]
            return " ".join([english, *words[n:]]), mission
    mission = any(nouns.get(w, ("", False))[1] for w in words)
    return name, mission


def _heads(name: str) -> list[str]:
    """A name and the name without its place tail ("Embassy of Azerbaijan in Kyiv" -> also
    "Embassy of Azerbaijan"): the place is checked by coordinates, not by words."""
    out = [name]
    if PLACE_JOINER in name:
        out.append(name.rsplit(PLACE_JOINER, 1)[0])
    return out


def site_keys(site: Site) -> list[str]:
    """The party keys a site answers to: its name, without a place tail, in English facility
    words, and completed by its owner when the name does not say it ("Embassy" + Azerbaijan)."""
    names = [site.name]
    english, _ = _english(site.name)
    if english != site.name:
        names.append(english)
    if site.owner:
        owner_words = set(parties.fold(site.owner).split())
        names += [f"{n}{OWNER_JOINER}{site.owner}" for n in list(names)
                  if not owner_words <= set(parties.fold(n).split())]
    keys: list[str] = []
    for n in names:
        for head in _heads(n):
            key = parties.party_key(head, FACILITY_KIND)
            if key not in keys and _specific(key):
                keys.append(key)
    return keys


@cache
def _generic_keys() -> frozenset[str]:
    """The generic target words as key words (transliteration-folded like keys)."""
    return frozenset(parties.name_key(w) for w in parties.generic_words()) - {""}


def _specific(key: str) -> bool:
    """A key with a word that is not a generic facility word ("o:embassy" alone names no site)."""
    generic = _generic_keys()
    return key.startswith("o:") and any(w not in generic for w in key[2:].split())


@lru_cache(maxsize=200_000)
def _block_word(word: str) -> str:
    """A word as block_of files it (its start: the same cut, whatever block_of does)."""
    return parties.block_of(f"o:{word}")[2:].split("|")[0]


def _words(text: str | None) -> set[str]:
    return set(parties.fold(text or "").split())


class SiteSet:
    """Sites ready for matching: the spatial index and the name keys, built once per set of sites
    (the store caches it until a site is added or removed)."""

    def __init__(self, sites: list[Site], keys: list[list[str]] | None = None) -> None:
        self.sites = sites
        self.index = SiteIndex([s.lat for s in sites], [s.lon for s in sites], [s.radius_m for s in sites])
        self.keys = keys if keys is not None else [site_keys(s) for s in sites]
        self.by_block: dict[str, list[int]] = defaultdict(list)
        # the first and last words of each key (what by_block files it under): a stored incident
        # whose search words hold neither pair cannot name the site (store/sites.py reads only
        # the others' records when a site is added)
        self.block_words: dict[str, set[str]] = defaultdict(set)
        for i, keys_ in enumerate(self.keys):
            for block in {parties.block_of(k) for k in keys_}:
                self.by_block[block].append(i)
                first, _, last = block[2:].partition("|")
                self.block_words[first].add(last)

    def subset(self, ids: set[int]) -> SiteSet:
        """The sites with these ids, their keys reused (computing keys is most of a build)."""
        picked = [i for i, s in enumerate(self.sites) if s.id in ids]
        return SiteSet([self.sites[i] for i in picked], [self.keys[i] for i in picked])

    def may_name(self, words: set[str]) -> bool:
        """Whether a text with these (transliteration-folded) words may name one of the sites:
        it holds the two words of one of their blocks, as block_of cuts them."""
        block_words = self.block_words
        cut = {_block_word(w) for w in words}
        return any(w in block_words and not block_words[w].isdisjoint(cut) for w in cut)

    def __len__(self) -> int:
        return len(self.sites)

    def named(self, record: Record) -> list[tuple[int, Record]]:
        """(site index, target) for each site the incident's targets name."""
        found: dict[int, Record] = {}
        for target in record.get("targets") or []:
            if not is_specific_target(target):
                continue
            for head in _heads(str(target.get("name") or "")):
                key = parties.party_key(head, target.get("kind"), target.get("country"))
                for i in self.by_block.get(parties.block_of(key), ()):
                    if i not in found and any(parties.same_party(key, k) for k in self.keys[i]):
                        found[i] = target
        return sorted(found.items())

    def match(self, records: list[Record], only: set[int] | None = None) -> list[Alert]:
        """The alerts of these incidents against these sites (``only``: site ids to keep)."""
        best: dict[tuple[int, str], Alert] = {}
        for alert in self._by_location(records) + self._by_name(records):
            if only is not None and alert.site not in only:
                continue
            key = (alert.site, alert.incident)
            old = best.get(key)
            if old is None or _rank(alert) < _rank(old):
                best[key] = alert
        return sorted(best.values(), key=lambda a: (a.site, a.distance_m if a.distance_m is not None
                                                    else float("inf"), a.incident))

    def _by_location(self, records: list[Record]) -> list[Alert]:
        placed = [(r, loc) for r in records if (loc := r.get("location") or {}).get("lat") is not None
                  and loc.get("lon") is not None]
        if not placed or not len(self):
            return []
        lat = np.array([float(loc["lat"]) for _, loc in placed])
        lon = np.array([float(loc["lon"]) for _, loc in placed])
        unc = np.array([uncertainty_m(loc.get("precision")) for _, loc in placed])
        pairs = self.index.pairs(lat, lon, unc)
        out = []
        for s, p, d in zip(pairs.site.tolist(), pairs.point.tolist(), pairs.distance_m.tolist(), strict=True):
            record, loc = placed[p]
            out.append(Alert(self.sites[s].id, record["id"], "location", round(d, 1), loc.get("precision"),
                             unc[p].item(), {"place": loc.get("name"), "text": loc.get("text")}))
        return out

    def _by_name(self, records: list[Record]) -> list[Alert]:
        out = []
        for record in records:
            hits = self.named(record)
            if not hits:
                continue
            loc = record.get("location") or {}
            near = loc.get("near") or {}
            for i, target in hits:
                site = self.sites[i]
                if not self._may_be_there(i, loc):
                    continue
                evidence = {"target": target.get("name"), "text": target.get("text")}
                stated = near.get("distance_m")
                near_words = _words(near.get("what"))
                if stated is not None and near_words & (_words(site.name) | _words(site.kind)
                                                        | _words(_english(site.name)[0])
                                                        | _words(target.get("name"))):
                    evidence["near"] = near.get("text")
                    out.append(Alert(site.id, record["id"], "near", float(stated), "site", None, evidence))
                else:
                    out.append(Alert(site.id, record["id"], "target", 0.0, "site", None, evidence))
        return out

    def _may_be_there(self, i: int, loc: Record) -> bool:
        """The incident's location allows site i: within its uncertainty plus the site's radius;
        with no coordinates, only when no other site answers to the same names."""
        site = self.sites[i]
        if loc.get("lat") is None or loc.get("lon") is None:
            blocks = {parties.block_of(k) for k in self.keys[i]}
            return all(self.by_block[b] == [i] for b in blocks)
        d = haversine_m(site.lat, site.lon, float(loc["lat"]), float(loc["lon"]))
        return d <= uncertainty_m(loc.get("precision")) + site.radius_m


BASIS_RANK = {"near": 0, "target": 1, "location": 2}


def _rank(alert: Alert) -> tuple[int, float]:
    return BASIS_RANK.get(alert.basis, 9), alert.distance_m if alert.distance_m is not None else float("inf")
