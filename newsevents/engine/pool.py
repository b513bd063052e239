"""Extraction on several cores: worker processes with one spaCy each; the caller stores.

``ParallelPipeline(workers).process_many(articles)`` has the same contract as
``Pipeline.process_many``: it yields, for every article given and in the same (input) order,
the processed article or a ``Failure`` with its reason. The articles yielded are the caller's
own objects, filled in with what the worker extracted, so code written for one process
(``newsevents.ingest``) runs unchanged. Only the caller touches the database.

Why processes and not threads: spaCy's parser and the stages are Python-bound and hold the GIL.
Why a small dispatcher over ``multiprocessing.Pool`` or ``ProcessPoolExecutor``: a worker that
dies (segfault in a native library, killed for memory) must cost only the documents it held.
``Pool`` waits forever for a task lost with its worker, and ``ProcessPoolExecutor`` breaks the
whole pool without saying which task was running. Here each worker has its own pipe, asks for
work when it is idle (so a send never blocks on a busy worker), and the parent knows exactly
which documents each worker holds.

- Workers are forked, lazily (a run whose documents are all already stored starts none), from
  multiprocessing's *forkserver*: a clean process started once, which first imports
  ``newsevents.engine.preload`` (spaCy models, stage data, gazetteer, loaded and warmed up)
  and then forks a worker per request. So the models are loaded once per run, not once per
  worker, and the workers share those pages; and no worker is forked from this process, which
  holds database connections and threads (a progress bar's). Where there is no forkserver
  (Windows, macOS's default), workers are spawned and each loads its own models. The command
  line starts the forkserver as it starts (``newsevents.engine.prestart``), so that its preload
  runs beside the command's own start-up rather than after it.
- Each worker builds its pipeline once (``Pipeline()``, or a copy of the one given: both find
  the preloaded models) and then parses each chunk of ``CHUNK_SIZE`` articles with one
  ``nlp.pipe`` batch (``engine.work.process_chunk``, the function every engine runs).
- The processed ``Article`` travels back without its spaCy ``Doc`` (the store reads only the
  text, the metadata and the records: see ``store._rows``), pickled in the worker so that a
  record that cannot be pickled fails that document alone.
- Workers ignore SIGINT: Ctrl-C reaches the parent, which stops them and keeps what it saved.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from newsevents.engine.work import PipelineFactory, Reuse, process_chunk, release_ready, unpack
from newsevents.errors import NewsEventsError
from newsevents.model import Article
from newsevents.pipeline import Failure, Pipeline, undated
from newsevents.read.common import error_reason

# "forkserver": workers forked from a clean process that preloaded the models (see the module
# docstring); "spawn" where the platform has no forkserver. Measured side by side with
# bench/workers.py (see bench/RESULTS.md): the forkserver starts 2 workers in the time one model
# load takes and uses about half the CPU of spawn's start-up.
START_METHOD = "forkserver"
FALLBACK_START_METHOD = "spawn"
# the preload, then the forkserver's exit without teardown (engine/forkserver_exit.py)
PRELOAD_MODULES = ["newsevents.engine.preload", "newsevents.engine.forkserver_exit"]

# Set when the forkserver starts: the languages of the first articles (comma-separated), so that
# a French run does not load the English model; empty: every language. Defined here, not in
# newsevents.engine.preload: importing that module loads every model (its import *is* the
# preload), which the parent must never do (it cost the parent ~3 s CPU and two models' memory).
ENV_LANGUAGES = "NEWSEVENTS_PRELOAD_LANGUAGES"
# A value of ENV_LANGUAGES starting with this ("@PID:PATH") names a file instead: the forkserver
# was started before the languages were known (newsevents.engine.prestart); its preload imports
# what every language needs, then waits for the file, which process PID writes once the first
# articles are read (``start_forkserver``).
LANGUAGES_LATER = "@"

# Seconds the preload waits for that file before it loads no model (the workers then load theirs):
# long enough for a slow first read (a big WARC file, a network share); it stops waiting at once
# when the process that started it exits.
LANGUAGES_WAIT_S = 600.0

# Articles sent to a worker at a time; the worker parses them in one nlp.pipe batch. Measured
# with bench/parallel_ingest.py (454 TimeBank + POPCORN articles, 2 workers, 2 cores shared with
# other jobs, load average 4.2-5.6): steady 11.3 articles/s at 4, 13.7 and 17.8 at 8, 10.5 at 16,
# differences within the noise of that machine. 8 keeps the documents lost with a crashed
# worker few and spreads small runs over the workers sooner than spaCy's batch of 16 would.
CHUNK_SIZE = 8

# The smallest chunk the end of a run is cut into (``tail_share``): each chunk costs a round trip
# (pickling both ways, a message, an nlp.pipe call); below two articles the balance gained (at
# most one article's time, ~30 ms) is no longer worth the extra round trips.
MIN_TAIL_CHUNK = 2

# Chunks per worker that may be in flight or waiting to be saved in input order: bounds the
# memory held in the parent when one slow document holds back the ones after it.
MAX_CHUNKS_AHEAD = 4

# Seconds a worker gets to exit after the end of the work before it is terminated.
STOP_TIMEOUT_S = 10.0

# Undated articles whose worker the parent remembers (see ``Holders``): a worker keeps the Docs
# of at most ~50,000 tokens of them (pipeline.ParsedDocs), a few hundred news articles; ten
# thousand keys (an int and a worker reference each, ~1 MB) cover that for any number of workers.
MAX_HELD_TEXTS = 10_000

def tail_share(waiting: int, workers: int, chunk_size: int) -> int:
    """The size of the next chunk once the whole input is read (``waiting`` articles not yet
    given to a worker): an even share for the ``workers``, at most ``chunk_size``, at least
    ``MIN_TAIL_CHUNK``. Each worker's share shrinks as the run nears its end (16 left on 2
    workers: 8, 4, 2, 2), so that the workers finish within an article or two of each other."""
    return min(chunk_size, max(MIN_TAIL_CHUNK, -(-waiting // workers)))


_STARTED: list[int] = []  # pids of the workers this process started (``workers_started``)


def workers_started() -> bool:
    """Whether this process started local workers: the command line then ends it without
    tearing its objects down (``cli.exit_without_teardown``), as a process that loaded a model."""
    return bool(_STARTED)


class WorkerError(NewsEventsError):
    """A document's failure as reported by a worker process (the reason, already one line)."""


class WorkersUnavailable(NewsEventsError):
    """No worker process could start, so nothing can be extracted in parallel."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the worker processes could not start: {reason}; "
                         "try --workers 1 to see the error in this process")


def resolve_workers(workers: int) -> int:
    """The number of worker processes to use: ``0`` means one per CPU core available."""
    if workers < 0:
        raise NewsEventsError(f"--workers {workers}: give a number of processes, or 0 for one per CPU core")
    if workers == 0:
        available = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
        return len(available) if available else (os.cpu_count() or 1)
    return workers


def start_context(method: str | None = None) -> Any:
    """The multiprocessing context workers start from (forkserver with the preload, or spawn)."""
    method = method or START_METHOD
    try:
        context = get_context(method)
    except ValueError:  # no such start method on this platform
        return get_context(FALLBACK_START_METHOD)
    if method == "forkserver":
        context.set_forkserver_preload(PRELOAD_MODULES)
    return context


_languages_file: list[str] = []  # the file a forkserver started early waits for, until written


def start_forkserver(languages: str | None) -> bool:
    """Start multiprocessing's forkserver with our preload of ``languages`` (comma-separated
    codes, empty: every language) unless it runs already; False where there is no forkserver.
    ``None``: the languages are not known yet; the preload waits for the next call, which gives
    them (through a file named in ``ENV_LANGUAGES``, see ``LANGUAGES_LATER``).

    It is started with SIGINT ignored, which it and every worker it forks inherit (Ctrl-C is the
    parent's business). Called when the first workers are needed, or earlier by
    ``newsevents.engine.prestart`` as the command starts.
    """
    from multiprocessing import forkserver

    if start_context().get_start_method() != "forkserver":
        return False
    if languages is not None and _languages_file:
        _write_languages(_languages_file.pop(), languages)
    if languages is None:
        import tempfile
        import uuid

        _languages_file.append(os.path.join(tempfile.gettempdir(), f"newsevents-preload-{uuid.uuid4().hex}"))
        languages = f"{LANGUAGES_LATER}{os.getpid()}:{_languages_file[0]}"
    previous = os.environ.get(ENV_LANGUAGES)
    os.environ[ENV_LANGUAGES] = languages
    try:
        with _sigint_ignored():
            forkserver.ensure_running()
    finally:
        if previous is None:
            os.environ.pop(ENV_LANGUAGES, None)
        else:
            os.environ[ENV_LANGUAGES] = previous
    return True


def _write_languages(path: str, languages: str) -> None:
    """Hand the languages to a preload waiting for them (written whole, then renamed)."""
    with contextlib.suppress(OSError):  # the preload then gives up waiting: workers load lazily
        with open(path + ".part", "w", encoding="utf-8") as out:
            out.write(languages)
        os.replace(path + ".part", path)


class Holders:
    """Which worker kept the spaCy Doc of which undated article (by its text).

    Why: an ingest extracts its undated articles again after the run, once per day other sources
    suggest (newsevents/anchoring.py), from the same text. A worker keeps the Docs of the undated
    articles it parsed (``pipeline.ParsedDocs``) and extracts them again without parsing; sent
    to the other worker, an article was parsed a second time (two workers: half of them). The
    dispatcher sends such an article to its holder when that worker asks for work (``take``).
    Only where the work goes changes: each worker runs the same code on the same Doc.
    """

    def __init__(self) -> None:
        self.by_text: OrderedDict[int, _Worker] = OrderedDict()

    @staticmethod
    def key(article: Article) -> int:
        # the text alone: a re-extraction's article may leave its language to detection
        return hash(article.text)

    def note(self, article: Article, worker: _Worker) -> None:
        """``worker`` processed ``article``: its holder if the worker kept the Doc."""
        if not undated(article):
            return
        key = self.key(article)
        self.by_text[key] = worker
        self.by_text.move_to_end(key)
        while len(self.by_text) > MAX_HELD_TEXTS:
            self.by_text.popitem(last=False)

    def holder(self, article: Article) -> _Worker | None:
        return self.by_text.get(self.key(article)) if self.by_text else None


# --- the worker side ------------------------------------------------------------------------------
def _worker_main(conn: Connection, factory: PipelineFactory) -> None:
    """A worker's life: build the pipeline once, then process chunks until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    try:
        pipeline = factory()
    except Exception as exc:
        conn.send(("init_failed", error_reason(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            chunk = conn.recv()
        except EOFError:  # the parent went away
            return
        if chunk is None:
            return
        conn.send(("results", process_chunk(pipeline, chunk)))


# --- the parent side ------------------------------------------------------------------------------
@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False  # built its pipeline and waiting for a chunk
    held: list[int] = field(default_factory=list)  # seqs of the chunk it is processing


def _how(process: BaseProcess) -> str:
    """How a process ended: "exit code 3", "killed by SIGKILL"."""
    code = process.exitcode
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


class ParallelPipeline:
    """``Pipeline.process_many`` over ``workers`` processes; results come back in input order.

    ``pipeline``: a pipeline to copy into every worker (it must pickle: its class importable,
    its stages module functions); by default each worker builds ``Pipeline()``.

    The workers of a run that finished are kept, idle, for the next ``process_many`` call of
    this object, and stopped by ``close()`` (or ``with``), or when the object is garbage-collected
    (``weakref.finalize``), so that code written for one ``Pipeline`` stops them without a call.
    Why: an ingest calls ``process_many`` again after its run, to re-extract the undated articles
    that other sources date (newsevents/anchoring.py, up to four passes); each call started two
    fresh workers from the forkserver, which had lost what the first ones learnt on the way (the
    stages' caches, spaCy's tokenizer cache and the vocabulary of the run). A run that ends
    early (an exception, Ctrl-C, a generator closed before its end) still stops its workers at
    once, as before.
    """

    def __init__(self, workers: int, pipeline: Pipeline | None = None, chunk_size: int | None = None) -> None:
        self.workers = max(1, workers)
        self.factory: PipelineFactory = Pipeline if pipeline is None else Reuse(pipeline)
        self.chunk_size = chunk_size
        self._idle: list[_Worker] = []  # the workers a finished run left, ready for the next one
        self._holders = Holders()  # which kept worker holds the Doc of which undated article
        self._finalizer = weakref.finalize(self, _stop_workers, self._idle, True)

    def process_many(self, articles: Iterable[Article]) -> Iterator[Article | Failure]:
        """Every article processed, or its Failure, in input order; the workers are kept for the
        next call when the run finishes, stopped at once when it ends early."""
        run = _Dispatch(self.workers, self.factory, self.chunk_size or CHUNK_SIZE, kept=self._idle,
                        holders=self._holders)
        self._idle.clear()  # the run owns them now (a run ended early does not give them back)
        finished = False
        try:
            yield from run.results(iter(articles))
            finished = True
        finally:
            if finished:
                self._idle.extend(run.release())
            else:
                run.stop(graceful=False)

    def close(self) -> None:
        """Stop the kept workers (they are asked to exit, as at the end of a run)."""
        self._finalizer()

    def __enter__(self) -> ParallelPipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _stop_workers(workers: list[_Worker], graceful: bool) -> None:
    """End every worker: asked to exit after a finished run, terminated otherwise."""
    for w in workers:
        if graceful:
            with contextlib.suppress(OSError, ValueError):
                w.conn.send(None)
        else:
            w.process.terminate()
    for w in workers:
        w.process.join(STOP_TIMEOUT_S if graceful else 2.0)
        if w.process.is_alive():
            w.process.kill()
            w.process.join()
        w.conn.close()
    workers.clear()


class _Dispatch:
    """One run: feeds idle workers chunk by chunk, collects results, releases them in order."""

    def __init__(self, workers: int, factory: PipelineFactory, chunk_size: int,
                 kept: Iterable[_Worker] = (), holders: Holders | None = None) -> None:
        self.limit, self.factory, self.chunk_size = workers, factory, chunk_size
        self.holders = holders if holders is not None else Holders()
        self.context = start_context()
        # workers an earlier run of the same ParallelPipeline left idle (and alive: a dead one
        # is seen by _collect through its sentinel, as any other)
        self.workers: list[_Worker] = list(kept)
        self.originals: dict[int, Article] = {}  # seq -> the caller's article, until yielded
        self.done: dict[int, Article | Failure] = {}
        self.backlog: list[list[int]] = []  # chunks read but not yet given to a worker
        self.next_seq = 0
        self.exhausted = False
        self.start_error: str | None = None

    # the loop --------------------------------------------------------------------------------
    def results(self, source: Iterator[Article]) -> Iterator[Article | Failure]:
        released = 0
        while True:
            ready, released = release_ready(self.done, self.originals, released)
            # idle workers get their next chunk before the caller stores these results: fed after
            # the yield, a worker that had just sent its results waited while this process saved
            # them (bench/scale.py's 454 articles on 2 workers: each idle ~10 % of the run)
            self._feed(source, released)
            yield from ready
            if self.exhausted and released == self.next_seq:
                return
            if not self.workers:
                raise WorkersUnavailable(self.start_error or "they stopped")
            self._collect()

    def _feed(self, source: Iterator[Article], released: int) -> None:
        """Give a chunk to every idle worker; start workers while chunks wait for one."""
        while True:
            idle = next((w for w in self.workers if w.ready and not w.held), None)
            if idle is not None:
                if not self.backlog and not self._read_chunk(source, released):
                    return
                self._send(idle, self._take(idle, source, released))
                continue
            if len(self.workers) >= self.limit or self.start_error is not None:
                return
            starting = sum(not w.ready for w in self.workers)  # each will take a waiting chunk
            if len(self.backlog) <= starting and not self._read_chunk(source, released):
                return
            if len(self.backlog) > starting:
                self._start()

    def _read_chunk(self, source: Iterator[Article], released: int) -> bool:
        """Read the next chunk into the backlog; False at the end or when far enough ahead."""
        if self.exhausted or self.next_seq - released >= self.limit * MAX_CHUNKS_AHEAD * self.chunk_size:
            return False
        chunk = list(itertools.islice(source, self.chunk_size))
        if not chunk:
            self.exhausted = True
            return False
        seqs = list(range(self.next_seq, self.next_seq + len(chunk)))
        self.next_seq += len(chunk)
        self.originals.update(zip(seqs, chunk, strict=True))
        self.backlog.append(seqs)
        return True

    def _share(self, source: Iterator[Article], released: int) -> int:
        """How many articles the next chunk takes: ``chunk_size``, or near the end of the input,
        an even share of what is left for the workers (``tail_share``).

        Why: a run ends when its last chunk does, and with whole chunks the last one often runs
        on one worker while the other waits (the ingest's last chunk, and the dating's rounds of
        a few dozen articles each, ended by a lone chunk of up to 8 on one core). To see the end
        coming, the input is read ahead until ``workers`` chunks wait (within the bound of
        ``MAX_CHUNKS_AHEAD``). Only how articles are grouped changes: each is processed alone by
        the same code (spaCy's parse of a document does not depend on its batch)."""
        if self.limit < 2:
            return self.chunk_size
        enough = self.limit * self.chunk_size
        while sum(map(len, self.backlog)) < enough and self._read_chunk(source, released):
            pass
        if not self.exhausted:
            return self.chunk_size
        return tail_share(sum(map(len, self.backlog)), self.limit, self.chunk_size)

    def _take(self, worker: _Worker, source: Iterator[Article], released: int) -> list[int]:
        """The next chunk for ``worker`` (``_share`` articles): the backlog's first, unless it holds
        articles whose Doc a live worker kept (``Holders``: a re-extraction) and there are several
        workers. Then, read as far ahead as allowed, the ones ``worker`` holds come first, then the
        ones no live worker holds, then the others' (an idle worker never waits for work that
        exists); input order within each. A run of new texts is fed exactly as without holders."""
        size = self._share(source, released)
        if len(self.workers) < 2 or not self.holders.by_text:
            return self._first(size)
        live = set(map(id, self.workers))

        def rank(seq: int) -> int:
            holder = self.holders.holder(self.originals[seq])
            return 0 if holder is worker else 1 if holder is None or id(holder) not in live else 2

        if all(rank(seq) == 1 for seq in self.backlog[0]):
            return self._first(size)
        while self._read_chunk(source, released):
            pass
        order = sorted((s for chunk in self.backlog for s in chunk), key=lambda seq: (rank(seq), seq))
        taken, rest = order[:size], sorted(order[size:])
        self.backlog = [rest[i:i + self.chunk_size] for i in range(0, len(rest), self.chunk_size)]
        return sorted(taken)

    def _first(self, size: int) -> list[int]:
        """The backlog's first ``size`` articles, in input order (across the chunks as read: the
        input's last chunk is often short, and a share must not stop at its edge)."""
        taken: list[int] = []
        while self.backlog and len(taken) < size:
            chunk, need = self.backlog[0], size - len(taken)
            taken += chunk[:need]
            if len(chunk) <= need:
                self.backlog.pop(0)
            else:
                self.backlog[0] = chunk[need:]
        return taken

    def _send(self, worker: _Worker, seqs: list[int]) -> None:
        with contextlib.suppress(OSError, ValueError):  # a dead worker: its sentinel will say so
            worker.conn.send([(seq, self.originals[seq]) for seq in seqs])
        worker.held = seqs

    def _start(self) -> None:
        parent, child = self.context.Pipe(duplex=True)
        process = self.context.Process(target=_worker_main, args=(child, self.factory),
                                       name=f"newsevents-worker-{len(self.workers) + 1}", daemon=True)
        try:
            forked = self.context.get_start_method() == "forkserver"
            with _sigint_ignored():  # the child starts with SIGINT ignored, before any Python runs
                if forked:
                    # the forkserver (and so every worker it forks) inherits SIGINT ignored; its
                    # first fork waits for the preload, and Ctrl-C stays live during that wait
                    self._ensure_forkserver()
                else:
                    process.start()
            if forked:
                process.start()
        except Exception as exc:  # e.g. a pipeline that cannot be pickled for the worker
            parent.close()
            raise WorkersUnavailable(error_reason(exc)) from exc
        finally:
            child.close()
        self.workers.append(_Worker(process, parent))
        _STARTED.append(process.pid or 0)

    def _ensure_forkserver(self) -> None:
        """Start the forkserver if needed, telling its preload the languages of the articles
        waiting (a French corpus then loads no English model; others load in the workers)."""
        waiting = {self.originals[seq].language for chunk in self.backlog for seq in chunk}
        start_forkserver(",".join(sorted(lang for lang in waiting if lang)) if None not in waiting else "")

    def _collect(self) -> None:
        """Wait for a message or a death, and handle every one that is ready."""
        by_handle: dict[Any, _Worker] = {}
        for w in self.workers:
            by_handle[w.conn] = w
            by_handle[w.process.sentinel] = w
        for handle in wait(list(by_handle)):
            worker = by_handle[handle]
            if worker not in self.workers:
                continue
            if handle is worker.conn:
                self._receive(worker)
            elif not worker.conn.poll():  # dead, with nothing left to read
                self._bury(worker)

    def _receive(self, worker: _Worker) -> None:
        try:
            kind, payload = worker.conn.recv()
        except Exception:  # EOF, or a message cut short by the worker's death
            worker.process.join(STOP_TIMEOUT_S)
            self._bury(worker)
            return
        if kind == "init_failed":
            self.start_error = payload
            self._bury(worker)
        elif kind == "ready":
            worker.ready = True
        else:
            for seq, ok, data in payload:
                self.done[seq] = unpack(self.originals[seq], ok, data, WorkerError)
                if ok:
                    self.holders.note(self.originals[seq], worker)
            worker.held = []

    def _bury(self, worker: _Worker) -> None:
        """A worker that is gone: its documents fail with the reason; another may take its place."""
        self.workers.remove(worker)
        worker.conn.close()
        worker.process.join(STOP_TIMEOUT_S)
        if not worker.ready and self.start_error is None:  # it never started: do not retry
            self.start_error = f"a worker stopped while starting ({_how(worker.process)})"
        reason = (f"the worker process extracting this document stopped ({_how(worker.process)}); "
                  "ingest it again, with --workers 1 to see the error")
        for seq in worker.held:
            self.done[seq] = Failure(self.originals[seq], WorkerError(reason))

    def release(self) -> list[_Worker]:
        """The workers after a finished run (none holds a chunk; one may still be starting: its
        "ready" waits in its pipe for the next run), handed over to be kept for the next one."""
        workers, self.workers = self.workers, []
        return workers

    def stop(self, graceful: bool) -> None:
        """End every worker: asked to exit after a finished run, terminated otherwise."""
        _stop_workers(self.workers, graceful)


class _sigint_ignored:
    """Ignore SIGINT while a worker starts (it inherits that), on the main thread only."""

    def __enter__(self) -> None:
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, signal.SIG_IGN)

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
