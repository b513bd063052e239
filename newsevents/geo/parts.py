"""The part of a country or division a compass direction names: "sud du Liban", "eastern Congo",
"northern Gaza", "le nord-est du Nigeria".

Why computed and not a table: every country and first-level division has a south and an east, and
news names them all. The point is where the populated places of that side are: the places of the
area far enough along the direction (see SIDE_QUANTILE; "north-east" is north and east), and
their median latitude and longitude (robust to an outlying island or enclave, inside the populated
part where news happens, like the centroids of build.py). A table of hand-placed regions
(``data/regions.yaml``) still wins for the parts that are names of their own ("Donbas").
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from newsevents.geo.build import ADMIN1_MEMBER_MIN_POP, KIND_CITY, KIND_REGION

if TYPE_CHECKING:
    from newsevents.geo.index import Candidate, Gazetteer

BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
            "southwest": 225.0, "west": 270.0, "northwest": 315.0}
# The side a direction names: the places beyond both the last third of the places counted along
# the direction and the far half of the area's extent. Checked on southern Lebanon, eastern DR
# Congo, northern Gaza, eastern and southern Ukraine, northeastern Syria, southern Israel: the
# count alone drifts to where towns are dense (north-eastern Syria at Aleppo, southern Israel at
# Jerusalem), the extent alone to the far tip (southern Ukraine in Crimea).
SIDE_QUANTILE = 2 / 3
SIDE_EXTENT = 1 / 2
MIN_PLACES = 3  # fewer places than this in the area: no side to speak of
# a region of regions.yaml ("bande de Gaza") has no members: its towns lie within this radius of
# its point (Gaza Strip, Donbas, Darfur fit; tuned by eye on those)
REGION_RADIUS_KM = 250.0


def _distance_km(lat: np.ndarray, lon: np.ndarray, lat0: float, lon0: float) -> np.ndarray:
    """Equirectangular distance: exact enough within a few hundred kilometres."""
    dlat = np.radians(lat - lat0)
    dlon = np.radians(lon - lon0) * math.cos(math.radians(lat0))
    return np.asarray(np.hypot(dlat, dlon) * 6371.0)


def _members(gaz: Gazetteer, area: Candidate) -> np.ndarray:
    """Boolean mask of the towns of an area. A region of regions.yaml has no members: its towns
    are those of its country within REGION_RADIUS_KM that lie nearer to it than to any other
    listed region ("Gaza Strip" and not the West Bank)."""
    col = gaz.columns()
    towns = col["kind"] == KIND_CITY
    code = col["countries"].index(area.country) if area.country in col["countries"] else -1
    if area.kind == "country":
        return np.asarray(towns & (col["cc"] == code))
    if area.kind == "admin1":
        return np.asarray(towns & (col["admin1"] == area.entry))
    lat, lon = col["lat"], col["lon"]
    near = towns & (_distance_km(lat, lon, area.lat, area.lon) <= REGION_RADIUS_KM)
    if code >= 0:
        near &= col["cc"] == code
    idx = np.flatnonzero(near)
    regions = np.flatnonzero(col["kind"] == KIND_REGION)
    dist = np.stack([_distance_km(lat[idx], lon[idx], float(lat[r]), float(lon[r])) for r in regions])
    mask = np.zeros(len(towns), dtype=bool)
    mask[idx[regions[np.argmin(dist, axis=0)] == area.entry]] = True
    return mask


def part(gaz: Gazetteer, area: Candidate, direction: str) -> tuple[float, float] | None:
    """(lat, lon) of the `direction` side of a country, admin1 unit or region; None when the area
    has too few places or the direction is unknown."""
    bearing = BEARINGS.get(direction)
    if bearing is None or area.kind == "city":
        return None
    col = gaz.columns()
    members = _members(gaz, area)
    big = members & (col["pop"] >= ADMIN1_MEMBER_MIN_POP)
    idx = np.flatnonzero(big if big.sum() >= MIN_PLACES else members)
    if len(idx) < MIN_PLACES:
        return None
    la, lo = col["lat"][idx], col["lon"][idx]
    side = np.ones(len(idx), dtype=bool)
    # "north-east" is north and east: both sides at once (a projection on the diagonal lands on
    # the dense north-centre of Nigeria, not on Borno)
    for b in ([bearing] if bearing % 90 == 0 else [bearing - 45, bearing + 45]):
        side &= _beyond(la, lo, math.radians(b % 360))
    if side.sum() < MIN_PLACES:
        side = _beyond(la, lo, math.radians(bearing))
    return float(np.median(la[side])), float(np.median(lo[side]))


def _beyond(la: np.ndarray, lo: np.ndarray, bearing: float) -> np.ndarray:
    """The places far enough along a bearing (radians): see SIDE_QUANTILE and SIDE_EXTENT."""
    lat0 = float(np.median(la))
    along = (lo - float(np.median(lo))) * math.cos(math.radians(lat0)) * math.sin(bearing) \
        + (la - lat0) * math.cos(bearing)
    cut = max(float(np.quantile(along, SIDE_QUANTILE)),
              float(along.min()) + SIDE_EXTENT * float(along.max() - along.min()))
    return np.asarray(along >= cut)
