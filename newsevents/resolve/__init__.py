"""Cross-document resolution at ingest: one record per real incident, one claim per statement,
and the contradictions between documents.

    keys.py      what matching reads of a report (dates, place, cross-language party keys)
    (party keys: newsevents/parties/identity.py, shared with the extractors)
    match.py     compare(a, b) -> Reason | None: the merge criteria; clash(a, b)
    blocks.py    the candidate index (type group x grid cell / country / name x dates)
    cluster.py   exact components of "may be the same", then a deterministic clustering of each
    combine.py   the incident record: sources, per-source figures, why each report was merged
    claims.py    same statement relayed by several outlets; contradictions with their proposition

The store (newsevents/store/merge.py) calls this when it saves or deletes a document and keeps
the result (incidents, components, vetoes); ``merge_events`` here is the batch form, whose
result the store's incremental one equals whatever the ingest order (tests/test_merge_order.py).
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.weapon_names import is_generic_weapon
from newsevents.parties.identity import party_key, same_party
from newsevents.resolve.claims import link_claims, merge_claims
from newsevents.resolve.cluster import Cluster, Vetoes, resolve
from newsevents.resolve.combine import combine
from newsevents.resolve.config import compatible, type_groups
from newsevents.resolve.keys import Key, documents, key_of_event
from newsevents.resolve.match import Reason, compare

Record = dict[str, Any]

__all__ = [
    "Cluster", "Key", "Reason", "combine", "compare", "compatible", "documents", "incidents",
    "is_generic_weapon", "key_of_event", "link_claims", "merge_claims", "merge_events", "party_key",
    "same_incident", "same_party", "type_groups",
]


def same_incident(a: Record, b: Record) -> bool:
    """Two per-document reports of one incident (match.compare accepts them)."""
    ka, kb = key_of_event(a), key_of_event(b)
    return ka is not None and kb is not None and compare(ka, kb) is not None


def incidents(events: list[Record], vetoes: Vetoes | None = None) -> list[tuple[Cluster, list[Record]]]:
    """Every incident of ``events`` with its reports (a report without a usable date is an
    incident of its own)."""
    by_id = {e["id"]: e for e in events}
    keys = [k for k in (key_of_event(e) for e in by_id.values()) if k is not None]
    clusters = resolve(keys, vetoes)
    keyed = {i for c in clusters for i in c.ids}
    clusters += [Cluster([i]) for i in by_id if i not in keyed]
    return [(c, [by_id[i] for i in c.ids]) for c in sorted(clusters, key=lambda c: c.id)]


def merge_events(events: list[Record], vetoes: Vetoes | None = None) -> tuple[list[Record], dict[str, str]]:
    """One record per incident across documents, and the map report id -> incident id."""
    merged: list[Record] = []
    id_map: dict[str, str] = {}
    for cluster, members in incidents(events, vetoes):
        merged.append(combine(members, cluster))
        for m in members:
            id_map[m["id"]] = cluster.id
    return sorted(merged, key=lambda r: r["id"]), id_map
