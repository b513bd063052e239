"""A toll broken down by place across incidents: "Glide bombs struck Kharkiv and Sumy on Sunday.
Five people were killed in Kharkiv and three in Sumy": each city's strike is an incident, and each
count is that city's (5 and 3), not their sum (8) on both.

Why: the numbers stage reads a breakdown by place as parts and their sum (numbers_elided,
tolls.totals), so that one incident told at several places gets the total. When the places named
after the parts are the scenes of two incidents or more (at least two parts each at a different
incident's place), the sum is no incident's toll and each part goes to the incident at its place.
One incident (or places that are no incident's scene) keeps the rule of the sum.
"""

from __future__ import annotations

from typing import Any

# tokens between a count's end and the name of the place it is told at: "Five people were killed"
# + "in Kharkiv", "trois" + "à Soumy", "killing 12 people" + "in the village of"
PLACE_GAP = 3


def _same_place(a: Any, b: Any) -> bool:
    ga, gb = getattr(a, "geonameid", None), getattr(b, "geonameid", None)
    if ga is not None and gb is not None:
        return bool(ga == gb)
    return bool(getattr(a, "name", None)) and getattr(a, "name", None) == getattr(b, "name", None)


def _place_after(ref: Any, places: list[Any]) -> Any | None:
    """The place named just after the count ("... killed in Kharkiv", "trois à Soumy")."""
    return next((p for p in sorted(places, key=lambda p: p.start)
                 if p.sent == ref.sent and ref.end <= p.start <= ref.end + PLACE_GAP), None)


def _unit(ref: Any) -> str | None:
    return getattr(ref.value, "unit", None)


def _parts(total: Any, numbers: list[Any]) -> list[Any]:
    """The counts of `total`'s unit strictly inside its span (a breakdown's parts)."""
    return [r for r in numbers if r is not total and r.sent == total.sent and _unit(r) == _unit(total)
            and total.start <= r.start and r.end <= total.end
            and (r.start, r.end) != (total.start, total.end)]


def breakdown_owners(ref: Any, numbers: list[Any], places: list[Any], drafts: list[Any]) -> list[Any] | None:
    """The incidents a count of a breakdown by place across incidents goes to: a part, the one at
    its place; the sum, none. None when the count is no such breakdown's (the usual owner rule).
    ``drafts`` are the incidents that may bear the toll (told near the count)."""
    totals = [t for t in numbers if t.sent == ref.sent and _unit(t) == _unit(ref)
              and t.start <= ref.start and ref.end <= t.end and len(_parts(t, numbers)) >= 2]
    for total in totals:
        parts = _parts(total, numbers)
        at = {id(p): _place_after(p, places) for p in parts}
        if any(v is None for v in at.values()):
            continue
        owners = {id(p): [d for d in drafts if d.place is not None and _same_place(d.place, at[id(p)].value)]
                  for p in parts}
        scenes = {id(d) for found in owners.values() if len(found) == 1 for d in found}
        if len(scenes) < 2:
            continue
        return [] if ref is total else owners.get(id(ref), [])
    return None
