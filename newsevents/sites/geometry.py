"""Distances on the Earth, the uncertainty of a located incident, and the spatial index of sites.

Why unit vectors and a KD-tree (scipy's cKDTree, which newsevents already installs through
reverse-geocoder): the straight-line (chord) distance between two points of the unit sphere is a
monotonic function of their great-circle distance, so "within r metres" is "within chord(r)" in
3-D, exactly, everywhere: no special case at the antimeridian (179.9°E and 179.9°W are 22 m
apart) or at the poles (every longitude meets there), which a grid of degrees gets wrong or needs
patches for. Matching n sites against m points costs a tree build (m log m) and one range query
per band of radii, never n x m comparisons (bench/sites_scale.py).

Uncertainty: the register's coordinates are a gazetteer's (a town, a province, a country), never
a surveyed point, so a location carries the radius its precision stands for (UNCERTAINTY_M). A
"site" location (the text names a facility) has the coordinates of the town the facility is in,
so it carries a town's uncertainty.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# the mean Earth radius (IUGG), as newsevents.resolve.config.EARTH_RADIUS_KM
EARTH_RADIUS_M = 6_371_008.8
HALF_CIRCUMFERENCE_M = math.pi * EARTH_RADIUS_M

# How far the real spot may be from the coordinates of a location of each precision, in metres.
# Chosen from the areas of what each precision names, as the radius of a disc of that area:
# a city: Kyiv's 839 km² is a 16 km disc, Kharkiv's 350 km² 10.5 km, most towns under 5 km, so
# 15 km covers all but the largest capitals; an admin1 unit: Ukrainian oblasts average 27,000 km²
# (a 93 km disc), French regions 50,000 km² (126 km): 150 km; a region of regions.yaml: the
# 250 km newsevents.geo.parts gives its towns (REGION_RADIUS_KM); a country: Ukraine's
# 603,000 km² is a 440 km disc, France's 550,000 km² 420 km, so 1,000 km covers most countries
# whose centroid is the point. A "site" has its town's coordinates (see above).
CITY_UNCERTAINTY_M = 15_000.0
UNCERTAINTY_M: dict[str, float] = {
    "site": CITY_UNCERTAINTY_M,
    "city": CITY_UNCERTAINTY_M,
    "admin1": 150_000.0,
    "region": 250_000.0,
    "country": 1_000_000.0,
}
UNKNOWN_UNCERTAINTY_M = UNCERTAINTY_M["country"]  # a precision this module does not know

# Sites are indexed in bands of radii, each band searched with its largest radius: a band spans a
# factor of RADIUS_BAND_FACTOR, so a query returns at most that factor squared (in area) more
# candidates than it keeps. 4 keeps bands few (100 m to 1,000 km is 7 bands) and waste low.
RADIUS_BAND_FACTOR = 4.0
SMALLEST_BAND_M = 100.0


def uncertainty_m(precision: str | None) -> float:
    """The radius, in metres, within which a location of this precision lies (see UNCERTAINTY_M)."""
    return UNCERTAINTY_M.get(str(precision), UNKNOWN_UNCERTAINTY_M)


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres between two points given in degrees (haversine formula,
    numerically stable for small distances; antipodes clamp to half the circumference)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def haversine_many(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """haversine_m over arrays (element-wise, broadcast)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi, dlmb = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    h = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlmb / 2) ** 2
    result: np.ndarray = 2 * EARTH_RADIUS_M * np.arcsin(np.minimum(1.0, np.sqrt(h)))
    return result


def unit_vectors(lat: Sequence[float] | np.ndarray, lon: Sequence[float] | np.ndarray) -> np.ndarray:
    """Points in degrees as (n, 3) unit vectors."""
    phi, lmb = np.radians(np.asarray(lat, dtype=float)), np.radians(np.asarray(lon, dtype=float))
    cos_phi = np.cos(phi)
    return np.column_stack((cos_phi * np.cos(lmb), cos_phi * np.sin(lmb), np.sin(phi)))


def chord(metres: float | np.ndarray) -> float | np.ndarray:
    """The straight-line distance between two points of the unit sphere this far apart on the
    surface (a distance beyond half the circumference is the antipode's: chord 2)."""
    angle = np.minimum(np.asarray(metres, dtype=float), HALF_CIRCUMFERENCE_M) / EARTH_RADIUS_M
    result = 2 * np.sin(angle / 2)
    return float(result) if np.ndim(result) == 0 else result


def arc_m(chords: np.ndarray) -> np.ndarray:
    """The inverse of ``chord``: surface distance in metres."""
    result: np.ndarray = 2 * EARTH_RADIUS_M * np.arcsin(np.minimum(1.0, np.asarray(chords) / 2))
    return result


def valid_point(lat: float, lon: float) -> str | None:
    """Why a point is not one (None when it is): latitude in [-90, 90], longitude in [-180, 180]."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return "latitude and longitude must be numbers"
    if not -90.0 <= lat <= 90.0:
        return f"latitude {lat} is outside -90..90"
    if not -180.0 <= lon <= 180.0:
        return f"longitude {lon} is outside -180..180"
    return None


@dataclass(slots=True)
class Pairs:
    """Matched (site, point) pairs: index arrays into the sites and the points, and distances."""

    site: np.ndarray
    point: np.ndarray
    distance_m: np.ndarray

    def __len__(self) -> int:
        return len(self.site)


class SiteIndex:
    """Sites (points with a radius each) indexed for "which sites is this point within the radius of".

    ``pairs(lat, lon, uncertainty)`` returns every (site, point) where the point lies within the
    site's radius and, when uncertainties are given, the site's radius covers the point's
    uncertainty (a city-level point only matches a radius at least a city's size)."""

    def __init__(self, lat: Sequence[float] | np.ndarray, lon: Sequence[float] | np.ndarray,
                 radius_m: Sequence[float] | np.ndarray) -> None:
        from scipy.spatial import cKDTree

        self.lat = np.asarray(lat, dtype=float)
        self.lon = np.asarray(lon, dtype=float)
        self.radius_m = np.asarray(radius_m, dtype=float)
        self.chords = np.asarray(chord(self.radius_m), dtype=float).reshape(-1)
        xyz = unit_vectors(self.lat, self.lon)
        bands = np.zeros(len(self.radius_m), dtype=int)
        if len(self.radius_m):
            ratio = np.maximum(self.radius_m, SMALLEST_BAND_M) / SMALLEST_BAND_M
            bands = np.floor(np.log(ratio) / math.log(RADIUS_BAND_FACTOR)).astype(int)
        self.bands: list[tuple[np.ndarray, float, object]] = []
        for band in sorted(set(bands.tolist())):
            members = np.flatnonzero(bands == band)
            self.bands.append((members, float(self.chords[members].max()), cKDTree(xyz[members])))

    def __len__(self) -> int:
        return len(self.lat)

    def pairs(self, lat: Sequence[float] | np.ndarray, lon: Sequence[float] | np.ndarray,
              uncertainty: Sequence[float] | np.ndarray | None = None) -> Pairs:
        """Every (site, point) with the point within the site's radius (and its uncertainty not
        larger than that radius, when given); distances in metres. Points as degree arrays."""
        from scipy.spatial import cKDTree

        empty = Pairs(np.zeros(0, dtype=int), np.zeros(0, dtype=int), np.zeros(0))
        lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
        if not len(self) or not len(lat):
            return empty
        points = cKDTree(unit_vectors(lat, lon))
        sites, found, chords = [], [], []
        for members, reach, tree in self.bands:
            hits = tree.sparse_distance_matrix(points, reach, output_type="ndarray")  # type: ignore[attr-defined]
            if not len(hits):
                continue
            s = members[hits["i"]]
            keep = hits["v"] <= self.chords[s]
            sites.append(s[keep])
            found.append(hits["j"][keep])
            chords.append(hits["v"][keep])
        if not sites:
            return empty
        site, point, c = np.concatenate(sites), np.concatenate(found), np.concatenate(chords)
        if uncertainty is not None:
            keep = np.asarray(uncertainty, dtype=float)[point] <= self.radius_m[site]
            site, point, c = site[keep], point[keep], c[keep]
        # the exact haversine for what is kept (the chord's arcsine loses digits near zero)
        distance = haversine_many(self.lat[site], self.lon[site], lat[point], lon[point])
        return Pairs(site, point, distance)
