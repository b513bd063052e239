"""The work a worker does on a chunk of articles, whichever engine runs it.

Every engine calls the same function, ``process_chunk``, so that a document processed in this
process, in a local worker process or on a remote Dask worker goes through the same code:
``Pipeline.process_many`` (normalise, parse with ``nlp.pipe``, every stage), with each result
packed for the trip back to the process that stores it.

What travels back per article: ``(seq, True, pickled (Article, readings))``, the Article without its
spaCy ``Doc`` (the store reads only the text, the metadata and the records), with its mentions'
stored JSON already encoded, and every row the store writes for it with its reports' merge keys
(``stored_rows.build``, kept in ``Article.encoded_mentions``: work taken off the storing process,
the one that limits a parallel ingest) and, for an undated
one, its time expressions as written (``pipeline._keep_readings``; else None), or
``(seq, False, reason)``. Pickling
happens here, in the worker, so that a record that cannot be pickled fails that document alone
rather than the whole chunk in the engine's own serialisation.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from newsevents import stored_rows
from newsevents.model import Article
from newsevents.pipeline import Failure, Pipeline, undated
from newsevents.read.common import error_reason
from newsevents.temporal.parse import give as give_readings
from newsevents.temporal.parse import parse as parse_times

PipelineFactory = Callable[[], Pipeline]
Packed = tuple[int, bool, Any]  # (seq, ok, pickled (article, readings) or reason)


def process_chunk(pipeline: Pipeline, chunk: list[tuple[int, Article]]) -> list[Packed]:
    """(seq, True, pickled (article, readings)) or (seq, False, reason) for every article of the chunk."""
    seq_of = {id(article): seq for seq, article in chunk}
    out: list[Packed] = []
    try:
        for result in pipeline.process_many((article for _, article in chunk), keep_docs=False):
            out.append(package(seq_of, result))
    except Exception as exc:  # a bug outside the per-document guard: the rest of the chunk fails
        done = {seq for seq, _, _ in out}
        reason = error_reason(exc)
        out += [(seq, False, reason) for seq, _ in chunk if seq not in done]
    return out


def package(seq_of: dict[int, int], result: Article | Failure) -> Packed:
    article = result.article if isinstance(result, Failure) else result
    seq = seq_of[id(article)]
    if isinstance(result, Failure):
        return seq, False, error_reason(result.error, article.path or article.id)
    article.doc = None  # the Doc does not pickle cheaply and the store does not read it
    # the rows the store writes (the mentions' JSON among them) and the reports' merge keys, built
    # here rather than by the storing process (stored_rows: ingest saves with ``ahead``)
    try:
        article.encoded_mentions = stored_rows.build(article, with_keys=True)
    except Exception:  # built again by the storing process, whose save reports it for this document alone
        article.encoded_mentions = None
    # an undated article's time expressions as written, which the dating through other sources
    # reads in the storing process (pipeline._keep_readings): this parse is the one just kept
    readings = parse_times(article.text, article.language or "fr") if undated(article) else None
    try:
        return seq, True, pickle.dumps((article, readings), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:
        return seq, False, f"the worker could not send the result back: {error_reason(exc)}"


def release_ready(done: dict[int, Article | Failure], originals: dict[int, Article],
                  released: int) -> tuple[list[Article | Failure], int]:
    """The results ready in input order from number ``released`` on, each original forgotten, and
    the next number to wait for. Why: workers (local or remote) finish chunks out of order, and
    the caller must see its articles in the order it gave them."""
    ready: list[Article | Failure] = []
    while released in done:
        originals.pop(released)
        ready.append(done.pop(released))
        released += 1
    return ready, released


def adopt(original: Article, processed: Article) -> Article:
    """Copy what the worker extracted into the caller's article object (identity kept)."""
    for f in fields(Article):
        setattr(original, f.name, getattr(processed, f.name))
    return original


def unpack(original: Article, ok: bool, data: Any, error: Callable[[str], Exception]) -> Article | Failure:
    """The caller's article filled in from a packed result, or its Failure."""
    if not ok:
        return Failure(original, error(data))
    processed, readings = pickle.loads(data)
    if readings is not None:  # parsed by the worker: not parsed here again (pipeline._keep_readings)
        give_readings(processed.text, processed.language or "fr", readings)
    return adopt(original, processed)


@dataclass(frozen=True)
class Reuse:
    """A picklable factory returning the (unpickled) pipeline it carries."""

    pipeline: Pipeline

    def __call__(self) -> Pipeline:
        return self.pipeline


# --- pipelines kept by a long-lived worker (Dask) ---------------------------------------------------
# A Dask worker runs many tasks in one process: it builds a pipeline once per key and keeps it
# (spaCy's models are cached per process by newsevents.nlp in any case). One lock per pipeline:
# a worker started with several threads runs its tasks one at a time, since the NLP holds the
# GIL and a pipeline is not made to be shared between threads.
_KEPT: dict[str, tuple[Pipeline, threading.Lock]] = {}
_KEPT_LOCK = threading.Lock()
MAX_KEPT_PIPELINES = 2  # the default one and the current run's own: older runs' are dropped


def kept_pipeline(key: str, factory: PipelineFactory) -> tuple[Pipeline, threading.Lock]:
    with _KEPT_LOCK:
        if key not in _KEPT:
            while len(_KEPT) >= MAX_KEPT_PIPELINES:
                _KEPT.pop(next(iter(_KEPT)))
            _KEPT[key] = (factory(), threading.Lock())
        return _KEPT[key]


def run_chunk(key: str, factory: PipelineFactory, chunk: list[tuple[int, Article]]) -> list[Packed]:
    """A remote task: this worker's pipeline for ``key`` (built once) over one chunk."""
    pipeline, lock = kept_pipeline(key, factory)
    with lock:
        return process_chunk(pipeline, chunk)
