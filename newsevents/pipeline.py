"""The flow: Article -> parse (normalise, language, spaCy) -> stages -> Article with events and claims.

Like spaCy's ``Language``, the pipeline is a list of named stages with one contract each
(``run(article) -> article``), checked at every call; the order is data (``DEFAULT_STAGES``).
Parsing is batched through ``nlp.pipe`` because that is where the time goes; the extraction
stages are cheap per document.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from newsevents import ids
from newsevents.errors import NewsEventsError
from newsevents.model import Article
from newsevents.nlp import pipeline as spacy_pipeline
from newsevents.nlp_load import long_lived_objects
from newsevents.nlp_regex import save_compiled_regexes
from newsevents.read.normalize import normalize_article
from newsevents.temporal.parse import give as give_readings
from newsevents.temporal.parse import parse as parse_times

# mentions first, then claims (events use attributions), then events, then the links between them
DEFAULT_STAGES: tuple[str, ...] = (
    "when", "where", "who", "weapons", "numbers", "claims", "events", "screen", "link",
)

Stage = Callable[[Article], Article]

# Articles per nlp.pipe call (and per batch that Ctrl-C may lose). Tuned with CPU time on the 456
# articles of bench/throughput.py: batches of 4/16/64/256 took 9.1-9.6/8.5-9.0/8.6-8.8/9.6-9.8 s,
# and one nlp.pipe call per 16 articles cost the same as one call over all of them.
SPACY_BATCH_SIZE = 16

# Strings a language's spaCy vocabulary may gain in a long run (``keep_docs=False``) before its
# batches are parsed inside memory zones. Why not a zone from the second batch on: inside a zone
# spaCy's tokenizer caches nothing (``Tokenizer._save_cached``), so every word met after the first
# batch went through the prefix/suffix/infix rules again at each occurrence: 0.35 s more CPU of
# 0.7 s of tokenising on the 454 articles of bench/throughput.py (measured side by side). Outside
# a zone a word stays in the vocabulary and the tokenizer's cache, about 230 bytes each (those
# articles: +10,500 strings, +2.4 MB RSS). 50,000 strings bound that growth to ~12 MB per process
# and cover the words met first, the frequent ones, for the rest of the run; then memory is flat.
WARM_VOCAB_STRINGS = 50_000


# Languages whose first batch of a long run this process has finished (see ``_freeze_long_lived``)
_FROZEN_AFTER: set[str] = set()


def _freeze_long_lived(language: str) -> None:
    """Once per language and process, after the first batch of a long run: move every object
    alive now (the spaCy model, the stages' lexicons and caches built on first use) out of the
    reach of the cyclic garbage collector (``gc.freeze``).

    Why: those ~600,000 objects live as long as the process, and each full collection walked
    them all for nothing (4 collections, 0.3 s CPU of the 454 articles of bench/scale.py, ~2.5 %
    of the run). Objects are still freed by reference counting as before, so nothing the run
    drops is kept; only a reference cycle alive at this moment and dropped later stays in
    memory. In a worker forked after ``engine/preload.py`` froze the preloaded objects, it also
    spares their memory pages the collector's writes (copy-on-write stays shared).
    """
    if language not in _FROZEN_AFTER:
        _FROZEN_AFTER.add(language)
        gc.freeze()
        # the long patterns the model and the stages compiled are all built by now
        save_compiled_regexes()


@dataclass(slots=True)
class Failure:
    """A document that could not be processed, with the reason (never dropped silently)."""

    article: Article
    error: Exception

    @property
    def where(self) -> str:
        return self.article.path or self.article.id or "<document>"


# Stages that live outside newsevents/extract: the trained classifiers (newsevents/learn)
LEARNED_STAGES = frozenset({"screen"})


def load_stage(name: str) -> Stage:
    if name in LEARNED_STAGES:
        module = importlib.import_module(f"newsevents.learn.{name}")
        return module.run  # type: ignore[no-any-return]
    module = importlib.import_module(f"newsevents.extract.{name}")
    return module.run  # type: ignore[no-any-return]


def parser(language: str) -> Any:
    """The spaCy pipeline of a language with every default stage's entity-ruler patterns.

    Why here and not in newsevents.nlp: the patterns come from the stages, which import nlp;
    nlp keeps a registry they fill when imported. Importing every default stage first gives
    the same model whichever stages a Pipeline runs.
    """
    for name in DEFAULT_STAGES:
        load_stage(name)
    return spacy_pipeline(language)


def assign_ids(article: Article) -> None:
    """Stable ids for the article's events and claims (content-derived, see ids.py)."""
    seen: set[str] = set()
    for event in article.events:
        event.document = article.id
        event.id = ids.event_id(article.id, event.type, event.trigger)
        if event.id in seen and event.date is not None:
            # one phrase naming two incidents ("les 8 et 18 août"): the date tells them apart
            event.id = ids.event_id(article.id, event.type, event.trigger, event.date.start.isoformat())
        seen.add(event.id)
    for claim in article.claims:
        claim.document = article.id
        claim.id = ids.claim_id(article.id, claim.content_span, claim.speaker.name)


def undated(article: Article) -> bool:
    """No publication date of the article's own words, or one inferred only as a range: what
    the dating through other sources re-extracts, under each day it tries (newsevents/anchoring.py,
    ``Store.documents_to_date``)."""
    pub = article.published
    return pub is None or (pub.inferred and pub.precision == "range")


def _keep_readings(article: Article) -> None:
    """Remember the time expressions of an undated article's text as written (``temporal.parse.give``).

    Why: the dating through other sources reads them again in the process that stores
    (anchoring.py's ``_readings``, anchoring_joint.py's ``_read``), after the run; there they cost
    a parse per undated article, and in the parent of ``--workers N`` the time grammar's build
    too, while the workers wait (0.3 s CPU for the 186 undated of the 454 articles of
    bench/scale.py). Here the parse is mostly the one the when stage has just made (its memo),
    and a worker sends it back with the article (engine/work.py)."""
    language = article.language or "fr"
    give_readings(article.text, language, parse_times(article.text, language))


class ParsedDocs:
    """The spaCy Docs of the undated articles of a long run, kept for their re-extraction.

    Why: the dating through other sources extracts an undated article again as if published on
    each day it tries (anchoring.py), from the same text; with the Docs dropped after each
    article (``keep_docs=False``), each try parsed it again: 53 extractions of 45 articles, 0.9 s
    CPU after the 11 s of the 454 articles of bench/scale.py, most of it spaCy. A Doc is the same
    whichever stages read it (they add nothing to it but their own ``user_data`` caches, which
    depend on the text alone), so a text parsed once is extracted from its Doc again.

    Only Docs parsed outside a spaCy memory zone are kept (a zone frees the strings of its Docs
    when it ends), the most recent ones, up to ``MAX_TOKENS`` tokens in all.
    """

    # A kept Doc of fr_core_news_md takes ~1.1 kB of resident memory per token (measured: 454
    # articles, 63,888 tokens, +67 MB RSS when kept); 50,000 tokens bound that to ~55 MB per
    # process and hold the undated articles of a run of ~800 news articles (the 186 undated of
    # the 454 of bench/scale.py: ~26,000 tokens).
    MAX_TOKENS = 50_000

    def __init__(self) -> None:
        self.docs: OrderedDict[tuple[str, str], Any] = OrderedDict()
        self.tokens = 0

    def get(self, language: str, text: str) -> Any:
        return self.docs.get((language, text))

    def keep(self, language: str, text: str, doc: Any) -> None:
        key = (language, text)
        if key in self.docs or len(doc) > self.MAX_TOKENS:
            return
        self.docs[key] = doc
        self.tokens += len(doc)
        while self.tokens > self.MAX_TOKENS:
            _, old = self.docs.popitem(last=False)
            self.tokens -= len(old)


class Pipeline:
    """Runs the stages over articles; loads each spaCy model once."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES) -> None:
        self.stage_names = tuple(stages)
        # the stages' modules (and spaCy's) are imported by the first pipeline of the process and
        # kept for good: built as long-lived objects then (later pipelines import nothing)
        first = any(f"newsevents.extract.{n}" not in sys.modules for n in self.stage_names)
        with long_lived_objects() if first else contextlib.nullcontext():
            self.stages: list[tuple[str, Stage]] = [(n, load_stage(n)) for n in self.stage_names]
        # per language, the size of the spaCy vocabulary when the first batch of a long run began
        self.vocab_start: dict[str, int] = {}
        self.parsed = ParsedDocs()

    def prepare(self, article: Article) -> Article:
        """Normalise typography and settle the language (detected when not given)."""
        normalize_article(article)
        if not article.language:
            from newsevents.read.language import detect_language

            article.language = detect_language(article.nlp_text)
        return article

    def extract(self, article: Article) -> Article:
        """Run every stage on a parsed article."""
        for name, stage in self.stages:
            if name == "link":
                assign_ids(article)
            result = stage(article)
            if not isinstance(result, Article):
                raise TypeError(f"stage {name!r} returned {type(result).__name__}, not Article")
            article = result
        assign_ids(article)
        return article

    def process(self, article: Article) -> Article:
        """One article, start to finish."""
        self.prepare(article)
        article.doc = parser(article.language or "fr")(article.nlp_text)
        return self.extract(article)

    def process_many(self, articles: Iterable[Article],
                     keep_docs: bool = True) -> Iterator[Article | Failure]:
        """Many articles, parsed in batches per language; a failure is yielded, not raised.

        ``keep_docs=False`` is for long runs that store the results (ingest, the workers): each
        article's spaCy ``Doc`` is dropped once the stages have run, and the batch is parsed in
        a spaCy *memory zone* once the vocabulary has grown by ``WARM_VOCAB_STRINGS``, so the
        words first met in it (names, numbers, typos) leave the vocabulary afterwards instead of
        piling up over millions of articles (see ``_memory_zone``). The articles yielded then
        have ``doc`` None.
        """
        batch: list[Article] = []
        for article in articles:
            try:
                self.prepare(article)
            except NewsEventsError as exc:
                yield Failure(article, exc)
                continue
            batch.append(article)
            if len(batch) >= SPACY_BATCH_SIZE:
                yield from self._run_batch(batch, keep_docs)
                batch = []
        if batch:
            yield from self._run_batch(batch, keep_docs)

    def _memory_zone(self, nlp: Any, language: str, keep_docs: bool) -> Any:
        """spaCy's ``memory_zone`` for a batch whose Docs are dropped after it, else no zone.

        Strings and lexemes added to the vocabulary inside a zone are removed when it ends.
        The batches of a language run outside one until its vocabulary has grown by
        ``WARM_VOCAB_STRINGS``: the first, because stages build their lexicons and caches on
        first use and those must stay; the next ones, so that the words they bring stay cached
        by the tokenizer (which caches nothing inside a zone). A zone changes no annotation.
        """
        if keep_docs or not hasattr(nlp, "memory_zone"):
            return contextlib.nullcontext()
        size = len(nlp.vocab.strings)
        if size - self.vocab_start.setdefault(language, size) < WARM_VOCAB_STRINGS:
            return contextlib.nullcontext()
        return nlp.memory_zone()

    def _run_batch(self, batch: list[Article], keep_docs: bool = True) -> Iterator[Article | Failure]:
        by_language: dict[str, list[Article]] = {}
        for a in batch:
            by_language.setdefault(a.language or "fr", []).append(a)
        done: dict[int, Article | Failure] = {}
        for language, group in by_language.items():
            try:
                nlp = parser(language)
            except NewsEventsError as exc:
                for a in group:
                    done[id(a)] = Failure(a, exc)
                continue
            zone = self._memory_zone(nlp, language, keep_docs)
            with zone:
                docs = self._parse(nlp, language, group)
                for a, doc in zip(group, docs, strict=True):
                    if isinstance(doc, Exception):
                        done[id(a)] = Failure(a, doc)
                        continue
                    a.doc = doc
                    try:
                        done[id(a)] = self.extract(a)
                    except Exception as exc:  # one bad document never aborts a batch
                        done[id(a)] = Failure(a, exc)
                    if not keep_docs:
                        if undated(a):
                            _keep_readings(a)
                            if isinstance(zone, contextlib.nullcontext):
                                self.parsed.keep(language, a.nlp_text, doc)
                        a.doc = None
                del docs, doc  # no Doc of the zone outlives it
            if not keep_docs:
                _freeze_long_lived(language)
        for a in batch:  # keep input order
            yield done[id(a)]

    def _parse(self, nlp: Any, language: str, group: list[Article]) -> list[Any]:
        """The Doc of each article (or the exception parsing it raised): a text parsed earlier in
        this run and kept (``ParsedDocs``) is not parsed again."""
        docs: list[Any] = [self.parsed.get(language, a.nlp_text) for a in group]
        todo = [i for i, doc in enumerate(docs) if doc is None]
        if todo:
            try:
                fresh = list(nlp.pipe(group[i].nlp_text for i in todo))
            except Exception:  # a bad text spoils nlp.pipe for the batch: parse one by one
                fresh = [self._parse_one(nlp, group[i]) for i in todo]
            for i, doc in zip(todo, fresh, strict=True):
                docs[i] = doc
        return docs

    def __getstate__(self) -> dict[str, Any]:
        """A copy sent to a worker process carries no Doc (``Reuse`` in engine/work.py)."""
        state = dict(self.__dict__)
        state["parsed"] = ParsedDocs()
        return state

    @staticmethod
    def _parse_one(nlp: Any, article: Article) -> Any:
        """The Doc of one article, or the exception that parsing it raised."""
        try:
            return nlp(article.nlp_text)
        except Exception as exc:
            return exc
