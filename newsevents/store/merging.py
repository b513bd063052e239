"""Merging at ingest: the store's side of newsevents.resolve (candidate lookup, bookkeeping, writes).

Why here: the register a reader sees must be a plain query, so the incidents are computed when a
document is saved or deleted, in the same transaction (a crash leaves both or neither). The rules
are newsevents.resolve's (pure functions, no SQL); this module finds what they must look at.

**Order independence.** Each stored report keeps its ``component``: its connected component of
"may be the same incident" (resolve.match.compare), named by its smallest id. A new report looks
its candidates up in ``event_keys`` (resolve.blocks: type group x grid cell / country / name x
date bucket, hashed to 64-bit integers), compares them (with their packed keys, not their
records), and the components it matches are loaded whole, united with it, split into exact
components again and clustered (resolve.cluster). Deleting or re-extracting a document reloads
the components it touched, which may split. Since the components are exact and the clustering
is a function of one component's reports, the stored incidents always equal the batch result
``resolve.merge_events(all reports)``, whatever the order the documents came in
(tests/test_merge_order.py).

**Batches.** ``refresh`` takes any number of new reports: one lookup query per chunk of keys,
one query for the candidates' packed keys, one for the matched components' records, executemany
writes. bench/merge_scale.py merges 100,000 reports into a store of 1,000,000 this way.

**Claims** (see refresh_claims): each claim's ``claim_about`` rows, its contradictions
(``claim_links``, with the proposition) and its "same statement" pairs (``claim_same``) are
recomputed when a claim is new or an incident it is about changed; ``claims.merged`` is the
smallest id of its same-statement group. Reads assemble the claim records from these rows.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from newsevents.resolve import claims as rclaims
from newsevents.resolve.blocks import dated_keys
from newsevents.resolve.cluster import Cluster, Vetoes, cluster, components
from newsevents.resolve.combine import combine
from newsevents.resolve.keys import Key, key_of_event
from newsevents.resolve.match import compare
from newsevents.store import schema, views

Record = dict[str, Any]
# Parameters per IN (...) query: under SQLite's default limit of 32,766 host parameters and
# PostgreSQL's 65,535, with room for the other parameters of the statement.
CHUNK = 5_000


def _dumps(record: Record) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def key_hash(key: str) -> int:
    """A block key as a signed 64-bit integer (a compact, indexable form)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def chunks(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _select_in(conn: sa.Connection, columns: list[Any], column: Any, values: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for batch in chunks(sorted(set(values))):
        out.extend(conn.execute(sa.select(*columns).where(column.in_(batch))).all())
    return out


# --- events -------------------------------------------------------------------------------------
def index_rows(keys: Iterable[Key]) -> list[Record]:
    """``event_keys`` rows of reports."""
    return [{"key": h, "event": k.id} for k in keys for h in sorted({key_hash(x) for x in dated_keys(k)})]


# PostgreSQL advisory lock key held by a transaction while it merges: under read committed, two
# writers merging at once would not see each other's new reports and could miss a pair. SQLite
# writers are already one at a time (BEGIN IMMEDIATE).
PG_MERGE_LOCK = 0x6D657267  # "merg"


def serialise(conn: sa.Connection) -> None:
    """One merging transaction at a time (see PG_MERGE_LOCK)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MERGE_LOCK})


def refresh(conn: sa.Connection, new: list[Record], stale: Iterable[str] = ()) -> set[str]:
    """Merge ``new`` reports (their rows already inserted) into the register, and recompute the
    ``stale`` components (those a deleted document's reports belonged to). Returns the ids of
    the reports whose incident id changed (for refresh_claims)."""
    serialise(conn)
    e = schema.events
    new_keys: dict[str, Key | None] = {r["id"]: key_of_event(r) for r in new}
    keyed = [k for k in new_keys.values() if k is not None]
    if keyed:
        for batch in chunks(index_rows(keyed)):
            conn.execute(schema.event_keys.insert(), batch)
        conn.execute(e.update().where(e.c.id == sa.bindparam("eid")).values(mkey=sa.bindparam("mk")),
                     [{"eid": k.id, "mk": k.pack()} for k in keyed])
    loaded: dict[str, Key] = {}
    matched = _matched_components(conn, keyed, set(new_keys), loaded)
    return write_incidents(conn, {r["id"]: r for r in new}, new_keys, set(stale), matched, loaded)


def _matched_components(conn: sa.Connection, keyed: list[Key], new_ids: set[str],
                        loaded: dict[str, Key]) -> dict[str, set[str]]:
    """For each new report, the stored components it matches: candidates from the index, compared
    by their packed keys (one query for the index, one for the candidates). The candidates' keys
    are left in ``loaded`` (write_incidents reads most of them again)."""
    matched: dict[str, set[str]] = defaultdict(set)
    if not keyed:
        return matched
    wanted: dict[int, list[Key]] = defaultdict(list)
    for k in keyed:
        for x in dated_keys(k, lookup=True):
            wanted[key_hash(x)].append(k)
    ek = schema.event_keys
    found: dict[str, set[int]] = defaultdict(set)
    for key, event in _select_in(conn, [ek.c.key, ek.c.event], ek.c.key, wanted):
        if event not in new_ids:
            found[event].add(key)
    e = schema.events
    rows = [r for r in _select_in(conn, [e.c.id, e.c.component, e.c.mkey], e.c.id, found) if r[2] is not None]
    for (eid, component, _), stored in zip(rows, Key.unpack_many([r[2] for r in rows]), strict=True):
        loaded[eid] = stored
        news = {k.id: k for h in found[eid] for k in wanted[h]}
        for k in news.values():
            if component not in matched[k.id] and compare(stored, k) is not None:
                matched[k.id].add(component)
    return matched


def load_vetoes(conn: sa.Connection, ids: Iterable[str]) -> Vetoes:
    v = schema.vetoes
    out: Vetoes = defaultdict(set)
    ids = set(ids)
    rows = _select_in(conn, [v.c.a, v.c.b], v.c.a, ids) + _select_in(conn, [v.c.a, v.c.b], v.c.b, ids)
    for a, b in rows:
        out[a].add(b)
        out[b].add(a)
    return out


def write_incidents(conn: sa.Connection, new: dict[str, Record], new_keys: dict[str, Key | None],
                    stale: set[str], matched: dict[str, set[str]] | None = None,
                    loaded: dict[str, Key] | None = None) -> set[str]:
    """Cluster the ``new`` reports with every stored report of ``old_components`` and write what
    changed: the incidents whose reports or reasons differ (``incidents.digest``), the reports
    whose incident or component moved. Clustering reads the packed keys only; the records are
    loaded just for the incidents rewritten. Returns the reports whose incident id changed: only
    the claims about those need new decisions.

    The components: a ``stale`` one (a report of it was deleted, or a veto added) is split again
    from scratch; the others stay as stored (they are exact), joined through the new reports that
    ``matched`` them, and the new reports are joined among themselves. ``loaded``: stored
    reports' keys already decoded (by id)."""
    i, e = schema.incidents, schema.events
    matched = matched or {}
    old_components = set(stale) | {c for cs in matched.values() for c in cs}
    keys: dict[str, Key | None] = dict(new_keys)
    before: dict[str, tuple[str | None, str | None]] = {rid: (None, None) for rid in new}
    loaded = loaded or {}
    unpacked = sa.case((e.c.mkey.is_(None), e.c.record), else_=sa.null())  # a record only if no key
    to_decode: list[tuple[str, str]] = []
    for rid, incident, component, packed, text in _select_in(
            conn, [e.c.id, e.c.incident, e.c.component, e.c.mkey, unpacked], e.c.component, old_components):
        if rid in keys:
            continue
        if rid in loaded:
            keys[rid] = loaded[rid]
        elif packed:
            to_decode.append((rid, packed))
        else:
            keys[rid] = key_of_event(json.loads(text))
        before[rid] = (incident, component)
    for (rid, _), k in zip(to_decode, Key.unpack_many([p for _, p in to_decode]), strict=True):
        keys[rid] = k
    vetoes = load_vetoes(conn, keys)
    clusters: list[tuple[Cluster, str]] = []
    for component in _components(keys, before, stale, matched):
        clusters += [(c, component[0].id) for c in cluster(component, vetoes)]
    clusters += [(Cluster([rid]), rid) for rid in sorted(r for r, k in keys.items() if k is None)]
    # every incident of the old components (some may have lost all their reports to a deletion)
    old_digest = dict(_select_in(conn, [i.c.id, i.c.digest], i.c.component, old_components))
    old_ids = set(old_digest)
    changed = [(c, comp) for c, comp in clusters
               if any(x in new for x in c.ids) or old_digest.get(c.id) != _digest(c)]
    rewritten = {c.id for c, _ in changed}
    moved = [(c, comp) for c, comp in clusters if c.id not in rewritten
             and any(before[x][1] != comp for x in c.ids)]
    wanted = {x for c, _ in changed for x in c.ids if x not in new}
    records = dict(new)
    for rid, text in _select_in(conn, [e.c.id, e.c.record], e.c.id, wanted):
        records[rid] = json.loads(text)
    kept = {c.id for c, _ in clusters} - rewritten
    for batch in chunks(sorted((old_ids - kept) | rewritten)):
        conn.execute(i.delete().where(i.c.id.in_(batch)))
    for batch in chunks(changed):
        conn.execute(i.insert(), [_incident_row(c, [records[x] for x in c.ids], comp) for c, comp in batch])
    if moved:
        conn.execute(i.update().where(i.c.id == sa.bindparam("iid")).values(component=sa.bindparam("comp")),
                     [{"iid": c.id, "comp": comp} for c, comp in moved])
    updates = [{"eid": x, "inc": c.id, "comp": comp} for c, comp in clusters for x in c.ids
               if before[x] != (c.id, comp)]
    if updates:
        conn.execute(e.update().where(e.c.id == sa.bindparam("eid"))
                     .values(incident=sa.bindparam("inc"), component=sa.bindparam("comp")), updates)
    return {u["eid"] for u in updates if before[u["eid"]][0] != u["inc"]}


def _components(keys: dict[str, Key | None], before: dict[str, tuple[str | None, str | None]],
                stale: set[str], matched: dict[str, set[str]]) -> list[list[Key]]:
    """The exact components after the change (see write_incidents)."""
    from newsevents.resolve.cluster import UnionFind

    members: dict[str, list[Key]] = defaultdict(list)  # stored component -> its reports
    fresh: list[Key] = []
    for rid, k in keys.items():
        if k is None:
            continue
        comp = before[rid][1]
        if comp is None:
            fresh.append(k)
        elif comp in stale:
            fresh.append(k)  # re-split from scratch with the new ones
        else:
            members[comp].append(k)
    out = components(fresh)  # new reports (and stale components' reports) among themselves
    uf = UnionFind([f"c:{c}" for c in members] + [f"g:{g[0].id}" for g in out])
    group_of = {k.id: f"g:{g[0].id}" for g in out for k in g}
    for rid, comps in matched.items():
        for comp in comps:
            if comp in members and rid in group_of:
                uf.union(group_of[rid], f"c:{comp}")
    joined: dict[str, list[Key]] = defaultdict(list)
    for comp, ks in members.items():
        joined[uf.find(f"c:{comp}")] += ks
    for g in out:
        joined[uf.find(f"g:{g[0].id}")] += g
    return sorted((sorted(ks, key=lambda k: k.id) for ks in joined.values()), key=lambda ks: ks[0].id)


def _digest(c: Cluster) -> str:
    """What an incident's record depends on besides its reports' records: its reports and why each
    joined (a report's record only changes when its document is re-extracted: then it is new)."""
    text = json.dumps([c.ids, c.reasons], sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _incident_row(c: Cluster, members: list[Record], component: str) -> Record:
    record = combine(members, c)
    return {**views.incident_columns(record), "component": component, "digest": _digest(c),
            "record": _dumps(record)}


def components_of_documents(conn: sa.Connection, doc_ids: Iterable[str]) -> set[str]:
    e = schema.events
    return {r[0] for r in _select_in(conn, [e.c.component], e.c.document, doc_ids) if r[0]}


def forget_events(conn: sa.Connection, event_ids: Iterable[str]) -> None:
    """Remove reports' index rows (their incidents go with their components' refresh)."""
    ek = schema.event_keys
    for batch in chunks(set(event_ids)):
        conn.execute(ek.delete().where(ek.c.event.in_(batch)))


def forget_claims(conn: sa.Connection, claim_ids: Iterable[str]) -> None:
    """Remove claims' merge rows (about, links, same-statement pairs); the claims they were linked
    to are recomputed by the caller's refresh_claims (their incidents are touched)."""
    ids = set(claim_ids)
    for batch in chunks(ids):
        conn.execute(schema.claim_about.delete().where(schema.claim_about.c.claim.in_(batch)))
        for table in (schema.claim_links, schema.claim_same):
            conn.execute(table.delete().where(sa.or_(table.c.a.in_(batch), table.c.b.in_(batch))))


def rebuild(conn: sa.Connection) -> None:
    """Compute the whole register from the stored reports (migration 0003 on an older database)."""
    for table in (schema.incidents, schema.event_keys, schema.claim_about, schema.claim_links,
                  schema.claim_same):
        conn.execute(table.delete())
    e = schema.events
    records = [json.loads(r[0]) for r in conn.execute(sa.select(e.c.record).order_by(e.c.id))]
    touched = refresh(conn, records)
    c = schema.claims
    claims = [json.loads(r[0]) for r in conn.execute(sa.select(c.c.record).order_by(c.c.id))]
    refresh_claims(conn, claims, touched)


# --- undo ---------------------------------------------------------------------------------------
def split(conn: sa.Connection, incident: str, document: str) -> dict[str, Any]:
    """Split ``document``'s report out of ``incident`` and remember it (vetoes against every
    other report of the incident); returns what was done."""
    serialise(conn)
    e = schema.events
    members = conn.execute(sa.select(e.c.id, e.c.document, e.c.component)
                           .where(e.c.incident == incident).order_by(e.c.id)).all()
    mine = [m.id for m in members if m.document == document]
    others = [m.id for m in members if m.document != document]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    v = schema.vetoes
    existing = {(a, b) for a, b in conn.execute(sa.select(v.c.a, v.c.b).where(
        sa.or_(v.c.a.in_(mine), v.c.b.in_(mine))))}
    rows = [{"a": min(x, y), "b": max(x, y), "document": document, "created_at": now}
            for x in mine for y in others if (min(x, y), max(x, y)) not in existing]
    if rows:
        conn.execute(v.insert(), rows)
    comps = {m.component for m in members if m.component}
    touched = write_incidents(conn, {}, {}, comps)
    refresh_claims(conn, [], touched)
    after = dict(conn.execute(sa.select(e.c.id, e.c.incident).where(e.c.id.in_(mine + others))).all())
    return {"incident": incident, "document": document, "split": mine, "vetoes": len(rows),
            "now": {x: after.get(x) for x in mine + others}}


# --- claims -------------------------------------------------------------------------------------
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
    affected |= {row[0] for row in _select_in(conn, [ca.c.claim], ca.c.event, touched_events)}
    if not affected:
        return
    incident_of = _incidents_of_claims(conn, affected)
    # partners: every claim about one of the affected claims' incidents
    incidents = {x for xs in incident_of.values() for x in xs}
    partner_events = {r[0] for r in _select_in(conn, [e.c.id], e.c.incident, incidents)}
    partners = {r[0] for r in _select_in(conn, [ca.c.claim], ca.c.event, partner_events)}
    partners |= _weapon_partners(conn, affected)
    scope = affected | partners
    incident_of.update(_incidents_of_claims(conn, scope - set(incident_of)))
    records = {rid: json.loads(text) for rid, text in _select_in(conn, [c.c.id, c.c.record], c.c.id, scope)}
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
    old = {r[0] for r in _select_in(conn, [c.c.merged], c.c.id, affected) if r[0]}
    _regroup(conn, affected | {r[0] for r in _select_in(conn, [c.c.id], c.c.merged, old)})


def _incidents_of_claims(conn: sa.Connection, claim_ids: set[str]) -> dict[str, set[str]]:
    ca, e = schema.claim_about, schema.events
    out: dict[str, set[str]] = {cid: set() for cid in claim_ids}
    for batch in chunks(claim_ids):
        for cid, inc in conn.execute(sa.select(ca.c.claim, e.c.incident).join(e, e.c.id == ca.c.event)
                                     .where(ca.c.claim.in_(batch))):
            if inc:
                out[cid].add(inc)
    return out


def _weapon_partners(conn: sa.Connection, claim_ids: set[str]) -> set[str]:
    """Claims about reports that share a specific weapon with the claims' reports, in a date
    window (the name blocks of the index), for contradictions between unmerged reports."""
    ca, e, ek = schema.claim_about, schema.events, schema.event_keys
    events = {r[0] for r in _select_in(conn, [ca.c.event], ca.c.claim, claim_ids)}
    hashes: set[int] = set()
    for (packed,) in _select_in(conn, [e.c.mkey], e.c.id, events):
        if packed:
            k = Key.unpack(packed)
            if k.weapons:
                hashes |= {key_hash(x) for x in dated_keys(k, lookup=True)
                           if x.startswith("n|") and "|w:" in x}
    near = {r[0] for r in _select_in(conn, [ek.c.event], ek.c.key, hashes)}
    return {r[0] for r in _select_in(conn, [ca.c.claim], ca.c.event, near)}


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
    for rid, packed in _select_in(conn, [e.c.id, e.c.mkey], e.c.id, wanted):
        k = Key.unpack(packed) if packed else None
        if k is not None and k.weapons:
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
        rows = (_select_in(conn, [cs.c.a, cs.c.b], cs.c.a, frontier)
                + _select_in(conn, [cs.c.a, cs.c.b], cs.c.b, frontier))
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
