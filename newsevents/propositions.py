"""The proposition two contradicting claims speak of, in words an analyst reads.

A leaf module on export-shaped records (SCHEMA.md), shared by the merger (newsevents.resolve),
the store's reads (a link stores the incident; its words are made from the incident as it is when
read, so they never depend on the order reports arrived in) and ``newsevents disputes``.

    "missile_strike 2025-04-13 <place>: Kalibr used"
"""

from __future__ import annotations

from typing import Any

Record = dict[str, Any]
AGAINST = frozenset({"deny", "retract"})


def proposition(incident: Record | None, a: Record | None = None, b: Record | None = None) -> str:
    """The incident (type, date, place) and what is asserted or denied of it: its weapon, else its
    perpetrator, else that it happened; without an incident, the denied words."""
    if incident is None:
        denied = next((c for c in (a, b) if c and c.get("stance") in AGAINST), a or b)
        return str((denied or {}).get("content") or "")
    when = (incident.get("date") or {}).get("start") or "undated"
    place = (incident.get("location") or {}).get("name") or "unplaced"
    weapons = [w["name"] for w in incident.get("weapons") or [] if w.get("name")]
    actors = [p["name"] for p in incident.get("actors") or [] if p.get("name")]
    if weapons:
        aspect = f"{', '.join(weapons)} used"
    elif actors:
        aspect = f"carried out by {', '.join(actors)}"
    else:
        aspect = "it happened as reported"
    return f"{incident.get('type')} {when} {place}: {aspect}"
