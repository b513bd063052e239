"""Bad input gets a clear error and loses nothing (issue 2, point 8): one test per case.

The batch test runs the real CLI once over a folder holding one of each bad input next to good
articles: each failure is listed with its reason, the good ones are stored, the exit code is 1.
"""

from __future__ import annotations

import json
import sqlite3
import tracemalloc

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.errors import DatabaseLocked, DocumentTooLarge, StoreError
from newsevents.ingest import open_store
from newsevents.read.text import read_text

GOOD_FR = "Le 5 juin, un obus est tombé sur une école du quartier nord ; aucune victime n'a été signalée."
GOOD_EN = "On 5 June a shell hit a school in the northern district; no casualties were reported, police said."
FIFTY_MB = 50 * 1024 * 1024


def big_file(path, size: int = FIFTY_MB):
    """A text file of ``size`` bytes, written in chunks (the test itself stays small in memory)."""
    line = ("Une phrase ordinaire d'un article de presse, répétée pour le volume. " * 10 + "\n").encode()
    with path.open("wb") as out:
        for _ in range(size // len(line)):
            out.write(line)
    return path


def test_a_50_mb_text_file_is_refused_before_it_is_read(tmp_path) -> None:
    path = big_file(tmp_path / "huge.txt")
    tracemalloc.start()
    try:
        with pytest.raises(DocumentTooLarge) as info:
            read_text(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000  # bounded memory: the 50 MB were never loaded
    message = str(info.value)
    assert "52,4" in message and "1,000,000-byte limit" in message and "NEWSEVENTS_MAX_BYTES" in message


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory):
    """One ingest over every kind of bad input plus good articles; returns (result, db, folder)."""
    root = tmp_path_factory.mktemp("bad")
    folder = root / "in"
    folder.mkdir()
    (folder / "01_good.txt").write_text(GOOD_FR, encoding="utf-8")
    (folder / "02_empty.txt").write_bytes(b"")
    (folder / "03_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "04_latin1.txt").write_bytes(GOOD_FR.replace("5 juin", "6 juin").encode("latin-1"))
    (folder / "05_broken_utf8.txt").write_bytes("Déjà vu : ".encode() + b"\xff\xfe" + b" fin." * 20)
    big_file(folder / "06_huge.txt")
    (folder / "07_records.jsonl").write_text("\n".join([
        json.dumps({"id": "r1", "text": GOOD_EN}),
        '{"id": "r2", "text": "a line cut in the middle',
        json.dumps({"id": "r3", "text": GOOD_EN.replace("5 June", "7 June")}),
    ]) + "\n", encoding="utf-8")
    db = root / "bad.db"
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(folder), str(root / "missing.txt")])
    return result, db, folder


@pytest.mark.slow
def test_the_batch_goes_on_and_exits_non_zero(bad_batch) -> None:
    result, db, _ = bad_batch
    assert result.exit_code == 1
    with open_store(str(db)) as store:
        docs = store.documents()
    assert sorted(d["path"].rsplit("/", 1)[-1] for d in docs) == [
        "01_good.txt", "04_latin1.txt", "07_records.jsonl#r1", "07_records.jsonl#r3"]
    assert "4 new, 6 failed" in result.output


@pytest.mark.slow
@pytest.mark.parametrize(("name", "reason"), [
    ("02_empty.txt", "the document is empty"),
    ("03_image.txt", "binary file, not text (it starts like a PNG image)"),
    ("05_broken_utf8.txt", "byte 0xff at offset 12 (line 1, column 11) is not valid UTF-8"),
    ("06_huge.txt", "is over the 1,000,000-byte limit"),
    ("07_records.jsonl, line 2", "not valid JSON: Unterminated string starting at (column 22)"),
    ("missing.txt", "no such file or directory"),
])
def test_each_failure_is_listed_with_its_reason(bad_batch, name: str, reason: str) -> None:
    result, _, _ = bad_batch
    lines = [line for line in result.output.splitlines() if line.startswith("failed") and name in line]
    assert len(lines) == 1, result.output
    assert reason in " ".join(result.output.split(name, 1)[1].split())


@pytest.mark.slow
def test_legacy_encoding_is_detected_and_said(bad_batch) -> None:
    result, _, _ = bad_batch
    assert "04_latin1.txt: decoded as cp1252 (not UTF-8)" in " ".join(result.output.split())


def test_an_unwritable_database_is_a_clean_error(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    with pytest.raises(StoreError):
        open_store(str(blocker / "sub" / "x.db"))
    (tmp_path / "adir.db").mkdir()
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "adir.db"), "ingest", str(tmp_path / "file")])
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_locked_database_is_a_clean_error(tmp_path, monkeypatch) -> None:
    db = tmp_path / "locked.db"
    open_store(str(db)).close()  # created and migrated
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
    monkeypatch.setenv("NEWSEVENTS_LOCK_TIMEOUT", "0.2")
    try:
        (tmp_path / "a.txt").write_text(GOOD_FR, encoding="utf-8")
        with pytest.raises(DatabaseLocked), open_store(str(db)) as store:
            store.save(read_text(tmp_path / "a.txt"))
        result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(tmp_path / "a.txt")])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert "locked by another process" in result.output and "Traceback" not in result.output
