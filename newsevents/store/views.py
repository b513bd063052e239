"""The merged view the store reads through: per-document records -> one record per incident.

The store keeps events and claims exactly as each document yielded them; the register a user
sees merges them across documents (newsevents.resolve) and links claims to the merged events.
That is computed on read, so a better resolver applies to old data without a re-ingest; the
store caches the result per write generation so repeated reads cost nothing.

Filters run on the merged records, not in SQL: a merged event's date, place and parties come from
several members, so a member row can fail a filter its incident passes. The indexed columns
serve ``Store.stored_events`` and keep the per-document queries cheap. Without newsevents.resolve
the view is the identity (every document's events as stored).
"""

from __future__ import annotations

import importlib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

Record = dict[str, Any]


@dataclass(slots=True)
class MergedView:
    """Merged events, the map from stored event ids to merged ids, and the linked claims."""

    events: list[Record]
    id_map: dict[str, str]
    claims: list[Record]
    by_id: dict[str, Record] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {r["id"]: r for r in self.events}
        self.by_id.update({r["id"]: r for r in self.claims})

    def find(self, record_id: str) -> Record | None:
        """An event or claim by its id, or a stored event id that was merged into another."""
        hit = self.by_id.get(record_id)
        if hit is None and record_id in self.id_map:
            hit = self.by_id.get(self.id_map[record_id])
        return hit


def _resolver() -> Any | None:
    try:
        return importlib.import_module("newsevents.resolve")
    except ModuleNotFoundError as exc:
        if exc.name != "newsevents.resolve":
            raise
        return None


def build(events: list[Record], claims: list[Record]) -> MergedView:
    """Merge stored event records across documents and link the claims to the merged ids."""
    resolve = _resolver()
    merge: Callable[..., Any] | None = getattr(resolve, "merge_events", None)
    link: Callable[..., Any] | None = getattr(resolve, "link_claims", None)
    if merge is None:
        merged, id_map = events, {e["id"]: e["id"] for e in events}
    else:
        merged, id_map = merge(events)
        id_map = dict(id_map)
        for e in merged:  # every merged id maps to itself, so lookups never miss
            id_map.setdefault(e["id"], e["id"])
    linked = link(claims, merged, id_map) if link is not None else claims
    return MergedView(sort_events(list(merged)), id_map, list(linked))


def event_sort_key(record: Record) -> tuple[str, str, str]:
    """Chronological, then by type and id: deterministic whatever the ingest order."""
    when = record.get("date") or {}
    return (when.get("start") or "9999-99-99", record.get("type") or "", record.get("id") or "")


def sort_events(events: list[Record]) -> list[Record]:
    return sorted(events, key=event_sort_key)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for substring searches ("Bakou" ~ "bakou")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _searchable(record: Record) -> str:
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


def country_code(country: str) -> str:
    """ISO 3166-1 alpha-2 for a code or a country name in any supported language ("Ukraine",
    "l'Azerbaïdjan" -> "UA", "AZ"), through the extraction's own table (newsevents.countries);
    pycountry's lookup still takes what that table lacks (alpha-3 codes such as "UKR")."""
    from newsevents import countries

    country = country.strip()
    if len(country) == 2:
        return country.upper()
    for language in countries.languages():
        code = countries.country_from_name(country, language, strict=True)
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


def filter_events(events: Iterable[Record], type: str | None = None, country: str | None = None,
                  since: date | str | None = None, until: date | str | None = None,
                  text: str | None = None, limit: int | None = None) -> list[Record]:
    """Events matching every filter given; dates match when the intervals overlap."""
    code = country_code(country) if country else None
    lo, hi = as_iso(since), as_iso(until)
    needle = fold(text) if text else None
    out: list[Record] = []
    for e in events:
        if type and e.get("type") != type:
            continue
        if code and ((e.get("location") or {}).get("country") or "").upper() != code:
            continue
        when = e.get("date") or {}
        if (lo or hi) and not when:
            continue
        if lo and (when.get("end") or when.get("start") or "") < lo:
            continue
        if hi and (when.get("start") or "") > hi:
            continue
        if needle and needle not in _searchable(e):
            continue
        out.append(e)
        if limit is not None and len(out) >= limit:
            break
    return out


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
