"""The store's side of protected sites (issue 16): tables, migration, alerts kept with the register.

Why alerts are stored and refreshed at ingest: an alert belongs to an incident as it is now, and
the incidents change when a document is saved or deleted (newsevents/store/merging.py merges in
the same transaction). So the write that changes incidents recomputes their alerts, and a reader
(``newsevents alerts``, ``/api/alerts``) only runs a query. Adding a site computes its alerts
over the stored incidents at once; removing one removes its alerts.

**Which incidents to recompute after a merge.** Merging rewrites, moves or deletes incidents only
inside the components it touched: the new reports' components and the stale ones (a deleted
document's), and every incident of a component is named by one of its reports' ids. An alert row
keeps the component its incident had when it was computed; after the merge, the alerts of every
component name that may have changed (the stale components, the touched components now, and the
ids of the reports in them: an old component merged into a new one was named by one of those) are
deleted, and the incidents of the touched components are matched again. With no site registered,
a save costs one indexed query.

**Sites in memory.** Matching needs every site's spatial index and name keys
(newsevents.sites.matching.SiteSet); they are built once per version of the sites (a token in
the ``meta`` table, changed by every site write) and cached per database.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from uuid import uuid4

import numpy as np
import sqlalchemy as sa

from newsevents.errors import StoreError
from newsevents.parties import identity as parties
from newsevents.sites.matching import Alert, SiteSet
from newsevents.sites.model import MAX_NAME_CHARS, Site
from newsevents.store import engine as engines
from newsevents.store import merging, schema, views
from newsevents.store.merging import _select_in, chunks

Record = dict[str, Any]


class UnknownSite(StoreError):
    """No stored site has this name or id (the API answers 404)."""


SITES_KEY = "sites"  # meta row: a token that changes whenever a site is written
# Incidents read per query when a new site is matched against the whole register: large enough
# that a million incidents are a few dozen queries, small enough to keep a chunk's arrays small.
SCAN_CHUNK = 50_000
# Candidate incidents whose records are read and matched at a time when sites are added: a batch
# of records is ~50 MB of dicts (a 1,000,000-incident register read at once peaked at 7 GB).
MATCH_CHUNK = 5_000
UNKNOWN_LAST = 1e12  # metres: sorts an alert of unknown distance after every known one
SITE_CACHE = 8  # databases whose sites a process keeps in memory (a server has one, tests a few)

sites = sa.Table(
    "sites", schema.metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(MAX_NAME_CHARS), nullable=False),
    sa.Column("kind", sa.String(100)),
    sa.Column("owner", sa.String(200)),
    sa.Column("lat", sa.Float, nullable=False),
    sa.Column("lon", sa.Float, nullable=False),
    sa.Column("radius_m", sa.Float, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)

site_alerts = sa.Table(
    "site_alerts", schema.metadata,
    sa.Column("site", sa.Integer, sa.ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("incident", sa.String(200), primary_key=True),
    sa.Column("component", sa.String(200), nullable=False),  # the incident's, when computed
    sa.Column("basis", sa.String(20), nullable=False),  # near | target | location
    sa.Column("distance_m", sa.Float),
    sa.Column("precision", sa.String(20)),
    sa.Column("uncertainty_m", sa.Float),
    sa.Column("evidence", sa.Text, nullable=False),  # JSON: the words that place it there
)

INDEXES: tuple[tuple[str, sa.Table, tuple[str, ...]], ...] = (
    ("ix_sites_name", sites, ("name",)),
    ("ix_site_alerts_incident", site_alerts, ("incident",)),
    ("ix_site_alerts_component", site_alerts, ("component",)),
    ("ix_site_alerts_site_distance", site_alerts, ("site", "distance_m")),
)


def migrate(conn: sa.Connection) -> None:
    """Migration 0004_sites: the two tables, their indexes, the sites token (no site yet, so
    no alert to compute)."""
    schema.metadata.create_all(conn, tables=[sites, site_alerts], checkfirst=True)
    quote = conn.dialect.identifier_preparer.quote
    for name, table, columns in INDEXES:
        cols = ", ".join(quote(c) for c in columns)
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {quote(name)} ON {quote(table.name)} ({cols})")
    _bump_sites(conn)


# --- sites in memory ----------------------------------------------------------------------------
_cache: dict[str, tuple[str, SiteSet]] = {}
_cache_lock = threading.Lock()


def _token(conn: sa.Connection) -> str:
    m = schema.meta
    return str(conn.execute(sa.select(m.c.value).where(m.c.key == SITES_KEY)).scalar() or "")


def _bump_sites(conn: sa.Connection) -> None:
    m = schema.meta
    token = uuid4().hex
    if not conn.execute(m.update().where(m.c.key == SITES_KEY).values(value=token)).rowcount:
        conn.execute(m.insert().values(key=SITES_KEY, value=token))


def _site(row: Any) -> Site:
    return Site(row.name, row.lat, row.lon, row.radius_m, row.kind, row.owner, row.id, row.created_at)


def load_sites(conn: sa.Connection) -> list[Site]:
    return [_site(r) for r in conn.execute(sa.select(sites).order_by(sites.c.id))]


def site_set(conn: sa.Connection, where: str | None) -> SiteSet:
    """Every stored site, ready for matching (cached until the sites change; not when ``where``
    is None: a migration's connection)."""
    if where is None:
        return SiteSet(load_sites(conn))
    token = _token(conn)
    with _cache_lock:
        cached = _cache.get(where)
    if cached is not None and cached[0] == token:
        return cached[1]
    built = SiteSet(load_sites(conn))
    with _cache_lock:
        if len(_cache) >= SITE_CACHE:
            _cache.pop(next(iter(_cache)))
        _cache[where] = (token, built)
    return built


def has_sites(conn: sa.Connection) -> bool:
    return conn.execute(sa.select(sites.c.id).limit(1)).first() is not None


# --- refresh at ingest ----------------------------------------------------------------------------
@dataclass(slots=True)
class Watch:
    """What a write's merge may change, noted before it runs (see the module docstring)."""

    stale: set[str]
    stale_reports: set[str]


def before_merge(conn: sa.Connection, stale: Iterable[str]) -> Watch | None:
    """Call before merging.refresh/write_incidents: None when no site is registered (nothing to do)."""
    if not has_sites(conn):
        return None
    stale = set(stale)
    e = schema.events
    return Watch(stale, {r[0] for r in _select_in(conn, [e.c.id], e.c.component, stale)})


def after_merge(conn: sa.Connection, watch: Watch | None, new_reports: Iterable[str], where: str) -> int:
    """Recompute the alerts of the incidents the merge touched; returns how many were written."""
    if watch is None:
        return 0
    e = schema.events
    seeds = set(new_reports) | watch.stale_reports
    components = {r[0] for r in _select_in(conn, [e.c.component], e.c.id, seeds) if r[0]}
    reports = {r[0] for r in _select_in(conn, [e.c.id], e.c.component, components)}
    for batch in chunks(watch.stale | components | reports):
        conn.execute(site_alerts.delete().where(site_alerts.c.component.in_(batch)))
    i = schema.incidents
    rows = _select_in(conn, [i.c.id, i.c.component, i.c.record], i.c.component, components)
    return _write(conn, site_set(conn, where), rows)


def _write(conn: sa.Connection, siteset: SiteSet, rows: list[Any], only: set[int] | None = None) -> int:
    """Match incident rows (id, component, record) and insert their alerts."""
    if not rows or not len(siteset):
        return 0
    component_of = {r[0]: r[1] for r in rows}
    alerts = siteset.match([json.loads(r[2]) for r in rows], only)
    values = [_alert_row(a, component_of[a.incident]) for a in alerts]
    for batch in chunks(values):
        conn.execute(site_alerts.insert(), batch)
    return len(values)


def _alert_row(alert: Alert, component: str) -> Record:
    return {"site": alert.site, "incident": alert.incident, "component": component, "basis": alert.basis,
            "distance_m": alert.distance_m, "precision": alert.precision,
            "uncertainty_m": alert.uncertainty_m,
            "evidence": json.dumps(alert.evidence, ensure_ascii=False, separators=(",", ":"))}


# --- new sites against the stored register ---------------------------------------------------
def rebuild_alerts(conn: sa.Connection) -> int:
    """Every alert recomputed from the stored sites and incidents (after the register was
    rebuilt whole, as a migration does)."""
    conn.execute(site_alerts.delete())
    ids = {s.id for s in load_sites(conn)}
    return alerts_for_sites(conn, None, ids)


def alerts_for_sites(conn: sa.Connection, where: str | None, site_ids: set[int]) -> int:
    """Compute the alerts of these (new or changed) sites over every stored incident.

    One pass over the incidents' coordinates and search words (never their records): the new
    sites' spatial index proposes the incidents within a radius, their names' distinctive words
    the incidents whose text may name them; only those records are read and matched exactly."""
    if not site_ids:
        return 0
    everything = site_set(conn, where)
    fresh = everything.subset(site_ids)
    i = schema.incidents
    wanted: set[str] = set()
    query = sa.select(i.c.id, i.c.lat, i.c.lon, i.c.search).order_by(i.c.id)
    for part in conn.execute(query.execution_options(yield_per=SCAN_CHUNK)).partitions():
        wanted |= _candidates(fresh, part)
    written_ = 0
    for batch in chunks(sorted(wanted), MATCH_CHUNK):  # memory bounded by a batch of records
        rows = conn.execute(sa.select(i.c.id, i.c.component, i.c.record).where(i.c.id.in_(batch))).all()
        written_ += _write(conn, everything, rows, only=site_ids)
    return written_


_SPLIT = re.compile(r"\W+")


def _candidates(fresh: SiteSet, rows: list[Any]) -> set[str]:
    out: set[str] = set()
    placed = [r for r in rows if r[1] is not None and r[2] is not None]
    if placed:
        pairs = fresh.index.pairs(np.array([r[1] for r in placed]), np.array([r[2] for r in placed]))
        out |= {placed[p][0] for p in set(pairs.point.tolist())}
    if fresh.block_words:
        translit = parties.translit
        out |= {r[0] for r in rows if r[3] and fresh.may_name({translit(w) for w in _SPLIT.split(r[3]) if w})}
    return out


# --- writes by the user -----------------------------------------------------------------------------
def _place_key(name: str, lat: float, lon: float) -> tuple[str, float, float]:
    return name, float(lat), float(lon)


def upsert(conn: sa.Connection, new: list[Site]) -> list[str]:
    """Insert sites, or update the one of the same name at the same point; sets each Site's id
    and returns its outcome ("added", "updated" or "unchanged"), in one read and batched writes.
    An updated site's alerts are dropped (the caller recomputes them)."""
    stored = {_place_key(s.name, s.lat, s.lon): s for s in load_sites(conn)}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    outcome, inserts, updates = [], [], []
    seen: set[tuple[str, float, float]] = set()
    for site in new:
        key = _place_key(site.name, site.lat, site.lon)
        if key in seen:
            raise StoreError(f"the site {site.name!r} at {site.lat}, {site.lon} is given twice")
        seen.add(key)
        old = stored.get(key)
        if old is None:
            site.id = 0
            outcome.append("added")
            inserts.append({"name": site.name, "kind": site.kind, "owner": site.owner, "lat": site.lat,
                            "lon": site.lon, "radius_m": site.radius_m, "created_at": now})
        elif (old.kind, old.owner, old.radius_m) == (site.kind, site.owner, site.radius_m):
            outcome.append("unchanged")
        else:
            outcome.append("updated")
            updates.append({"sid": old.id, "k": site.kind, "o": site.owner, "r": site.radius_m})
        if old is not None:
            site.id = old.id
    for batch in chunks(inserts):
        conn.execute(sites.insert(), batch)
    if updates:
        conn.execute(sites.update().where(sites.c.id == sa.bindparam("sid")).values(
            kind=sa.bindparam("k"), owner=sa.bindparam("o"), radius_m=sa.bindparam("r")), updates)
        for batch in chunks([u["sid"] for u in updates]):
            conn.execute(site_alerts.delete().where(site_alerts.c.site.in_(batch)))
    if inserts:  # the new ids: the newest row of each name and point
        ids = {_place_key(s.name, s.lat, s.lon): s.id for s in load_sites(conn)}
        for site in new:
            if not site.id:
                site.id = ids[_place_key(site.name, site.lat, site.lon)]
    return outcome


def find(conn: sa.Connection, name_or_id: str) -> list[Site]:
    """Sites by id ("12") or by name (exact, then case- and accent-insensitive)."""
    text = name_or_id.strip()
    if text.isdigit():
        row = conn.execute(sa.select(sites).where(sites.c.id == int(text))).first()
        if row is not None:
            return [_site(row)]
    query = sa.select(sites).where(sites.c.name == text).order_by(sites.c.id)
    exact = [_site(r) for r in conn.execute(query)]
    if exact:
        return exact
    folded = views.fold(" ".join(text.split()))
    return [s for s in load_sites(conn) if views.fold(s.name) == folded]


def written(conn: sa.Connection) -> None:
    """After any site write: the sites' token and the store's generation (readers' caches)."""
    from newsevents.store import _bump_generation

    _bump_sites(conn)
    _bump_generation(conn)


# --- reading ------------------------------------------------------------------------------------------
def alert_records(conn: sa.Connection, since: date | str | None = None,
                  site_ids: list[int] | None = None) -> list[Record]:
    """Alerts with their site and incident, nearest first within each site (sites by name)."""
    a, s, i = site_alerts, sites, schema.incidents
    query = (sa.select(a, s.c.name, s.c.kind, s.c.owner, s.c.lat.label("site_lat"), s.c.lon.label("site_lon"),
                       s.c.radius_m, i.c.record)
             .join(s, s.c.id == a.c.site).join(i, i.c.id == a.c.incident)
             .order_by(s.c.name, s.c.id, sa.func.coalesce(a.c.distance_m, UNKNOWN_LAST), i.c.date_start,
                       a.c.incident))
    if since is not None:
        query = query.where(sa.func.coalesce(i.c.date_end, i.c.date_start) >= views.as_iso(since))
    if site_ids is not None:
        query = query.where(a.c.site.in_(site_ids))
    rows = conn.execute(query).all()
    docs = _document_labels(conn, {src["document"] for r in rows
                                   for src in json.loads(r.record).get("sources") or []})
    return [_alert_record(r, docs) for r in rows]


def _document_labels(conn: sa.Connection, ids: set[str]) -> dict[str, Record]:
    d = schema.documents
    return {r.id: {"document": r.id, "title": r.title, "url": r.url, "published": r.published}
            for r in _select_in(conn, [d.c.id, d.c.title, d.c.url, d.c.published], d.c.id, ids)}


def _alert_record(row: Any, docs: dict[str, Record]) -> Record:
    incident = json.loads(row.record)
    loc = incident.get("location") or {}
    return {
        "site": {"id": row.site, "name": row.name, "kind": row.kind, "owner": row.owner,
                 "lat": row.site_lat, "lon": row.site_lon, "radius_m": row.radius_m},
        "incident": row.incident,
        "basis": row.basis,
        "distance_m": row.distance_m,
        "precision": row.precision,
        "uncertainty_m": row.uncertainty_m,
        "evidence": json.loads(row.evidence),
        "type": incident.get("type"),
        "status": incident.get("status"),
        "date": incident.get("date"),
        "summary": incident.get("summary"),
        "location": {k: loc.get(k) for k in ("name", "country", "lat", "lon", "precision")} if loc else None,
        "sources": [docs.get(src["document"], {"document": src["document"]})
                    for src in incident.get("sources") or []],
    }


def site_records(conn: sa.Connection) -> list[Record]:
    """Every site with its number of alerts and its nearest one's distance."""
    a = site_alerts
    counts = {r[0]: (int(r[1]), r[2]) for r in conn.execute(
        sa.select(a.c.site, sa.func.count(), sa.func.min(a.c.distance_m)).group_by(a.c.site))}
    out = []
    for site in load_sites(conn):
        n, nearest = counts.get(site.id, (0, None))
        out.append({**site.to_json(), "alerts": n, "nearest_m": nearest})
    return out


class SitesMixin:
    """The Store's site and alert methods (newsevents.store.Store inherits them)."""

    engine: sa.Engine
    where: str
    _writer: sa.Engine

    def add_sites(self, new: list[Site]) -> Record:
        """Store sites (a name at the same point again updates that site) and compute their alerts
        over the stored incidents, in one transaction: all of them or none. Returns the counts and
        each site's id and outcome."""
        counts = {"added": 0, "updated": 0, "unchanged": 0}
        outcome: list[Record] = []
        with engines.translated(self.where), self._writer.begin() as conn:
            merging.serialise(conn)  # no incident changes while they are matched
            changed: set[int] = set()
            for site, status in zip(new, upsert(conn, new), strict=True):
                counts[status] += 1
                outcome.append({"id": site.id, "name": site.name, "status": status})
                if status != "unchanged":
                    changed.add(site.id)
            alerts = 0
            if changed:
                written(conn)
                alerts = alerts_for_sites(conn, self.where, changed)
        return {**counts, "alerts": alerts, "sites": outcome}

    def sites(self) -> list[Record]:
        """Every site (by id) with its number of alerts."""
        with engines.translated(self.where), self.engine.connect() as conn:
            return site_records(conn)

    def remove_site(self, name_or_id: str, every: bool = False) -> list[Record]:
        """Remove a site (by id or name) and its alerts; StoreError when none matches, or when a
        name is several sites' and ``every`` is not set (their ids are listed)."""
        with engines.translated(self.where), self._writer.begin() as conn:
            found = find(conn, name_or_id)
            if not found:
                raise UnknownSite(f"no site {name_or_id!r}; list them with `newsevents sites list`")
            if len(found) > 1 and not every:
                ids = ", ".join(str(s.id) for s in found)
                raise StoreError(f"{len(found)} sites are named {name_or_id!r} (ids {ids}); remove one by "
                                 "its id, or all of them with --all")
            ids_ = [s.id for s in found]
            conn.execute(site_alerts.delete().where(site_alerts.c.site.in_(ids_)))
            conn.execute(sites.delete().where(sites.c.id.in_(ids_)))
            written(conn)
        return [s.to_json() for s in found]

    def alerts(self, since: date | str | None = None, site: str | None = None) -> list[Record]:
        """Incidents near each site, nearest first (``site``: a name or id; ``since``: incidents
        whose dates reach that day or later)."""
        with engines.translated(self.where), self.engine.connect() as conn:
            ids = None
            if site is not None:
                found = find(conn, site)
                if not found:
                    raise UnknownSite(f"no site {site!r}; list them with `newsevents sites list`")
                ids = [s.id for s in found]
            return alert_records(conn, since, ids)
