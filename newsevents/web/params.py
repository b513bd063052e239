"""Query parameters checked one by one, each failure an ``ApiError`` naming the parameter.

Why by hand rather than only through FastAPI's types: the messages must say what to write
("write it as YYYY-MM-DD", "choose one of ...") and the values must mean what the CLI's options
mean (a country by name or code, dates as intervals), so both go through the same library code.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path
from typing import get_args

from newsevents.datafiles import load_yaml
from newsevents.model import Stance, Status
from newsevents.store import views
from newsevents.web.errors import ApiError
from newsevents.web.queries import SORTS, EventFilter

EVENT_TYPES_FILE = Path(__file__).resolve().parent.parent / "data" / "event_types.yaml"


@functools.cache
def event_types() -> dict[str, dict[str, object]]:
    """The export schema's event types with their ACLED/PLOVER codes (newsevents/data)."""
    with EVENT_TYPES_FILE.open(encoding="utf-8") as stream:
        data = load_yaml(stream) or {}
    return {str(k): dict(v or {}) for k, v in (data.get("types") or {}).items()}


def split(values: list[str] | None) -> list[str]:
    """Repeated and comma-separated values alike: ``type=a&type=b`` or ``type=a,b``."""
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


def choices(values: list[str] | None, allowed: list[str] | tuple[str, ...], param: str) -> tuple[str, ...]:
    chosen = split(values)
    for value in chosen:
        if value not in allowed:
            raise ApiError(400, f"unknown value {value!r}; choose from {', '.join(allowed)}", param)
    return tuple(dict.fromkeys(chosen))


def day(value: str | None, param: str) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ApiError(400, f"{value!r} is not a date; write it as YYYY-MM-DD", param) from None


def country(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    code = views.country_code(value)
    if len(code) != 2 or not code.isalpha():
        raise ApiError(400, f"unknown country {value!r}; give an ISO 3166 code (UA) or a name "
                            "(Ukraine)", "country")
    return code.upper()


def bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``west,south,east,north`` in degrees; longitudes of a map scrolled past the antimeridian
    are brought back into [-180, 180]."""
    if not value:
        return None
    parts = value.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise ApiError(400, f"{value!r} is not four numbers west,south,east,north (degrees), e.g. "
                            "22,44,40,53", "bbox") from None
    if not all(abs(x) < 1e4 for x in (west, south, east, north)):
        raise ApiError(400, f"{value!r} holds a coordinate out of range", "bbox")
    if not (-90 <= south <= north <= 90):
        raise ApiError(400, f"{value!r}: latitudes must satisfy -90 <= south <= north <= 90", "bbox")
    if east < west:
        raise ApiError(400, f"{value!r}: east must not be less than west (a box across the "
                            "antimeridian may use east > 180)", "bbox")
    if east - west >= 360:
        west, east = -180.0, 180.0
    else:
        west, east = ((west + 180) % 360) - 180, ((east + 180) % 360) - 180
        if east == -180 and west != -180:
            east = 180.0
    return (west, south, east, north)


def event_filter(type: list[str] | None, status: list[str] | None, country_: str | None,
                 since: str | None, until: str | None, bbox_: str | None, text: str | None,
                 background: bool | None) -> EventFilter:
    lo, hi = day(since, "since"), day(until, "until")
    if lo and hi and lo > hi:
        raise ApiError(400, f"since {lo} is after until {hi}", "since")
    return EventFilter(
        types=choices(type, sorted(event_types()), "type"),
        statuses=choices(status, get_args(Status), "status"),
        country=country(country_), since=lo, until=hi, bbox=bbox(bbox_),
        text=text.strip() if text and text.strip() else None, background=background)


def stance(value: str | None) -> str | None:
    if not value:
        return None
    return choices([value], get_args(Stance), "stance")[0]


def sort(value: str) -> str:
    if value not in SORTS:
        raise ApiError(400, f"unknown sort {value!r}; choose from {', '.join(SORTS)}", "sort")
    return value
