"""newsevents.engine: choosing where the NLP runs, the shared per-chunk work, the writer's retries,
the progress bar."""

from __future__ import annotations

import io
import pickle
from datetime import date
from pathlib import Path

import pytest
from inputs import REPORTS

from newsevents import settings
from newsevents.engine import InProcess, processor, work, writer
from newsevents.engine.dask import DaskPipeline
from newsevents.engine.pool import ParallelPipeline
from newsevents.engine.progress import ProgressBar
from newsevents.errors import DatabaseLocked, NewsEventsError
from newsevents.ingest import Outcome, ingest, open_store
from newsevents.model import Article, Published
from newsevents.pipeline import Failure, Pipeline


@pytest.mark.parametrize(("engine", "workers", "scheduler", "kind"), [
    ("local", 1, None, InProcess),
    ("local", 3, None, ParallelPipeline),
    ("dask", 2, None, DaskPipeline),
    ("dask", 0, "tcp://127.0.0.1:8786", DaskPipeline),
])
def test_the_engine_is_chosen_without_starting_anything(engine: str, workers: int, scheduler: str | None,
                                                         kind: type) -> None:
    chosen = processor(engine, workers, scheduler)
    assert isinstance(chosen, kind)


def test_a_dask_run_with_nothing_to_do_contacts_no_scheduler() -> None:
    assert list(DaskPipeline("tcp://127.0.0.1:1").process_many([])) == []


class HalfBroken(Pipeline):
    def extract(self, article: Article) -> Article:
        if "ambassadeur" in article.text:
            raise ValueError("broken stage")
        return super().extract(article)


def test_process_chunk_packs_each_result_and_failure_by_sequence(pipe: Pipeline) -> None:
    chunk = [(10 + i, Article(text=t, id=f"d{i}", language=lang, published=Published(date(2024, 3, 4))))
             for i, (lang, t) in enumerate(REPORTS[:3])]
    packed = work.process_chunk(HalfBroken(), chunk)
    assert [(seq, ok) for seq, ok, _ in packed] == [(10, True), (11, False), (12, True)]
    assert packed[1][2] == "ValueError: broken stage"
    restored, readings = pickle.loads(packed[0][2])
    assert restored.doc is None and restored.events  # the Doc stays behind, the records travel
    assert readings is None  # dated: the dating through other sources will not read it
    original = Article(text=chunk[0][1].text, id="d0")
    adopted = work.unpack(original, True, packed[0][2], NewsEventsError)
    assert adopted is original and original.events == restored.events
    failed = work.unpack(Article(text="x", id="d1"), False, packed[1][2], NewsEventsError)
    assert isinstance(failed, Failure) and str(failed.error) == "ValueError: broken stage"


def test_a_kept_pipeline_is_built_once_per_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(work, "_KEPT", {})
    built: list[int] = []

    def factory() -> Pipeline:
        built.append(1)
        return Pipeline(stages=())

    first = work.kept_pipeline("a", factory)
    assert work.kept_pipeline("a", factory) is first and len(built) == 1
    work.kept_pipeline("b", factory)
    work.kept_pipeline("c", factory)  # the oldest is dropped: at most MAX_KEPT_PIPELINES
    assert len(work._KEPT) == work.MAX_KEPT_PIPELINES and "a" not in work._KEPT


class FlakyStore:
    """Raises DatabaseLocked ``failures`` times, then saves."""

    def __init__(self, failures: int) -> None:
        self.failures, self.calls = failures, 0

    def save(self, article: Article, replace: bool = False) -> bool:
        self.calls += 1
        if self.calls <= self.failures:
            raise DatabaseLocked("test.db")
        return True


def test_a_lock_conflict_is_retried_then_given_up() -> None:
    article = Article(text="x", id="x")
    flaky = FlakyStore(failures=writer.SAVE_ATTEMPTS - 1)
    assert writer.save(flaky, article, pause=0) and flaky.calls == writer.SAVE_ATTEMPTS
    stuck = FlakyStore(failures=writer.SAVE_ATTEMPTS)
    with pytest.raises(DatabaseLocked):
        writer.save(stuck, article, pause=0)
    assert stuck.calls == writer.SAVE_ATTEMPTS


def test_a_text_stored_meanwhile_by_another_ingest_is_reported_unchanged(
        tmp_path: Path, pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(REPORTS[0][1], encoding="utf-8")
    with open_store(str(tmp_path / "s.db")) as store:
        assert ingest([path], store, pipeline=pipe).count("new") == 1
        # the other process's commit lands between our "is it stored?" check and our save
        monkeypatch.setattr(store, "documents_with_texts", lambda sha256s: {})
        summary = ingest([path], store, pipeline=pipe)
        (outcome,) = summary.outcomes
        assert outcome.status == "unchanged" and outcome.warnings == ["stored meanwhile by another ingest"]
        assert summary.ok and store.stats()["documents"] == 1


def render(bar: ProgressBar) -> str:
    """The bar's current line, as the terminal would show it."""
    from rich.console import Console

    buffer = io.StringIO()
    Console(file=buffer, width=200).print(bar.bar.make_tasks_table(bar.bar.tasks))
    return buffer.getvalue()


@pytest.mark.parametrize("total", [20, None], ids=["counted", "unknown (web archive)"])
def test_the_progress_bar_shows_the_rate_and_the_failures(total: int | None) -> None:
    bar = ProgressBar(total, enabled=True)
    advance = bar.__enter__()
    try:
        assert advance is not None
        for i in range(7):
            advance(Outcome(f"d{i}", "failed" if i in (2, 5) else "new"))
        text = render(bar)
    finally:
        bar.__exit__(None, None, None)
    assert "2 failed" in text
    assert "articles/s" in text
    assert ("7/20" if total else "7/?") in text


def test_no_bar_for_a_few_documents_or_when_disabled() -> None:
    assert ProgressBar(settings.PROGRESS_MIN_DOCUMENTS, enabled=True).__enter__() is None
    assert ProgressBar(None, enabled=False).__enter__() is None


@pytest.mark.slow
def test_web_archives_and_feeds_feed_the_worker_pool(tmp_path: Path, pipe: Pipeline) -> None:
    from inputs import report_records, rss, write_warc

    from newsevents.export import records

    inputs = [write_warc(tmp_path / "a.warc.gz", report_records()),
              tmp_path / "b.rss"]
    inputs[1].write_bytes(rss([{"title": str(i), "pubDate": "Tue, 05 Mar 2024 10:00:00 +0100",
                                "description": text} for i, (_, text) in enumerate(REPORTS)]))
    exports = []
    for workers in (1, 2):
        with open_store(str(tmp_path / f"w{workers}.db")) as store:
            summary = ingest(inputs, store, pipeline=pipe if workers == 1 else None, workers=workers)
            assert summary.ok and summary.count("new") == 2 * len(REPORTS)
            exports.append(list(records(store, with_text=True)))
    assert exports[0] == exports[1]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_warm_up_loads_what_workers_would_each_load_on_first_use(language, monkeypatch) -> None:
    """The forkserver's warm-up article (engine/warmup.yaml) goes through the stages' lazy loads,
    the admin2 table among them (a town followed by its division), so the workers share them."""
    from newsevents.engine import preload
    from newsevents.geo import admin2

    monkeypatch.setenv(preload.ENV_LANGUAGES, language)
    admin2._table.cache_clear()
    assert preload.warm_up() == [language]
    assert admin2._table.cache_info().currsize == 1
    # and it is frozen before the fork: the workers' collections never walk (and write to) it
    import gc

    assert id(admin2._table()) not in {id(o) for o in gc.get_objects()}


@pytest.mark.parametrize(("engine", "workers"), [("local", 1), ("local", 2), ("dask", 2)])
def test_every_processor_is_closed_the_same_way(engine, workers) -> None:
    """One way for a caller to end an engine whatever it is: ``with`` or ``close()`` (twice is
    harmless); the local workers' case is tests/test_parallel.py's."""
    made = processor(engine, workers)
    with made as entered:
        assert entered is made
    made.close()
