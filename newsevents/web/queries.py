"""The web app's only window on the database: filtered, sorted, paged and clustered incidents.

Why an index of its own: the store keeps the register merged at ingest (the ``incidents`` table,
newsevents/store/merging.py), and ``Store.view()`` reads it whole in one query. Scanning
100,000 merged dicts in Python per request costs 50-200 ms, and a SQL query per request pays
JSON decoding of every row it returns; the arrays below (type, status, country, date interval
as ordinal days, lat/lon, background, number of sources) make every filter but free text a
vectorised comparison, so a request costs a few milliseconds (bench/web_api.py). The index is
rebuilt when the store changes (any write from any process bumps its generation).

What it assumes of the store, and where to change it: it reads ``Store.view()`` (incidents,
claims, the map from stored to merged ids), ``Store.document``, ``Store.mentions``,
``Store.stored_events``/``stored_claims`` and ``Store.stats``; nothing outside this module
knows how events are found.

Filter semantics are the store's (``views.event_query``): a date filter keeps events whose
interval overlaps it and drops undated ones; ``text`` is a case- and accent-insensitive
substring of names, places, summary, damage and date words. A test checks both agree on the
rows the store writes (tests/test_web_queries.py).
"""

from __future__ import annotations

import bisect
import copy
import gc
import logging
import math
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import sqlalchemy as sa

from newsevents.disputes import find_disputes
from newsevents.store import GENERATION_KEY, Store, schema, views

log = logging.getLogger("newsevents.web")

Record = dict[str, Any]

# How many cells a 256-pixel map tile is cut into when clustering: 4 gives cells of 64 px, about
# the size of a cluster marker, so markers seldom overlap and a cluster splits as you zoom in.
CELLS_PER_TILE = 4
# A cluster lists its events' ids (for a popup) up to this many; beyond, the client zooms in.
CLUSTER_IDS_MAX = 25
MAX_ZOOM = 20
SEPARATOR = "\x00"  # between events' words in the joined search text; never inside a needle

SORT_KEYS = ("date", "type", "country", "sources")
SORTS = (*SORT_KEYS, *(f"-{k}" for k in SORT_KEYS))


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the user asked for; every field given must match (empty tuples match everything)."""

    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-2, already resolved (views.country_code)
    since: date | None = None
    until: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north (degrees)
    text: str | None = None
    background: bool | None = None  # None: both recalled and current incidents

    def without_dates(self) -> EventFilter:
        """The same filter with no date range: the timeline shows every day the brush can pick."""
        return EventFilter(self.types, self.statuses, self.country, None, None, self.bbox, self.text,
                           self.background)


def _ordinal(value: str | None) -> int:
    if not value:
        return 0
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return 0


def search_text(record: Record) -> str:
    """The folded words a text search looks in: the same fields as the store's own search."""
    parts: list[str] = [record.get("type") or "", record.get("summary") or ""]
    loc = record.get("location") or {}
    parts += [loc.get("name") or "", loc.get("text") or "", loc.get("admin1") or ""]
    for key in ("actors", "targets", "weapons"):
        for item in record.get(key) or []:
            parts += [item.get("name") or "", item.get("text") or ""]
    parts += list(record.get("damage") or [])
    parts.append((record.get("date") or {}).get("text") or "")
    return views.fold(" | ".join(parts))


class EventIndex:
    """Column arrays over a list of merged event records (in the view's chronological order)."""

    def __init__(self, events: list[Record]) -> None:
        self.events = events
        n = len(events)
        self.type_names = sorted({e.get("type") or "" for e in events})
        self.status_names = sorted({e.get("status") or "" for e in events})
        type_code = {t: i for i, t in enumerate(self.type_names)}
        status_code = {s: i for i, s in enumerate(self.status_names)}
        dates = [e.get("date") or {} for e in events]
        locs = [e.get("location") or {} for e in events]
        self.type = np.fromiter((type_code[e.get("type") or ""] for e in events), np.int32, n)
        self.status = np.fromiter((status_code[e.get("status") or ""] for e in events), np.int32, n)
        self.country = np.array([(loc.get("country") or "").upper() for loc in locs], dtype="<U8")
        self.has_date = np.fromiter((bool(d) for d in dates), bool, n)
        # missing start: 0, before any day (kept by `until`, as in views); missing end: the start
        self.start = np.fromiter((_ordinal(d.get("start")) for d in dates), np.int64, n)
        self.end = np.fromiter((_ordinal(d.get("end") or d.get("start")) for d in dates), np.int64, n)
        self.lat = np.fromiter((_coord(loc.get("lat")) for loc in locs), np.float64, n)
        self.lon = np.fromiter((_coord(loc.get("lon")) for loc in locs), np.float64, n)
        self.background = np.fromiter((bool(e.get("background")) for e in events), bool, n)
        self.n_sources = np.fromiter((len(e.get("sources") or []) for e in events), np.int64, n)
        self.position = {e["id"]: i for i, e in enumerate(events)}
        self._search: tuple[str, list[int]] | None = None
        self._orders: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.events)

    # --- filtering --------------------------------------------------------------------------------
    def mask(self, f: EventFilter) -> np.ndarray:
        """A boolean array: which events pass every filter."""
        keep = np.ones(len(self.events), dtype=bool)
        if f.types:
            codes = [self.type_names.index(t) for t in f.types if t in self.type_names]
            keep &= np.isin(self.type, codes)
        if f.statuses:
            codes = [self.status_names.index(s) for s in f.statuses if s in self.status_names]
            keep &= np.isin(self.status, codes)
        if f.country:
            keep &= self.country == f.country.upper()
        if f.since or f.until:
            keep &= self.has_date
        if f.since:
            keep &= self.end >= f.since.toordinal()
        if f.until:
            keep &= self.start <= f.until.toordinal()
        if f.bbox:
            keep &= self._in_bbox(f.bbox)
        if f.background is not None:
            keep &= self.background == f.background
        if f.text:
            keep &= self._matching(views.fold(f.text))
        return keep

    def _matching(self, needle: str) -> np.ndarray:
        """Which events' words hold ``needle``: one C-speed scan of all their words joined,
        jumping to the next event after each hit (a loop over 100,000 strings took ~100 ms)."""
        joined, starts = self._search_texts()
        hit = np.zeros(len(self.events), dtype=bool)
        if not needle or SEPARATOR in needle:
            hit[:] = not needle
            return hit
        at = joined.find(needle)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            hit[i] = True
            at = joined.find(needle, starts[i + 1]) if i + 1 < len(starts) else -1
        return hit

    def _in_bbox(self, bbox: tuple[float, float, float, float]) -> np.ndarray:
        west, south, east, north = bbox
        with np.errstate(invalid="ignore"):  # NaN coordinates compare False: no place, no match
            lat_ok = (self.lat >= south) & (self.lat <= north)
            if west <= east:
                lon_ok = (self.lon >= west) & (self.lon <= east)
            else:  # a box across the antimeridian
                lon_ok = (self.lon >= west) | (self.lon <= east)
        return lat_ok & lon_ok

    def _search_texts(self) -> tuple[str, list[int]]:
        """Every event's folded words joined by SEPARATOR, and where each event's words start."""
        with self._lock:
            if self._search is None:  # folding 100k records takes ~1 s: only when first searched
                words = [search_text(e).replace(SEPARATOR, " ") for e in self.events]
                starts, at = [], 0
                for w in words:
                    starts.append(at)
                    at += len(w) + 1
                self._search = (SEPARATOR.join(words), starts)
            return self._search

    # --- ordering ---------------------------------------------------------------------------------
    def order(self, sort: str) -> np.ndarray:
        """A permutation of all events for a sort key (``-`` for descending); ties by date."""
        with self._lock:
            if sort not in self._orders:
                position = np.arange(len(self.events))
                key = sort.lstrip("-")
                rank = {"date": position, "type": self.type, "sources": self.n_sources,
                        "country": np.unique(self.country, return_inverse=True)[1]}[key]
                self._orders[sort] = np.lexsort((position, -rank if sort.startswith("-") else rank))
            return self._orders[sort]

    def select(self, f: EventFilter, sort: str = "date") -> np.ndarray:
        """The indices of the matching events, in the requested order."""
        keep = self.mask(f)
        perm = self.order(sort)
        return perm[keep[perm]]

    # --- aggregates -------------------------------------------------------------------------------
    def timeline(self, keep: np.ndarray) -> list[tuple[str, int]]:
        """Events per day of their start, over the kept events that have a date."""
        days, counts = np.unique(self.start[keep & self.has_date & (self.start > 0)], return_counts=True)
        return [(date.fromordinal(int(d)).isoformat(), int(c)) for d, c in zip(days, counts, strict=True)]

    def clusters(self, keep: np.ndarray, zoom: int) -> list[Record]:
        """Kept events with coordinates grouped into map cells of about 64 pixels at ``zoom``.

        Each cluster: its centre (mean position), count, counts per type, bounds, whether all
        its events stand at one place (then it is a place, not a region, and its name is given),
        and its event ids when there are few enough to list.
        """
        has_xy = keep & ~np.isnan(self.lat) & ~np.isnan(self.lon)
        idx = np.flatnonzero(has_xy)
        if idx.size == 0:
            return []
        lat, lon = self.lat[idx], self.lon[idx]
        cells = 256 * CELLS_PER_TILE * 2 ** min(max(zoom, 0), MAX_ZOOM) / 256
        x = np.floor((lon + 180.0) / 360.0 * cells).astype(np.int64)
        clipped = np.radians(np.clip(lat, -85.0, 85.0))
        mercator = np.log(np.tan(clipped) + 1 / np.cos(clipped))  # web-mercator y, as the map draws
        y = np.floor((1 - mercator / math.pi) / 2 * cells).astype(np.int64)
        groups, inverse, counts = np.unique(x * (cells + 1) + y, return_inverse=True, return_counts=True)
        n_types = max(len(self.type_names), 1)
        per_type = np.bincount(inverse * n_types + self.type[idx], minlength=len(groups) * n_types)
        per_type = per_type.reshape(len(groups), n_types)
        mean_lat = np.bincount(inverse, lat) / counts
        mean_lon = np.bincount(inverse, lon) / counts
        order = np.argsort(inverse, kind="stable")
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        out: list[Record] = []
        for g in range(len(groups)):
            members = idx[order[starts[g]:starts[g] + counts[g]]]
            mlat, mlon = self.lat[members], self.lon[members]
            one_place = bool(np.ptp(mlat) < 1e-6 and np.ptp(mlon) < 1e-6)
            types = {self.type_names[t]: int(c) for t, c in enumerate(per_type[g]) if c}
            cluster: Record = {
                "lat": round(float(mean_lat[g]), 5), "lon": round(float(mean_lon[g]), 5),
                "count": int(counts[g]), "types": dict(sorted(types.items(), key=lambda kv: -kv[1])),
                "bounds": [float(mlat.min()), float(mlon.min()), float(mlat.max()), float(mlon.max())],
                "one_place": one_place,
            }
            if one_place:
                cluster["place"] = (self.events[int(members[0])].get("location") or {}).get("name")
            if counts[g] <= CLUSTER_IDS_MAX:
                cluster["ids"] = [self.events[int(i)]["id"] for i in members]
            out.append(cluster)
        return out


def _coord(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number if math.isfinite(number) else math.nan


@dataclass(slots=True)
class Page:
    """One page of a listing: the records and how many there are in all."""

    total: int
    offset: int
    limit: int
    items: list[Record]


class Register:
    """The read side of one database for the web app; safe to share between request threads.

    Stale while rebuilding: after another process writes (an ingest running beside the server), the
    view and index are rebuilt, which takes a few seconds at 100,000 incidents (reading and decoding
    the incidents table, bench/web_api.py). Requests meanwhile are answered from the previous view,
    and one background thread rebuilds; the first build, and a rebuild after this server's own
    ingest (``refresh``), happen before answering. The write generation is read from the store's
    ``meta`` table (the row Store bumps in every write transaction): that is what this module
    assumes of the schema.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()  # guards the fields below; never held while building
        self._build = threading.Lock()  # one build at a time
        self._view: views.MergedView | None = None
        self._index: EventIndex | None = None
        self._generation: str | None = None  # the write generation the index was built from
        self._rebuilding = False
        self._disputes: list[Record] | None = None
        self._stats: tuple[views.MergedView, Record] | None = None

    def _written(self) -> str:
        """The store's current write generation (one indexed row; ~0.1 ms)."""
        with self.store.engine.connect() as conn:
            value = conn.execute(sa.select(schema.meta.c.value)
                                 .where(schema.meta.c.key == GENERATION_KEY)).scalar()
        return str(value or "")

    def _current(self) -> tuple[views.MergedView, EventIndex]:
        written = self._written()
        with self._lock:
            if self._view is not None and self._index is not None:
                if written != self._generation and not self._rebuilding:
                    self._rebuilding = True
                    threading.Thread(target=self._rebuild_in_background, daemon=True,
                                     name="newsevents-web-rebuild").start()
                return self._view, self._index
        self.refresh(only_if_empty=True)
        assert self._view is not None and self._index is not None
        return self._view, self._index

    def refresh(self, only_if_empty: bool = False) -> None:
        """Rebuild the view and index from the store now (after this server wrote to it)."""
        with self._build:
            if only_if_empty and self._index is not None:
                return
            written = self._written()  # read first: a write during the build triggers another
            view = self.store.view()
            index = EventIndex(view.events)
            with self._lock:
                self._view, self._index, self._generation = view, index, written
                self._disputes = self._stats = None
            # The view is millions of long-lived objects: left to the cyclic collector, each
            # full collection walks them all (a 2 s pause per ~minute of requests at 100,000
            # incidents, bench/web_api.py). Frozen, the collector skips them.
            gc.collect()
            gc.freeze()

    def _rebuild_in_background(self) -> None:
        try:
            self.refresh()
        except Exception:  # keep serving the previous view; the next request tries again
            log.exception("could not rebuild the register after a write")
        finally:
            with self._lock:
                self._rebuilding = False

    def warm(self) -> None:
        """Build the merged view, the index and the counts now, so the first request is as fast
        as the rest."""
        self.stats()

    # --- incidents --------------------------------------------------------------------------------
    def events(self, f: EventFilter, sort: str = "date", offset: int = 0, limit: int = 50) -> Page:
        _, index = self._current()
        chosen = index.select(f, sort)
        items = [index.events[int(i)] for i in chosen[offset:offset + limit]]
        return Page(int(chosen.size), offset, limit, items)

    def timeline(self, f: EventFilter) -> list[tuple[str, int]]:
        _, index = self._current()
        return index.timeline(index.mask(f))

    def clusters(self, f: EventFilter, zoom: int) -> list[Record]:
        _, index = self._current()
        return index.clusters(index.mask(f), zoom)

    def event(self, event_id: str) -> Record | None:
        """A merged event by its id or the id of a report merged into it."""
        view, _ = self._current()
        found = view.find(event_id)
        return found if found is not None and found.get("kind") == "event" else None

    def known_types(self) -> list[str]:
        _, index = self._current()
        return [t for t in index.type_names if t]

    # --- claims and disputes ----------------------------------------------------------------------
    def claims(self, speaker: str | None = None, stance: str | None = None, event: str | None = None,
               offset: int = 0, limit: int = 50) -> Page:
        view, _ = self._current()
        found = views.filter_claims(view.claims, view.id_map, speaker, stance, event)
        return Page(len(found), offset, limit, found[offset:offset + limit])

    def claims_about(self, event_id: str) -> list[Record]:
        view, _ = self._current()
        return views.filter_claims(view.claims, view.id_map, event=event_id)

    def disputes(self) -> list[Record]:
        view, _ = self._current()
        with self._lock:
            if self._disputes is None or self._view is not view:
                self._disputes = [d.to_json() for d in find_disputes(view.claims, view.events)]
            return self._disputes

    # --- protected sites and their alerts (issue 16: kept by the store, a query each) -------------
    def sites(self) -> list[Record]:
        return self.store.sites()

    def alerts(self, since: date | None = None, site: str | None = None) -> list[Record]:
        return self.store.alerts(since=since, site=site)

    # --- documents and counts ---------------------------------------------------------------------
    def document(self, doc_id: str) -> Record | None:
        """A document record with its text, or None."""
        return self.store.document(doc_id)

    def documents(self, ids: Sequence[str]) -> dict[str, Record]:
        """Several documents with their text, by id (each read once)."""
        out: dict[str, Record] = {}
        for doc_id in dict.fromkeys(ids):
            doc = self.store.document(doc_id)
            if doc is not None:
                out[doc_id] = doc
        return out

    def document_labels(self, ids: set[str]) -> dict[str, Record]:
        """Title, path, URL and publication date of documents, without their text."""
        wanted = set(ids)
        return {d["id"]: {"title": d.get("title"), "path": d.get("path"), "url": d.get("url"),
                          "published": (d.get("published") or {}).get("date")}
                for d in self.store.documents() if d["id"] in wanted} if wanted else {}

    def document_records(self, doc_id: str) -> tuple[list[Record], list[Record], list[Record],
                                                      dict[str, str]]:
        """A document's mentions, events and claims as stored, and the stored -> merged id map."""
        view, _ = self._current()
        return (self.store.mentions(doc_id), self.store.stored_events(doc_id),
                self.store.stored_claims(doc_id), view.id_map)

    def stats(self) -> Record:
        """Counts for the page's header and filters; computed once per state of the database (the
        store's count queries and the tallies over 100,000 incidents take ~0.3-0.8 s)."""
        view, _ = self._current()
        with self._lock:
            cached = self._stats
        if cached is not None and cached[0] is view:
            return copy.deepcopy(cached[1])
        counts = self._count()
        with self._lock:
            self._stats = (view, counts)
        return copy.deepcopy(counts)

    def _count(self) -> Record:
        counts = self.store.stats()
        _, index = self._current()
        dated = index.start[index.has_date & (index.start > 0)]
        counts["first_date"] = date.fromordinal(int(dated.min())).isoformat() if dated.size else None
        counts["last_date"] = date.fromordinal(int(index.end[index.has_date].max())).isoformat() \
            if dated.size else None
        counts["events_by_country"] = dict(Counter(c for c in index.country.tolist() if c).most_common())
        statuses = Counter(e.get("status") or "" for e in index.events)
        counts["events_by_status"] = dict(sorted(statuses.items()))
        counts["disputes"] = len(self.disputes())
        counts.pop("database", None)  # a path on the server's disk is not the client's business
        return counts
