"""The proposition two contradicting claims speak of, in words an analyst reads.

A leaf module on export-shaped records (SCHEMA.md), shared by the merger (newsevents.resolve),
the store's reads (a link stores the incident; its words are made from the incident as it is when
read, so they never depend on the order reports arrived in) and ``newsevents disputes``.

    "missile_strike 2025-04-13 <place>: Kalibr used"
    "drone_strike 2025-03-17 <place>: direct hit (the refinery)"

Two claims about one incident are opposed on one proposition only when they speak of one fact of
it (``same_fact``): a denial of a direct hit grants the rest of the incident, so it is no answer
to an account of debris falling on the site.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.stance import fold, one_fact

Record = dict[str, Any]
AGAINST = frozenset({"deny", "retract"})


def same_fact(a: Record, b: Record) -> bool:
    """Whether two claims (export records) opposed about one incident speak of one fact of it
    (their ``facts``, extract/stance.py one_fact)."""
    return one_fact(str(a.get("stance")), a.get("facts") or [], str(b.get("stance")), b.get("facts") or [])


def _fact_words(incident: Record, a: Record | None, b: Record | None) -> str:
    """The fact two claims share (a direct hit, debris), with the incident's targets their words
    name, by their names ("direct hit (oil refinery)"); empty when they share none."""
    claims = [c for c in (a, b) if c]
    shared = set.intersection(*(set(c.get("facts") or []) for c in claims)) if claims else set()
    if not shared:
        return ""
    words = [fold(str(c.get("content") or "")) for c in claims]
    targets = sorted({str(t["name"]) for t in incident.get("targets") or [] if t.get("name")
                      and any(fold(str(t.get(k) or "")) in w for k in ("text", "name") if t.get(k)
                              for w in words)})
    targets = [t for t in targets if not any(t != o and t in o for o in targets)]  # the fullest names
    what = ", ".join(sorted(f.replace("_", " ") for f in shared))
    return f"{what} ({', '.join(targets)})" if targets else what


def proposition(incident: Record | None, a: Record | None = None, b: Record | None = None) -> str:
    """The incident (type, date, place) and what is asserted or denied of it: the fact both claims
    speak of (a direct hit, falling debris, with the targets their words name), else its weapon,
    else its perpetrator, else that it happened; without an incident, the denied words."""
    if incident is None:
        denied = next((c for c in (a, b) if c and c.get("stance") in AGAINST), a or b)
        return str((denied or {}).get("content") or "")
    when = (incident.get("date") or {}).get("start") or "undated"
    place = (incident.get("location") or {}).get("name") or "unplaced"
    weapons = [w["name"] for w in incident.get("weapons") or [] if w.get("name")]
    actors = [p["name"] for p in incident.get("actors") or [] if p.get("name")]
    fact = _fact_words(incident, a, b)
    if fact:
        aspect = fact
    elif weapons:
        aspect = f"{', '.join(weapons)} used"
    elif actors:
        aspect = f"carried out by {', '.join(actors)}"
    else:
        aspect = "it happened as reported"
    return f"{incident.get('type')} {when} {place}: {aspect}"
