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

import gc
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import islice
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from newsevents.model import RECORD_JSON
from newsevents.resolve.blocks import index_rows, key_hash, stored_lookup_keys
from newsevents.resolve.cluster import (
    Areas,
    Cluster,
    Vetoes,
    cluster,
    components,
    contains_any,
    flagged,
    kept,
    loose,
    owners,
    two_incidents,
)
from newsevents.resolve.combine import combine
from newsevents.resolve.keys import GEO_RANK, Key, key_of_event
from newsevents.resolve.match import (
    Reason,
    apart,
    compare,
    contains_only,
    contains_only_key,
    dates_meet,
    packed_place,
)
from newsevents.store import schema, views

Record = dict[str, Any]
# Parameters per IN (...) query: under SQLite's default limit of 32,766 host parameters and
# PostgreSQL's 65,535, with room for the other parameters of the statement.
CHUNK = 5_000


# One encoder per form, made once: json.dumps with any argument builds a new JSONEncoder at every
# call (a merge writes a record and a digest per rewritten incident, 19,000 each for 20,000 reports
# merged by bench/merge_scale.py); ``encode`` of an encoder made with the same arguments gives the
# same text.
_RECORD_JSON = RECORD_JSON  # model.py's: a worker encodes mentions with it (Article.encode_mentions)
_DIGEST_JSON = json.JSONEncoder(sort_keys=True, separators=(",", ":"))


def dumps(record: Record) -> str:
    """A stored record's JSON text (compact, non-ASCII kept): the store's one form for records."""
    return _RECORD_JSON.encode(record)


def chunks(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    """``items`` in lists of ``size`` (the last shorter); a list or tuple is sliced, not walked
    item by item (a merge chunks hundreds of thousands of ids and rows per batch)."""
    if isinstance(items, list | tuple):
        for at in range(0, len(items), size):
            yield list(items[at:at + size])
        return
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _raw_sqlite(conn: sa.Connection) -> bool:
    """Bulk writes may go straight through the driver (SQLite with its qmark parameters)."""
    return conn.dialect.name == "sqlite" and conn.dialect.paramstyle == "qmark"


def _select_in(conn: sa.Connection, columns: list[Any], column: Any, values: Iterable[Any],
               tuples: bool = False) -> list[Any]:
    """The rows of ``columns`` whose ``column`` is one of ``values``, a query per chunk: SQLAlchemy
    Rows, or with ``tuples`` plain tuples (read by position only). With ``tuples``, on SQLite,
    when every column is a plain column of one table, straight through the driver: the merge
    reads hundreds of thousands of candidate rows per batch at the density of 1,000,000 reports
    (bench/merge_scale.py), and SQLAlchemy's statement compiling (a new IN list per chunk) and
    Row objects cost about as much as SQLite's own reading."""
    raw = tuples and _raw_sqlite(conn) and all(isinstance(c, sa.Column) and c.table is column.table
                                               for c in [*columns, column])
    out: list[Any] = []
    for batch in chunks(sorted(set(values))):
        if raw:
            names = ", ".join(f'"{c.name}"' for c in columns)
            sql = (f'SELECT {names} FROM "{column.table.name}" WHERE "{column.name}" IN '
                   f'({", ".join("?" * len(batch))})')
            out.extend(conn.exec_driver_sql(sql, tuple(batch)).fetchall())
        else:
            out.extend(conn.execute(sa.select(*columns).where(column.in_(batch))).all())
    return out


# --- events -------------------------------------------------------------------------------------
# Packed keys decoded lately, by their text (a Key is a function of it: never stale). A batch
# reads the neighbours of its reports (a country's reports of a few days), and the next batch
# of an ingest, mostly of the same days, reads them again: decoding was a third of the merge at
# a million reports (bench/merge_scale.py). Bounded: DECODED_MAX keys (about 1.5 KB each), the
# oldest decoded dropped first (make_room).
DECODED_MAX = 100_000
_decoded: dict[str, Key] = {}


def make_room(count: int) -> None:
    """Room in the decoded keys for ``count`` more: the oldest decoded dropped, half of them at
    least (a dict keeps its insertion order; one drop serves several batches). Why not clear them
    all: a batch of an ingest reads the neighbours of its days, which the batches before decoded
    (bench/merge_scale.py at the density of 1,000,000: after five batches of 5,000 half the
    candidates were decoded already), and a cleared cache made the next batches cold again."""
    if len(_decoded) + count <= DECODED_MAX:
        return
    drop = max(len(_decoded) // 2, len(_decoded) + count - DECODED_MAX)
    for text in list(islice(_decoded, drop)):
        del _decoded[text]


def unpack(texts: list[str]) -> list[Key]:
    """Key.unpack_many, through the cache of keys decoded lately."""
    out = {t: _decoded.get(t) for t in dict.fromkeys(texts)}
    missing = [t for t, k in out.items() if k is None]
    make_room(len(missing))
    for t, k in zip(missing, Key.unpack_many(missing), strict=True):
        out[t] = _decoded[t] = k
    return [out[t] for t in texts]  # type: ignore[misc]


def unpack_meeting(rows: list[tuple[str, str, str]], lookers: Callable[[str], Iterable[Key]],
                   reflagged: AbstractSet[str] | None = None) -> Iterator[tuple[str, str, Key]]:
    """(id, component, key) of the candidate rows (id, component, packed key) that one of their
    ``lookers`` may match; the others are parsed but never built into keys, and building a key
    costs several times parsing its JSON. Pre-tests on the parsed fields, each a case where
    compare says no or the pair links nothing: the dates (match.dates_meet: at the density of
    1,000,000 reports, bench/merge_scale.py, about a third of the candidates a date bucket
    returns before the buckets were one day), places that disagree (match.apart: a quarter, the
    neighbouring grid cells beyond the city tolerance and the towns of a country a province
    report cannot contain), and, when ``reflagged`` is given (the reports whose ambiguity
    this merge recomputes), an ambiguous area report that can only contain (match.contains_only)
    looked up by reports none of which is loose (one in twenty: cluster.kept refuses such a pair
    while the flag holds). Keys built are remembered as ``unpack``'s are."""
    misses: list[tuple[str, str, str]] = []
    for eid, component, text in rows:
        k = _decoded.get(text)
        if k is None:
            misses.append((eid, component, text))
        else:
            yield eid, component, k
    if not misses:
        return
    make_room(len(misses))
    for (eid, component, text), fields in zip(misses, json.loads("[" + ",".join(m[2] for m in misses) + "]"),
                                              strict=True):
        start, end, share, inferred = Key.packed_dates(fields)
        meeting = [k for k in lookers(eid) if dates_meet(start, end, share, inferred, k)]
        if not meeting:
            continue
        if reflagged is not None and eid not in reflagged and contains_only(fields) \
                and not any(loose(k) for k in meeting):
            continue
        place = packed_place(fields)
        if place is not None and all(apart(place, fields, k) for k in meeting):
            continue
        k = _decoded[text] = Key.from_fields(fields)
        yield eid, component, k


def write_many(conn: sa.Connection, statement: Any, sql: str, names: tuple[str, ...],
               rows: list[Record]) -> None:
    """Run ``statement`` (SQLAlchemy) once per row of ``rows``, in chunks; on SQLite through the
    driver's executemany with ``sql`` (qmark placeholders for ``names``, in order) instead. Why:
    a merge writes thousands of index rows, incident rows and report updates per batch, and
    SQLAlchemy's per-row parameter processing was a tenth of a merge's time at the density of
    1,000,000 reports (bench/merge_scale.py); the values are plain str / int / float / None /
    bool, which the driver stores as SQLAlchemy does."""
    if not rows:
        return
    if _raw_sqlite(conn):
        values = itemgetter(*names) if len(names) > 1 else (lambda r: (r[names[0]],))
        for batch in chunks(rows):
            conn.exec_driver_sql(sql, [values(r) for r in batch])
        return
    for batch in chunks(rows):
        conn.execute(statement, batch)


def insert_index_rows(conn: sa.Connection, rows: list[Record]) -> None:
    """Write ``event_keys`` rows (a report has ten to twenty)."""
    write_many(conn, schema.event_keys.insert(),
               f'INSERT INTO {schema.event_keys.name} ("key", "event") VALUES (?, ?)', ("key", "event"), rows)


INCIDENT_COLUMNS = tuple(c.name for c in schema.incidents.columns)
_INSERT_INCIDENT = (f"INSERT INTO {schema.incidents.name} ({', '.join(INCIDENT_COLUMNS)}) "
                    f"VALUES ({', '.join('?' for _ in INCIDENT_COLUMNS)})")
# A rewritten incident that keeps its id is updated in place when none of its indexed columns
# changed (``_SETTLED``: the id and every column an index of ``incidents`` holds): its row is
# rewritten where it lies, and no index entry moves. A delete and an insert moved the row to the
# end of the table and rewrote an entry in each of the seven indexes. Why: nine merged reports in
# ten add a report to a stored incident whose type, status, dates, country and point stay the
# same, and those index pages, at random places of a big store, were written at every commit
# (bench/merge_scale.py: the write-ahead log a batch writes, measured with checkpoints off).
_INDEXED = {c for _, table, columns in schema.MERGE_INDEXES + schema.INDEXES if table is schema.incidents
            for c in columns}
_SETTLED = (schema.incidents.c.id, *(c for c in schema.incidents.columns if c.name in _INDEXED))
_UNSETTLED = tuple(n for n in INCIDENT_COLUMNS if n not in {c.name for c in _SETTLED})
_UPDATE_INCIDENT = (f"UPDATE {schema.incidents.name} SET {', '.join(f'{n} = ?' for n in _UNSETTLED)} "
                    "WHERE id = ?")


def _settled(row: Record) -> tuple[Any, ...]:
    """An incident row's indexed columns (``_SETTLED`` but the id), to compare with the stored ones."""
    return tuple(row[c.name] for c in _SETTLED[1:])


# PostgreSQL advisory lock key held by a transaction while it merges: under read committed, two
# writers merging at once would not see each other's new reports and could miss a pair. SQLite
# writers are already one at a time (BEGIN IMMEDIATE).
PG_MERGE_LOCK = 0x6D657267  # "merg"


def serialise(conn: sa.Connection) -> None:
    """One merging transaction at a time (see PG_MERGE_LOCK)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MERGE_LOCK})


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a batch merges, then restored as it was. Why: a
    batch makes hundreds of thousands of keys, sets and tuples, none in a cycle, and each
    collection also walks the decoded keys kept between batches (``_decoded``): at the density
    of 1,000,000 reports collections were a third of the merge's CPU time (bench/merge_scale.py:
    1,002 -> 1,480 reports/s of CPU with the collector off). Reference counting still frees
    everything the merge drops; cycles wait for the next collection after the batch."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# SQLite page cache (KiB) of a connection that merges. The candidate index and the reports it
# points to are read at random (hashed block keys): with SQLite's default 2 MB cache, every batch
# re-read the same pages from the operating system. Tuned on bench/merge_scale.py at the density
# of 1,000,000 (a 0.59 GB store of 200,000 reports, 10,000 merged): 64 MiB took the merge's wall
# time from 15 to 8 s and its CPU time down 5-8%; the cache only grows with the pages read, so
# a small store never uses it.
MERGE_CACHE_KIB = 65_536


def page_cache(conn: sa.Connection) -> None:
    """Give a SQLite connection that merges MERGE_CACHE_KIB of page cache, unless it has more."""
    if conn.dialect.name != "sqlite":
        return
    size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    kib = -int(size) if size is not None and int(size) < 0 else int(size or 0) * 4  # pages of 4 KiB
    if kib < MERGE_CACHE_KIB:
        conn.exec_driver_sql(f"PRAGMA cache_size = -{MERGE_CACHE_KIB}")


def refresh(conn: sa.Connection, new: list[Record], stale: Iterable[str] = (),
            built: dict[str, Key | None] | None = None) -> set[str]:
    """Merge ``new`` reports (their rows already inserted) into the register, and recompute the
    ``stale`` components (those a deleted document's reports belonged to, or whose loose reports
    it made ambiguous). Returns the ids of the reports whose incident id changed (for
    refresh_claims). ``built``: the keys of new reports already built from their records
    (stored_rows.build, by a worker of ``ingest --workers N``)."""
    serialise(conn)
    page_cache(conn)
    built = built or {}
    with gc_paused():
        new_keys: dict[str, Key | None] = {r["id"]: built[r["id"]] if r["id"] in built else key_of_event(r)
                                           for r in new}
        # (the new reports' index rows are written by write_incidents, with their flags)
        return write_incidents(conn, {r["id"]: r for r in new}, new_keys, set(stale))


def _pairs(conn: sa.Connection, keyed: list[Key], exclude: set[str], loaded: dict[str, Key],
           component_of: dict[str, str], linking: bool = False) -> dict[str, dict[str, tuple[Key, Reason]]]:
    """For each of ``keyed``, the stored reports (not ``exclude``) it matches, with the reason:
    candidates from the index (one query), compared by their packed keys (one query). Their keys
    are left in ``loaded`` and their components in ``component_of``. For a report that may
    contain others, every pair (its ambiguity reads them all); for another, one kept pair per
    component is enough. With ``linking`` (write_incidents: the pairs only decide links and the
    ambiguity of ``keyed``), the pairs that can link nothing while the stored flags hold are left
    out (unpack_meeting's ``reflagged``)."""
    pairs: dict[str, dict[str, tuple[Key, Reason]]] = defaultdict(dict)
    if not keyed:
        return pairs
    wanted: dict[int, list[Key]] = defaultdict(list)
    # the A rows (index_rows) link nothing with a report that is not loose, unless the merge
    # recomputes their flags (``linking`` with stored reports among ``keyed``: a deletion)
    full = not linking or any(k.id not in exclude for k in keyed)
    for k in keyed:
        for x in stored_lookup_keys(k, full):
            wanted[key_hash(x)].append(k)
    ek = schema.event_keys
    found: dict[str, set[int]] = defaultdict(set)
    for key, event in _select_in(conn, [ek.c.key, ek.c.event], ek.c.key, wanted, tuples=True):
        if event not in exclude:
            found[event].add(key)
    e = schema.events
    todo = [eid for eid in found if eid not in loaded]
    rows = [r for r in _select_in(conn, [e.c.id, e.c.component, e.c.mkey], e.c.id, todo, tuples=True)
            if r[2] is not None]
    lookers = _lookers(found, wanted)
    for eid, component, stored in unpack_meeting(rows, lookers.__getitem__,
                                                 {k.id for k in keyed} if linking else None):
        loaded[eid] = stored
        component_of[eid] = component
    linked: dict[str, set[str]] = defaultdict(set)  # report -> components it links to already
    # a report that contains nothing needs one link per component, not every pair
    everything = {k.id for k in keyed if contains_any(k)}
    for eid in found:
        stored = loaded.get(eid)
        if stored is None or eid not in component_of:
            continue
        component = component_of[eid]
        for k in lookers[eid]:
            if k.id == eid or (k.id not in everything and component in linked[k.id]):
                continue
            if (reason := compare(stored, k)) is not None:
                pairs[k.id][eid] = (stored, reason)
                if k.id not in everything and kept(stored, k, reason):
                    linked[k.id].add(component)
    return pairs


def _lookers(found: dict[str, set[int]], wanted: dict[int, list[Key]]) -> dict[str, list[Key]]:
    """For each candidate (``found``: id -> the hashed blocks it was found under), the reports that
    looked it up (``wanted``: hash -> reports), each once, in the order of its first block. Why:
    a candidate found under several blocks of one report (its cell, its town's name, its
    target) was pre-tested (unpack_meeting: dates, places) and compared once per block."""
    out: dict[str, list[Key]] = {}
    for eid, hashes in found.items():
        if len(hashes) == 1:
            out[eid] = wanted[next(iter(hashes))]
        else:
            out[eid] = list({k.id: k for h in hashes for k in wanted[h]}.values())
    return out


def load_vetoes(conn: sa.Connection, ids: Iterable[str]) -> Vetoes:
    """The splits a user made (merge --undo) between ``ids`` and any report. Most stores have
    none: one probe then, instead of two queries over every loaded report."""
    v = schema.vetoes
    out: Vetoes = defaultdict(set)
    if conn.execute(sa.select(v.c.a).limit(1)).first() is None:
        return out
    ids = set(ids)
    rows = _select_in(conn, [v.c.a, v.c.b], v.c.a, ids) + _select_in(conn, [v.c.a, v.c.b], v.c.b, ids)
    for a, b in rows:
        out[a].add(b)
        out[b].add(a)
    return out


def _load(conn: sa.Connection, components_: set[str], keys: dict[str, Key | None],
          before: dict[str, tuple[str | None, str | None]], loaded: dict[str, Key]) -> None:
    """Every stored report of ``components_`` into ``keys`` (packed keys decoded once)."""
    e = schema.events
    unpacked = sa.case((e.c.mkey.is_(None), e.c.record), else_=sa.null())  # a record only if no key
    to_decode: list[tuple[str, str]] = []
    for rid, incident, component, packed, text in _select_in(
            conn, [e.c.id, e.c.incident, e.c.component, e.c.mkey, unpacked], e.c.component, components_):
        if rid in keys:
            continue
        if rid in loaded:
            keys[rid] = loaded[rid]
        elif packed:
            to_decode.append((rid, packed))
        else:
            keys[rid] = key_of_event(json.loads(text))
        before[rid] = (incident, component)
    for (rid, _), k in zip(to_decode, unpack([p for _, p in to_decode]), strict=True):
        keys[rid] = k


def write_incidents(conn: sa.Connection, new: dict[str, Record], new_keys: dict[str, Key | None],
                    stale: set[str]) -> set[str]:
    """Cluster the ``new`` reports with every stored report of the components they touch and
    write what changed: the incidents whose reports or reasons differ (``incidents.digest``),
    the reports whose incident or component moved, the packed keys whose ambiguity changed.
    Clustering reads the packed keys only; the records are loaded just for the incidents
    rewritten. Returns the reports whose incident id changed: only the claims about those need
    new decisions.

    The steps: the ``stale`` components are loaded; the new reports, and the loose reports of
    the stale components (a deletion may have made them unambiguous), are matched with the
    store; their ambiguity (cluster.ambiguous_of) is computed from every report they contain;
    the components they link to (cluster.kept) are loaded whole; the other loose reports loaded
    get their ambiguity from what is loaded (it holds all they contain unless they were
    ambiguous already: more reports never make one unambiguous); then the exact components of
    all that, each clustered."""
    i, e = schema.incidents, schema.events
    keys: dict[str, Key | None] = dict(new_keys)
    before: dict[str, tuple[str | None, str | None]] = {rid: (None, None) for rid in new}
    loaded: dict[str, Key] = {}
    _load(conn, stale, keys, before, loaded)
    fresh = [k for k in new_keys.values() if k is not None]
    rematch = fresh + [k for rid, k in keys.items() if rid not in new and k is not None and loose(k)]
    component_of: dict[str, str] = {rid: comp for rid, (_, comp) in before.items() if comp}
    pairs = _pairs(conn, rematch, set(new), loaded, component_of, linking=True)
    among_new = Areas(fresh)
    flags: dict[str, bool] = {}
    for r in rematch:
        if contains_any(r):
            rank = GEO_RANK.get(str(r.geo), 0)
            cands = [x for x, reason in pairs[r.id].values()
                     if reason.rule == "contains" and GEO_RANK.get(str(x.geo), 0) <= rank]
            flags[r.id] = two_incidents(cands + among_new.contained(r), r)
        else:
            flags[r.id] = False
    guess = {rid for rid, f in flags.items() if f} | {
        x.id for ps in pairs.values() for x, _ in ps.values() if x.ambiguous and x.id not in flags}
    linked = {component_of[x.id] for r in rematch for x, reason in pairs[r.id].values()
              if kept(x, r, reason, guess)}
    _load(conn, linked - stale, keys, before, loaded)
    every = [k for k in keys.values() if k is not None]
    within = Areas(every)
    for k in every:
        if k.id not in flags:
            flags[k.id] = contains_any(k) and (k.ambiguous or two_incidents(within.contained(k), k))
    vetoes = load_vetoes(conn, keys)
    clusters: list[tuple[Cluster, str]] = []
    ambiguous = {rid for rid, f in flags.items() if f}
    # components where a report's ambiguity changed may split: they are split again from scratch
    resplit = stale | {str(before[k.id][1]) for k in every if k.id not in new and k.ambiguous != flags[k.id]}
    for component in _joined(flagged(every, ambiguous), before, pairs, ambiguous, component_of, resplit):
        clusters += [(c, component[0].id) for c in cluster(component, vetoes)]
    clusters += [(Cluster([rid]), rid) for rid in sorted(r for r, k in keys.items() if k is None)]
    repack = {k.id: k.pack(ambiguous=flags[k.id]) for k in every
              if k.id in new or k.ambiguous != flags[k.id]}  # (every: the keys as stored)
    # index rows: the new reports', and again those of the stored reports whose A kind changed
    refiled = [k for k in every if k.id not in new and k.id in repack
               and contains_only_key(k, k.ambiguous) != contains_only_key(k, flags[k.id])]
    forget_events(conn, [k.id for k in refiled])
    insert_index_rows(conn, index_rows([*fresh, *refiled], flags))
    # every incident of the old components (some may have lost all their reports to a deletion)
    old_components = {comp for _, comp in before.values() if comp} | stale
    old_rows = {r[0]: r[1:] for r in _select_in(conn, [i.c.id, i.c.digest, *_SETTLED[1:]], i.c.component,
                                                 old_components, tuples=True)}
    old_digest = {iid: r[0] for iid, r in old_rows.items()}
    old_ids = set(old_rows)
    # each cluster digested once: the test of a stored one's and its new row read the same digest
    digests = {c.id: _digest(c) for c, _ in clusters}
    changed = [(c, comp) for c, comp in clusters
               if any(x in new for x in c.ids) or old_digest.get(c.id) != digests[c.id]]
    rewritten = {c.id for c, _ in changed}
    moved = [(c, comp) for c, comp in clusters if c.id not in rewritten
             and any(before[x][1] != comp for x in c.ids)]
    wanted = {x for c, _ in changed for x in c.ids if x not in new}
    records = dict(new)
    rows = _select_in(conn, [e.c.id, e.c.record], e.c.id, wanted, tuples=True)
    # one parse for all (a JSON list of the records): half the cost of one json.loads each
    parsed = json.loads("[" + ",".join(r[1] for r in rows) + "]")
    records.update(zip((r[0] for r in rows), parsed, strict=True))
    kept_ids = {c.id for c, _ in clusters} - rewritten
    rows = [_incident_row(c, [records[x] for x in c.ids], comp, digests[c.id]) for c, comp in changed]
    in_place = {r["id"] for r in rows if r["id"] in old_rows and _settled(r) == old_rows[r["id"]][1:]}
    for batch in chunks(sorted(((old_ids - kept_ids) | rewritten) - in_place)):
        conn.execute(i.delete().where(i.c.id.in_(batch)))
    # (bind names other than the columns': SQLAlchemy reserves those for the SET clause)
    write_many(conn, i.update().where(i.c.id == sa.bindparam("iid")).values(
        {name: sa.bindparam(f"v_{name}") for name in _UNSETTLED}), _UPDATE_INCIDENT,
        (*(f"v_{n}" for n in _UNSETTLED), "iid"),
        [{"iid": r["id"], **{f"v_{n}": r[n] for n in _UNSETTLED}} for r in rows if r["id"] in in_place])
    write_many(conn, i.insert(), _INSERT_INCIDENT, INCIDENT_COLUMNS,
               [r for r in rows if r["id"] not in in_place])
    if moved:
        conn.execute(i.update().where(i.c.id == sa.bindparam("iid")).values(component=sa.bindparam("comp")),
                     [{"iid": c.id, "comp": comp} for c, comp in moved])
    updates = [{"eid": x, "inc": c.id, "comp": comp} for c, comp in clusters for x in c.ids
               if before[x] != (c.id, comp)]
    _update_events(conn, repack, updates)
    return {u["eid"] for u in updates if before[u["eid"]][0] != u["inc"]}


def _update_events(conn: sa.Connection, repack: dict[str, str], updates: list[Record]) -> None:
    """Write the reports' new packed keys (``repack``: id -> key) and incidents and components
    (``updates``): one UPDATE per report that needs both (every new report), so its row is
    looked up once, not twice."""
    e = schema.events
    both = [{**u, "mk": repack[u["eid"]]} for u in updates if u["eid"] in repack]
    done = {u["eid"] for u in both}
    write_many(conn, e.update().where(e.c.id == sa.bindparam("eid"))
               .values(mkey=sa.bindparam("mk"), incident=sa.bindparam("inc"), component=sa.bindparam("comp")),
               f"UPDATE {e.name} SET mkey = ?, incident = ?, component = ? WHERE id = ?",
               ("mk", "inc", "comp", "eid"), both)
    write_many(conn, e.update().where(e.c.id == sa.bindparam("eid")).values(mkey=sa.bindparam("mk")),
               f"UPDATE {e.name} SET mkey = ? WHERE id = ?", ("mk", "eid"),
               [{"eid": x, "mk": mk} for x, mk in repack.items() if x not in done])
    write_many(conn, e.update().where(e.c.id == sa.bindparam("eid"))
               .values(incident=sa.bindparam("inc"), component=sa.bindparam("comp")),
               f"UPDATE {e.name} SET incident = ?, component = ? WHERE id = ?", ("inc", "comp", "eid"),
               [u for u in updates if u["eid"] not in done])


def _joined(keys: list[Key], before: dict[str, tuple[str | None, str | None]],
            pairs: dict[str, dict[str, tuple[Key, Reason]]], ambiguous: set[str],
            component_of: dict[str, str], resplit: set[str]) -> list[list[Key]]:
    """The exact components after the change: the new reports and the reports of the
    ``resplit`` components (stale, or where an ambiguity changed) among themselves, joined to
    the other stored components (exact, unchanged) through the pairs they link by (cluster.kept:
    only the new reports and the rematched loose ones can link to another component)."""
    from newsevents.resolve.cluster import UnionFind

    members: dict[str, list[Key]] = defaultdict(list)  # stored component -> its reports
    fresh: list[Key] = []
    for k in keys:
        comp = before[k.id][1]
        if comp is None or comp in resplit:
            fresh.append(k)
        else:
            members[comp].append(k)
    out = components(fresh)
    uf = UnionFind([f"c:{c}" for c in members] + [f"g:{g[0].id}" for g in out])
    group_of = {k.id: f"g:{g[0].id}" for g in out for k in g}
    by_id = {k.id: k for k in fresh}
    for rid, ps in pairs.items():
        if rid not in group_of:
            continue
        for x, reason in ps.values():
            comp = component_of.get(x.id)
            if comp in members and kept(x, by_id[rid], reason, ambiguous):
                uf.union(group_of[rid], f"c:{comp}")
    joined: dict[str, list[Key]] = defaultdict(list)
    for comp, ks in members.items():
        joined[uf.find(f"c:{comp}")] += ks
    for g in out:
        joined[uf.find(f"g:{g[0].id}")] += g
    return sorted((sorted(ks, key=lambda k: k.id) for ks in joined.values()), key=lambda ks: ks[0].id)


# an id json.dumps writes as it is, between quotes
_PLAIN = re.compile(r'[ !#-\[\]-~]*\Z')


def _digest(c: Cluster) -> str:
    """What an incident's record depends on besides its reports' records: its reports and why each
    joined (a report's record only changes when its document is re-extracted: then it is new).
    An incident of one report, and no reason, is written out directly, as json.dumps writes it
    (an id of printable ASCII without quote or backslash needs no escape): most incidents a
    merge loads are of one report, and each is digested at every merge that touches it."""
    if len(c.ids) == 1 and not c.reasons and _PLAIN.match(c.ids[0]):
        text = f'[["{c.ids[0]}"],{{}}]'
    else:
        text = _DIGEST_JSON.encode([c.ids, c.reasons])
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _incident_row(c: Cluster, members: list[Record], component: str, digest: str) -> Record:
    record = combine(members, c)
    return {**views.incident_columns(record), "component": component, "digest": digest,
            "record": dumps(record)}


def components_of_documents(conn: sa.Connection, doc_ids: Iterable[str]) -> set[str]:
    """The components a deletion of ``doc_ids`` makes stale: their reports' own, and those of the
    loose reports these made ambiguous (without them, such a report may contain one incident
    only, and join it: write_incidents matches the stale components' loose reports again)."""
    e = schema.events
    rows = _select_in(conn, [e.c.id, e.c.component, e.c.mkey], e.c.document, doc_ids)
    out = {r[1] for r in rows if r[1]}
    keyed = unpack([r[2] for r in rows if r[2]])
    loaded: dict[str, Key] = {}
    component_of: dict[str, str] = {}
    pairs = _pairs(conn, keyed, {r[0] for r in rows}, loaded, component_of)
    for k in keyed:
        for x, reason in pairs[k.id].values():
            if x.ambiguous and reason.rule == "contains" and any(o.id == x.id for o in owners(x, k)):
                out.add(component_of[x.id])
    return out


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
    from newsevents.store.merging_claims import refresh_claims  # it builds on this module's helpers
    refresh_claims(conn, claims, touched)


def reindex(conn: sa.Connection) -> None:
    """The candidate index (``event_keys``) written again from the stored packed keys when only
    its layout changed (resolve.blocks' date buckets): the pairs, so the incidents, are the same."""
    conn.execute(schema.event_keys.delete())
    e = schema.events
    last = ""  # a page of reports at a time (a store of millions does not fit in memory)
    while rows := conn.execute(sa.select(e.c.id, e.c.mkey).where(e.c.id > last, e.c.mkey.is_not(None))
                               .order_by(e.c.id).limit(CHUNK)).all():
        insert_index_rows(conn, index_rows(Key.unpack_many([r[1] for r in rows])))
        last = rows[-1][0]


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
    from newsevents.store.merging_claims import refresh_claims  # it builds on this module's helpers
    refresh_claims(conn, [], touched)
    after = dict(conn.execute(sa.select(e.c.id, e.c.incident).where(e.c.id.in_(mine + others))).all())
    return {"incident": incident, "document": document, "split": mine, "vetoes": len(rows),
            "now": {x: after.get(x) for x in mine + others}}


# --- claims -------------------------------------------------------------------------------------
