"""Named migrations: recorded once, safe to re-run, applied in order, refused when unknown."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsevents.errors import StoreError
from newsevents.store import Store, migrations, schema
from newsevents.store import engine as engines

ROOT = Path(__file__).resolve().parent.parent
NAMES = [m.name for m in migrations.MIGRATIONS]


def recorded(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute(f"SELECT name FROM {schema.MIGRATIONS_TABLE} ORDER BY name")]


def indexes(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}


def test_names_are_unique_and_in_order() -> None:
    assert len(set(NAMES)) == len(NAMES)
    assert sorted(NAMES) == NAMES
    assert all(n[:4].isdigit() and n[4] == "_" for n in NAMES)


def test_a_fresh_database_records_every_migration(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    Store.open(str(path)).close()
    assert recorded(path) == NAMES
    assert {name for name, _, _ in schema.INDEXES} <= indexes(path)


def test_reopening_applies_nothing(tmp_path: Path) -> None:
    path = tmp_path / "again.db"
    Store.open(str(path)).close()
    engine = engines.create(str(path))
    try:
        assert migrations.migrate(engine, str(path)) == []
        assert migrations.migrate(engine, str(path)) == []
    finally:
        engine.dispose()
    assert recorded(path) == NAMES


def test_an_older_database_is_brought_up_to_date(tmp_path: Path) -> None:
    """A database made when only the first migration existed gets the later ones, data kept."""
    path = tmp_path / "old.db"
    engine = engines.create(str(path))
    with engine.begin() as conn:
        schema.migrations.create(conn)
        migrations.MIGRATIONS[0].apply(conn)
        conn.execute(schema.migrations.insert().values(name=NAMES[0], applied_at="2025-01-01T00:00:00"))
        conn.execute(schema.documents.insert().values(
            id="old", sha256="a" * 64, record='{"kind": "document", "id": "old"}', text="vieux texte",
            ingested_at="2025-01-01T00:00:00"))
    engine.dispose()
    assert not {name for name, _, _ in schema.INDEXES} & indexes(path)
    with Store.open(str(path)) as store:
        assert store.document("old")["text"] == "vieux texte"  # type: ignore[index]
    assert recorded(path) == NAMES
    assert {name for name, _, _ in schema.INDEXES} <= indexes(path)


def test_each_migration_is_itself_idempotent(tmp_path: Path) -> None:
    """A migration whose record was lost (or that ran half-way) can run again without error."""
    path = tmp_path / "twice.db"
    Store.open(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"DELETE FROM {schema.MIGRATIONS_TABLE}")
    Store.open(str(path)).close()
    assert recorded(path) == NAMES


def test_a_failing_migration_is_rolled_back_and_not_recorded(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(conn: sa.Connection) -> None:
        conn.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    path = tmp_path / "broken.db"
    bad = migrations.Migration("0999_broken", broken, "test")
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, bad))
    with pytest.raises(RuntimeError, match="boom"):
        Store.open(str(path))
    assert recorded(path) == NAMES  # the earlier ones stay applied
    with sqlite3.connect(path) as conn:  # SQLite DDL is transactional: no half_done table
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone()[0] == 0


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    Store.open(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"INSERT INTO {schema.MIGRATIONS_TABLE} VALUES ('0900_from_the_future', 'x')")
    with pytest.raises(StoreError, match=r"newer newsevents.*0900_from_the_future"):
        Store.open(str(path))


def test_two_processes_opening_a_fresh_database_at_once(tmp_path: Path) -> None:
    path = tmp_path / "race.db"
    opener = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from newsevents.store import Store
        Store.open({str(path)!r}).close()
    """)
    procs = [subprocess.Popen([sys.executable, "-c", opener]) for _ in range(3)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    assert recorded(path) == NAMES


def test_an_older_database_gets_its_register_merged_once(tmp_path: Path) -> None:
    """Issue 12: a database made before merging moved to ingest (no incidents, no merge columns)
    is migrated on open: its reports are merged into incidents, as an ingest would have."""
    from test_store import make_article

    path = tmp_path / "premerge.db"
    a = make_article(n_events=1)
    b = make_article("Un autre article sur la même frappe.", n_events=1)
    with Store.open(str(tmp_path / "donor.db")) as donor:  # rows as the old store wrote them
        donor.save(a)
        donor.save(b)
    engine = engines.create(str(path))
    with engine.begin() as conn:
        schema.migrations.create(conn)
        for m in migrations.MIGRATIONS[:2]:
            m.apply(conn)
            conn.execute(schema.migrations.insert().values(name=m.name, applied_at="2025-01-01T00:00:00"))
        for table, column in schema.MERGE_COLUMNS:  # the pre-0003 tables had no merge columns
            conn.exec_driver_sql(f'ALTER TABLE "{table.name}" DROP COLUMN "{column}"')
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(f"ATTACH DATABASE '{tmp_path / 'donor.db'}' AS donor")
        conn.execute("INSERT INTO documents SELECT * FROM donor.documents")
        conn.execute("INSERT INTO events (id, document, ord, type, status, background, date_start, date_end, "
                     "country, record) SELECT id, document, ord, type, status, background, date_start, "
                     "date_end, country, record FROM donor.events")
        conn.execute("INSERT INTO claims (id, document, ord, speaker, stance, record) "
                     "SELECT id, document, ord, speaker, stance, record FROM donor.claims")
        assert "incidents" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    with Store.open(str(path)) as store:
        events = store.events()
        assert len(events) == 1 and {s["document"] for s in events[0]["sources"]} == {a.id, b.id}
        assert store.record(b.events[0].id)["id"] == events[0]["id"]  # type: ignore[index]
        assert store.stats()["claim_records"] == 4
    assert recorded(path) == NAMES
