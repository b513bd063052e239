"""The database tables, as SQLAlchemy Core (one definition for SQLite and PostgreSQL).

Why records are stored as JSON text beside a few indexed columns: the export contract
(SCHEMA.md) is the shape we read back, and it may gain fields; keeping the exact dict the model
produced (``Event.to_json()``, ``Claim.to_json()``, ``Article.document_json()``) means a new
field needs no migration. The columns next to it exist only to filter and order without parsing
JSON (type, dates, country, status, speaker, stance).

Events and claims are stored per document, as extracted; merging across documents happens on
read (newsevents.resolve), so a re-ingest or a better resolver never leaves stale merged rows.
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
