"""Parallel ingest: the same database as one process, failures and crashes per document, Ctrl-C."""

from __future__ import annotations

import json
import multiprocessing
import os
from datetime import date
from pathlib import Path

import pytest
from helpers import saved_documents, wait_for_first_save, write_numbered_reports
from slow_input import stalling_command
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.engine import pool as parallel
from newsevents.engine.pool import ParallelPipeline, WorkersUnavailable, resolve_workers
from newsevents.errors import NewsEventsError
from newsevents.export import records
from newsevents.ingest import ingest, open_store
from newsevents.model import Article, Published
from newsevents.pipeline import Pipeline

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# JSONL lines written for these tests: French and English reports of different shapes, a line
# repeating an earlier text (stored once), a line without text (a read failure).
LINES = [
    {"id": "fr-depot", "published": "2024-03-04", "language": "fr",
     "text": "Dans la nuit du 3 mars, une frappe de drone a visé un dépôt de carburant près de la "
             "ville, a déclaré le gouverneur de la région, qui fait état de deux blessés."},
    {"id": "fr-ambassade", "published": "2024-06-12",
     "text": "Le ministère des Affaires étrangères a convoqué l'ambassadeur mardi et lui a remis une "
             "note de protestation après le bombardement d'un hôpital, selon un communiqué."},
    {"id": "en-market", "published": "2024-02-11", "language": "en",
     "text": "Officials said an artillery shell hit a crowded market on Sunday, killing three "
             "people and injuring eleven. The army denied any involvement."},
    {"id": "fr-pont", "published": "2023-10-02",
     "text": "Un missile de croisière a détruit un pont ferroviaire lundi matin au nord de la "
             "capitale, a affirmé l'état-major, tandis que le porte-parole adverse a démenti toute frappe."},
    {"id": "en-port", "published": "2024-08-20",
     "text": "At least five civilians were killed when a glide bomb struck the port overnight, the "
             "regional governor said on Tuesday, condemning the attack."},
    {"id": "en-market-again", "text": "Officials said an artillery shell hit a crowded market on Sunday, "
     "killing three people and injuring eleven. The army denied any involvement."},
    {"id": "no-text", "title": "an empty record"},
]


def write_jsonl(path: Path, lines: list[dict]) -> Path:
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return path


def outcomes(summary) -> list[tuple]:
    return [(o.where, o.status, o.document, o.reason, o.events, o.claims, o.warnings)
            for o in summary.outcomes]


@pytest.mark.slow
def test_two_workers_store_exactly_what_one_process_stores(tmp_path, pipe, monkeypatch) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", LINES)
    inputs = [EXAMPLES, feed]
    published = Published(date(2025, 11, 15))
    with open_store(str(tmp_path / "one.db")) as one:
        single = ingest(inputs, one, published=published, pipeline=pipe, workers=1)
        expected = list(records(one, with_text=True))
    monkeypatch.setattr(parallel, "CHUNK_SIZE", 2)  # several chunks, so both workers take some
    with open_store(str(tmp_path / "two.db")) as two:
        double = ingest(inputs, two, published=published, workers=2)
        assert list(records(two, with_text=True)) == expected
        assert outcomes(double) == outcomes(single)
        statuses = [o.status for o in double.outcomes]
        assert statuses.count("new") == 7 and statuses.count("unchanged") == 1
        assert statuses.count("failed") == 1
        assert sum(o.events for o in double.outcomes) > 0
        again = ingest(inputs, two, workers=2)  # everything stored: no worker is even started
        assert again.count("unchanged") == 8 and again.count("new") == 0
        assert multiprocessing.active_children() == []


class TroublePipeline(Pipeline):
    """The real pipeline, with a stage bug on one text and a hard crash of the process on another."""

    def extract(self, article: Article) -> Article:
        if "convoqué" in article.text:
            raise ValueError("stage crashed")
        if "explosion" in article.text:
            os._exit(3)  # what a segfault in a native library looks like from outside
        return super().extract(article)


TROUBLE = [
    "Le 3 mars 2024, une frappe de drone a visé un dépôt de carburant près de la ville.",
    "Le ministère a convoqué l'ambassadeur jeudi pour lui remettre une note de protestation.",
    "Une explosion a touché un entrepôt du quartier nord dimanche, selon la police.",
    "Officials said a shell hit a market on Sunday, killing three people.",
    "Le porte-parole de l'armée a démenti toute frappe sur le village samedi.",
]


@pytest.mark.slow
def test_a_failure_or_a_crash_in_a_worker_costs_only_its_documents(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TROUBLE):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(parallel, "CHUNK_SIZE", 1)  # a crash then holds one document only
    with open_store(str(tmp_path / "t.db")) as store:
        summary = ingest([folder], store, pipeline=TroublePipeline(), workers=2)
        assert [o.status for o in summary.outcomes] == ["new", "failed", "failed", "new", "new"]
        bug, crash = summary.outcomes[1], summary.outcomes[2]
        assert bug.reason == "ValueError: stage crashed"  # as with one process
        assert crash.reason is not None and "worker process" in crash.reason and "exit code 3" in crash.reason
        assert summary.aborted is None and not summary.interrupted
        assert store.stats()["documents"] == 3
    assert multiprocessing.active_children() == []


class UnpicklablePipeline(Pipeline):
    """A pipeline that cannot be rebuilt in a worker (its state refuses to load there)."""

    def __setstate__(self, state: dict) -> None:
        raise RuntimeError("cannot load here")


@pytest.mark.slow
def test_workers_that_cannot_start_stop_the_run_with_the_reason(tmp_path) -> None:
    articles = [Article(text=t, id=f"a{i}", language="fr") for i, t in enumerate(TROUBLE[:2])]
    with pytest.raises(WorkersUnavailable, match="could not start"):
        list(ParallelPipeline(2, UnpicklablePipeline()).process_many(articles))
    assert multiprocessing.active_children() == []
    (tmp_path / "a.txt").write_text(TROUBLE[0], encoding="utf-8")
    with open_store(str(tmp_path / "s.db")) as store:
        summary = ingest([tmp_path / "a.txt"], store, pipeline=UnpicklablePipeline(), workers=2)
        assert summary.aborted is not None and "--workers 1" in summary.aborted
        assert not summary.ok and store.stats()["documents"] == 0


def test_a_pipeline_that_cannot_reach_the_workers_is_a_clear_error() -> None:
    closure = Pipeline(stages=())
    closure.stages = [("inline", lambda article: article)]  # a lambda does not pickle
    articles = [Article(text=TROUBLE[0], id="a", language="fr")]
    with pytest.raises(WorkersUnavailable, match="could not start"):
        list(ParallelPipeline(2, closure).process_many(articles))
    assert multiprocessing.active_children() == []


def test_no_article_starts_no_worker() -> None:
    assert list(ParallelPipeline(2).process_many([])) == []
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(("given", "expected"), [
    (1, 1), (2, 2), (7, 7), (0, len(os.sched_getaffinity(0))),
])
def test_worker_count(given: int, expected: int) -> None:
    assert resolve_workers(given) == expected


def test_a_negative_worker_count_is_refused() -> None:
    with pytest.raises(NewsEventsError, match="one per CPU core"):
        resolve_workers(-2)
    result = CliRunner().invoke(app, ["--db", "unused.db", "ingest", "x.txt", "--workers", "-1"])
    assert result.exit_code == 2 and "--workers" in result.output


@pytest.mark.slow
def test_ctrl_c_with_workers_exits_130_keeps_saved_documents_and_leaves_no_worker(tmp_path, pipe) -> None:
    """SIGINT to `newsevents ingest --workers 2`: exit 130, a saved prefix, no worker left running."""
    import signal
    import subprocess
    import time

    # more than the parent reads ahead of its workers; once the first document is saved the input
    # stalls (a slow stream), so Ctrl-C reaches a run still going however loaded the machine
    n_docs = parallel.CHUNK_SIZE * parallel.MAX_CHUNKS_AHEAD * 2 * 4
    folder = tmp_path / "many"
    write_numbered_reports(folder, n_docs, "un incendie")
    db = tmp_path / "int.db"
    cmd = stalling_command("--db", str(db), "ingest", str(folder), "--workers", "2")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def children() -> set[int]:
        found: set[int] = set()
        for task in Path(f"/proc/{proc.pid}/task").glob("*/children"):
            found |= {int(p) for p in task.read_text().split()}
        return found

    def running(pid: int) -> bool:
        """Alive and not a zombie, after a few seconds' grace (the resource tracker exits last)."""
        stat = Path(f"/proc/{pid}/stat")
        for _ in range(50):
            try:
                if stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
                    return False
            except (OSError, IndexError):
                return False
            time.sleep(0.1)
        return True

    wait_for_first_save(proc, db, 300)
    workers = children()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    kept = saved_documents(db)
    assert proc.returncode == 130, err
    assert 0 < kept < n_docs
    assert "interrupted" in err and "Traceback" not in err
    assert workers and not any(running(pid) for pid in workers)
    with open_store(str(db)) as store:
        rerun = ingest([folder], store, pipeline=pipe)
    assert rerun.ok
    assert rerun.count("unchanged") == kept and rerun.count("new") == n_docs - kept


class ReportingPipeline(Pipeline):
    """The real pipeline, noting in each article which languages its process had preloaded and
    how many spaCy models it held before it parsed anything, and which process it ran in."""

    def prepare(self, article: Article) -> Article:
        import sys

        from newsevents.nlp import pipeline as spacy_pipeline

        if not hasattr(self, "note"):
            preload = sys.modules.get("newsevents.engine.preload")  # never imported here
            loaded = ",".join(preload.LOADED) if preload is not None and preload.LOADED else "-"
            self.note = f"preloaded {loaded} models {spacy_pipeline.cache_info().currsize}"
        article.warnings.append(f"{self.note} pid {os.getpid()}")
        return super().prepare(article)


@pytest.mark.slow
def test_workers_are_forked_with_the_models_already_loaded(monkeypatch) -> None:
    """The forkserver preloads the run's languages and warms the stages up, then forks."""
    monkeypatch.setattr(parallel, "CHUNK_SIZE", 1)
    articles = [Article(text=TROUBLE[i % 2], id=f"a{i}", language="fr") for i in range(6)]
    results = list(ParallelPipeline(2, ReportingPipeline()).process_many(articles))
    notes = [w.split() for r in results if isinstance(r, Article)
             for w in r.warnings if w.startswith("preloaded ")]
    assert len(notes) == 6
    # every worker found the French model loaded before its first parse
    assert all("fr" in n[1].split(",") and int(n[3]) >= 1 for n in notes), notes
    # parsed in worker processes, never here; which of the 2 workers takes which chunk depends on
    # the scheduler (under load one may take them all), so the count of pids is 1 or 2
    pids = {n[5] for n in notes}
    assert 1 <= len(pids) <= 2 and str(os.getpid()) not in pids
    assert parallel.start_context().get_start_method() == "forkserver"
    assert multiprocessing.active_children() == []


def test_the_preload_loads_the_languages_it_is_told(monkeypatch) -> None:
    from newsevents.engine import preload
    from newsevents.lang import supported_languages

    monkeypatch.setenv(preload.ENV_LANGUAGES, "fr")
    assert preload.wanted_languages() == ["fr"]
    monkeypatch.setenv(preload.ENV_LANGUAGES, "")
    assert preload.wanted_languages() == list(supported_languages())


PARENT_RUN = """
import sys
from newsevents.engine.pool import ParallelPipeline
from datetime import date
from newsevents.model import Article, Published
from newsevents.nlp import pipeline
articles = [Article(text=t, id=f"a{{i}}", language="fr", published=Published(date(2024, 3, 4)))
            for i, t in enumerate({texts!r})]
results = list(ParallelPipeline(2).process_many(articles))
print(len(results), sum(bool(r.events) for r in results if isinstance(r, Article)),
      "newsevents.engine.preload" in sys.modules, pipeline.cache_info().currsize)
"""


@pytest.mark.slow
def test_the_process_starting_the_workers_loads_no_model(tmp_path) -> None:
    """The models load once, in the forkserver the workers are forked from; the parent only
    reads and stores. (It used to import the preload module for a constant, and so load and
    warm up every language itself: seconds of CPU taken from the workers on a two-core machine.)"""
    import subprocess
    import sys

    texts = [line["text"] for line in LINES[:4] if line.get("language", "fr") == "fr"]
    code = PARENT_RUN.format(texts=texts)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                          cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    count, with_events, preload_imported, models = done.stdout.split()
    assert int(count) == len(texts) and int(with_events) >= 1  # the workers did the extraction
    assert preload_imported == "False" and models == "0"


class PidPipeline(Pipeline):
    """No NLP: each article notes the process that handled it (the workers' identity)."""

    def process_many(self, articles, keep_docs: bool = True):  # type: ignore[no-untyped-def, override]
        for article in articles:
            article.warnings.append(f"pid {os.getpid()}")
            yield article


def _pids(results: list) -> set[int]:
    return {int(w.split()[1]) for r in results for w in r.warnings if w.startswith("pid ")}


@pytest.mark.slow
def test_the_workers_of_a_finished_run_serve_the_next_call_until_closed(monkeypatch) -> None:
    """An ingest runs the engine again after its run (dating through other sources): the same
    workers take that work instead of fresh ones; close() or garbage collection stops them, and a
    run ended early stops its workers at once."""
    monkeypatch.setattr(parallel, "CHUNK_SIZE", 1)
    articles = [Article(text=t, id=f"a{i}", language="fr") for i, t in enumerate(TROUBLE)]
    engine = ParallelPipeline(2, PidPipeline(stages=()))
    first = list(engine.process_many(articles))
    assert [a.id for a in first] == [a.id for a in articles]
    kept = {p.pid for p in multiprocessing.active_children()}
    assert _pids(first) <= kept and 1 <= len(kept) <= 2 and os.getpid() not in kept
    again = [Article(text=t, id=f"b{i}", language="fr") for i, t in enumerate(TROUBLE)]
    second = list(engine.process_many(again))
    assert [a.id for a in second] == [a.id for a in again]
    assert _pids(second) <= kept and {p.pid for p in multiprocessing.active_children()} == kept
    engine.close()
    assert multiprocessing.active_children() == []

    forgotten = ParallelPipeline(2, PidPipeline(stages=()))
    assert len(list(forgotten.process_many(articles))) == len(articles)
    assert multiprocessing.active_children()
    del forgotten  # nobody closed it: collecting it stops its workers
    assert multiprocessing.active_children() == []

    with ParallelPipeline(2, PidPipeline(stages=())) as early:
        results = early.process_many(articles)
        next(results)
        results.close()  # a run left before its end (Ctrl-C, break) keeps no worker
        assert multiprocessing.active_children() == []


@pytest.mark.slow
def test_a_worker_gets_its_next_chunk_before_the_caller_stores_its_results(monkeypatch) -> None:
    """A worker that sent its results is given the next chunk at once, before this process
    stores them (the caller's work between two results): given after, the worker sat idle
    while the caller saved (each of 2 workers ~10 % of a run of bench/scale.py)."""
    monkeypatch.setattr(parallel, "CHUNK_SIZE", 1)
    read: list[str] = []

    def source():  # type: ignore[no-untyped-def]
        for i, text in enumerate(TROUBLE * 2):
            read.append(f"a{i}")
            yield Article(text=text, id=f"a{i}", language="fr")

    seen = []
    with ParallelPipeline(1, PidPipeline(stages=())) as engine:
        for result in engine.process_many(source()):
            seen.append((result.id, len(read)))  # how far the input was read when it came back
    total = len(TROUBLE) * 2
    assert [i for i, _ in seen] == [f"a{i}" for i in range(total)]
    # result i came back after article i+1 had been read and sent to the (only) worker
    assert [n for _, n in seen] == [min(i + 2, total) for i in range(total)], seen
