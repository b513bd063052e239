"""The store contract on a real PostgreSQL server, started by this module's fixture.

The server is Debian's ``postgresql`` package (``.ci/run`` installs it): ``initdb`` and
``pg_ctl`` from /usr/lib/postgresql/*/bin create a throw-away cluster in a temporary directory
on a free port, run as the ``postgres`` user (tests run as root, and PostgreSQL refuses root).
Every test gets a fresh database. The tests skip, saying why, only when the server binaries are
truly absent.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers import run_together
from test_store import StoreContract, make_article

from newsevents.errors import DatabaseLocked, StoreError
from newsevents.store import Store

pytestmark = pytest.mark.postgres

SERVER_START_TIMEOUT_S = 60


def _bin_dir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(*args: str) -> list[str]:
    """Run a server binary as the postgres user when we are root (initdb refuses root)."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return list(args)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A running PostgreSQL cluster; yields the URL of its maintenance database."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin "
                    "(apt-get install postgresql; .ci/run does it)")
    if os.geteuid() == 0 and not shutil.which("runuser"):
        pytest.skip("running as root without runuser: cannot start PostgreSQL as the postgres user")
    base = Path(tempfile.mkdtemp(prefix="newsevents-pg-"))
    data, sockets = base / "data", base / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    subprocess.run(_as_postgres(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                                "-E", "UTF8", "--no-sync"), check=True, capture_output=True)
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_postgres(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"),
                                "-o", options, "-w", "-t", str(SERVER_START_TIMEOUT_S), "start"),
                   check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"),
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


_counter = iter(range(1_000_000))


@pytest.fixture
def store_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty database for one test."""
    name = f"t{os.getpid()}_{next(_counter)}"
    admin = sa.create_engine(pg_server.replace("postgresql://", "postgresql+psycopg://"),
                             isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield pg_server.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


class TestPostgresStore(StoreContract):
    """Every store test of test_store.py, on PostgreSQL."""


def test_the_backend_is_postgresql(store_url: str) -> None:
    with Store.open(store_url) as store:
        assert store.backend == "postgresql"
        assert store.stats()["backend"] == "postgresql"


def test_a_table_lock_raises_database_locked(store_url: str) -> None:
    Store.open(store_url).close()
    holder = sa.create_engine(store_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with holder.connect() as conn:
            conn.exec_driver_sql("LOCK TABLE documents IN ACCESS EXCLUSIVE MODE")
            with Store.open(store_url, timeout=0.3) as store, pytest.raises(DatabaseLocked):
                store.save(make_article())
            conn.rollback()
    finally:
        holder.dispose()
    with Store.open(store_url) as store:
        assert store.save(make_article())


def test_concurrent_writers_of_the_same_text_store_it_once(store_url: str) -> None:
    """Two connections racing to save one text: one wins, the other gets False, no error."""
    Store.open(store_url).close()
    results: list[bool] = []

    def worker() -> None:
        with Store.open(store_url) as store:
            results.append(store.save(make_article("Le même texte, deux fois.")))

    assert not run_together(worker)
    assert sorted(results) == [False, False, False, True]


def test_an_unreachable_server_is_a_clear_store_error() -> None:
    port = _free_port()  # nothing listens there
    started = time.monotonic()
    with pytest.raises(StoreError, match="cannot connect") as caught:
        Store.open(f"postgresql://someone:secret@127.0.0.1:{port}/nothing")
    assert "secret" not in str(caught.value)  # the password is never shown
    assert time.monotonic() - started < 30


def test_the_export_is_identical_on_both_backends(store_url: str, tmp_path: Path) -> None:
    import io

    from newsevents import export

    outputs = []
    for url in (store_url, str(tmp_path / "same.db")):
        with Store.open(url) as store:
            store.save(make_article(n_events=3))
            store.save(make_article("Un deuxième article sur une frappe.", n_events=2))
            buf = io.StringIO()
            export.write(store, "jsonl", buf)
            outputs.append(buf.getvalue())
    assert outputs[0] == outputs[1]


def test_processes_opening_a_fresh_database_at_once(store_url: str) -> None:
    """Workers starting together on an empty database: the migration lock lets one migrate."""
    def opener() -> None:
        Store.open(store_url).close()

    assert not run_together(opener)
    with Store.open(store_url) as store:
        assert store.stats()["schema"] == "0011_merge_open_areas"


def test_a_read_only_role_gets_a_clear_store_error(store_url: str) -> None:
    Store.open(store_url).close()
    admin = sa.create_engine(store_url.replace("postgresql://", "postgresql+psycopg://"),
                             isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql("DROP ROLE IF EXISTS reader")
        conn.exec_driver_sql("CREATE ROLE reader LOGIN")
        conn.exec_driver_sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")
    try:
        with Store.open(store_url.replace("postgres@", "reader@")) as store:
            assert store.documents() == []  # reading is allowed
            with pytest.raises(StoreError, match="not writable for this user"):
                store.save(make_article())
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql("DROP OWNED BY reader")
            conn.exec_driver_sql("DROP ROLE reader")
        admin.dispose()


def test_merging_at_ingest_is_order_independent_on_postgresql(store_url: str, tmp_path: Path) -> None:
    """Issue 12: the register merged at ingest on PostgreSQL, documents in reverse order, equals
    the batch result and the SQLite register ingested in the other order."""
    from test_merge_order import EXPECTED, batch, members, register, scenario

    with Store.open(store_url) as pg:
        for art in reversed(scenario()):
            pg.save(art)
        got = register(pg)
        assert got == batch(pg)
        assert members(got) == EXPECTED
        pg.delete("d1")
        assert register(pg) == batch(pg)
        pg.save(scenario()[0])
        assert register(pg) == got
        first = next(e for e in got.values() if len(e["sources"]) == 3)
        done = pg.undo_merge(first["id"], "d2")
        assert done["split"] and len(register(pg)) == len(got) + 1
    with Store.open(str(tmp_path / "lite.db")) as lite:
        for art in scenario():
            lite.save(art)
        assert register(lite) == got
