"""Sites from files: CSV (a header row) or GeoJSON (Point features), every bad row reported.

Why all-or-nothing by default: a watchlist half imported looks complete, and the sites missing
from it are exactly the ones no alert will ever mention. So ``read_sites`` returns the good sites
AND every problem with its line or feature number; the caller (``newsevents sites import``)
stores nothing when there is a problem, unless told to skip the bad rows, and then says which.

CSV columns (any order, any case; comma, semicolon or tab separated): ``name``, ``lat`` (or
``latitude``), ``lon`` (``lng``, ``long``, ``longitude``), and optionally ``radius_m``, ``kind``,
``owner``. An unknown column is a problem too: "radius_km" silently read as the default radius
would watch the wrong area. GeoJSON: a FeatureCollection (or one Feature) of Points, the same
keys in ``properties``; coordinates are [longitude, latitude] as the format says.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.errors import InputError
from newsevents.sites.model import Site, SiteError, make_site

# the size of a watchlist file read whole: 10,000 sites of CSV are about 1 MB, of GeoJSON 3 MB
MAX_FILE_BYTES = 100 * 1024 * 1024
COLUMNS: dict[str, str] = {
    "name": "name", "lat": "lat", "latitude": "lat", "lon": "lon", "lng": "lon", "long": "lon",
    "longitude": "lon", "radius_m": "radius_m", "radius": "radius_m", "kind": "kind", "owner": "owner",
}
REQUIRED = ("name", "lat", "lon")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
GEOJSON_SUFFIXES = (".geojson", ".json")


@dataclass(slots=True)
class Problem:
    where: str  # "sites.csv line 4", "sites.geojson feature 3"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(slots=True)
class SiteFile:
    """What a file holds: the valid sites and a problem per bad row."""

    path: str
    sites: list[Site] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_sites(path: str | Path) -> SiteFile:
    """Sites of a CSV or GeoJSON file (by its suffix); InputError when the file itself is unusable
    (missing, unreadable, not the format its name says, no usable header)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"{p}: {size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit for a sites file")
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read it ({exc.strerror or exc})") from None
    suffix = p.suffix.lower()
    if suffix in GEOJSON_SUFFIXES:
        return _geojson(text, p.name)
    if suffix in CSV_SUFFIXES:
        return _csv(text, p.name)
    raise InputError(f"{p}: give a .csv or a .geojson file (sites are read by their file's suffix)")


def _dedupe(result: SiteFile, site: Site, where: str, seen: dict[tuple[str, float, float], str]) -> None:
    key = (site.name, site.lat, site.lon)
    if key in seen:
        result.problems.append(Problem(where, f"{site.name!r} at {site.lat}, {site.lon} is already on "
                                              f"{seen[key]}"))
        return
    seen[key] = " ".join(where.rsplit(" ", 2)[-2:])  # "line 4", "feature 3"
    result.sites.append(site)


def _csv(text: str, name: str) -> SiteFile:
    result = SiteFile(name)
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise InputError(f"{name}: empty; the first line must name the columns "
                         f"({', '.join(REQUIRED)}, and optionally radius_m, kind, owner)")
    fields = [COLUMNS.get(h.strip().lower()) for h in header]
    unknown = [h for h, f in zip(header, fields, strict=True) if f is None and h.strip()]
    missing = [r for r in REQUIRED if r not in fields]
    if unknown or missing:
        parts = []
        if missing:
            parts.append(f"no {', '.join(missing)} column")
        if unknown:
            parts.append(f"unknown column(s) {', '.join(repr(u) for u in unknown)}")
        raise InputError(f"{name} line 1: {'; '.join(parts)}; the columns are name, lat, lon, radius_m, "
                         "kind, owner")
    seen: dict[tuple[str, float, float], str] = {}
    for row in reader:
        where = f"{name} line {reader.line_num}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(fields):
            result.problems.append(Problem(where, f"{len(row)} cells for {len(fields)} columns"))
            continue
        values = {f: cell for f, cell in zip(fields, row, strict=False) if f}
        try:
            site = make_site(values.get("name"), values.get("lat"), values.get("lon"), values.get("radius_m"),
                             values.get("kind"), values.get("owner"))
        except SiteError as exc:
            result.problems.append(Problem(where, str(exc)))
            continue
        _dedupe(result, site, where, seen)
    return result


def _geojson(text: str, name: str) -> SiteFile:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: not JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(data, dict) and data.get("type") == "Feature":
        features: Any = [data]
    elif isinstance(data, dict) and data.get("type") == "FeatureCollection":
        features = data.get("features")
    else:
        raise InputError(f"{name}: expected a GeoJSON FeatureCollection or Feature")
    if not isinstance(features, list):
        raise InputError(f"{name}: 'features' must be a list")
    result = SiteFile(name)
    seen: dict[tuple[str, float, float], str] = {}
    for n, feature in enumerate(features, 1):
        where = f"{name} feature {n}"
        try:
            site = _feature(feature)
        except SiteError as exc:
            result.problems.append(Problem(where, str(exc)))
            continue
        _dedupe(result, site, where, seen)
    return result


def _feature(feature: Any) -> Site:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise SiteError("not a GeoJSON Feature")
    geometry = feature.get("geometry") or {}
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        kind = geometry.get("type") if isinstance(geometry, dict) else type(geometry).__name__
        raise SiteError(f"the geometry is {kind or 'missing'}; a site is a Point")
    coords = geometry.get("coordinates")
    if not isinstance(coords, list) or len(coords) < 2:
        raise SiteError("a Point needs [longitude, latitude] coordinates")
    props = feature.get("properties") or {}
    if not isinstance(props, dict):
        raise SiteError("'properties' must be an object")
    radius = props.get("radius_m", props.get("radius"))
    return make_site(props.get("name"), coords[1], coords[0], radius, props.get("kind"), props.get("owner"))
