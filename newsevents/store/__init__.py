"""The store: documents with their events, claims and mentions, in SQLite or PostgreSQL.

    with Store.open("newsevents.db") as store:        # or "postgresql://user@host/db"
        store.save(article)                           # one transaction per document
        store.events(type="missile_strike", since="2025-01-01")

Why one transaction per document: a crash or Ctrl-C in the middle of a batch must leave every
finished document intact and no half-written one, and a document's records only make sense
together. Why content addressing: the same text (sha256) saved twice changes nothing, so
re-running an ingest is always safe; ``replace=True`` re-writes a document's records after a
re-extraction.

Reads return export-shaped dicts (SCHEMA.md). Events are merged across documents when a document
is saved or deleted, in the same transaction (newsevents/store/merging.py, through
newsevents.resolve), so reading the register is a query on the ``incidents`` table; ``undo_merge``
splits a wrong merge and remembers it.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any
from uuid import uuid4

import sqlalchemy as sa

from newsevents import stored_rows
from newsevents.errors import StoreError
from newsevents.model import Article, Published
from newsevents.resolve.keys import Key
from newsevents.store import engine as engines
from newsevents.store import merging, merging_claims, migrations, schema, views
from newsevents.store import sites as watch
from newsevents.stored_rows import Built

__all__ = ["Store"]

Record = dict[str, Any]
GENERATION_KEY = "generation"
# publications inferred without a day of their own, which other sources may date to the day
# (anchoring.py): weak evidence as an open range, or a URL's month or week
LOOSE_PUBLICATIONS = ("range", "month", "week")


_dumps = merging.dumps  # the store's one form of a record's JSON text


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside (see Store.view); restored as it was on the way out."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _loads(text: str) -> Record:
    result: Record = json.loads(text)
    return result


json_plain = stored_rows.json_plain  # (kept under the store's name: older callers and tests)
_as_stored = stored_rows.as_stored


class Store(watch.SitesMixin):
    """A newsevents database. Open with ``Store.open(path_or_url)``; use as a context manager.
    Protected sites and their alerts: newsevents/store/sites.py."""

    def __init__(self, engine: sa.Engine, where: str) -> None:
        self.engine = engine
        self.where = where
        self._writer = engine.execution_options(**{engines.WRITE_OPTION: True})

    # --- opening and closing ------------------------------------------------------------------
    @classmethod
    def open(cls, path_or_url: str, *, timeout: float = engines.BUSY_TIMEOUT_S,
             sqlite_pragmas: dict[str, Any] | None = None) -> Store:
        """Open (creating and migrating when needed) a SQLite file or a PostgreSQL URL.

        ``timeout`` is how long a write waits for another process's lock before DatabaseLocked;
        ``sqlite_pragmas`` adds PRAGMAs to every SQLite connection (e.g. ``max_page_count``).
        """
        where = engines.describe(str(path_or_url))
        engine = engines.create(str(path_or_url), timeout, sqlite_pragmas)
        store = cls(engine, where)
        try:
            with engines.translated(where):
                migrations.migrate(engine, where)
        except BaseException:
            engine.dispose()
            raise
        return store

    def check_writable(self) -> None:
        """Raise StoreError now when this process cannot write the database (a read-only SQLite
        file, a PostgreSQL user without write rights: refused otherwise only at the first save;
        engine.check_sqlite_writable, engine.check_postgres_writable)."""
        engines.check_sqlite_writable(self.engine, self.where)
        engines.check_postgres_writable(self.engine, self.where, [
            t.name for t in schema.metadata.sorted_tables if t is not schema.migrations])

    @property
    def backend(self) -> str:
        """"sqlite" or "postgresql"."""
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.where!r})"

    # --- writing -------------------------------------------------------------------------------
    def has_document(self, sha256: str) -> str | None:
        """The id of the stored document with this text hash, or None."""
        with engines.translated(self.where), self.engine.connect() as conn:
            return conn.execute(sa.select(schema.documents.c.id)
                                .where(schema.documents.c.sha256 == sha256)).scalar()

    def documents_with_texts(self, sha256s: Sequence[str]) -> dict[str, str]:
        """``has_document`` of several text hashes in one query: hash -> id of the stored ones."""
        if not sha256s:
            return {}
        d = schema.documents
        with engines.translated(self.where), self.engine.connect() as conn:
            rows = conn.execute(sa.select(d.c.sha256, d.c.id).where(d.c.sha256.in_(sorted(set(sha256s)))))
            return {str(sha): str(doc_id) for sha, doc_id in rows}

    def save(self, article: Article, replace: bool = False) -> bool:
        """Store one processed article with its events, claims and mentions, in one transaction.

        Returns False (and changes nothing) when a document with the same sha256 is already
        stored, unless ``replace`` is true: then that document's records are re-written. A new
        text under an id already stored (a JSONL record that was edited) replaces the old one.
        """
        return self.save_many([article], replace)[0]

    def save_many(self, articles: Sequence[Article], replace: bool | Sequence[bool] = False,
                  ahead: bool = False) -> list[bool]:
        """``save`` of several articles in one transaction, merged into the register once; for
        each, whether it was stored (``replace``: one flag for all, or one per article).

        Why: the merge refresh and the claims' refresh cost about the same for one document as
        for sixteen (their statements, not their rows: 454 news articles saved one by one took
        1.0 s CPU, by sixteen 0.34 s, the same register), and a long ingest is made of batches
        anyway. The register is the same as after saving them one by one in any order (the merge
        is order-independent: store/merging.py). An article whose text or id another one of the
        list already has starts a new transaction, so each transaction writes a document once.
        All or nothing per transaction: a failure leaves none of its articles stored.

        ``ahead``: take the rows and merge keys a worker built for an article (stored_rows.build,
        kept in ``Article.encoded_mentions``) while they still describe it; the caller says so
        when nothing changed its articles since they came back (``ingest``).
        """
        flags = [replace] * len(articles) if isinstance(replace, bool) else list(replace)
        if len(flags) != len(articles):
            raise ValueError("save_many: one replace flag per article")
        for article in articles:
            _settle_identity(article)
        saved: list[bool] = []
        for start, end in _distinct_runs(articles):
            saved += self._save_group(list(articles[start:end]), flags[start:end], ahead)
        return saved

    def _save_group(self, articles: list[Article], replace: list[bool], ahead: bool) -> list[bool]:
        """One transaction for articles of distinct texts and ids (see ``save_many``)."""
        rows = [_prepared(article, ahead) for article in articles]
        try:
            with engines.translated(self.where), self._writer.begin() as conn:
                merging.serialise(conn)  # merging writers one at a time, from the first read
                saved, stale, events, claims = [], set(), [], []
                keys: dict[str, Key | None] = {}
                stored = _Stored(conn, articles)
                for article, again, (own, built) in zip(articles, replace, rows, strict=True):
                    existing = stored.with_text(article.sha256)
                    if existing is not None and not again:
                        saved.append(False)
                        continue
                    if existing is not None:
                        stale |= stored.delete(existing)
                    if stored.other_version(article.id, article.sha256):
                        stale |= stored.delete(article.id)
                    stored.insert(own)
                    events += built.event_records
                    claims += built.claim_records
                    if built.keys is not None:
                        keys.update(zip((r["id"] for r in built.event_records), built.keys, strict=True))
                    saved.append(True)
                stored.flush()
                if not any(saved):
                    return saved
                alerts = watch.before_merge(conn, stale)
                touched = merging.refresh(conn, events, stale, keys)
                merging_claims.refresh_claims(conn, claims, touched)
                watch.after_merge(conn, alerts, [r["id"] for r in events], self.where)
                _bump_generation(conn)
        except StoreError:
            if len(articles) == 1 and not replace[0] and self.has_document(articles[0].sha256):
                return [False]  # the same text committed concurrently by another process
            raise
        return saved

    def delete(self, doc_id: str) -> bool:
        """Remove a document and its records; False when there was no such document."""
        with engines.translated(self.where), self._writer.begin() as conn:
            merging.serialise(conn)
            found = _document_exists(conn, doc_id)
            if found:
                stale = _delete_document(conn, doc_id)
                alerts = watch.before_merge(conn, stale)
                merging_claims.refresh_claims(conn, [], merging.refresh(conn, [], stale))
                watch.after_merge(conn, alerts, [], self.where)
                _bump_generation(conn)
        return found

    def undo_merge(self, event_id: str, source: str) -> dict[str, Any]:
        """Split ``source`` (a document id or path)'s report out of the incident ``event_id`` (an
        incident id or any of its reports' ids) and remember that decision: a veto between that
        report and each other report of the incident, kept across re-ingest and --reprocess
        (event ids are content-derived). Returns what was done; StoreError for unknown ids or an
        incident the document is not a source of."""
        e, d = schema.events, schema.documents
        with engines.translated(self.where), self._writer.begin() as conn:
            merging.serialise(conn)
            incident = conn.execute(sa.select(e.c.incident).where(e.c.id == event_id)).scalar()
            if incident is None:
                incident = conn.execute(sa.select(schema.incidents.c.id)
                                        .where(schema.incidents.c.id == event_id)).scalar()
            if incident is None:
                raise StoreError(f"no event with id {event_id!r}; list them with `newsevents events`")
            doc = conn.execute(sa.select(d.c.id).where(sa.or_(d.c.id == source, d.c.path == source))
                               .order_by(d.c.id)).scalar()
            if doc is None:
                raise StoreError(f"no document {source!r} (give a document id or the path it was "
                                 "ingested from; `newsevents show EVENT_ID` lists the sources)")
            docs = {r[0] for r in conn.execute(sa.select(e.c.document).where(e.c.incident == incident))}
            if doc not in docs:
                raise StoreError(f"the document {doc} is not a source of {incident} (its sources: "
                                 f"{', '.join(sorted(docs))})")
            if len(docs) < 2:
                raise StoreError(f"{incident} has a single source ({doc}): there is nothing to split")
            alerts = watch.before_merge(conn, {r[0] for r in conn.execute(
                sa.select(e.c.component).where(e.c.incident == incident)) if r[0]})
            done = merging.split(conn, incident, doc)
            watch.after_merge(conn, alerts, [], self.where)
            _bump_generation(conn)
        return done

    # --- reading: documents --------------------------------------------------------------------
    def documents(self) -> list[Record]:
        """Every document record (export shape, without text), ordered by id."""
        d = schema.documents
        with engines.translated(self.where), self.engine.connect() as conn:
            rows = conn.execute(sa.select(d.c.record).order_by(d.c.id))
            return [_loads(r[0]) for r in rows]

    def document(self, doc_id: str) -> Record | None:
        """A document record with its ``text``, or None."""
        d = schema.documents
        with engines.translated(self.where), self.engine.connect() as conn:
            row = conn.execute(sa.select(d.c.record, d.c.text).where(d.c.id == doc_id)).first()
        if row is None:
            return None
        return {**_loads(row[0]), "text": row[1]}

    def texts(self) -> dict[str, str]:
        """Every document's text by id (for highlighting sources and for export --with-text)."""
        d = schema.documents
        with engines.translated(self.where), self.engine.connect() as conn:
            return {r[0]: r[1] for r in conn.execute(sa.select(d.c.id, d.c.text).order_by(d.c.id))}

    def mentions(self, doc_id: str) -> list[Record]:
        """The mentions found in a document, in text order."""
        m = schema.mentions
        with engines.translated(self.where), self.engine.connect() as conn:
            rows = conn.execute(sa.select(m.c.record).where(m.c.document == doc_id)
                                .order_by(m.c.start, m.c.ord))
            return [_loads(r[0]) for r in rows]

    # --- reading: events and claims as stored (one document's view) -----------------------------
    def stored_events(self, doc_id: str | None = None, type: str | None = None,
                      country: str | None = None, since: date | str | None = None,
                      until: date | str | None = None) -> list[Record]:
        """Events exactly as each document yielded them (not merged), filtered in SQL."""
        e = schema.events
        query = sa.select(e.c.record).order_by(e.c.document, e.c.ord)
        if doc_id is not None:
            query = query.where(e.c.document == doc_id)
        if type:
            query = query.where(e.c.type == type)
        if country:
            query = query.where(e.c.country == views.country_code(country))
        if since is not None:
            query = query.where(sa.func.coalesce(e.c.date_end, e.c.date_start) >= views.as_iso(since))
        if until is not None:
            query = query.where(e.c.date_start <= views.as_iso(until))
        with engines.translated(self.where), self.engine.connect() as conn:
            return [_loads(r[0]) for r in conn.execute(query)]

    # --- reading: for dating a document through other sources (newsevents/anchoring.py) ---------
    def documents_to_date(self, ingested_since: str, marker: str) -> list[Record]:
        """Documents ingested since ``ingested_since`` (ISO) whose publication date comes from no
        words of their own: none at all, one inferred only as a range (weak evidence: "le 3 mai"
        placed after "fin 2021") or to the month or week (a URL's /2024/06/), or one whose basis
        contains ``marker`` (dated through other sources). Records with their ``text``,
        ``ingested_at`` and place mentions."""
        d, m = schema.documents, schema.mentions
        loose = []
        for precision in LOOSE_PUBLICATIONS:
            words = _dumps(Published(date.min, precision, inferred=True).to_json())
            # '"precision":"range","inferred":true': the words of such a record
            loose.append(words[words.index('"precision"'):words.index(',"basis"')])
        query = (sa.select(d.c.record, d.c.text, d.c.ingested_at)
                 .where(d.c.ingested_at >= ingested_since)
                 .where(sa.or_(d.c.published.is_(None), d.c.record.contains(marker, autoescape=True),
                               *(d.c.record.contains(w, autoescape=True) for w in loose)))
                 .order_by(d.c.id))
        with engines.translated(self.where), self.engine.connect() as conn:
            docs = [{**_loads(r[0]), "text": r[1], "ingested_at": r[2], "places": [], "parties": []}
                    for r in conn.execute(query)]
            by_id = {doc["id"]: doc for doc in docs}
            for ids in merging.chunks(sorted(by_id)):  # one read per batch of documents, not per document
                rows = conn.execute(sa.select(m.c.document, m.c.kind, m.c.record)
                                    .where(m.c.document.in_(ids)).where(m.c.kind.in_(("place", "party")))
                                    .order_by(m.c.document, m.c.start, m.c.ord))
                for doc_id, kind, record in rows:
                    by_id[doc_id]["places" if kind == "place" else "parties"].append(_loads(record))
        return docs

    def events_to_date_by(self, countries: list[str], ingested_since: str, marker: str,
                          types: list[str] | None = None, countryless: bool = False) -> list[Record]:
        """Stored events placed in one of ``countries`` or of one of ``types`` (or in no country
        at all, at sea: ``countryless``), from documents ingested since ``ingested_since`` whose
        date was not itself taken from other sources (``marker`` in their basis): what may date
        a document through its incident."""
        if not countries and not types and not countryless:
            return []
        d, e = schema.documents, schema.events
        where = [e.c.country.in_(sorted(set(countries))), e.c.type.in_(sorted(set(types or ())))]
        if countryless:
            where.append(e.c.country.is_(None))
        query = (sa.select(e.c.record).join(d, d.c.id == e.c.document)
                 .where(sa.or_(*where))
                 .where(e.c.date_start.is_not(None))
                 .where(d.c.ingested_at >= ingested_since)
                 .where(sa.not_(d.c.record.contains(marker, autoescape=True)))
                 .order_by(e.c.document, e.c.ord))
        with engines.translated(self.where), self.engine.connect() as conn:
            return [_loads(r[0]) for r in conn.execute(query)]

    def stored_claims(self, doc_id: str | None = None) -> list[Record]:
        """Claims exactly as each document yielded them (before linking)."""
        c = schema.claims
        query = sa.select(c.c.record).order_by(c.c.document, c.c.ord)
        if doc_id is not None:
            query = query.where(c.c.document == doc_id)
        with engines.translated(self.where), self.engine.connect() as conn:
            return [_loads(r[0]) for r in conn.execute(query)]

    # --- reading: the merged register ----------------------------------------------------------
    def events(self, type: str | None = None, country: str | None = None,
               since: date | str | None = None, until: date | str | None = None,
               text: str | None = None, limit: int | None = None) -> list[Record]:
        """Incidents merged across documents (export shape), chronological; every filter given
        must match, in SQL on the ``incidents`` table.

        ``country`` is an ISO code or a country name; ``since``/``until`` keep events whose date
        interval overlaps them; ``text`` is a case- and accent-insensitive substring of the
        event's names, places, summary and damage.
        """
        query = views.event_query(type, country, since, until, text, limit)
        with engines.translated(self.where), self.engine.connect() as conn:
            return [_loads(r[0]) for r in conn.execute(query)]

    def view(self) -> views.MergedView:
        """Every incident, every claim and the stored -> merged id map in one read, for a reader
        that indexes the register in memory (the web app). Read from the ``incidents`` table as
        merged at ingest: nothing is merged here (the merge on read this replaced took 12.5 s at
        100,000 incidents, bench/RESULTS.md).

        The cyclic garbage collector is paused while the records are decoded: they are millions
        of new objects, each collection they trigger walks all those made before, and none can
        be garbage (decoding them took 2.6 s of CPU at 100,000 incidents, 0.9 s paused)."""
        e = schema.events
        with engines.translated(self.where), self.engine.connect() as conn, _collector_paused():
            events = [_loads(r[0]) for r in conn.execute(views.event_query())]
            id_map = {eid: inc for eid, inc in conn.execute(sa.select(e.c.id, e.c.incident)) if inc}
            claims, merged_of = self._claims(conn)
        id_map.update(merged_of)
        for record in (*events, *claims):
            id_map.setdefault(record["id"], record["id"])
        return views.MergedView(events, id_map, claims)

    def _claims(self, conn: sa.Connection) -> tuple[list[Record], dict[str, str]]:
        c, e = schema.claims, schema.events
        rows = [(cid, _loads(rec), merged) for cid, rec, merged in conn.execute(
            sa.select(c.c.id, c.c.record, c.c.merged).order_by(c.c.id))]
        incident_of = {eid: inc for eid, inc in conn.execute(
            sa.select(e.c.id, e.c.incident).join(schema.claim_about, schema.claim_about.c.event == e.c.id)
            .distinct()) if inc}
        cl, i = schema.claim_links, schema.incidents
        links = [tuple(r) for r in conn.execute(sa.select(cl.c.a, cl.c.b, cl.c.incident))]
        incidents = {rid: _loads(rec) for rid, rec in conn.execute(
            sa.select(i.c.id, i.c.record).where(i.c.id.in_(sa.select(cl.c.incident))))}
        return views.assemble_claims(rows, incident_of, links, incidents)  # type: ignore[arg-type]

    def claims(self, speaker: str | None = None, stance: str | None = None,
               event: str | None = None) -> list[Record]:
        """Claims (export shape; one per statement however many outlets relay it), filtered by
        speaker substring, stance, or an event id (an incident or any of its reports)."""
        e = schema.events
        with engines.translated(self.where), self.engine.connect() as conn:
            claims, _ = self._claims(conn)
            id_map: dict[str, str] = {}
            if event:
                incident = conn.execute(sa.select(e.c.incident).where(e.c.id == event)).scalar()
                id_map[event] = incident or event
        return views.filter_claims(claims, id_map, speaker, stance, event)

    def record(self, record_id: str) -> Record | None:
        """A document, incident or claim by id (a report's id finds its incident, a relayed
        claim's id the claim it was merged into)."""
        i, e = schema.incidents, schema.events
        with engines.translated(self.where), self.engine.connect() as conn:
            found = conn.execute(sa.select(i.c.record).where(i.c.id == record_id)).scalar()
            if found is None:
                found = conn.execute(sa.select(i.c.record).join(e, e.c.incident == i.c.id)
                                     .where(e.c.id == record_id)).scalar()
            if found is not None:
                return _loads(found)
            if conn.execute(sa.select(schema.claims.c.id).where(schema.claims.c.id == record_id)).first():
                claims, merged_of = self._claims(conn)
                target = merged_of.get(record_id, record_id)
                return next((c for c in claims if c["id"] == target), None)
        doc = self.document(record_id)
        if doc is not None:
            doc.pop("text", None)
        return doc

    def members(self, incident_id: str) -> list[Record]:
        """The reports (stored events, as extracted) merged into an incident, by id."""
        e = schema.events
        with engines.translated(self.where), self.engine.connect() as conn:
            return [_loads(r[0]) for r in conn.execute(
                sa.select(e.c.record).where(e.c.incident == incident_id).order_by(e.c.id))]

    def vetoes(self) -> list[Record]:
        """The splits users asked for (``merge --undo``): pairs of reports kept apart."""
        v = schema.vetoes
        with engines.translated(self.where), self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.select(v).order_by(v.c.a, v.c.b))]

    def stats(self) -> dict[str, Any]:
        """Counts for ``newsevents stats``."""
        d = schema.documents
        with engines.translated(self.where), self.engine.connect() as conn:
            n_docs, n_events, n_mentions = (
                int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0)
                for t in (d, schema.events, schema.mentions))
            languages = dict(conn.execute(sa.select(d.c.language, sa.func.count())
                                          .group_by(d.c.language).order_by(d.c.language)).all())
            applied = migrations.applied(conn)
            i = schema.incidents
            n_incidents = int(conn.execute(sa.select(sa.func.count()).select_from(i)).scalar() or 0)
            by_type = dict(conn.execute(sa.select(i.c.type, sa.func.count()).group_by(i.c.type)).all())
            claims, _ = self._claims(conn)
            conn_claims = conn.execute(sa.select(sa.func.count()).select_from(schema.claims)).scalar() or 0
        return {
            "database": self.where,
            "backend": self.backend,
            "schema": applied[-1] if applied else None,
            "documents": n_docs,
            "events": n_incidents,
            "event_records": n_events,
            "claims": len(claims),
            "claim_records": int(conn_claims),
            "mentions": n_mentions,
            "events_by_type": {str(k): int(v) for k, v in sorted(by_type.items())},
            "claims_by_stance": dict(sorted(Counter(c["stance"] for c in claims).items())),
            "documents_by_language": {str(k): v for k, v in languages.items()},
        }


# --- helpers --------------------------------------------------------------------------------------
_settle_identity = stored_rows.settle_identity


def _distinct_runs(articles: Sequence[Article]) -> Iterator[tuple[int, int]]:
    """(start, end) of the runs of consecutive articles whose texts and ids are all distinct."""
    start, texts, names = 0, set(), set()
    for i, article in enumerate(articles):
        if article.sha256 in texts or article.id in names:
            yield start, i
            start, texts, names = i, set(), set()
        texts.add(article.sha256)
        names.add(article.id)
    if start < len(articles):
        yield start, len(articles)


def _rows(article: Article) -> dict[sa.Table, list[Record]]:
    """Every row one document writes, built before the transaction opens (keeps it short)."""
    return _built(article)[0]


def _built(article: Article) -> tuple[dict[sa.Table, list[Record]], tuple[list[Record], list[Record]]]:
    """``_rows``, and the records of its event and claim rows (in their order) as the merge reads
    them (stored_rows.as_stored)."""
    rows, built = _prepared(article)
    return rows, (built.event_records, built.claim_records)


def _prepared(article: Article, ahead: bool = False) -> tuple[dict[sa.Table, list[Record]], Built]:
    """``_rows``, and what they were built with (stored_rows.Built: the records of the event and
    claim rows as the merge reads them, and the reports' merge keys when a worker built them).
    With ``ahead``, what a worker built (``Article.encoded_mentions``) is taken while it still
    describes the article; else, or when it does not, built here."""
    kept = article.encoded_mentions
    built = kept if ahead and isinstance(kept, Built) and kept.describes(article) \
        else stored_rows.build(article)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    rows = built.rows
    return ({
        schema.documents: [{**row, "ingested_at": now} for row in rows["documents"]],
        schema.events: rows["events"], schema.claims: rows["claims"], schema.mentions: rows["mentions"],
    }, built)


def _insert(conn: sa.Connection, rows: dict[sa.Table, list[Record]]) -> None:
    """One executemany per table, documents first (the others reference them); on SQLite through
    the driver (merging.write_many): SQLAlchemy's per-row parameter processing of the mention,
    event and claim rows was a fifth of ``save_many``'s CPU on the 454 bench articles. The rows
    of one table all have the keys of the first (``_rows`` builds them)."""
    for table, batch in rows.items():
        if batch:
            names = tuple(batch[0])
            columns = ", ".join(f'"{n}"' for n in names)
            sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" for _ in names)})'
            merging.write_many(conn, table.insert(), sql, names, batch)


def _document_exists(conn: sa.Connection, doc_id: str) -> bool:
    d = schema.documents
    return conn.execute(sa.select(d.c.id).where(d.c.id == doc_id)).first() is not None


def _delete_document(conn: sa.Connection, doc_id: str) -> set[str]:
    """Remove a document's records and their merge rows; returns the components its reports
    belonged to (the caller recomputes them: they may split)."""
    e, c = schema.events, schema.claims
    stale = merging.components_of_documents(conn, [doc_id])
    event_ids = [r[0] for r in conn.execute(sa.select(e.c.id).where(e.c.document == doc_id))]
    claim_ids = [r[0] for r in conn.execute(sa.select(c.c.id).where(c.c.document == doc_id))]
    merging.forget_events(conn, event_ids)
    merging.forget_claims(conn, claim_ids)
    for table in schema.DOCUMENT_CHILDREN:
        conn.execute(table.delete().where(table.c.document == doc_id))
    conn.execute(schema.documents.delete().where(schema.documents.c.id == doc_id))
    return stale


class _Stored:
    """The stored documents a transaction's articles may meet (same text, or same id), read in
    one query, then kept up to date with the deletions the transaction makes.

    Why: two look-ups per document (its text, an older text under its id) were a third of the
    statements of a batch of sixteen saves. The articles of one transaction have distinct texts
    and ids (``_distinct_runs``), so what one of them inserts is never what another looks up;
    only what a deletion removes changes the answers (a stored text under an id this
    transaction replaces may be another article's text), and ``delete`` forgets it.
    """

    def __init__(self, conn: sa.Connection, articles: Sequence[Article]) -> None:
        self.conn = conn
        d = schema.documents
        shas = sorted({a.sha256 for a in articles})
        ids = sorted({a.id for a in articles})
        rows = conn.execute(sa.select(d.c.id, d.c.sha256).where(
            sa.or_(d.c.sha256.in_(shas), d.c.id.in_(ids)))).all() if articles else []
        self.by_sha = {str(sha): str(doc_id) for doc_id, sha in rows}
        self.by_id = {str(doc_id): str(sha) for doc_id, sha in rows}
        self.pending: dict[sa.Table, list[Record]] = {}

    def insert(self, rows: dict[sa.Table, list[Record]]) -> None:
        """Hold a document's rows; ``flush`` writes them with the others' in one statement per
        table (one executemany instead of one per document and table)."""
        for table, batch in rows.items():
            self.pending.setdefault(table, []).extend(batch)

    def flush(self) -> None:
        """Write the rows held, in the order they came (documents first: the others refer to them)."""
        pending, self.pending = self.pending, {}
        _insert(self.conn, pending)

    def with_text(self, sha256: str) -> str | None:
        """The id of the stored document with this text, or None."""
        return self.by_sha.get(sha256)

    def other_version(self, doc_id: str, sha256: str) -> bool:
        """An older text is stored under this id. Never the same text: under PostgreSQL's read
        committed, deleting it would delete what a concurrent save of the same text just
        committed."""
        stored = self.by_id.get(doc_id)
        return stored is not None and stored != sha256

    def delete(self, doc_id: str) -> set[str]:
        """``_delete_document``, and forget the document (see the class); the rows held are
        written first, so that statements run in the order of the articles."""
        self.flush()
        sha = self.by_id.pop(doc_id, None)
        if sha is not None:
            self.by_sha.pop(sha, None)
        return _delete_document(self.conn, doc_id)


def _generation(conn: sa.Connection) -> str:
    value = conn.execute(sa.select(schema.meta.c.value)
                         .where(schema.meta.c.key == GENERATION_KEY)).scalar()
    return str(value or "")


def _bump_generation(conn: sa.Connection) -> None:
    """A new random token: any reader's cached merged view is now stale."""
    token = uuid4().hex
    m = schema.meta
    updated = conn.execute(m.update().where(m.c.key == GENERATION_KEY).values(value=token))
    if not updated.rowcount:
        conn.execute(m.insert().values(key=GENERATION_KEY, value=token))

