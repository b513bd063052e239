"""Engines for SQLite and PostgreSQL, and the translation of driver errors into ours.

SQLite: WAL so readers never block the writer, a busy timeout so a second writer waits instead
of failing, foreign keys on, and ``BEGIN IMMEDIATE`` for write transactions (SQLAlchemy's
documented pysqlite recipe): a deferred transaction that reads and then writes fails at once
with "database is locked" when another process committed in between, whatever the busy timeout.

PostgreSQL: the same Core code through psycopg 3; a lock timeout so a blocked writer gets a clear
``DatabaseLocked`` rather than hanging.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.pool import StaticPool

from newsevents.errors import DatabaseFull, DatabaseLocked, StoreError

# How long a writer waits for another process's write lock before DatabaseLocked. Two ingest
# processes on one SQLite file commit a document every few hundred milliseconds; 30 s covers a
# long document in the other process with room to spare.
BUSY_TIMEOUT_S = 30.0
PG_CONNECT_TIMEOUT_S = 10
WRITE_OPTION = "newsevents_write"

_SQLITE_PRAGMAS = {"journal_mode": "WAL", "synchronous": "NORMAL", "foreign_keys": "ON"}

# PostgreSQL SQLSTATE codes (appendix A of the PostgreSQL manual)
_PG_LOCKED = {"55P03", "40P01", "57014"}  # lock_not_available, deadlock, statement timeout
_PG_FULL = {"53100", "53200", "54000"}  # disk_full, out_of_memory, program_limit_exceeded
_PG_READ_ONLY = {"42501", "25006"}  # insufficient_privilege, read_only_sql_transaction


def is_postgres(path_or_url: str) -> bool:
    return path_or_url.startswith(("postgresql:", "postgres:", "postgresql+"))


def describe(path_or_url: str) -> str:
    """Where the database is, for messages (never shows a password)."""
    if is_postgres(path_or_url):
        return sa.engine.make_url(_pg_url(path_or_url)).render_as_string(hide_password=True)
    return path_or_url


def _pg_url(url: str) -> str:
    scheme, _, rest = url.partition("://")
    if scheme in ("postgresql", "postgres"):
        scheme = "postgresql+psycopg"
    return f"{scheme}://{rest}"


def create(path_or_url: str, timeout: float = BUSY_TIMEOUT_S,
           sqlite_pragmas: dict[str, Any] | None = None) -> sa.Engine:
    """An engine for a SQLite path (``:memory:`` included) or a PostgreSQL URL."""
    if is_postgres(path_or_url):
        return _postgres(path_or_url, timeout)
    return _sqlite(sqlite_path(path_or_url), timeout, sqlite_pragmas or {})


def sqlite_path(path_or_url: str) -> str:
    """A file path from a path or a SQLAlchemy-style ``sqlite:///path`` URL (``sqlite://`` is
    an in-memory database)."""
    if path_or_url in ("sqlite://", "sqlite:///:memory:"):
        return ":memory:"
    if path_or_url.startswith("sqlite:///"):
        return path_or_url[len("sqlite:///"):]
    return path_or_url


def _postgres(url: str, timeout: float) -> sa.Engine:
    options = f"-c lock_timeout={int(timeout * 1000)}"
    try:
        return sa.create_engine(_pg_url(url), pool_pre_ping=True, connect_args={
            "connect_timeout": PG_CONNECT_TIMEOUT_S, "options": options})
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use the database URL {describe(url)}: {exc}") from exc


def _check_sqlite_path(path: str) -> None:
    if path == ":memory:":
        return
    p = Path(path)
    if p.is_dir():
        raise StoreError(f"the database path {path} is a directory; give a file name such as "
                         f"{p / 'newsevents.db'}")
    if not p.parent.exists():
        raise StoreError(f"cannot create the database {path}: the directory {p.parent} does not "
                         "exist; create it or choose another --db")


def _sqlite(path: str, timeout: float, extra_pragmas: dict[str, Any]) -> sa.Engine:
    _check_sqlite_path(path)
    if path == ":memory:":
        engine = sa.create_engine("sqlite://", poolclass=StaticPool,
                                  connect_args={"check_same_thread": False})
    else:
        engine = sa.create_engine(f"sqlite:///{path}", connect_args={"timeout": timeout})
    pragmas = {**_SQLITE_PRAGMAS, "busy_timeout": int(timeout * 1000), **extra_pragmas}

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see module docstring)
        cursor = dbapi_conn.cursor()
        try:
            for name, value in pragmas.items():
                cursor.execute(f"PRAGMA {name}={value}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _sqlite_error(exc: BaseException, where: str) -> StoreError | None:
    message = str(exc).lower()
    if "database is locked" in message or "database table is locked" in message:
        return DatabaseLocked(where)
    if "database or disk is full" in message or ("disk i/o error" in message and "full" in message):
        return DatabaseFull(where)
    if "readonly database" in message or "read-only" in message:
        return StoreError(f"the database {where} is not writable (read-only file or directory); "
                          "fix its permissions or choose another --db")
    if "unable to open database" in message:
        return StoreError(f"cannot open the database {where}: check that its directory exists "
                          "and is writable, or choose another --db")
    if "file is not a database" in message or "malformed" in message:
        return StoreError(f"{where} is not a newsevents database (or it is corrupt); choose "
                          "another --db")
    return None


def _pg_error(exc: BaseException, where: str) -> StoreError | None:
    code = getattr(exc, "sqlstate", None)
    if code in _PG_LOCKED:
        return DatabaseLocked(where)
    if code in _PG_FULL:
        return DatabaseFull(where)
    if code in _PG_READ_ONLY:
        return StoreError(f"the database {where} is not writable for this user "
                          f"({str(exc).strip()}); grant it the rights or choose another --db")
    if code is None and "connect" in str(exc).lower():
        return StoreError(f"cannot connect to the database {where}: {str(exc).strip()}; check "
                          "that the server is running and the URL is right")
    return None


def translate(exc: sa.exc.DBAPIError, where: str) -> StoreError:
    """Our error for a driver error: locked, full, unwritable, unreachable, or a generic one."""
    orig = exc.orig if exc.orig is not None else exc
    mapped = (_sqlite_error(orig, where) if isinstance(orig, sqlite3.Error)
              else _pg_error(orig, where))
    return mapped or StoreError(f"database error on {where}: {str(orig).strip()}")


@contextlib.contextmanager
def translated(where: str) -> Iterator[None]:
    """Re-raise driver errors as StoreError subclasses with messages that say what to do."""
    try:
        yield
    except sa.exc.DBAPIError as exc:
        raise translate(exc, where) from exc


def check_sqlite_writable(engine: sa.Engine, where: str) -> None:
    """Raise the StoreError of a SQLite file this process cannot write, now.

    Why: SQLite opens a file it cannot write read-only without a word, and refuses only the
    first write; an ingest would run the NLP over a whole save batch first, then fail every
    document of it. A write that changes nothing (``DELETE ... WHERE 0``) is refused the same
    way. It never waits: a lock held by another writer says the file is writable, and is left
    to the save's own busy timeout.
    """
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return
    raw = engine.raw_connection()
    try:
        conn: Any = raw.driver_connection
        waited = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute("PRAGMA busy_timeout=0")
        try:
            conn.execute("BEGIN")
            conn.execute("DELETE FROM meta WHERE 0")
        except sqlite3.Error as exc:
            mapped = _sqlite_error(exc, where)
            if not isinstance(mapped, DatabaseLocked):
                raise mapped or StoreError(f"database error on {where}: {str(exc).strip()}") from exc
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.execute(f"PRAGMA busy_timeout={int(waited)}")
    finally:
        raw.close()


# one query for every table: the rights a save needs, and a server that takes no writes (a hot
# standby, default_transaction_read_only)
_PG_WRITE_CHECK = sa.text(
    "SELECT current_setting('transaction_read_only') AS read_only, "
    "ARRAY(SELECT t FROM unnest(CAST(:tables AS text[])) AS t WHERE to_regclass(t) IS NOT NULL "
    "AND NOT (has_table_privilege(t, 'INSERT') AND has_table_privilege(t, 'UPDATE') "
    "AND has_table_privilege(t, 'DELETE'))) AS refused")


def check_postgres_writable(engine: sa.Engine, where: str, tables: list[str]) -> None:
    """Raise the StoreError of a PostgreSQL database this user cannot write, now.

    Why: PostgreSQL refuses a role with SELECT only at the first INSERT, after the NLP of a whole
    save batch, and every document of it then fails. The rights are read from the catalogue
    (``has_table_privilege``): no lock is taken, so a busy database is never waited on here.
    """
    if engine.dialect.name != "postgresql":
        return
    with translated(where), engine.connect() as conn:
        row = conn.execute(_PG_WRITE_CHECK, {"tables": tables}).one()
    if row.read_only == "on":
        raise StoreError(f"the database {where} is not writable: the server takes no writes "
                         "(a read-only transaction or a standby); choose another --db")
    if row.refused:
        raise StoreError(f"the database {where} is not writable for this user (no INSERT, UPDATE and "
                         f"DELETE rights on {', '.join(row.refused)}); grant them (GRANT INSERT, UPDATE, "
                         "DELETE ON ALL TABLES IN SCHEMA public TO the user) or choose another --db")
