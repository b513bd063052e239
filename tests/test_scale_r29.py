"""Round 29, speed and faults: runs longer than one save batch, and bad input through ``ingest``.

- A run of several ``SAVE_BATCH`` batches, a bad document in the middle and a duplicate in a later
  batch, with one and with two workers: every good document stored once, the bad one reported, the
  same register from both runs. (A SIGKILL between batches then a rerun: test_ingest_concurrency.py.)
- Bad input, one batch through the real command: each failure one line with its reason, the
  rest stored, exit status 1; an HTML page whose only words are its links and a WARC cut in the
  middle of a record header are failures that say so.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest
from inputs import page, report_records, write_warc
from test_bad_input import big_file
from test_engine_writer_batches import register
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.errors import InputError
from newsevents.ingest import SAVE_BATCH, ingest, open_store
from newsevents.model import Published
from newsevents.read.html import NoMainText, parse_html
from newsevents.read.warc import read_warc

# short reports of incidents news-dev does not have, filled in per document so that every text
# differs (a number, a day, a district)
TEMPLATES = [
    ("fr", "Le {day} mars 2025, un incendie criminel a détruit l'entrepôt numéro {n} du port de Gdansk, "
           "a indiqué la police polonaise, qui fait état de {k} blessés."),
    ("en", "A landslide buried {k} houses in the {side} district of Manizales on {day} March 2025, "
           "Colombian rescue services said, adding that search team {n} was still at work."),
    ("fr", "Des hommes armés ont attaqué le poste de police numéro {n} de Kidal le {day} mars 2025, "
           "tuant {k} agents, selon l'armée malienne."),
    ("en", "Police in Karachi said a bomb planted on motorbike {n} wounded {k} people near a market in "
           "the {side} of the city on {day} March 2025."),
]
SIDES = ["north", "south", "east", "west"]


def write_reports(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(n):
        template = TEMPLATES[i % len(TEMPLATES)][1]
        text = template.format(day=i % 27 + 1, n=i + 1, k=i % 5 + 2, side=SIDES[i % 4])
        path = folder / f"{i:03}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


N_REPORTS = 4 * SAVE_BATCH + 5  # several save batches and a short last one


@pytest.fixture(scope="module")
def long_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """N_REPORTS reports, a binary file in the middle of the second batch, and a copy of report 2
    read in the fourth batch."""
    folder = tmp_path_factory.mktemp("long") / "in"
    paths = write_reports(folder, N_REPORTS)
    (folder / f"{SAVE_BATCH + 3:03}_b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(256))
    (folder / f"{3 * SAVE_BATCH + 1:03}_copy.txt").write_bytes(paths[2].read_bytes())
    return folder


@pytest.mark.slow
def test_a_run_of_several_batches_stores_each_good_document_once_with_one_or_two_workers(
        long_run: Path, tmp_path: Path, pipe) -> None:  # type: ignore[no-untyped-def]
    registers = []
    for workers in (1, 2):
        with open_store(str(tmp_path / f"w{workers}.db")) as store:
            summary = ingest([long_run], store, pipeline=pipe, workers=workers,
                             published=Published(date(2025, 3, 30)))
            counts = [summary.count(status) for status in ("new", "failed", "unchanged")]
            assert counts == [N_REPORTS, 1, 1], counts
            (bad,) = [o for o in summary.outcomes if o.status == "failed"]
            assert bad.where.endswith("_b.txt") and "binary file" in (bad.reason or "")
            (copy,) = [o for o in summary.outcomes if o.status == "unchanged"]
            assert copy.where.endswith("_copy.txt") and copy.warnings
            docs = store.documents()
            assert len(docs) == N_REPORTS == len({d["sha256"] for d in docs})
            assert not any(d["path"].endswith(("_b.txt", "_copy.txt")) for d in docs)
            registers.append(register(store))
    assert registers[0] == registers[1]
    assert sum(json.loads(line)["kind"] == "event" for line in registers[0]) >= N_REPORTS // 2


GOOD_FR = ("Le 3 octobre 2025, une explosion a endommagé la gare routière de Tartou, a indiqué la police "
           "locale, qui fait état de quatre blessés.")
GOOD_EN = ("On 3 October 2025 an explosion damaged the main bus station in Latakia, local police said, "
           "reporting four people injured.")

# pages with no article: trafilatura falls back on their links
LINK_ONLY_PAGES = [
    "<html lang='fr'><head><title>Accueil</title></head><body><nav><a href='/'>Accueil</a> "
    "<a href='/monde'>Monde</a></nav><footer>Tous droits réservés</footer></body></html>",
    "<html lang='en'><head><title>Home</title></head><body><ul><li><a href='/world'>World news</a></li>"
    "<li><a href='/sport'>Sport</a></li><li><a href='/weather'>Weather today</a></li></ul></body></html>",
    "<html><body><div><a href='/login'>Sign in</a> <a href='/subscribe'>Subscribe to read</a></div>"
    "</body></html>",
]
# articles with links in their text are still articles
ARTICLE_PAGES = [
    page(GOOD_FR, "fr").decode(),
    "<html lang='en'><body><article><p>On 3 October 2025 an explosion damaged the main bus station in "
    "<a href='/latakia'>Latakia</a>, local police said, reporting four people injured.</p></article>"
    "</body></html>",
]


@pytest.mark.parametrize("html", LINK_ONLY_PAGES)
def test_a_page_whose_only_words_are_its_links_has_no_article_text(html: str) -> None:
    with pytest.raises(NoMainText):
        parse_html(html.encode(), "page.html")


@pytest.mark.parametrize("html", ARTICLE_PAGES)
def test_an_article_with_links_in_its_text_is_read(html: str) -> None:
    assert "explosion" in parse_html(html.encode(), "page.html").text


def truncated_warc(path: Path, gzip: bool) -> Path:
    """A crawl of five pages cut at 70 % of its bytes: in the middle of a record."""
    whole = write_warc(path, report_records(), gzip=gzip)
    data = whole.read_bytes()
    whole.write_bytes(data[: len(data) * 7 // 10])
    return whole


@pytest.mark.parametrize("gzip", [True, False])
def test_a_warc_cut_in_a_record_says_so_after_the_pages_before_it(tmp_path: Path, gzip: bool) -> None:
    items = list(read_warc(truncated_warc(tmp_path / ("c.warc.gz" if gzip else "c.warc"), gzip)))
    *pages, failure = items
    assert len(pages) >= 2 and all(not hasattr(p, "error") for p in pages)
    assert isinstance(failure.error, InputError)
    reason = str(failure.error)
    assert "cut short or corrupt after record" in reason and "not a whole record" in reason
    assert "NoneType" not in reason and "attribute" not in reason


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One ingest through the command over every bad input of the brief next to good documents."""
    root = tmp_path_factory.mktemp("bad29")
    folder = root / "in"
    folder.mkdir()
    (folder / "01_good.txt").write_text(GOOD_FR, encoding="utf-8")
    (folder / "02_empty.txt").write_bytes(b"")
    (folder / "03_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "04_utf16.txt").write_bytes(GOOD_EN.replace("3 October", "4 October").encode("utf-16-le"))
    (folder / "05_latin1.txt").write_bytes(GOOD_FR.replace("3 octobre", "5 octobre").encode("latin-1"))
    big_file(folder / "06_thirty.txt", 30 * 1024 * 1024)
    (folder / "07_records.jsonl").write_text("\n".join([
        json.dumps({"id": "r1", "text": GOOD_EN.replace("3 October", "6 October")}),
        '{"id": "r2", "text": "a line cut',
        json.dumps({"id": "r3", "body": GOOD_EN}),
        json.dumps({"id": "r4", "text": GOOD_EN.replace("3 October", "7 October")}),
    ]) + "\n", encoding="utf-8")
    (folder / "08_menu.html").write_text(LINK_ONLY_PAGES[0], encoding="utf-8")
    truncated_warc(folder / "09_cut.warc", gzip=False)
    (folder / "10_good.txt").write_text(GOOD_EN.replace("3 October", "8 October"), encoding="utf-8")
    db = root / "bad.db"
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(folder), "--published", "2025-10-09"])
    return result, db


@pytest.mark.slow
def test_every_bad_input_is_one_line_and_the_rest_is_stored(bad_batch) -> None:  # type: ignore[no-untyped-def]
    result, db = bad_batch
    assert result.exit_code == 1 and "Traceback" not in result.output
    with open_store(str(db)) as store:
        names = sorted(d["path"].rsplit("/", 1)[-1] for d in store.documents())
    assert names[:6] == ["01_good.txt", "04_utf16.txt", "05_latin1.txt", "07_records.jsonl#r1",
                         "07_records.jsonl#r4", "09_cut.warc#3"]
    assert names[-1] == "10_good.txt" and not any(n.startswith(("02", "03", "06", "08")) for n in names)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "reason"), [
    ("02_empty.txt:", "the document is empty"),
    ("03_image.txt:", "binary file, not text (it starts like a PNG image)"),
    ("06_thirty.txt:", "31,457,230 bytes is over the 1,000,000-byte limit"),
    ("07_records.jsonl, line 2:", "not valid JSON"),
    ("07_records.jsonl, line 3:", 'no "text" field'),
    ("08_menu.html:", "no article text found in the page"),
    ("09_cut.warc:", "the file is cut short or corrupt after record"),
])
def test_each_bad_input_has_its_one_line(bad_batch, name: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    result, _ = bad_batch
    output = " ".join(result.output.split())
    assert output.count(name) == 1, result.output
    after = output.split(name, 1)[1]
    assert reason in after.split(" failed ", 1)[0], result.output


@pytest.mark.slow
@pytest.mark.parametrize(("name", "said"), [("04_utf16.txt", "decoded as utf-16-le (not UTF-8)"),
                                           ("05_latin1.txt", "decoded as cp1252 (not UTF-8)")])
def test_a_text_in_another_encoding_is_read_and_said(bad_batch, name: str, said: str) -> None:  # type: ignore[no-untyped-def]
    result, _ = bad_batch
    assert f"{name}: {said}" in " ".join(result.output.split())


def _immutable(path: Path, on: bool) -> bool:
    return subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True).returncode == 0


@pytest.mark.slow
def test_a_read_only_database_file_stops_the_run_in_one_clear_line(tmp_path: Path) -> None:
    """Immutable (even root cannot write it): the ingest says so without a traceback, exit 1, and
    the database keeps what it held."""
    db = tmp_path / "ro.db"
    (tmp_path / "a.txt").write_text(GOOD_FR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD_EN, encoding="utf-8")
    assert CliRunner().invoke(app, ["--db", str(db), "ingest", str(tmp_path / "a.txt")]).exit_code == 0
    if not _immutable(db, True):
        pytest.skip("chattr +i is not permitted here")
    try:
        result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(tmp_path / "b.txt")])
    finally:
        _immutable(db, False)
    assert result.exit_code == 1 and "Traceback" not in result.output
    # said once, before any document is read: not a failure per document of the first batch
    assert result.output.startswith("error: ") and len(result.output.strip().splitlines()) == 1
    assert "is not writable" in result.output
    with open_store(str(db)) as store:
        assert len(store.documents()) == 1


@pytest.mark.parametrize("where", ["file", ":memory:"])
def test_a_writable_database_passes_the_check_and_keeps_its_busy_timeout(tmp_path: Path, where: str) -> None:
    with open_store(str(tmp_path / "w.db") if where == "file" else where) as store:
        store.check_writable()
        raw = store.engine.raw_connection()  # the pool's connection the check used
        try:
            assert not raw.driver_connection.in_transaction
            assert raw.driver_connection.execute("PRAGMA busy_timeout").fetchone()[0] == 30_000
        finally:
            raw.close()


def test_a_database_another_writer_holds_passes_the_check_at_once(tmp_path: Path) -> None:
    """Locked is writable: the save's busy timeout deals with it, the check does not wait."""
    db = tmp_path / "held.db"
    with open_store(str(db)) as store:
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            store.check_writable()
        finally:
            holder.execute("ROLLBACK")
            holder.close()


@pytest.mark.slow
def test_a_lock_held_past_the_busy_timeout_fails_the_run_and_a_rerun_stores_everything(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "locked.db"
    folder = tmp_path / "in"
    write_reports(folder, 3)
    open_store(str(db)).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another writer, for longer than the run waits
    monkeypatch.setenv("NEWSEVENTS_LOCK_TIMEOUT", "0.1")
    try:
        result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(folder), "--json"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1 and "Traceback" not in result.output
    summary = json.loads(result.stdout)
    assert summary["counts"]["failed"] == 3 and "locked by another process" in summary["aborted"]
    rerun = CliRunner().invoke(app, ["--db", str(db), "ingest", str(folder), "--json"])
    assert rerun.exit_code == 0 and json.loads(rerun.stdout)["counts"]["new"] == 3

