"""The database tables, as SQLAlchemy Core (one definition for SQLite and PostgreSQL).

Why records are stored as JSON text beside a few indexed columns: the export contract
(SCHEMA.md) is the shape we read back, and it may gain fields; keeping the exact dict the model
produced (``Event.to_json()``, ``Claim.to_json()``, ``Article.document_json()``) means a new
field needs no migration. The columns next to it exist only to filter and order without parsing
JSON (type, dates, country, status, speaker, stance).

Events and claims are stored per document, as extracted (with their spans), AND the merged
register is stored beside them, computed at ingest (newsevents/store/merging.py calling
newsevents.resolve): ``incidents`` holds one row per real incident with the columns the filters
use (type, dates, country, coordinates, status, folded search text) and the merged record;
``events.incident`` points each report at its incident and ``events.component`` at its connected
component of "may be the same incident" (what a new report recomputes); ``event_keys`` is the
candidate index (hashed block keys, see newsevents/resolve/blocks.py); ``vetoes`` remembers the
pairs a user split (``newsevents merge --undo``). Claims: ``claims.merged`` names the claim a
relayed statement was merged into, ``claim_about`` what each claim is about, ``claim_links`` the
contradictions with their proposition, ``claim_same`` the "same statement" pairs.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

MIGRATIONS_TABLE = "newsevents_migrations"

migrations = sa.Table(
    MIGRATIONS_TABLE, metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("applied_at", sa.String(40), nullable=False),
)

# one row, bumped in every write transaction: readers cache merged views per generation
meta = sa.Table(
    "meta", metadata,
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("path", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("language", sa.String(16)),
    sa.Column("published", sa.String(10)),  # ISO date, for ordering and filtering
    sa.Column("record", sa.Text, nullable=False),  # Article.document_json() without text
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.String(40), nullable=False),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("document", sa.String(200), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("ord", sa.Integer, nullable=False),  # position in the document's event list
    sa.Column("type", sa.String(40), nullable=False),
    sa.Column("status", sa.String(20)),
    sa.Column("background", sa.Boolean, nullable=False, default=False),
    sa.Column("date_start", sa.String(10)),
    sa.Column("date_end", sa.String(10)),
    sa.Column("country", sa.String(8)),
    sa.Column("record", sa.Text, nullable=False),  # Event.to_json()
    # set at ingest by the merger (migration 0003_incidents adds them to older databases)
    sa.Column("incident", sa.String(200)),
    sa.Column("component", sa.String(200)),
    sa.Column("mkey", sa.Text),  # newsevents.resolve.keys.Key.pack(): what matching reads
)

claims = sa.Table(
    "claims", metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("document", sa.String(200), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("ord", sa.Integer, nullable=False),
    sa.Column("speaker", sa.Text),
    sa.Column("stance", sa.String(20)),
    sa.Column("record", sa.Text, nullable=False),  # Claim.to_json()
    sa.Column("merged", sa.String(200)),  # the claim this statement was merged into (0003)
)

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("document", sa.String(200), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("ord", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("record", sa.Text, nullable=False),  # Mention.to_json(document)
)

# --- the merged register (migration 0003_incidents) ---------------------------------------------
incidents = sa.Table(
    "incidents", metadata,
    sa.Column("id", sa.String(200), primary_key=True),  # the smallest id of its reports
    sa.Column("component", sa.String(200), nullable=False),
    sa.Column("type", sa.String(40), nullable=False),
    sa.Column("status", sa.String(20)),
    sa.Column("background", sa.Boolean, nullable=False, default=False),
    sa.Column("date_start", sa.String(10)),
    sa.Column("date_end", sa.String(10)),
    sa.Column("country", sa.String(8)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("sources", sa.Integer, nullable=False),  # number of documents
    sa.Column("search", sa.Text, nullable=False),  # folded words for --text (views.searchable)
    sa.Column("digest", sa.String(32), nullable=False),  # its reports and reasons (merging._digest)
    sa.Column("record", sa.Text, nullable=False),  # the merged record (export shape)
)

event_keys = sa.Table(
    "event_keys", metadata,
    sa.Column("key", sa.BigInteger, primary_key=True),  # hash of block key x date bucket
    sa.Column("event", sa.String(200), primary_key=True),
)

vetoes = sa.Table(
    "vetoes", metadata,
    sa.Column("a", sa.String(200), primary_key=True),  # a < b: two reports never in one incident
    sa.Column("b", sa.String(200), primary_key=True),
    sa.Column("document", sa.String(200), nullable=False),  # the source split out
    sa.Column("created_at", sa.String(40), nullable=False),
)

claim_about = sa.Table(
    "claim_about", metadata,
    sa.Column("claim", sa.String(200), primary_key=True),
    sa.Column("event", sa.String(200), primary_key=True),  # a stored event id of the same document
)

claim_links = sa.Table(
    "claim_links", metadata,
    sa.Column("a", sa.String(200), primary_key=True),  # a < b: contradicting claims
    sa.Column("b", sa.String(200), primary_key=True),
    # the incident both speak of ("" when none: the denied words are the proposition); its words
    # are made on read (newsevents.propositions) so they follow the incident as it is now
    sa.Column("incident", sa.String(200), nullable=False),
)

claim_same = sa.Table(
    "claim_same", metadata,
    sa.Column("a", sa.String(200), primary_key=True),  # a < b: one statement relayed twice
    sa.Column("b", sa.String(200), primary_key=True),
)

MERGE_TABLES = (incidents, event_keys, vetoes, claim_about, claim_links, claim_same)
# columns migration 0003 adds to tables an older database already has
MERGE_COLUMNS: tuple[tuple[sa.Table, str], ...] = (
    (events, "incident"), (events, "component"), (events, "mkey"), (claims, "merged"))

# the tables holding one document's records, children first (delete order)
DOCUMENT_CHILDREN = (mentions, claims, events)

# (name, table, columns): created by the "0002_filter_indexes" migration
INDEXES: tuple[tuple[str, sa.Table, tuple[str, ...]], ...] = (
    ("ix_events_document", events, ("document",)),
    ("ix_events_type", events, ("type",)),
    ("ix_events_dates", events, ("date_start", "date_end")),
    ("ix_events_country", events, ("country",)),
    ("ix_events_status", events, ("status",)),
    ("ix_claims_document", claims, ("document",)),
    ("ix_claims_speaker", claims, ("speaker",)),
    ("ix_claims_stance", claims, ("stance",)),
    ("ix_documents_published", documents, ("published",)),
)

# created by the "0003_incidents" migration
MERGE_INDEXES: tuple[tuple[str, sa.Table, tuple[str, ...]], ...] = (
    ("ix_events_incident", events, ("incident",)),
    ("ix_events_component", events, ("component",)),
    ("ix_claims_merged", claims, ("merged",)),
    ("ix_incidents_component", incidents, ("component",)),
    ("ix_incidents_type", incidents, ("type",)),
    ("ix_incidents_dates", incidents, ("date_start", "date_end")),
    ("ix_incidents_country", incidents, ("country",)),
    ("ix_incidents_latlon", incidents, ("lat", "lon")),
    ("ix_incidents_status", incidents, ("status",)),
    ("ix_event_keys_event", event_keys, ("event",)),
    ("ix_vetoes_b", vetoes, ("b",)),
    ("ix_claim_about_event", claim_about, ("event",)),
    ("ix_claim_links_b", claim_links, ("b",)),
    ("ix_claim_same_b", claim_same, ("b",)),
)
