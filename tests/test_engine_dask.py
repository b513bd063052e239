"""Distributed ingest: the NLP on a Dask cluster of 2 worker processes, the store a real PostgreSQL.

The cluster is a ``distributed.LocalCluster`` (2 processes, one thread each), reached through its
scheduler's TCP address exactly as a remote cluster is (``--scheduler tcp://...``); the database
is the PostgreSQL server that test_postgres.py starts. What must hold: the stored register is
the one a single process stores, every input kind (JSONL, WARC, feed) goes through, failures
stay per document, and the workers (not this process) ran the pipeline.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from inputs import REPORTS, report_records, rss, write_warc
from test_postgres import pg_server, store_url  # noqa: F401  (fixtures: the real server)
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.engine import dask as dask_engine
from newsevents.engine import processor
from newsevents.errors import NewsEventsError
from newsevents.export import records
from newsevents.ingest import ingest, open_store
from newsevents.model import Article, Published
from newsevents.pipeline import Pipeline

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A Dask cluster of 2 worker processes; yields its scheduler's tcp:// address."""
    import logging

    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=None, silence_logs=logging.ERROR)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def corpus(folder: Path) -> list[Path]:
    """JSONL (with a repeated text and a line without text), a WARC and an RSS feed."""
    folder.mkdir()
    lines = [{"id": f"j{i}", "language": lang, "published": "2024-03-04", "text": text}
             for i, (lang, text) in enumerate(REPORTS[:3])]
    lines += [{"id": "again", "text": REPORTS[0][1]}, {"id": "no-text"}]
    jsonl = folder / "a.jsonl"
    jsonl.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    warc = write_warc(folder / "b.warc.gz", report_records(REPORTS[3:5]))
    feed = folder / "c.rss"
    feed.write_bytes(rss([{"title": "t", "pubDate": "Tue, 05 Mar 2024 10:00:00 +0100",
                           "description": "Une frappe de missile a touché une centrale électrique mercredi "
                                          "dans l'est du pays, selon l'opérateur national."}]))
    return [jsonl, warc, feed]


def outcomes(summary) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(o.where, o.status, o.document, o.reason, o.events, o.claims, o.warnings)
            for o in summary.outcomes]


def test_dask_workers_fill_postgresql_exactly_as_one_process_fills_sqlite(
        tmp_path: Path, scheduler: str, store_url: str, pipe: Pipeline,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = corpus(tmp_path / "in")
    published = Published(date(2025, 11, 15))
    with open_store(str(tmp_path / "one.db")) as one:
        single = ingest(inputs, one, published=published, pipeline=pipe)
        expected = list(records(one, with_text=True))
    monkeypatch.setattr(dask_engine, "CHUNK_SIZE", 2)  # several tasks, so both workers take some
    with open_store(store_url) as pg:
        assert pg.backend == "postgresql"
        summary = ingest(inputs, pg, published=published, engine="dask", scheduler=scheduler)
        assert list(records(pg, with_text=True)) == expected
        assert outcomes(summary) == outcomes(single)
        assert [summary.count(s) for s in ("new", "unchanged", "failed")] == [6, 1, 1]
        assert summary.records_skipped == {"WARC request": 2, "WARC warcinfo": 1}
        again = ingest(inputs, pg, engine="dask", scheduler=scheduler)  # all stored: no task sent
        assert again.count("unchanged") == 7 and again.count("new") == 0
    # the pipeline ran on both workers (each keeps the one it built), not only in this process
    with distributed.Client(scheduler) as client:
        kept = client.run(lambda: sorted(__import__("newsevents.engine.work").engine.work._KEPT))
    assert len(kept) == 2 and all(keys == ["default"] for keys in kept.values())


class BuggyPipeline(Pipeline):
    """The real pipeline with a stage bug on one text (a crash of the process is the pool's test)."""

    def extract(self, article: Article) -> Article:
        if "convoqué" in article.text:
            raise ValueError("stage crashed")
        return super().extract(article)


def test_a_failing_document_on_a_dask_worker_fails_alone(tmp_path: Path, scheduler: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, (_, text) in enumerate(REPORTS):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    with open_store(str(tmp_path / "s.db")) as store:
        summary = ingest([folder], store, pipeline=BuggyPipeline(), engine="dask", scheduler=scheduler)
        assert [o.status for o in summary.outcomes] == ["new", "failed", "new", "new", "new"]
        assert summary.outcomes[1].reason == "ValueError: stage crashed"  # as with one process
        assert summary.aborted is None and store.stats()["documents"] == 4


def test_the_command_ingests_on_the_cluster_into_postgresql(tmp_path: Path, scheduler: str,
                                                            store_url: str) -> None:  # noqa: F811
    inputs = corpus(tmp_path / "in")
    cmd = [sys.executable, "-m", "newsevents", "--db", store_url, "ingest", *map(str, inputs),
           "--engine", "dask", "--scheduler", scheduler, "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 1, done.stderr  # the line without text failed, the rest is stored
    summary = json.loads(done.stdout)
    assert summary["counts"] == {"new": 6, "reprocessed": 0, "unchanged": 1, "failed": 1}
    with open_store(store_url) as store:
        assert store.stats()["documents"] == 6


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT_S", 3)
    (tmp_path / "a.txt").write_text(REPORTS[0][1], encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.db"), "ingest", str(tmp_path / "a.txt"),
                                      "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler" in result.output and "Traceback" not in result.output


def test_the_scheduler_option_belongs_to_the_dask_engine() -> None:
    with pytest.raises(NewsEventsError, match="--scheduler is for --engine dask"):
        processor("local", workers=1, scheduler="tcp://127.0.0.1:1")
    with pytest.raises(NewsEventsError, match="unknown engine"):
        processor("ray")


def test_without_a_scheduler_the_run_starts_its_own_local_cluster(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORTS[2][1], encoding="utf-8")
    with open_store(str(tmp_path / "s.db")) as store:
        summary = ingest([tmp_path / "a.txt"], store, engine="dask", workers=1,
                         published=Published(date(2024, 2, 12)))
        assert summary.ok and summary.count("new") == 1
        assert summary.outcomes[0].events >= 1 and store.stats()["events"] >= 1
