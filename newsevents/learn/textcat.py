"""Train and apply a small spaCy text classifier (bag of words and word pairs, two classes).

Why a bag-of-words ``textcat`` (``spacy.TextCatBOW.v3``) and not a CNN or a transformer: the
training set is a few hundred units, the model must ship in the package (a few MB at most) and load
in a fraction of a second for a one-article ingest; a linear model over word and word-pair counts is
what so little data supports, and it trains in seconds on CPU. Nothing is downloaded: the pipeline
is ``spacy.blank("xx")`` (tokenizer only) plus the classifier.

Training is reproducible: ``spacy.util.fix_random_seed`` before initialising, and the examples
shuffled by a seeded ``random.Random``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

POSITIVE = "REAL"
NEGATIVE = "NOT"

# Hashed feature table rows. 2**16 = 65,536 rows x 2 classes of float32 is 0.5 MB on disk; the
# training units hold about 6,000 distinct words and 21,000 distinct word pairs (counted on the
# units of 2026-12-06), so collisions are few; spaCy's default, 2**18, is four times the size.
BOW_LENGTH = 2**16
NGRAM_SIZE = 2
# Passes over the training units, batch size and L2 regularisation of the Adam optimiser (thinc's
# default L2 is 1e-6). Not tuned: set before the first cross-validation and left there, so that
# the held-out figures of bench/classifier_cv.py were not chosen over several settings. The
# stronger L2 because the units are few and a word seen once in one story should not decide alone.
EPOCHS = 20
BATCH_SIZE = 16
L2 = 1e-4


def blank_classifier() -> Any:
    """A tokenizer-only multilingual pipeline with an untrained two-class classifier."""
    import spacy

    nlp = spacy.blank("xx")
    textcat = nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
        "ngram_size": NGRAM_SIZE, "no_output_layer": False, "length": BOW_LENGTH}})
    textcat.add_label(POSITIVE)
    textcat.add_label(NEGATIVE)
    return nlp


def balanced(examples: list[Any], labels: list[bool], rng: random.Random) -> list[Any]:
    """The examples with the smaller class repeated (drawn at random, seeded) until both classes
    weigh the same: without it, the ~800 accident sentences of the training set against ~450
    conflict ones pull every probability towards NOT and the threshold has to sit near zero."""
    pos = [e for e, y in zip(examples, labels, strict=True) if y]
    neg = [e for e, y in zip(examples, labels, strict=True) if not y]
    small, big = (pos, neg) if len(pos) < len(neg) else (neg, pos)
    return big + small + [rng.choice(small) for _ in range(len(big) - len(small))]


def train(texts: Sequence[str], labels: Sequence[bool], seed: int = 0, epochs: int = EPOCHS,
          balance: bool = True) -> Any:
    """A classifier fitted to ``texts`` (``labels``: True for the positive class); ``balance``
    repeats the smaller class's examples so both classes weigh the same (``balanced``)."""
    import spacy
    from spacy.training import Example
    from spacy.util import minibatch

    if len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    if not any(labels) or all(labels):
        raise ValueError("training needs units of both classes")
    spacy.util.fix_random_seed(seed)
    nlp = blank_classifier()
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": {POSITIVE: float(y), NEGATIVE: float(not y)}})
                for t, y in zip(texts, labels, strict=True)]
    optimizer = nlp.initialize(lambda: examples)
    if balance:
        examples = balanced(examples, [bool(y) for y in labels], random.Random(seed))
    optimizer.L2 = L2
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(examples)
        for batch in minibatch(examples, size=BATCH_SIZE):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def scores(nlp: Any, texts: Sequence[str]) -> list[float]:
    """Probability of the positive class for each text."""
    return [doc.cats[POSITIVE] for doc in nlp.pipe(texts, batch_size=64)]


def save(nlp: Any, folder: Path, meta: dict[str, Any]) -> None:
    """Write the classifier's weights and our metadata (``meta.json``).

    Only the ``textcat`` component is written, not spaCy's whole pipeline: the tokenizer is
    ``spacy.blank("xx")``'s, rebuilt at load, and the vocabulary's strings (every word of the
    training texts) are not needed, since the bag-of-words features are hashes of the words.
    """
    import json

    folder.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("textcat").to_disk(folder / "textcat", exclude=["vocab"])
    (folder / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def load(folder: Path) -> Any:
    """The classifier written by ``save``: a blank pipeline with the saved weights."""
    nlp = blank_classifier()
    nlp.get_pipe("textcat").from_disk(folder / "textcat", exclude=["vocab"])
    return nlp
