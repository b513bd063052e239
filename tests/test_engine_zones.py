"""Long runs and spaCy's memory zones (Pipeline.process_many with keep_docs=False).

The words of a long run's first batches stay in the vocabulary (and the tokenizer's cache) until
it has grown by ``WARM_VOCAB_STRINGS`` strings; later batches are parsed in memory zones, whose
new words leave afterwards. Neither changes what is extracted.
"""

from __future__ import annotations

import itertools

import pytest

from newsevents import pipeline as pipeline_module
from newsevents.model import Article
from newsevents.pipeline import Failure, Pipeline, parser

SYLLABLES = ["bra", "vol", "kez", "dun", "mir", "tso", "gal", "rep", "quo", "wen"]

# made-up town names, each met once (words no model or earlier test has put in the vocabulary)
TOWNS = ["".join(p).capitalize() + "ac" for p in itertools.product(SYLLABLES, repeat=3)][::37][:12]

TEMPLATES = {
    "fr": "Le 3 mars, une frappe de drone a touché un entrepôt près de {town}, selon le gouverneur, "
          "qui fait état de deux blessés.",
    "en": "On March 3 a drone strike hit a warehouse near {town}, the governor said, reporting two "
          "people injured.",
}


def articles(language: str) -> list[Article]:
    return [Article(text=TEMPLATES[language].format(town=town), id=f"{language}-{i}", language=language)
            for i, town in enumerate(TOWNS)]


def outcome(results: list[Article | Failure]) -> list[tuple]:
    out = []
    for r in results:
        assert isinstance(r, Article), r
        out.append((r.id, [(e.id, e.type, e.location.name if e.location else None) for e in r.events],
                    [c.id for c in r.claims]))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "en"])
def test_words_stay_until_the_vocabulary_bound_then_batches_run_in_zones(monkeypatch, language) -> None:
    nlp = parser(language)
    monkeypatch.setattr(pipeline_module, "SPACY_BATCH_SIZE", 2)
    # the first batch alone reaches the bound: every later batch runs in a memory zone
    monkeypatch.setattr(pipeline_module, "WARM_VOCAB_STRINGS", 1)
    zoned = outcome(list(Pipeline().process_many(articles(language), keep_docs=False)))
    kept = [town in nlp.vocab.strings for town in TOWNS]
    assert kept[:2] == [True, True]  # the first batch's words stay (lexicons built on first use too)
    assert not any(kept[2:])  # the others left with their zones
    # a bound far away: no zone, every word stays; and the same records either way
    monkeypatch.setattr(pipeline_module, "WARM_VOCAB_STRINGS", 10**9)
    free = outcome(list(Pipeline().process_many(articles(language), keep_docs=False)))
    assert all(town in nlp.vocab.strings for town in TOWNS)
    assert free == zoned
    kept_docs = outcome(list(Pipeline().process_many(articles(language), keep_docs=True)))
    assert kept_docs == zoned
