"""Ingest: paths -> readers -> pipeline -> store, one transaction per document.

The library behind ``newsevents ingest``; the CLI only prints what `ingest` returns.

- Re-ingesting changes nothing: a text whose sha256 is already stored is reported ``unchanged``
  and never reaches spaCy (unless ``reprocess=True``, which re-extracts and replaces it).
- One bad document never aborts a batch: read failures and extraction failures are recorded
  with their reason, and the others go on.
- Ctrl-C stops between documents: every document already saved stays saved (each was its own
  transaction) and the summary says the run was interrupted.
- A database that cannot be written (locked, full) stops the run, since every later save
  would fail too; what was saved before stays.
- ``workers=N`` (N > 1) runs the NLP in N processes (newsevents.engine.pool), one spaCy each. This
  process still reads the inputs, skips the texts already stored (no NLP for them), and alone
  writes to the store, one transaction per document, in input order: the database, the
  summary and a Ctrl-C's saved prefix are the same as with one process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Literal

from newsevents import anchoring, settings
from newsevents.engine import processor as engine_processor
from newsevents.engine import writer
from newsevents.engine.pool import WorkersUnavailable
from newsevents.engine.progress import ProgressBar
from newsevents.errors import NewsEventsError, StoreError
from newsevents.extract.when import FLOOR_WARNING, UNDATED_WARNING
from newsevents.model import Article, Published
from newsevents.pipeline import Failure, Pipeline
from newsevents.read.common import ReadFailure, error_reason
from newsevents.read.files import count_documents, expand, read_listing
from newsevents.read.language import assign_language
from newsevents.store import Store

Status = Literal["new", "unchanged", "reprocessed", "failed"]
STATUSES: tuple[Status, ...] = ("new", "reprocessed", "unchanged", "failed")


@dataclass(slots=True)
class Outcome:
    """What happened to one input document."""

    where: str
    status: Status
    document: str | None = None
    reason: str | None = None
    events: int = 0
    claims: int = 0
    warnings: list[str] = field(default_factory=list)
    order: int = 0  # position in the input, to report in input order

    def to_json(self) -> dict[str, Any]:
        return {"where": self.where, "status": self.status, "document": self.document,
                "reason": self.reason, "events": self.events, "claims": self.claims,
                "warnings": list(self.warnings)}


@dataclass(slots=True)
class IngestSummary:
    """Every document's outcome, plus whether the run was cut short and why."""

    outcomes: list[Outcome] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files of other types inside directories
    records_skipped: dict[str, int] = field(default_factory=dict)  # web archive records, by kind
    interrupted: bool = False  # Ctrl-C
    aborted: str | None = None  # a database error stopped the run
    dated: list[str] = field(default_factory=list)  # undated documents dated through other sources

    def count(self, status: Status) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def ok(self) -> bool:
        """True when every document was stored or already there and the run finished."""
        return not self.failures and not self.interrupted and self.aborted is None

    def line(self) -> str:
        """A one-line account: "3 new, 1 unchanged, 1 failed"."""
        parts = [f"{self.count(s)} {s}" for s in STATUSES if self.count(s)] or ["nothing to ingest"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped (no reader for their type)")
        if self.records_skipped:
            parts.append(f"{sum(self.records_skipped.values())} archive records skipped (not pages)")
        if self.dated:
            parts.append(f"{len(self.dated)} undated dated through other sources")
        return ", ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {"counts": {s: self.count(s) for s in STATUSES}, "skipped": list(self.skipped),
                "records_skipped": dict(self.records_skipped),
                "interrupted": self.interrupted, "aborted": self.aborted, "dated": list(self.dated),
                "outcomes": [o.to_json() for o in self.outcomes]}


def open_store(db: str, *, must_exist: bool = False) -> Store:
    """Open the database, honouring ``NEWSEVENTS_LOCK_TIMEOUT``; for reading commands, refuse a
    SQLite file that does not exist (opening would create an empty one and show nothing)."""
    if must_exist and "://" not in db and db != ":memory:" and not Path(db).exists():
        raise StoreError(f"no database at {db}; run `newsevents ingest PATH` first, or pass --db "
                         f"(or set {settings.ENV_DB}) to use another one")
    timeout = settings.lock_timeout()
    return Store.open(db) if timeout is None else Store.open(db, timeout=timeout)


# Processed articles saved in one transaction (writer.save_many: the merge refresh once for all).
# Measured on the 454 articles of bench/scale.py (1 worker, load 4): 10.6 s CPU against 11.2-12.4
# one by one, the same JSON Lines export (and on news-dev); the spaCy batch is 16 as well, so a
# batch's results arrive together.
SAVE_BATCH = 16
# Inputs whose texts are looked up in the store together (``_Run.candidates``): a spaCy batch, so
# that reading ahead holds no more documents than the pipeline's first batch waits for anyway.
LOOKUP_BATCH = 16


class _Run:
    """The state of one ingest run: what is pending in the pipeline, what was seen, the summary."""

    def __init__(self, store: Store, reprocess: bool, on_outcome: Callable[[Outcome], None] | None) -> None:
        self.store = store
        self.reprocess = reprocess
        self.on_outcome = on_outcome
        self.summary = IngestSummary()
        self.seen: dict[str, str] = {}  # sha256 -> document id, this run
        self.pending: dict[int, tuple[Status, int]] = {}  # id(article) -> (status, order)
        self.order = 0

    def record(self, outcome: Outcome) -> None:
        self.summary.outcomes.append(outcome)
        if self.on_outcome is not None:
            self.on_outcome(outcome)

    def fail(self, where: str, error: BaseException, order: int) -> None:
        self.record(Outcome(where, "failed", reason=error_reason(error, where), order=order))

    def candidates(self, items: Iterable[Article | ReadFailure]) -> Iterator[Article]:
        """The articles that need the NLP; everything else is recorded as it is read.

        The inputs are read ``LOOKUP_BATCH`` at a time and their texts looked up in the store in
        one query (one query per document was ~1 % of an ingest's CPU); each is then judged in
        input order as before."""
        for chunk in _chunks(items, LOOKUP_BATCH):
            stored = self.store.documents_with_texts(
                [i.sha256 for i in chunk if not isinstance(i, ReadFailure) and i.sha256 not in self.seen])
            yield from self._candidates(chunk, stored)

    def _candidates(self, items: list[Article | ReadFailure], stored: dict[str, str]) -> Iterator[Article]:
        for item in items:
            self.order += 1
            if isinstance(item, ReadFailure):
                self.fail(item.where, item.error, self.order)
                continue
            where = item.path or item.id
            if item.sha256 in self.seen:  # the same text twice in one run
                self.record(Outcome(where, "unchanged", self.seen[item.sha256], order=self.order,
                                    warnings=[f"same text as {self.seen[item.sha256]} earlier in this run"]))
                continue
            existing = stored.get(item.sha256)
            self.seen[item.sha256] = existing or item.id
            if existing and not self.reprocess:
                self.record(Outcome(where, "unchanged", existing, order=self.order))
                continue
            try:
                assign_language(item)
            except NewsEventsError as exc:
                self.fail(where, exc, self.order)
                continue
            self.pending[id(item)] = ("reprocessed" if existing else "new", self.order)
            yield item

    def finish(self, result: Article | Failure) -> None:
        """Save one processed article (or record its failure)."""
        self.finish_many([result])

    def finish_many(self, results: list[Article | Failure]) -> None:
        """Save processed articles in one transaction (``writer.save_many``: the merge refresh
        once for all) and record each outcome, failures included, in their order."""
        saving = [r for r in results if not isinstance(r, Failure)]
        states = {id(a): self.pending.pop(id(a)) for a in (r.article if isinstance(r, Failure) else r
                                                            for r in results)}
        # (``ahead``: nothing changed these articles since their workers built their rows)
        saved = iter(writer.save_many(self.store, saving, [states[id(a)][0] == "reprocessed" for a in saving],
                                      ahead=True) if saving else [])
        for result in results:
            article = result.article if isinstance(result, Failure) else result
            status, order = states[id(article)]
            where = article.path or article.id
            if isinstance(result, Failure):
                self.fail(where, result.error, order)
                continue
            done = next(saved)
            if isinstance(done, StoreError):
                self.fail(where, done, order)
                self.summary.aborted = str(done)
                continue
            if not done:  # another process stored the same text since we checked
                self.record(Outcome(where, "unchanged", self.store.has_document(article.sha256) or article.id,
                                    order=order, warnings=["stored meanwhile by another ingest"]))
            else:
                self.record(Outcome(where, status, article.id, events=len(article.events),
                                    claims=len(article.claims), warnings=list(article.warnings), order=order))
            article.doc = None  # the spaCy Doc is the heavy part; free it now


def ingest(paths: Iterable[str | Path], store: Store, *, published: Published | None = None,
           language: str | None = None, reprocess: bool = False, pipeline: Pipeline | None = None,
           progress: bool = False, on_outcome: Callable[[Outcome], None] | None = None,
           workers: int = 1, engine: str = "local", scheduler: str | None = None) -> IngestSummary:
    """Read, extract and store every document below ``paths``; never raises for one bad document.

    ``published`` fills in documents whose input gives no date; ``language`` overrides every
    document's language. ``progress`` shows a bar on stderr when there are more than
    ``settings.PROGRESS_MIN_DOCUMENTS`` documents. ``workers``: processes running the NLP (0 = one
    per CPU core); with more than one, ``pipeline`` (if given) is copied into each of them.
    ``engine``/``scheduler``: where the NLP runs (newsevents.engine: "local", or "dask" with a
    scheduler address); this process still reads and writes.
    """
    store.check_writable()  # a read-only database: one error now, not a batch of failures later
    # one processor for the run and the dating through other sources after it: local workers
    # started for the run serve the re-extractions too, and stop when both are done
    with engine_processor(engine, workers, scheduler, pipeline) as processor:
        listing = expand(paths)
        run = _Run(store, reprocess, on_outcome)
        run.summary.skipped = list(listing.skipped)
        items = read_listing(listing, published=published, language=language)
        with ProgressBar(count_documents(listing) if progress else 0, progress) as advance:
            if advance is not None:
                run.on_outcome = _chain(on_outcome, advance)
            # the database went away, or no worker started: the run stops, nothing raises
            _store_all(run, processor.process_many(run.candidates(items)), (StoreError, WorkersUnavailable),
                       interruptible=True)
            _date_through_sources(run, processor.process_many)
    run.summary.outcomes.sort(key=lambda o: o.order)
    run.summary.records_skipped = dict(sorted(listing.records_skipped.items()))
    return run.summary


def ingest_articles(items: Iterable[Article | ReadFailure], store: Store, *, reprocess: bool = False,
                    pipeline: Pipeline | None = None) -> IngestSummary:
    """Extract and store articles already read (one posted to the web API): the rules of
    ``ingest`` (the same text is ``unchanged``, a failure is recorded and never aborts the others,
    a database error stops the run), in this process."""
    run = _Run(store, reprocess, None)
    pipeline = pipeline or Pipeline()
    _store_all(run, pipeline.process_many(run.candidates(items)), (StoreError,), interruptible=False)
    _date_through_sources(run, pipeline.process_many)
    run.summary.outcomes.sort(key=lambda o: o.order)
    return run.summary


def _store_all(run: _Run, results: Iterator[Article | Failure], stops: tuple[type[Exception], ...],
               interruptible: bool) -> None:
    """Store each result as it comes, until the end or an error of ``stops`` (recorded as the run's
    abort, not raised); with ``interruptible``, Ctrl-C ends the run the same way. A run left
    early closes its results, which stops their workers now."""
    held: list[Article | Failure] = []
    try:
        for result in results:
            held.append(result)
            if len(held) >= SAVE_BATCH:
                # handed over before saving: a Ctrl-C during the save loses that batch's
                # transaction whole (the next run stores it), never saves it twice
                batch, held = held, []
                run.finish_many(batch)
                if run.summary.aborted:
                    break
        batch, held = held, []
        run.finish_many(batch)
    except KeyboardInterrupt:
        if not interruptible:
            raise
        run.summary.interrupted = True
        if held:  # processed already: kept, as every result before them
            run.finish_many(held)
    except stops as exc:
        run.summary.aborted = str(exc)
    finally:
        _close(results)


def _date_through_sources(run: _Run, process: anchoring.Process) -> None:
    """Date the undated documents through the incidents other stored sources date
    (newsevents/anchoring.py), once a finished run has stored something new."""
    summary = run.summary
    if summary.interrupted or summary.aborted or not (summary.count("new") or summary.count("reprocessed")):
        return
    try:
        fresh = {o.document for o in summary.outcomes if o.status in ("new", "reprocessed") and o.document}
        outcomes = anchoring.date_through_sources(run.store, process, fresh)
    except KeyboardInterrupt:
        summary.interrupted = True
        return
    except (StoreError, WorkersUnavailable) as exc:
        summary.aborted = str(exc)
        return
    dated = {o.document: o.chosen for o in outcomes if o.chosen is not None and o.changed}
    summary.dated = sorted(dated)
    for outcome in summary.outcomes:  # its first account said "undated": say what it got instead
        hyp = dated.get(outcome.document or "")
        if hyp is None:
            continue
        pub = hyp.article.published
        outcome.events, outcome.claims = len(hyp.article.events), len(hyp.article.claims)
        outcome.warnings = [w for w in outcome.warnings if w not in (UNDATED_WARNING, FLOOR_WARNING)]
        if pub is not None:
            outcome.warnings.append(f"publication date {pub.date.isoformat()} inferred: {pub.basis}")


def _close(results: Iterator[Article | Failure]) -> None:
    """Close a results generator left early (break, Ctrl-C), so that it cleans up now."""
    close = getattr(results, "close", None)
    if close is not None:
        close()


def analyse(paths: Iterable[str | Path], *, published: Published | None = None,
            language: str | None = None, pipeline: Pipeline | None = None) -> Iterator[Article | ReadFailure]:
    """Run the pipeline over every document below ``paths`` without storing anything.

    Yields processed articles and, for inputs that could not be read or processed, a
    ``ReadFailure`` with the reason (input order is kept within each parsing batch).
    """
    def ready(items: Iterable[Article | ReadFailure], failed: list[ReadFailure]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, ReadFailure):
                failed.append(item)
                continue
            yield assign_language(item)

    failed: list[ReadFailure] = []
    items = read_listing(expand(paths), published=published, language=language)
    for result in (pipeline or Pipeline()).process_many(ready(items, failed)):
        yield from failed
        failed.clear()
        if isinstance(result, Failure):
            where = result.article.path or result.article.id
            error = result.error if isinstance(result.error, NewsEventsError) else \
                NewsEventsError(error_reason(result.error))
            yield ReadFailure(where, error)
        else:
            yield result
    yield from failed


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of ``size`` items (the last one shorter), read as they are needed."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _chain(*callbacks: Callable[[Outcome], None] | None) -> Callable[[Outcome], None]:
    def call(outcome: Outcome) -> None:
        for cb in callbacks:
            if cb is not None:
                cb(outcome)
    return call
