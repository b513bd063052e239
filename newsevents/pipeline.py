"""The flow: Article -> parse (normalise, language, spaCy) -> stages -> Article with events and claims.

Like spaCy's ``Language``, the pipeline is a list of named stages with one contract each
(``run(article) -> article``), checked at every call; the order is data (``DEFAULT_STAGES``).
Parsing is batched through ``nlp.pipe`` because that is where the time goes; the extraction
stages are cheap per document.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from newsevents import ids
from newsevents.errors import NewsEventsError
from newsevents.model import Article
from newsevents.nlp import pipeline as spacy_pipeline
from newsevents.read.normalize import normalize_article

# mentions first, then claims (events use attributions), then events, then the links between them
DEFAULT_STAGES: tuple[str, ...] = (
    "when", "where", "who", "weapons", "numbers", "claims", "events", "link",
)

Stage = Callable[[Article], Article]

# Articles per nlp.pipe call (and per batch that Ctrl-C may lose). Tuned with CPU time on the 456
# articles of bench/throughput.py: batches of 4/16/64/256 took 9.1-9.6/8.5-9.0/8.6-8.8/9.6-9.8 s,
# and one nlp.pipe call per 16 articles cost the same as one call over all of them.
SPACY_BATCH_SIZE = 16


@dataclass(slots=True)
class Failure:
    """A document that could not be processed, with the reason (never dropped silently)."""

    article: Article
    error: Exception

    @property
    def where(self) -> str:
        return self.article.path or self.article.id or "<document>"


def load_stage(name: str) -> Stage:
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


class Pipeline:
    """Runs the stages over articles; loads each spaCy model once."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES) -> None:
        self.stage_names = tuple(stages)
        self.stages: list[tuple[str, Stage]] = [(n, load_stage(n)) for n in self.stage_names]
        self.warmed: set[str] = set()  # languages whose first batch ran (lazy data loaded)

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
        a spaCy *memory zone*, so the words first met in it (names, numbers, typos) leave the
        vocabulary afterwards instead of piling up over millions of articles (see
        ``_memory_zone``). The articles yielded then have ``doc`` None.
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
        The first batch of each language runs outside one: stages build their lexicons and
        caches on first use, and those must stay.
        """
        if keep_docs or language not in self.warmed or not hasattr(nlp, "memory_zone"):
            self.warmed.add(language)
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
            with self._memory_zone(nlp, language, keep_docs):
                try:
                    docs = list(nlp.pipe(a.nlp_text for a in group))
                except Exception:  # a bad text spoils nlp.pipe for the batch: parse one by one
                    docs = [self._parse_one(nlp, a) for a in group]
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
                        a.doc = None
                del docs, doc  # no Doc of the zone outlives it
        for a in batch:  # keep input order
            yield done[id(a)]

    @staticmethod
    def _parse_one(nlp: Any, article: Article) -> Any:
        """The Doc of one article, or the exception that parsing it raised."""
        try:
            return nlp(article.nlp_text)
        except Exception as exc:
            return exc
