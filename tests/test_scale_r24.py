"""Round 24 (issue 14, speed of parallel ingest): the end of a run is shared between the workers.

A run's last chunk, and each of the dating's small rounds (a few to a few dozen re-extractions),
ran on one worker while the other waited; near the end of the input the dispatcher now gives
each worker an even share of what is left (``pool.tail_share``). Only the grouping of articles
changes, so the tests also check that grouping and order change no output.
"""

from __future__ import annotations

import json
import multiprocessing
from datetime import date

import pytest
from test_parallel import PidPipeline, _pids

from newsevents.engine import pool as parallel
from newsevents.engine.pool import ParallelPipeline, tail_share
from newsevents.model import Article, Published

# (articles waiting once the input is read, workers, chunk size) -> the next chunk's size
SHARES = [
    (100, 2, 8, 8),  # far from the end: whole chunks
    (16, 2, 8, 8),
    (15, 2, 8, 8),
    (8, 2, 8, 4),
    (5, 2, 8, 3),
    (3, 2, 8, 2),
    (2, 2, 8, 2),  # at least two: one article's imbalance is not worth another round trip
    (1, 2, 8, 2),
    (7, 4, 8, 2),
    (3, 1, 8, 3),
    (5, 2, 2, 2),  # never more than a chunk
]


@pytest.mark.parametrize(("waiting", "workers", "chunk", "expected"), SHARES)
def test_near_the_end_each_worker_gets_an_even_share(waiting: int, workers: int, chunk: int,
                                                     expected: int) -> None:
    assert tail_share(waiting, workers, chunk) == expected


# Pattern texts: short wire items of different shapes, dated and undated, French and English.
TEXTS = [
    ("fr", "Deux roquettes ont frappé mardi soir un entrepôt de céréales à la sortie du port, a indiqué "
           "la capitainerie, qui ne signale aucune victime."),
    ("fr", "Le préfet a ordonné la fermeture des écoles du canton après l'incendie criminel d'une mairie "
           "annexe dans la nuit de samedi à dimanche."),
    ("en", "Gunmen on motorcycles attacked a police checkpoint on the northern highway on Friday, killing "
           "two officers, the provincial governor said."),
    ("fr", "« Nous ne négocierons pas sous la menace », a déclaré jeudi le porte-parole du gouvernement, "
           "démentant toute rencontre avec les rebelles."),
    ("en", "The coastguard said it had rescued 41 people from a capsized boat off the island late on "
           "Wednesday; three remain missing."),
    ("fr", "Un drone a été abattu au-dessus de la centrale électrique, selon l'opérateur, qui dit n'avoir "
           "subi aucun dégât."),
]


def _articles(dated: bool) -> list[Article]:
    published = Published(date(2025, 3, 4)) if dated else None
    return [Article(text=t, id=f"s{i}", language=lang, published=published)
            for i, (lang, t) in enumerate(TEXTS)]


def _what(article: Article) -> str:
    return json.dumps({"events": [e.to_json() for e in article.events],
                       "claims": [c.to_json() for c in article.claims],
                       "warnings": article.warnings, "published": str(article.published)},
                      sort_keys=True, default=str)


@pytest.mark.slow
@pytest.mark.parametrize("dated", [True, False])
def test_a_document_s_records_do_not_depend_on_its_batch_or_on_what_came_before(pipe, dated: bool) -> None:
    """What the smaller chunks rely on: an article extracted in one batch with the others, alone,
    or after them in reverse order (the stages' caches then filled by other texts first) gives
    the same records; undated ones too (the dating's re-extractions)."""
    together = [_what(a) for a in pipe.process_many(_articles(dated), keep_docs=False)]
    alone = [_what(next(iter(pipe.process_many([a], keep_docs=False)))) for a in _articles(dated)]
    backwards = [_what(a) for a in pipe.process_many(list(reversed(_articles(dated))), keep_docs=False)]
    assert alone == together
    assert list(reversed(backwards)) == together
    assert any('"events": [{' in w or '"claims": [{' in w for w in together)


def _chunks_sent(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every chunk the dispatcher sends, in order (the real workers still run it).
    Which worker takes a chunk depends on timing; the sizes depend only on the input."""
    sizes: list[int] = []
    send = parallel._Dispatch._send

    def spy(self: parallel._Dispatch, worker: parallel._Worker, seqs: list[int]) -> None:
        sizes.append(len(seqs))
        send(self, worker, seqs)

    monkeypatch.setattr(parallel._Dispatch, "_send", spy)
    return sizes


@pytest.mark.slow
def test_the_end_of_a_run_is_shared_and_every_article_comes_back_once_in_order(monkeypatch) -> None:
    """21 articles in chunks of 8 ended with a chunk of 5 on one worker; now the last ones are
    shared out as the end nears, and every article still comes back once, in input order."""
    monkeypatch.setattr(parallel, "CHUNK_SIZE", 8)
    sizes = _chunks_sent(monkeypatch)
    articles = [Article(text=f"dépêche {i}", id=f"c{i}", language="fr") for i in range(21)]
    with ParallelPipeline(2, PidPipeline(stages=())) as engine:
        results = list(engine.process_many(articles))
    assert [a.id for a in results] == [a.id for a in articles]
    assert all(len([w for w in a.warnings if w.startswith("pid ")]) == 1 for a in results)
    assert sizes == [8, 7, 3, 2, 1]


@pytest.mark.slow
def test_a_small_run_after_the_first_is_shared_by_the_kept_workers(monkeypatch) -> None:
    """The dating's rounds: a few articles given to the workers kept from the run. Five went as
    one chunk to one worker while the other waited; now as 3 and 2."""
    monkeypatch.setattr(parallel, "CHUNK_SIZE", 8)
    with ParallelPipeline(2, PidPipeline(stages=())) as engine:
        assert len(list(engine.process_many([Article(text=f"texte {i}", id=f"a{i}", language="fr")
                                             for i in range(16)]))) == 16
        sizes = _chunks_sent(monkeypatch)
        small = [Article(text=f"autre texte {i}", id=f"b{i}", language="fr") for i in range(5)]
        again = list(engine.process_many(small))
        assert [a.id for a in again] == [a.id for a in small]
        assert sizes == [3, 2]
        assert _pids(again) <= {p.pid for p in multiprocessing.active_children()}
    assert multiprocessing.active_children() == []


# `python -m newsevents ingest ... --workers 2`, run as Python runs it, with a spy on the start of
# the workers' forkserver: was the command line already imported, and how often was it started?
ENTRY_PROBE = r"""
import json, runpy, sys
import newsevents.engine.pool as pool
calls = []
real = pool.start_forkserver
def spy(languages):
    calls.append("newsevents.cli" in sys.modules)
    return real(languages)
pool.start_forkserver = spy
sys.argv = ["newsevents", "--db", sys.argv[1], "ingest", sys.argv[2], "--workers", "2"]
try:
    runpy.run_module("newsevents", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
print(json.dumps(calls))
"""


@pytest.mark.slow
def test_python_m_newsevents_starts_the_forkserver_before_importing_the_command_line(tmp_path) -> None:
    """The forkserver's preload is the path every worker waits for: it starts before the command
    line's ~0.14 s of imports, and once (the command line's own prestart finds it answered)."""
    import subprocess
    import sys

    missing = tmp_path / "nothing-here"  # the command fails at once; the start-up is what counts
    done = subprocess.run([sys.executable, "-c", ENTRY_PROBE, str(tmp_path / "x.db"), str(missing)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [False]


# A process that imports the forkserver's exit module, with an exit handler registered before it
# (as multiprocessing's own and the models' teardown come before it in the forkserver)
QUICK_EXIT_PROBE = (
    "import atexit, sys\n"
    "atexit.register(print, 'teardown')\n"
    "import newsevents.engine.forkserver_exit\n"
    "print('done')\n"
    "sys.exit(3)\n"
)


def test_the_forkserver_ends_without_tearing_its_models_down() -> None:
    """The forkserver exits after the command (its 'alive' pipe closes) and freed the preloaded
    models object by object while holding the command's output open; the module it imports last
    ends it at once, output flushed, before any other exit handler."""
    import subprocess
    import sys

    assert parallel.PRELOAD_MODULES == ["newsevents.engine.preload", "newsevents.engine.forkserver_exit"]
    done = subprocess.run([sys.executable, "-c", QUICK_EXIT_PROBE], capture_output=True, text=True,
                          timeout=120)
    assert (done.stdout, done.returncode) == ("done\n", 0)


# A process that ran local workers (the command's parent), with an exit handler of its own, ending
# as the command line ends it
PARENT_EXIT_PROBE = (
    "import atexit, sys\n"
    "sys.path.insert(0, sys.argv[1])\n"
    "from test_parallel import PidPipeline\n"
    "from newsevents.cli import exit_without_teardown\n"
    "from newsevents.engine.pool import ParallelPipeline\n"
    "from newsevents.model import Article\n"
    "atexit.register(print, 'teardown')\n"
    "with ParallelPipeline(2, PidPipeline(stages=())) as engine:\n"
    "    print(len(list(engine.process_many([Article(text=f'texte {i}', id=str(i)) for i in range(4)]))))\n"
    "exit_without_teardown(5)\n"
)


@pytest.mark.slow
def test_the_parent_of_workers_ends_without_teardown() -> None:
    """Its workers stopped and its store closed, the parent of --workers N ends at once (its
    teardown was the run's last 0.14-0.18 s of CPU), with its exit code and its output flushed."""
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run([sys.executable, "-c", PARENT_EXIT_PROBE, str(Path(__file__).resolve().parent)],
                          capture_output=True, text=True, timeout=300)
    assert (done.stdout, done.returncode) == ("4\n", 5), done.stderr[-2000:]
