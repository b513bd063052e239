"""How the store reads the merged register: SQL filters on the incidents table, and claim
records assembled from the merge decisions stored at ingest.

The store never merges on read (newsevents/store/merging.py does it when a document is saved or
deleted, through newsevents.resolve): an event filter is one query on ``incidents`` (type,
country, dates and the folded ``search`` text are indexed or plain columns), and a claim record
is its per-document record with ``about`` mapped to incidents, the sources of the statements
merged into it and its ``contradicts`` links (``claim_links``), with their propositions.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa

from newsevents.store import schema

Record = dict[str, Any]


@dataclass(slots=True)
class MergedView:
    """The whole merged register at once, for readers that index it in memory (the web app):
    incidents (chronological), claims, and the map from a report's or a relayed claim's id to
    the incident or claim it was merged into (merged ids map to themselves)."""

    events: list[Record]
    id_map: dict[str, str]
    claims: list[Record]
    by_id: dict[str, Record] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {r["id"]: r for r in self.events}
        self.by_id.update({r["id"]: r for r in self.claims})

    def find(self, record_id: str) -> Record | None:
        """An incident or claim by its id, or by the id of a report or claim merged into it."""
        hit = self.by_id.get(record_id)
        if hit is None and record_id in self.id_map:
            hit = self.by_id.get(self.id_map[record_id])
        return hit


def event_sort_key(record: Record) -> tuple[str, str, str]:
    """Chronological, then by type and id: deterministic whatever the ingest order."""
    when = record.get("date") or {}
    return (when.get("start") or "9999-99-99", record.get("type") or "", record.get("id") or "")


def sort_events(events: list[Record]) -> list[Record]:
    return sorted(events, key=event_sort_key)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for substring searches ("Bakou" ~ "bakou")."""
    if text.isascii():  # nothing to decompose (the merge folds every rewritten incident's words)
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def searchable(record: Record) -> str:
    """The words of an event a text search looks in."""
    parts: list[str] = [record.get("type") or "", record.get("summary") or ""]
    loc = record.get("location") or {}
    parts += [loc.get("name") or "", loc.get("text") or "", loc.get("admin1") or ""]
    for key in ("actors", "targets", "weapons"):
        for item in record.get(key) or []:
            parts += [item.get("name") or "", item.get("text") or ""]
    parts += list(record.get("damage") or [])
    when = record.get("date") or {}
    parts.append(when.get("text") or "")
    return fold(" | ".join(parts))


def incident_columns(record: Record) -> Record:
    """The ``incidents`` columns the reads filter and sort on, from a merged record (export
    shape): what ``event_query`` reads, so a reader indexing records in memory (the web app)
    can be checked against the very rows the store writes (tests/test_web_queries.py)."""
    when, loc = record.get("date") or {}, record.get("location") or {}
    return {"id": record["id"], "type": record.get("type") or "other",
            "status": record.get("status"), "background": bool(record.get("background")),
            "date_start": when.get("start"), "date_end": when.get("end") or when.get("start"),
            "country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
            "sources": len(record.get("sources") or []), "search": searchable(record)}


def country_code(country: str) -> str:
    """ISO 3166-1 alpha-2 for a code or a country name in any supported language ("Ukraine",
    "l'Azerbaïdjan" -> "UA", "AZ"), through the extraction's own table (newsevents.countries);
    pycountry's lookup still takes what that table lacks (alpha-3 codes such as "UKR")."""
    from newsevents.parties import countries

    country = country.strip()
    if len(country) == 2:
        return country.upper()
    for language in countries.languages():
        # a filter is typed in any case: "rdc" is the abbreviation RDC, which text must write in capitals
        code = countries.country_from_name(country, language, strict=True) \
            or countries.country_from_name(country.upper(), language, strict=True)
        if code:
            return code
    import pycountry

    try:
        return str(pycountry.countries.lookup(country).alpha_2)
    except LookupError:
        return country.upper()


def as_iso(value: date | str | None) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else date.fromisoformat(str(value)).isoformat()


def event_query(type: str | None = None, country: str | None = None, since: date | str | None = None,
                until: date | str | None = None, text: str | None = None,
                limit: int | None = None) -> sa.Select:
    """The incidents matching every filter given (dates match when the intervals overlap),
    chronological then by type and id (event_sort_key), as one SQL query."""
    i = schema.incidents
    query = sa.select(i.c.record).order_by(sa.func.coalesce(i.c.date_start, "9999-99-99"), i.c.type, i.c.id)
    if type:
        query = query.where(i.c.type == type)
    if country:
        query = query.where(i.c.country == country_code(country))
    lo, hi = as_iso(since), as_iso(until)
    if lo or hi:
        query = query.where(i.c.date_start.is_not(None))
    if lo:
        query = query.where(sa.func.coalesce(i.c.date_end, i.c.date_start) >= lo)
    if hi:
        query = query.where(i.c.date_start <= hi)
    if text:
        needle = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(i.c.search.like(f"%{needle}%", escape="\\"))
    if limit is not None:
        query = query.limit(limit)
    return query


def filter_claims(claims: Iterable[Record], id_map: dict[str, str], speaker: str | None = None,
                  stance: str | None = None, event: str | None = None) -> list[Record]:
    """Claims by speaker (case/accent-insensitive substring), stance, or an event they are about."""
    who = fold(speaker) if speaker else None
    target = id_map.get(event, event) if event else None
    out: list[Record] = []
    for c in claims:
        if stance and c.get("stance") != stance:
            continue
        if who:
            sp = c.get("speaker") or {}
            if who not in fold(f"{sp.get('name') or ''} | {sp.get('text') or ''}"):
                continue
        if target and target not in {id_map.get(a, a) for a in c.get("about") or []}:
            continue
        out.append(c)
    return out


def assemble_claims(rows: list[tuple[str, Record, str | None]], incident_of: dict[str, str],
                    links: list[tuple[str, str, str]],
                    incidents: dict[str, Record] | None = None) -> tuple[list[Record], dict[str, str]]:
    """Claim records from per-document ``(id, record, merged id)`` rows, the incident of each
    stored event, and the contradiction links: one record per merged statement (its smallest
    member's fields, every member's sources), ``about`` as incident ids, ``contradicts`` as merged
    claim ids with ``contradicts_on`` naming each link's proposition. Returns the records (by id)
    and the map claim id -> merged id. ``links`` are ``(a, b, incident)``; the proposition's words
    come from ``incidents`` (newsevents.propositions)."""
    from newsevents.propositions import proposition

    incidents = incidents or {}
    by_id = {cid: record for cid, record, _ in rows}
    merged_of = {cid: (merged or cid) for cid, _, merged in rows}
    groups: dict[str, list[Record]] = defaultdict(list)
    for cid, record, _ in sorted(rows, key=lambda r: r[0]):
        groups[merged_of[cid]].append(record)
    partners: dict[str, dict[str, str]] = defaultdict(dict)
    for a, b, incident in sorted(links):
        ma, mb = merged_of.get(a, a), merged_of.get(b, b)
        if ma != mb:
            words = proposition(incidents.get(incident), by_id.get(a), by_id.get(b))
            partners[ma].setdefault(mb, words)
            partners[mb].setdefault(ma, words)
    out = []
    for gid, members in groups.items():
        record = dict(members[0])
        record["id"] = gid
        if len(members) > 1:
            record["sources"] = sorted((s for m in members for s in m.get("sources") or []),
                                       key=lambda s: s.get("document") or "")
        record["about"] = sorted({incident_of.get(a, a) for m in members for a in m.get("about") or []})
        mine = partners.get(gid, {})
        record["contradicts"] = sorted(mine)
        record["contradicts_on"] = [{"claim": k, "proposition": mine[k]} for k in sorted(mine)]
        if len(members) > 1:
            record["merged_from"] = [m["id"] for m in members]
        out.append(record)
    return sorted(out, key=lambda r: r["id"]), merged_of
