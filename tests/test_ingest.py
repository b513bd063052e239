"""Ingest: new / unchanged / reprocessed / failed, idempotence, Ctrl-C, one bad document."""

from __future__ import annotations

import json
from datetime import date

import pytest
from helpers import saved_documents, wait_for_first_save, write_numbered_reports
from slow_input import stalling_command

from newsevents import pipeline as pipeline_module
from newsevents.ingest import ingest, open_store
from newsevents.model import Article, Published
from newsevents.pipeline import Pipeline

TEXTS = [
    "Le 3 mars 2024, une frappe de drone a visé un dépôt de carburant près de la ville, selon le "
    "gouverneur de la région, qui a fait état de deux blessés.",
    "Le ministère a convoqué l'ambassadeur jeudi pour lui remettre une note de protestation.",
    "Officials said a shell hit a market on Sunday, killing three people and injuring eleven.",
]


class CountingPipeline(Pipeline):
    """The real pipeline, counting how many articles reach the NLP."""

    def __init__(self) -> None:
        super().__init__()
        self.prepared: list[str] = []

    def prepare(self, article: Article) -> Article:
        self.prepared.append(article.path or article.id)
        return super().prepare(article)


class InterruptingPipeline(Pipeline):
    """The real pipeline, with Ctrl-C pressed while the n-th article is being extracted."""

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at, self.seen = at, 0

    def extract(self, article: Article) -> Article:
        self.seen += 1
        if self.seen == self.at:
            raise KeyboardInterrupt
        return super().extract(article)


class BrokenStagePipeline(Pipeline):
    """The real pipeline, with a stage that crashes on one article (a bug in an extractor)."""

    def extract(self, article: Article) -> Article:
        if "convoqué" in article.text:
            raise ValueError("stage crashed")
        return super().extract(article)


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "articles"
    root.mkdir()
    for i, text in enumerate(TEXTS):
        (root / f"{i}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "t.db")) as s:
        yield s


@pytest.mark.slow
def test_new_then_unchanged_without_touching_the_nlp(folder, store, pipe) -> None:
    first = ingest([folder], store, pipeline=pipe, published=Published(date(2024, 3, 4)))
    assert [o.status for o in first.outcomes] == ["new", "new", "new"]
    assert first.ok and first.line() == "3 new"
    before = store.stats()
    counting = CountingPipeline()
    again = ingest([folder], store, pipeline=counting)
    assert [o.status for o in again.outcomes] == ["unchanged"] * 3
    assert counting.prepared == []  # the sha256 was enough: no parsing at all
    assert [o.document for o in again.outcomes] == [o.document for o in first.outcomes]
    assert store.stats() == before
    doc = store.document(first.outcomes[0].document or "")
    assert doc is not None and doc["text"] == TEXTS[0] and doc["published"]["date"] == "2024-03-04"


@pytest.mark.slow
def test_reprocess_re_extracts_and_replaces(folder, store, pipe) -> None:
    ingest([folder], store, pipeline=pipe)
    counting = CountingPipeline()
    again = ingest([folder / "1.txt"], store, pipeline=counting, reprocess=True)
    assert [o.status for o in again.outcomes] == ["reprocessed"]
    assert len(counting.prepared) == 1
    assert store.stats()["documents"] == 3


@pytest.mark.slow
def test_the_same_text_twice_in_one_run_is_stored_once(tmp_path, store, pipe) -> None:
    (tmp_path / "a.txt").write_text(TEXTS[2], encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": TEXTS[2]}) + "\n", encoding="utf-8")
    summary = ingest([tmp_path / "a.txt", tmp_path / "b.jsonl"], store, pipeline=pipe)
    assert [o.status for o in summary.outcomes] == ["new", "unchanged"]
    assert store.stats()["documents"] == 1


@pytest.mark.slow
def test_one_crashing_document_does_not_stop_the_others(folder, store) -> None:
    summary = ingest([folder], store, pipeline=BrokenStagePipeline())
    assert [o.status for o in summary.outcomes] == ["new", "failed", "new"]
    failed = summary.failures[0]
    assert failed.where.endswith("1.txt") and failed.reason == "ValueError: stage crashed"
    assert not summary.ok
    assert store.stats()["documents"] == 2


@pytest.mark.slow
def test_ctrl_c_keeps_finished_documents_and_a_rerun_finishes(folder, store, monkeypatch) -> None:
    monkeypatch.setattr(pipeline_module, "SPACY_BATCH_SIZE", 1)  # each document saved as it is done
    summary = ingest([folder], store, pipeline=InterruptingPipeline(at=3))
    assert summary.interrupted and not summary.ok
    assert [o.status for o in summary.outcomes] == ["new", "new"]
    assert store.stats()["documents"] == 2
    rerun = ingest([folder], store, pipeline=CountingPipeline())
    assert [o.status for o in rerun.outcomes] == ["unchanged", "unchanged", "new"]
    assert store.stats()["documents"] == 3


def test_summary_lists_read_failures_in_input_order(tmp_path, store) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    summary = ingest([tmp_path / "missing.txt", tmp_path / "empty.txt"], store, pipeline=CountingPipeline())
    assert [(o.where, o.status) for o in summary.outcomes] == [
        (str(tmp_path / "missing.txt"), "failed"), (str(tmp_path / "empty.txt"), "failed")]
    assert "empty" in (summary.outcomes[1].reason or "")
    assert summary.line() == "2 failed"


@pytest.mark.slow
def test_real_ctrl_c_on_the_command_exits_130_and_keeps_saved_documents(tmp_path, pipe) -> None:
    """SIGINT to a running `newsevents ingest`: exit 130, saved documents intact, a rerun finishes."""
    import signal
    import subprocess

    # more batches than the first: it gets saved, then the input stalls (a slow stream) so that
    # Ctrl-C reaches a run that is still going, however loaded the machine (tests/slow_input.py)
    N_DOCS = pipeline_module.SPACY_BATCH_SIZE * 4
    folder = tmp_path / "many"
    write_numbered_reports(folder, N_DOCS, "une explosion")
    db = tmp_path / "int.db"
    cmd = stalling_command("--db", str(db), "ingest", str(folder))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for_first_save(proc, db, 240)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    kept = saved_documents(db)
    assert proc.returncode == 130, err
    assert 0 < kept < N_DOCS
    assert "interrupted" in err
    with open_store(str(db)) as store:  # the rerun in-process: the model is already loaded here
        rerun = ingest([folder], store, pipeline=pipe)
    assert rerun.ok
    assert rerun.count("unchanged") == kept and rerun.count("new") == N_DOCS - kept
