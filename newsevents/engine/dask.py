"""The NLP on a Dask distributed cluster: chunks of articles sent to remote workers.

    newsevents --db postgresql://db/news ingest crawl/ --engine dask --scheduler tcp://sched:8786

Why Dask (distributed) and not Ray: the work is a plain map of one Python function over chunks
of documents, with results brought back to one writer. Dask's ``Client.submit`` and
``as_completed`` do exactly that, install from PyPI as pure Python on top of what we have
(tornado, msgpack, cloudpickle), start a local cluster in-process for tests, and run on a plain
SSH/HPC/Kubernetes cluster with ``dask scheduler`` and ``dask worker`` commands. Ray brings a
large native runtime (its own object store and raylet) whose strengths (actors, GPUs, shared
memory of large arrays) this task does not use.

How a run goes:

- This process reads the inputs, skips stored texts and writes every result (one writer, as with
  the local engines); the workers only run the NLP, so they need no access to the database.
- Articles are sent in chunks of ``CHUNK_SIZE`` (each parsed in one ``nlp.pipe`` batch by
  ``engine.work.run_chunk``, the function the local pool runs too), at most
  ``MAX_CHUNKS_AHEAD`` per worker thread in flight, so a long input streams in bounded memory.
- Results are released in input order. A task that fails (a worker that died three times over,
  an error in the task) fails the documents of its chunk with the reason; the run goes on.
- Every worker builds its pipeline once and keeps it (``engine.work.kept_pipeline``); its spaCy
  models are loaded once per worker process.

The workers must have newsevents installed (same version, with its spaCy models): Dask ships
the task's function by reference.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from newsevents.engine.pool import WorkersUnavailable
from newsevents.engine.work import PipelineFactory, Reuse, release_ready, run_chunk, unpack
from newsevents.errors import NewsEventsError
from newsevents.model import Article
from newsevents.pipeline import Failure, Pipeline
from newsevents.read.common import error_reason

# Articles per task. Same reasoning as newsevents.engine.pool.CHUNK_SIZE (one nlp.pipe batch per
# task, few documents lost with a dead worker); a task also costs the scheduler about 1 ms of
# bookkeeping, negligible next to 8 articles' NLP (0.1-0.3 s).
CHUNK_SIZE = 8

# Tasks per worker thread in flight: enough that a worker never waits for its next chunk while
# this process saves results, few enough to bound memory when one slow chunk holds back the
# release of the ones after it (input order).
MAX_CHUNKS_AHEAD = 4

# A local cluster (no --scheduler) listens on the loopback interface only: nothing outside this
# machine needs to reach it.
LOCAL_HOST = "127.0.0.1"

# Seconds to wait for the scheduler (and, without one, for the local cluster's workers).
CONNECT_TIMEOUT_S = 30


class DaskUnavailable(WorkersUnavailable):
    """The Dask engine cannot run: package missing, scheduler unreachable, no workers."""

    def __init__(self, reason: str) -> None:
        NewsEventsError.__init__(self, reason)


class DaskTaskError(NewsEventsError):
    """A document's failure as reported by (or about) a Dask worker."""


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise DaskUnavailable("--engine dask needs the 'dask' and 'distributed' packages: "
                              "pip install 'newsevents[dask]'") from exc
    return distributed


class DaskPipeline:
    """``Pipeline.process_many`` over a Dask cluster; results come back in input order.

    ``scheduler``: the address of a running scheduler (``tcp://host:8786``), or None to start a
    local cluster of ``workers`` processes (one thread each) for this run. ``pipeline``: a
    pipeline to copy to every worker (it must pickle); by default each builds ``Pipeline()``.
    """

    def __init__(self, scheduler: str | None, workers: int = 1, pipeline: Pipeline | None = None,
                 chunk_size: int | None = None) -> None:
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self.factory: PipelineFactory = Pipeline if pipeline is None else Reuse(pipeline)
        # the default pipeline is kept by workers across runs; a given one only for this run
        self.key = "default" if pipeline is None else f"run-{uuid.uuid4().hex}"
        self.chunk_size = chunk_size or CHUNK_SIZE

    def process_many(self, articles: Iterable[Article]) -> Iterator[Article | Failure]:
        source = iter(articles)
        try:
            first = next(source)
        except StopIteration:  # nothing to do: no cluster started, no scheduler contacted
            return
        client, cluster = self._connect()
        run = _Run(client, self.key, self.factory, self.chunk_size)
        try:
            yield from run.results(itertools.chain([first], source))
        finally:
            run.cancel()
            with contextlib.suppress(Exception):
                client.close()
            if cluster is not None:
                with contextlib.suppress(Exception):
                    cluster.close()

    def close(self) -> None:
        """Nothing to stop: each ``process_many`` call closes the client (and the local cluster)
        it opened."""

    def __enter__(self) -> DaskPipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connect(self) -> tuple[Any, Any]:
        distributed = _distributed()
        if self.scheduler is None:
            cluster = distributed.LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True, host=LOCAL_HOST,
                dashboard_address=None, silence_logs=logging.ERROR)
            try:
                return distributed.Client(cluster, timeout=CONNECT_TIMEOUT_S), cluster
            except Exception:
                cluster.close()
                raise
        try:
            client = distributed.Client(self.scheduler, timeout=CONNECT_TIMEOUT_S)
        except Exception as exc:  # OSError, TimeoutError: one clear line, not a traceback
            raise DaskUnavailable(f"cannot reach the Dask scheduler at {self.scheduler}: "
                                  f"{error_reason(exc)}; start one with `dask scheduler` and workers "
                                  "with `dask worker ADDRESS --nthreads 1`") from None
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
        except Exception:
            client.close()
            raise DaskUnavailable(f"the Dask scheduler at {self.scheduler} has no worker (waited "
                                  f"{CONNECT_TIMEOUT_S} s); start some with `dask worker "
                                  f"{self.scheduler} --nthreads 1`") from None
        return client, None


class _Run:
    """One run: submits chunks while few enough are in flight, releases results in input order."""

    def __init__(self, client: Any, key: str, factory: PipelineFactory, chunk_size: int) -> None:
        self.client, self.key, self.factory, self.chunk_size = client, key, factory, chunk_size
        self.distributed = _distributed()
        self.completed = self.distributed.as_completed()
        self.in_flight: dict[Any, list[int]] = {}  # future -> seqs of its chunk
        self.originals: dict[int, Article] = {}
        self.done: dict[int, Article | Failure] = {}
        self.next_seq = 0
        self.exhausted = False

    def _slots(self) -> int:
        """Chunks that may be in flight: MAX_CHUNKS_AHEAD per worker thread of the cluster."""
        try:
            threads = sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values())
        except Exception:
            threads = 1
        return max(1, threads) * MAX_CHUNKS_AHEAD

    def results(self, source: Iterator[Article]) -> Iterator[Article | Failure]:
        slots = self._slots()
        released = 0
        while True:
            ready, released = release_ready(self.done, self.originals, released)
            yield from ready
            while not self.exhausted and (self.next_seq - released) < slots * self.chunk_size:
                self._submit(source)
            if self.exhausted and released == self.next_seq:
                return
            future = next(self.completed)
            self._collect(future)

    def _submit(self, source: Iterator[Article]) -> None:
        chunk = list(itertools.islice(source, self.chunk_size))
        if not chunk:
            self.exhausted = True
            return
        seqs = list(range(self.next_seq, self.next_seq + len(chunk)))
        self.next_seq += len(chunk)
        self.originals.update(zip(seqs, chunk, strict=True))
        future = self.client.submit(run_chunk, self.key, self.factory, list(zip(seqs, chunk, strict=True)),
                                    pure=False)
        self.in_flight[future] = seqs
        self.completed.add(future)

    def _collect(self, future: Any) -> None:
        seqs = self.in_flight.pop(future)
        try:
            packed = future.result()
        except Exception as exc:
            reason = _task_failure(exc)
            for seq in seqs:
                self.done[seq] = Failure(self.originals[seq], DaskTaskError(reason))
            return
        finally:
            future.release()
        for seq, ok, data in packed:
            self.done[seq] = unpack(self.originals[seq], ok, data, DaskTaskError)

    def cancel(self) -> None:
        """Cancel what is still in flight (a run cut short by Ctrl-C or an error)."""
        if self.in_flight:
            with contextlib.suppress(Exception):
                self.client.cancel(list(self.in_flight))
            self.in_flight.clear()


def _task_failure(exc: BaseException) -> str:
    if type(exc).__name__ == "KilledWorker":
        return ("the Dask workers running this document died (KilledWorker: out of memory or a "
                "crash); ingest it again, with --workers 1 to see the error")
    return f"the Dask task failed: {error_reason(exc)}"
