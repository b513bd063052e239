"""Cross-document claims in the store: contradictions and same-statement groups, recomputed for
the claims that are new or about a report whose incident was rewritten.

Why a module of its own beside merging.py: merging.py merges reports into incidents; this part
runs after it on what it touched (the claims about rewritten incidents, their partners by
incident, weapon and document) and writes the claim links and groups. It shares merging's
helpers for batched reads and writes.
"""

from __future__ import annotations

import json
from collections import defaultdict

import sqlalchemy as sa

from newsevents.resolve import claims as rclaims
from newsevents.resolve.blocks import dated_keys, key_hash
from newsevents.resolve.keys import Key
from newsevents.store import schema
from newsevents.store.merging import Record, _select_in, chunks, unpack


def refresh_claims(conn: sa.Connection, new: list[Record], touched_events: set[str]) -> None:
    """Recompute the cross-document decisions of every claim that is new or about a report whose
    incident was rewritten: its contradictions (with their proposition) and its same-statement
    pairs, then the merged id of each same-statement group they belong to."""
    ca, c, e, d = schema.claim_about, schema.claims, schema.events, schema.documents
    if new:
        about_rows = [{"claim": r["id"], "event": a} for r in new for a in sorted(set(r.get("about") or []))]
        for batch in chunks(about_rows):
            conn.execute(ca.insert(), batch)
    affected = {r["id"] for r in new}
    affected |= {row[0] for row in _select_in(conn, [ca.c.claim], ca.c.event, touched_events, tuples=True)}
    if not affected:
        return
    incident_of = _incidents_of_claims(conn, affected)
    # partners: every claim about one of the affected claims' incidents
    incidents = {x for xs in incident_of.values() for x in xs}
    partner_events = {r[0] for r in _select_in(conn, [e.c.id], e.c.incident, incidents, tuples=True)}
    partners = {r[0] for r in _select_in(conn, [ca.c.claim], ca.c.event, partner_events, tuples=True)}
    partners |= _weapon_partners(conn, affected)
    partners |= _document_partners(conn, affected)
    scope = affected | partners
    incident_of.update(_incidents_of_claims(conn, scope - set(incident_of)))
    records = {rid: json.loads(text)
               for rid, text in _select_in(conn, [c.c.id, c.c.record], c.c.id, scope, tuples=True)}
    languages: dict[str, str] = {}
    for batch in chunks(scope):
        languages.update(conn.execute(sa.select(c.c.id, d.c.language).join(d, d.c.id == c.c.document)
                                      .where(c.c.id.in_(batch))).all())
    links, same = _decide(records, incident_of, languages, affected, conn)
    for table in (schema.claim_links, schema.claim_same):
        for batch in chunks(affected):
            conn.execute(table.delete().where(sa.or_(table.c.a.in_(batch), table.c.b.in_(batch))))
    if links:
        conn.execute(schema.claim_links.insert(), links)
    if same:
        conn.execute(schema.claim_same.insert(), same)
    # the groups that may change: the affected claims' new ones and their old ones (may split)
    c = schema.claims
    old = {r[0] for r in _select_in(conn, [c.c.merged], c.c.id, affected, tuples=True) if r[0]}
    _regroup(conn, affected | {r[0] for r in _select_in(conn, [c.c.id], c.c.merged, old, tuples=True)})


def _incidents_of_claims(conn: sa.Connection, claim_ids: set[str]) -> dict[str, set[str]]:
    ca, e = schema.claim_about, schema.events
    out: dict[str, set[str]] = {cid: set() for cid in claim_ids}
    for batch in chunks(claim_ids):
        for cid, inc in conn.execute(sa.select(ca.c.claim, e.c.incident).join(e, e.c.id == ca.c.event)
                                     .where(ca.c.claim.in_(batch))):
            if inc:
                out[cid].add(inc)
    return out


def _document_partners(conn: sa.Connection, claim_ids: set[str]) -> set[str]:
    """Every claim of the affected claims' documents: the links a document's own claims carry
    (stage link) are re-written with the affected ones, so a partner about no incident (a denial
    answering the article's accusations) must be in scope or its link is lost."""
    c = schema.claims
    docs = {r[0] for r in _select_in(conn, [c.c.document], c.c.id, claim_ids, tuples=True)}
    return {r[0] for r in _select_in(conn, [c.c.id], c.c.document, docs, tuples=True)}


def _weapon_partners(conn: sa.Connection, claim_ids: set[str]) -> set[str]:
    """Claims about reports that share a specific weapon with the claims' reports, in a date
    window (the name blocks of the index), for contradictions between unmerged reports."""
    ca, e, ek = schema.claim_about, schema.events, schema.event_keys
    events = {r[0] for r in _select_in(conn, [ca.c.event], ca.c.claim, claim_ids, tuples=True)}
    hashes: set[int] = set()
    # (through merging's decoded keys, as _event_info: a claim's report is decoded once per merge)
    packed = [r[0] for r in _select_in(conn, [e.c.mkey], e.c.id, events, tuples=True) if r[0]]
    for k in unpack(packed):
        if k.weapons:
            hashes |= {key_hash(x) for x in dated_keys(k, lookup=True) if x.startswith("n|") and "|w:" in x}
    near = {r[0] for r in _select_in(conn, [ek.c.event], ek.c.key, hashes, tuples=True)}
    return {r[0] for r in _select_in(conn, [ca.c.claim], ca.c.event, near, tuples=True)}


def _decide(records: dict[str, Record], incident_of: dict[str, set[str]], languages: dict[str, str],
            affected: set[str], conn: sa.Connection) -> tuple[list[Record], list[Record]]:
    """The contradiction and same-statement pairs between affected claims and their scope."""
    event_info = _event_info(conn, records)
    links: dict[tuple[str, str], str] = {}
    same: set[tuple[str, str]] = set()
    for x, y in sorted(_candidate_pairs(records, incident_of, event_info, affected)):
        a, b = records[x], records[y]
        shared = incident_of.get(x, set()) & incident_of.get(y, set())
        if rclaims.documents(a) & rclaims.documents(b):  # one document: its own links (stage link)
            if y in (a.get("contradicts") or []) or x in (b.get("contradicts") or []):
                links[(x, y)] = min(shared, default="")
            continue
        if rclaims.opposed(a, b):
            if shared:
                links[(x, y)] = min(shared)
            elif _weapon_linked(a, b, event_info):  # two reports of one act: the asserted one
                asserted = x if a.get("stance") not in rclaims.NEGATIVE else y
                links[(x, y)] = min(incident_of.get(asserted) or {""})
        elif rclaims.same_statement(a, b, incident_of.get(x, set()), incident_of.get(y, set()),
                                    languages.get(x), languages.get(y)):
            same.add((x, y))
    return ([{"a": a, "b": b, "incident": p} for (a, b), p in sorted(links.items())],
            [{"a": a, "b": b} for a, b in sorted(same)])


def _candidate_pairs(records: dict[str, Record], incident_of: dict[str, set[str]],
                     event_info: dict[str, tuple[Key, frozenset[str]]],
                     affected: set[str]) -> set[tuple[str, str]]:
    """Pairs (a < b, one of them affected) that may be linked: same document, same incident, or
    reports sharing a specific weapon."""
    groups: dict[str, set[str]] = defaultdict(set)
    for cid, r in records.items():
        for doc in rclaims.documents(r):
            groups[f"d:{doc}"].add(cid)
        for inc in incident_of.get(cid, set()):
            groups[f"i:{inc}"].add(cid)
        for ev in r.get("about") or []:
            if ev in event_info:
                for w in event_info[ev][0].weapons:
                    groups[f"w:{w}"].add(cid)
    pairs: set[tuple[str, str]] = set()
    for members in groups.values():
        hit = members & affected
        for x in hit:
            for y in members:
                if x != y:
                    pairs.add((min(x, y), max(x, y)))
    return pairs


def _event_info(conn: sa.Connection, records: dict[str, Record]) -> dict[str, tuple[Key, frozenset[str]]]:
    e = schema.events
    wanted = {a for r in records.values() for a in r.get("about") or []}
    out = {}
    rows = [r for r in _select_in(conn, [e.c.id, e.c.mkey], e.c.id, wanted, tuples=True) if r[1]]
    for (rid, _), k in zip(rows, unpack([r[1] for r in rows]), strict=True):
        if k.weapons:
            out[rid] = (k, k.actors)
    return out


def _weapon_linked(a: Record, b: Record, info: dict[str, tuple[Key, frozenset[str]]]) -> bool:
    for ea in a.get("about") or []:
        for eb in b.get("about") or []:
            if ea in info and eb in info and rclaims.weapon_linked(*info[ea], *info[eb]):
                return True
    return False


def _regroup(conn: sa.Connection, seeds: set[str]) -> None:
    """``claims.merged`` for every claim connected to ``seeds`` by same-statement pairs."""
    cs, c = schema.claim_same, schema.claims
    seen = set(seeds)
    frontier = set(seeds)
    edges: list[tuple[str, str]] = []
    while frontier:
        rows = (_select_in(conn, [cs.c.a, cs.c.b], cs.c.a, frontier, tuples=True)
                + _select_in(conn, [cs.c.a, cs.c.b], cs.c.b, frontier, tuples=True))
        edges += rows
        nxt = {x for row in rows for x in row} - seen
        seen |= nxt
        frontier = nxt
    from newsevents.resolve.cluster import UnionFind

    uf = UnionFind(seen)
    for a, b in edges:
        uf.union(a, b)
    updates = [{"cid": x, "m": uf.find(x)} for x in sorted(seen)]
    if updates:
        conn.execute(c.update().where(c.c.id == sa.bindparam("cid")).values(merged=sa.bindparam("m")),
                     updates)
