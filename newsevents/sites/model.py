"""The Site record: a protected place with the radius its owner watches around it.

Why a radius per site: what counts as "near" differs by what is protected (a diplomatic mission
wants to know of a strike in its street, a nuclear plant of one in its district), and the issue
this answers (notified sites in humanitarian deconfliction) works with a stated distance per site.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from newsevents.errors import NewsEventsError
from newsevents.sites.geometry import HALF_CIRCUMFERENCE_M, valid_point

DEFAULT_RADIUS_M = 1000.0  # the CLI's default: a city block around a building is a few hundred metres
MAX_NAME_CHARS = 300  # the column's width (store/sites.py)


class SiteError(NewsEventsError):
    """A site that cannot be stored: a missing name, a point off the globe, a bad radius."""


@dataclass(slots=True)
class Site:
    """A protected place. ``id`` is 0 until stored."""

    name: str
    lat: float
    lon: float
    radius_m: float = DEFAULT_RADIUS_M
    kind: str | None = None  # embassy, hospital, plant... free text, shown and used in name matching
    owner: str | None = None  # who it belongs to ("Azerbaijan"): completes a generic name
    id: int = 0
    created_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "owner": self.owner,
                "lat": self.lat, "lon": self.lon, "radius_m": self.radius_m, "created_at": self.created_at}


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool):
        raise SiteError(f"{what} must be a number, got {value!r}")
    try:
        number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise SiteError(f"{what} must be a number, got {value!r}") from None
    if not math.isfinite(number):
        raise SiteError(f"{what} must be a finite number, got {value!r}")
    return number


def _text(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def make_site(name: Any, lat: Any, lon: Any, radius_m: Any = None, kind: Any = None,
              owner: Any = None) -> Site:
    """A validated Site from loose values (CLI options, CSV cells, GeoJSON properties); SiteError
    saying which value is wrong and why."""
    clean = _text(name)
    if not clean:
        raise SiteError("a site needs a name")
    if len(clean) > MAX_NAME_CHARS:
        raise SiteError(f"the name is {len(clean)} characters long; at most {MAX_NAME_CHARS}")
    la, lo = _number(lat, "latitude"), _number(lon, "longitude")
    problem = valid_point(la, lo)
    if problem:
        raise SiteError(problem)
    given = radius_m is not None and str(radius_m).strip() != ""
    radius = _number(radius_m, "radius_m") if given else DEFAULT_RADIUS_M
    if not 0 < radius <= HALF_CIRCUMFERENCE_M:
        raise SiteError(f"radius_m must be above 0 and at most {HALF_CIRCUMFERENCE_M:.0f} (half the "
                        f"Earth's circumference), got {radius:g}")
    return Site(clean, la, lo, radius, _text(kind), _text(owner))
