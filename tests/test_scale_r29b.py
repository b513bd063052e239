"""Round 29, second task, faults: a database that stops the run says why once; a PostgreSQL user
without write rights is refused before any NLP; a page that is only a cookie, consent, paywall or
"enable JavaScript" notice is no article.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_postgres import pg_server, store_url  # noqa: F401  (fixtures: the real server)
from test_scale_r29 import write_reports
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.ingest import open_store

LOCKED = "locked by another process"


@pytest.mark.slow
def test_a_database_locked_past_the_busy_timeout_says_why_once(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Every document of the batch names itself as not saved; the reason is the summary's, once;
    the exit status stays 1 and --json keeps the reason per document."""
    db = tmp_path / "held.db"
    folder = tmp_path / "in"
    write_reports(folder, 3)
    open_store(str(db)).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another writer, for longer than the run waits
    monkeypatch.setenv("NEWSEVENTS_LOCK_TIMEOUT", "0.1")
    try:
        shown = CliRunner().invoke(app, ["--db", str(db), "ingest", str(folder)])
        as_json = CliRunner().invoke(app, ["--db", str(db), "ingest", str(folder), "--json"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert shown.exit_code == 1 and as_json.exit_code == 1 and "Traceback" not in shown.output
    text = " ".join(shown.output.split())
    assert text.count(LOCKED) == 1, shown.output
    assert "stopped: the database" in text and text.count("not saved") == 3
    outcomes = json.loads(as_json.stdout)["outcomes"]
    assert [o["status"] for o in outcomes] == ["failed"] * 3 and all(LOCKED in o["reason"] for o in outcomes)


# --- a PostgreSQL user that may only read ---------------------------------------------------------

def _admin(url: str) -> sa.Engine:
    return sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"),
                            isolation_level="AUTOCOMMIT")


READERS = {
    "select only": ("SELECT", "", "is not writable for this user (no INSERT, UPDATE and DELETE rights on "),
    "read-only sessions": ("ALL", " SET default_transaction_read_only = on", "the server takes no writes"),
}


@pytest.fixture(params=sorted(READERS))
def reader_url(store_url: str, request: pytest.FixtureRequest) -> Iterator[str]:  # noqa: F811
    """The URL of a role that may connect to and read the test's database, and not write it:
    its rights are SELECT only, or its sessions are read-only."""
    rights, setting, _ = READERS[request.param]
    open_store(store_url).close()  # the schema, made by its owner
    role = f"reader_{os.getpid()}_{Path(store_url).name}"
    admin = _admin(store_url)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
        conn.exec_driver_sql(f'GRANT {rights} ON ALL TABLES IN SCHEMA public TO "{role}"')
        if setting:
            conn.exec_driver_sql(f'ALTER ROLE "{role}"{setting}')
    try:
        yield store_url.replace("postgres@", f"{role}@", 1)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
            conn.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()


@pytest.mark.slow
def test_a_postgresql_user_that_cannot_write_is_one_error_line_before_any_nlp(
        reader_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    folder = tmp_path / "in"
    write_reports(folder, 2)
    result = CliRunner().invoke(app, ["--db", reader_url, "ingest", str(folder)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    # said once, before any document is read: not a failure per document of the first batch
    assert result.output.startswith("error: ") and len(result.output.strip().splitlines()) == 1, result.output
    assert READERS[request.node.callspec.params["reader_url"]][2] in " ".join(result.output.split())
    # reading still works for that user
    listed = CliRunner().invoke(app, ["--db", reader_url, "events"])
    assert listed.exit_code == 0, listed.output


def test_the_owner_of_a_postgresql_database_passes_the_write_check(store_url: str) -> None:  # noqa: F811
    with open_store(store_url) as store:
        store.check_writable()
