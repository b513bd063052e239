"""Named, versioned migrations, recorded in a table and safe to re-run.

Like sqlite-utils' ``migrations.py``: each migration has a name that sorts in the order it must
run, is applied at most once per database (its name is recorded in ``newsevents_migrations`` in
the same transaction as its changes) and is itself idempotent (it checks before it creates), so
two processes opening a fresh database at the same moment, or a migration interrupted half-way
on a backend without transactional DDL, still end in the same schema.

Adding a migration: append a ``Migration`` to ``MIGRATIONS`` with the next number; never edit or
reorder one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from newsevents.errors import StoreError
from newsevents.store import schema
from newsevents.store.engine import WRITE_OPTION


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    apply: Callable[[sa.Connection], None]
    why: str


def _initial(conn: sa.Connection) -> None:
    """Documents, events, claims, mentions and the meta row."""
    schema.metadata.create_all(
        conn, tables=[schema.meta, schema.documents, schema.events, schema.claims, schema.mentions],
        checkfirst=True)
    # the write-generation row exists from the start, so writers only ever update it
    if conn.execute(sa.select(schema.meta.c.key).where(schema.meta.c.key == "generation")).first() is None:
        conn.execute(schema.meta.insert().values(key="generation", value="0"))


def _filter_indexes(conn: sa.Connection) -> None:
    """Indexes behind the CLI's filters (type, dates, country, status, speaker, stance)."""
    quote = conn.dialect.identifier_preparer.quote
    for name, table, columns in schema.INDEXES:
        # plain DDL: sa.Index() would attach itself to the shared Table objects, and every later
        # create_all would then try to create it again
        cols = ", ".join(quote(c) for c in columns)
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {quote(name)} ON {quote(table.name)} ({cols})")


def _incidents(conn: sa.Connection) -> None:
    """The merged register (issue 12): incidents, the candidate index, vetoes, claim links; the
    merge columns of events and claims; then the register computed once from what is stored."""
    from newsevents.store import merging

    schema.metadata.create_all(conn, tables=list(schema.MERGE_TABLES), checkfirst=True)
    inspector = sa.inspect(conn)
    quote = conn.dialect.identifier_preparer.quote
    for table, column in schema.MERGE_COLUMNS:
        if column not in {c["name"] for c in inspector.get_columns(table.name)}:
            kind = table.c[column].type.compile(conn.dialect)
            conn.exec_driver_sql(f"ALTER TABLE {quote(table.name)} ADD COLUMN {quote(column)} {kind}")
    for name, table, columns in schema.MERGE_INDEXES:
        cols = ", ".join(quote(c) for c in columns)
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {quote(name)} ON {quote(table.name)} ({cols})")
    merging.rebuild(conn)


def _sites(conn: sa.Connection) -> None:
    """Protected sites and their alerts (issue 16): see newsevents/store/sites.py."""
    from newsevents.store import sites

    sites.migrate(conn)


def _merge_blocks(conn: sa.Connection) -> None:
    """The register recomputed with this version's candidate blocks (target names filed by the
    start of their first and last words): the index rows written before would not meet the new
    lookups, and pairs the old blocks kept apart now merge. The sites' alerts follow the
    incidents: recomputed over the new register."""
    from newsevents.store import merging, sites

    merging.rebuild(conn)
    sites.rebuild_alerts(conn)


def _merge_rules5(conn: sa.Connection) -> None:
    """The register recomputed with round 5's merge keys (missions' countries, armed groups, the
    ``g`` blocks, the ambiguity of loose reports): keys packed before lack them, so pairs the new
    rules accept would not meet, and components would still hold ambiguous reports' links."""
    _merge_blocks(conn)


def _merge_named(conn: sa.Connection) -> None:
    """The register recomputed with round 6's rules: only targets named by a proper noun tell two
    incidents apart (resolve.keys.is_named_target; keys packed before read every target as
    named, so pairs the new rule accepts would stay apart), and a loosely dated report placed by
    an area no longer merges on a weapon (stored components joined that way would not be exact);
    keys are packed with every target they describe (the tie-break of resolve.cluster._ranked)."""
    _merge_blocks(conn)


def _merge_spans(conn: sa.Connection) -> None:
    """The register recomputed with round 7's ``span`` rule (two unplaced reports of one type
    dated by one stated range of days): their ``s`` index rows did not exist, so stored pairs the
    rule accepts would never meet, and stored components would not be exact."""
    _merge_blocks(conn)


def _merge_round9(conn: sa.Connection) -> None:
    """The register recomputed with round 9's merge: a loose report containing two incidents is no
    longer ambiguous when it describes a target (a camp, civilians) alike with one and not the
    other (resolve.cluster.two_incidents; keys packed before described only sites, so their
    ambiguity flags and components would be stale), and a report is filed under the one grid
    cell it lies in, looked up through every cell its box overlaps (resolve.blocks: index rows
    written before were the corner cells, which the new lookups would not all meet)."""
    _merge_blocks(conn)


def _merge_days(conn: sa.Connection) -> None:
    """The merge index written again with one-day date buckets (resolve.blocks.BUCKET_DAYS, two
    before): rows filed under two-day buckets would not meet the new lookups. The incidents do
    not change (merging.reindex)."""
    from newsevents.store import merging

    merging.reindex(conn)


def _merge_open_areas(conn: sa.Connection) -> None:
    """The register recomputed with round 13's rule for areas of no country (a sea, a strait:
    resolve.match.same_open_area): two reports at one such area are one place, filed under its
    name (``r`` rows, which stores indexed before lack), so stored pairs the rule accepts would
    never meet, and stored components would not be exact."""
    _merge_blocks(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", _initial, "the record tables"),
    Migration("0002_filter_indexes", _filter_indexes, "indexes for the event and claim filters"),
    Migration("0003_incidents", _incidents, "incidents merged at ingest, claims linked across documents"),
    Migration("0004_sites", _sites, "protected sites and the alerts of incidents near them"),
    # 0005 (not 0004): the sites branch adds 0004_sites; names, not numbers, tell migrations apart
    Migration("0005_merge_blocks", _merge_blocks, "merge index rebuilt: blocks by word starts"),
    Migration("0006_merge_groups", _merge_rules5, "merge index rebuilt: missions and armed groups"),
    Migration("0007_merge_named", _merge_named, "merge register rebuilt: named targets, loose weapons"),
    Migration("0008_merge_spans", _merge_spans, "merge register rebuilt: unplaced, one stated range"),
    Migration("0009_merge_round9", _merge_round9,
              "merge register rebuilt: loose reports told apart by targets, one cell per report"),
    Migration("0010_merge_days", _merge_days, "merge index rebuilt: one-day date buckets"),
    Migration("0011_merge_open_areas", _merge_open_areas, "merge register rebuilt: seas and straits"),
)


def applied(conn: sa.Connection) -> list[str]:
    """Names of the migrations recorded in this database (empty for a fresh one)."""
    if not sa.inspect(conn).has_table(schema.MIGRATIONS_TABLE):
        return []
    rows = conn.execute(sa.select(schema.migrations.c.name).order_by(schema.migrations.c.name))
    return [r[0] for r in rows]


def pending(conn: sa.Connection) -> list[Migration]:
    done = set(applied(conn))
    return [m for m in MIGRATIONS if m.name not in done]


def check_known(names: list[str], where: str) -> None:
    """Refuse a database written by a newer newsevents: we would not know its tables."""
    known = {m.name for m in MIGRATIONS}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise StoreError(
            f"the database {where} was migrated by a newer newsevents (unknown migrations: "
            f"{', '.join(unknown)}); upgrade newsevents or use another --db")


# any constant shared by every newsevents process: the key of PostgreSQL's migration lock
PG_MIGRATION_LOCK = 0x6E657773  # "news"


def _serialise(conn: sa.Connection) -> None:
    """One migrating process at a time. SQLite's BEGIN IMMEDIATE already does it; PostgreSQL
    takes a transaction-scoped advisory lock (two CREATE TABLEs racing would otherwise fail)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK})


def migrate(engine: sa.Engine, where: str) -> list[str]:
    """Apply every pending migration, each in its own transaction; returns the names applied.

    Opening an up-to-date database only reads, so reading commands work while another process
    holds the write lock (an ingest running)."""
    with engine.connect() as conn:  # a read first: an up-to-date database needs no write lock
        check_known(applied(conn), where)
        if not pending(conn):
            return []
    writer = engine.execution_options(**{WRITE_OPTION: True})  # SQLite: BEGIN IMMEDIATE
    with writer.begin() as conn:
        _serialise(conn)
        schema.migrations.create(conn, checkfirst=True)
    with engine.connect() as conn:
        todo = pending(conn)
    done: list[str] = []
    for migration in todo:
        try:
            with writer.begin() as conn:
                _serialise(conn)
                if migration.name in applied(conn):  # another process got there first
                    continue
                migration.apply(conn)
                conn.execute(schema.migrations.insert().values(
                    name=migration.name, applied_at=datetime.now(UTC).isoformat(timespec="seconds")))
        except sa.exc.IntegrityError:  # recorded concurrently by another process: same result
            continue
        done.append(migration.name)
    return done
