"""Two ingests on one database at once, and an ingest killed with SIGKILL: nothing lost, nothing twice.

Real processes running the real command (``python -m newsevents ingest``) on SQLite and on the
PostgreSQL server of test_postgres.py. A reference database, filled by one uninterrupted ingest
in this process, says what every document's records must be.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers import write_numbered_reports
from test_postgres import pg_server, store_url  # noqa: F401  (fixtures: the real server)

from newsevents.ingest import ingest, open_store
from newsevents.pipeline import Pipeline
from newsevents.store import Store

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
N_DOCS = 48


def command(db: str, folder: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "newsevents", "--db", db, "ingest", str(folder), "--json", *extra]


def per_document(store: Store) -> dict[str, tuple]:
    """Every stored document's own records (not merged): what must be whole after a crash."""
    return {doc["id"]: (json.dumps(store.stored_events(doc["id"]), sort_keys=True),
                        json.dumps(store.stored_claims(doc["id"]), sort_keys=True),
                        json.dumps(store.mentions(doc["id"]), sort_keys=True))
            for doc in store.documents()}


def row_counts(db: str) -> dict[str, int]:
    engine = sa.create_engine(db.replace("postgresql://", "postgresql+psycopg://") if "://" in db
                              else f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0)
                    for t in ("documents", "events", "claims", "mentions")}
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reports") / "in"
    write_numbered_reports(folder, N_DOCS, "une frappe de drone")
    return folder


@pytest.fixture(scope="module")
def reference(reports: Path, tmp_path_factory: pytest.TempPathFactory, pipe: Pipeline) -> tuple[dict, dict]:
    """(per-document records, row counts) of one uninterrupted ingest of the reports."""
    db = str(tmp_path_factory.mktemp("ref") / "ref.db")
    with open_store(db) as store:
        assert ingest([reports], store, pipeline=pipe).ok
        return per_document(store), row_counts(db)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "shared.db")
    return str(request.getfixturevalue("store_url"))


def test_two_ingests_at_once_store_everything_once(database: str, reports: Path, reference: tuple) -> None:
    """Both read the same folder; each document is stored once, by one of them, and whole."""
    Store.open(database).close()  # created and migrated before the race (migration has its own test)
    procs = [subprocess.Popen(command(database, reports, *extra), cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for extra in ((), ("--workers", "2"))]
    results = [p.communicate(timeout=900) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-2000:] for _, err in results]
    summaries = [json.loads(out) for out, _ in results]
    # every document was stored by exactly one of the two; the other found it there
    assert sum(s["counts"]["new"] for s in summaries) == N_DOCS
    assert all(s["counts"]["failed"] == 0 and s["counts"]["new"] + s["counts"]["unchanged"] == N_DOCS
               for s in summaries)
    with open_store(database) as store:
        assert per_document(store) == reference[0]
    assert row_counts(database) == reference[1]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigkill_mid_run_leaves_whole_documents_and_a_rerun_finishes(
        database: str, reports: Path, reference: tuple, workers: str) -> None:
    Store.open(database).close()
    proc = subprocess.Popen(command(database, reports, "--workers", workers), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 600
    while row_counts(database)["documents"] < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    children = _children(proc.pid)
    assert workers == "1" or len(children) >= 2, children  # the workers were running
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    with open_store(database) as store:
        kept = per_document(store)
    assert 3 <= len(kept) < N_DOCS, "the kill came too late to be mid-run"
    assert all(kept[doc] == reference[0][doc] for doc in kept)  # whole, none half-written
    _wait_gone(children)  # worker processes do not outlive their parent's SIGKILL
    rerun = subprocess.run(command(database, reports, "--workers", workers), cwd=ROOT, capture_output=True,
                           text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    counts = json.loads(rerun.stdout)["counts"]
    assert counts == {"new": N_DOCS - len(kept), "reprocessed": 0, "unchanged": len(kept), "failed": 0}
    with open_store(database) as store:
        assert per_document(store) == reference[0]
    assert row_counts(database) == reference[1]


def _children(pid: int) -> set[int]:
    """Every descendant: the workers are children of the forkserver, itself a child of ingest."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            kids = {int(p) for p in task.read_text().split()}
        except OSError:
            continue
        for kid in kids:
            found |= {kid, *_children(kid)}
    return found


def _wait_gone(pids: set[int], seconds: float = 30) -> None:
    """Every process in ``pids`` has exited (or is a zombie awaiting its reaper) within ``seconds``."""
    deadline = time.monotonic() + seconds
    alive = set(pids)
    while alive and time.monotonic() < deadline:
        for pid in list(alive):
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                state = "gone"
            if state in ("Z", "X", "gone"):
                alive.discard(pid)
        time.sleep(0.1)
    assert not alive, f"still running after the parent's death: {sorted(alive)}"
