"""Where the NLP runs: in this process, in a pool of local worker processes, or on Dask.

    processor = engines.processor("dask", workers=0, scheduler="tcp://10.0.0.5:8786")
    for result in processor.process_many(articles): ...   # Article or Failure, input order

Every engine has ``Pipeline.process_many``'s contract: for every article given, in input order,
the processed article (the caller's own object, filled in) or a ``Failure`` with its reason.
So ``newsevents.ingest`` reads, skips what is stored and writes the same way whatever runs the
NLP, and the database ends up the same. Only the calling process writes to the store.

- ``local`` with ``workers=1``: this process (``Pipeline``, through ``InProcess``).
- ``local`` with ``workers=N``: N worker processes on this machine (``newsevents.engine.pool``).
- ``dask``: the workers of a Dask distributed cluster (``newsevents.engine.dask``), reached
  through its scheduler's address; without one, a local Dask cluster of ``workers`` processes.

Every engine runs the same per-chunk function (``engine.work.process_chunk``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

from newsevents.errors import NewsEventsError

if TYPE_CHECKING:  # imported when used: the command line imports engine.prestart, and through
    # it this package, before anything else (engine/prestart.py), so it must stay light
    from newsevents.model import Article
    from newsevents.pipeline import Failure, Pipeline

ENGINES = ("local", "dask")


class Processor(Protocol):
    """``process_many`` may be called several times (an ingest calls it again for the dating
    through other sources): local workers started by a call serve the next ones; ``close()``
    (or ``with``) stops them, else they stop when the processor is garbage-collected."""

    def process_many(self, articles: Iterable[Article]) -> Iterator[Article | Failure]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Processor: ...

    def __exit__(self, *exc: object) -> None: ...


def processor(engine: str = "local", workers: int = 1, scheduler: str | None = None,
              pipeline: Pipeline | None = None) -> Processor:
    """The processor for an engine name; ``workers`` 0 means one per CPU core (local) or every
    worker the cluster has (dask with a scheduler)."""
    from newsevents.engine.pool import ParallelPipeline, resolve_workers

    if engine not in ENGINES:
        raise NewsEventsError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "dask":
        from newsevents.engine.dask import DaskPipeline

        return DaskPipeline(scheduler, workers=resolve_workers(workers) if scheduler is None else workers,
                            pipeline=pipeline)
    if scheduler:
        raise NewsEventsError("--scheduler is for --engine dask; the local engine needs none")
    count = resolve_workers(workers)
    if count > 1:
        return ParallelPipeline(count, pipeline)
    if pipeline is None:
        from newsevents.pipeline import Pipeline

        pipeline = Pipeline()
    return InProcess(pipeline)


class InProcess:
    """This process's pipeline for a run that stores what it extracts: each Doc is dropped once
    the stages have run, and batches are parsed in spaCy memory zones, so that a long run's
    memory stays flat (``Pipeline.process_many(keep_docs=False)``, as the workers run it)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def process_many(self, articles: Iterable[Article]) -> Iterator[Article | Failure]:
        return self.pipeline.process_many(articles, keep_docs=False)

    def close(self) -> None:
        """Nothing to stop: this process does the work."""

    def __enter__(self) -> InProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
