"""One incident record from the reports of one cluster.

Why these choices: the record must stay true to every source and show where they disagree.
The date is the most precise stated report's; the place the most precise one (a site before a city
before a province); parties and weapons are the union, one per cross-language key; casualty
figures follow ACLED's rule, the most conservative reported figure (the lowest stated), with
every source's own figures kept in ``source_figures`` and ``figures_differ`` set when they
disagree; ``merged_from`` lists each report with its document and why it was joined (the
comparison that joined it: rule, distance, shared names), which ``newsevents show`` prints.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from newsevents.parties.identity import key_of
from newsevents.parties.identity import name_key as weapon_key
from newsevents.resolve.cluster import Cluster
from newsevents.resolve.keys import DATE_RANK, GEO_RANK, documents

Record = dict[str, Any]
DateRank = tuple[int, int, int, str]  # (inferred, days, precision rank, id): the smallest is the best date


def _days(e: Record) -> int:
    d = e.get("date") or {}
    try:
        from datetime import date

        return (date.fromisoformat(str(d["end"])[:10]) - date.fromisoformat(str(d["start"])[:10])).days
    except (KeyError, TypeError, ValueError):
        return 10 ** 6


def _date_rank(e: Record) -> DateRank:
    """A date the text states before one inferred from publication (a report that dates the
    strike "mardi 15 novembre" over one dated only by the day it was published), then the most
    precise."""
    d = e.get("date") or {}
    return (int(bool(d.get("inferred"))), _days(e), DATE_RANK.get(str(d.get("precision")), 9), e["id"])


def _place_rank(e: Record, date_rank: DateRank | None = None) -> tuple[int, DateRank]:
    """The most precise place, then the best date (``date_rank``: _date_rank(e), if known)."""
    loc = e.get("location") or {}
    placed = loc.get("lat") is not None and loc.get("lon") is not None
    return (GEO_RANK.get(str(loc.get("precision")), 9) if placed else 99,
            _date_rank(e) if date_rank is None else date_rank)


def _union(members: Iterable[Record], field: str) -> list[Record]:
    seen: dict[str, Record] = {}
    for m in members:
        for p in m.get(field) or []:
            key = weapon_key(str(p.get("name", ""))) if field == "weapons" else key_of(p)
            seen.setdefault(key, p)
    return list(seen.values())


def status(members: list[Record]) -> str:
    """Disputed when a source denies what another states; else the most conservative status, as
    for the figures: one report that gives the incident only as a side's allegation keeps it
    alleged, whatever the sources that relay it as fact."""
    statuses = {m.get("status", "reported") for m in members}
    if "disputed" in statuses or ("denied" in statuses and statuses & {"reported", "alleged"}):
        return "disputed"
    if statuses == {"denied"}:
        return "denied"
    return "alleged" if "alleged" in statuses else "reported"


def _sources(members: list[Record]) -> list[Record]:
    by_doc: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for m in members:
        for s in m.get("sources") or []:
            by_doc[s["document"]].update((int(x[0]), int(x[1])) for x in s.get("spans") or [])
    return [{"document": d, "spans": [list(x) for x in sorted(spans)]} for d, spans in sorted(by_doc.items())]


def figures(members: list[Record]) -> tuple[list[Record], int | None, int | None, bool]:
    """Per-source figures, the lowest stated fatalities and injured (ACLED), and whether the
    sources state different figures."""
    per_source = []
    for m in sorted(members, key=lambda r: (min(documents(r) or {""}), r["id"])):
        for doc in sorted(documents(m)):
            per_source.append({"document": doc, "event": m["id"], "fatalities": m.get("fatalities"),
                               "injured": m.get("injured")})
    out: list[int | None] = []
    differ = False
    for field in ("fatalities", "injured"):
        values = {int(v) for m in members if (v := m.get(field)) is not None}
        out.append(min(values) if values else None)
        differ = differ or len(values) > 1
    return per_source, out[0], out[1], differ


def _most_reported_type(members: list[Record], best: Record) -> str:
    """The type most sources give (one "frappe d'artillerie" against two "air strike" reports is
    an air strike; one against one keeps the best-dated report's): the incident's type is not
    decided by whichever source happened to date it most precisely."""
    votes = Counter(str(m.get("type")) for m in members)
    top = max(votes.values())
    return str(best.get("type")) if votes[str(best.get("type"))] == top else \
        min(t for t, n in votes.items() if n == top)


def _with_stated_time(when: Record | None, members: list[Record]) -> Record | None:
    """The best date, with the clock time another source states for that same day ("vers 4 h")."""
    if not when or when.get("time"):
        return when
    for m in members:
        other = m.get("date") or {}
        same_day = other.get("start") == when.get("start") and other.get("end") == when.get("end")
        if other.get("time") and same_day:
            return {**when, "time": other["time"]}
    return when


def combine(members: list[Record], cluster: Cluster | None = None) -> Record:
    """The incident record of a cluster's reports (export shape plus ``merged_from``,
    ``source_figures``, ``figures_differ``)."""
    members = sorted(members, key=lambda r: r["id"])
    if len(members) == 1 and "merged_from" in members[0]:
        return members[0]  # already an incident record: merging is idempotent
    # each member's date rank once (two dates parsed each): the best date and the best place read it
    ranks = {id(m): _date_rank(m) for m in members}
    best = min(members, key=lambda m: ranks[id(m)])
    out = dict(best)
    out["id"] = members[0]["id"]
    out["type"] = _most_reported_type(members, best)
    out["date"] = _with_stated_time(best.get("date"), members)
    placed = min(members, key=lambda m: _place_rank(m, ranks[id(m)]))
    if (placed.get("location") or {}).get("lat") is not None or not out.get("location"):
        out["location"] = placed.get("location")
    out["actors"] = _union(members, "actors")
    out["targets"] = _union(members, "targets")
    out["weapons"] = _union(members, "weapons")
    per_source, out["fatalities"], out["injured"], out["figures_differ"] = figures(members)
    out["source_figures"] = per_source
    out["damage"] = sorted({d for m in members for d in m.get("damage") or []})
    out["status"] = status(members)
    out["background"] = all(m.get("background") for m in members)
    out["sources"] = _sources(members)
    reasons = cluster.reasons if cluster is not None else {}
    out["merged_from"] = [{"event": m["id"], "document": min(documents(m) or {""}),
                           "reason": reasons.get(m["id"])} for m in members]
    return out
