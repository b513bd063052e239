"""What a classifier reads for one extracted incident: its type and the sentences it came from.

The same function builds the training units (bench/train_screen.py, from exported events) and the
run-time input (learn/screen.py, from an Article's events), so the classifier sees at run time
exactly the kind of text it was trained and cross-validated on.

Why a regular-expression sentence splitter and not spaCy's: the units are built from exported
records (text + spans) where no parse exists, and a bag-of-words classifier needs only roughly the
right sentence; one splitter for both sides keeps training and run time identical.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsevents.model import Span

# A sentence ends at . ! ? or … (optionally followed by a closing quote or bracket) before a space
# and an upper-case letter, a digit or an opening quote, or at a line break.
_BOUNDARY = re.compile(r"(?<=[.!?…])[»\"”’)\]]?\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])|\n+")

# Longest context kept, in characters: a headline run into the body without punctuation, or a
# list, must not feed a whole article to the classifier (the training units are 40-600 characters;
# 1,000 keeps every one whole).
MAX_CONTEXT_CHARS = 1000


def sentence_bounds(text: str) -> list[Span]:
    """(start, end) of each sentence of ``text``, in order, covering it."""
    bounds: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def context(text: str, spans: Iterable[Span], bounds: list[Span] | None = None) -> str:
    """The sentences of ``text`` that contain one of ``spans`` (in text order, joined by a space)."""
    bounds = bounds if bounds is not None else sentence_bounds(text)
    picked: list[Span] = []
    for start, end in spans:
        for b in bounds:
            touches = b[0] <= start < b[1] or b[0] < end <= b[1] or (start <= b[0] and b[1] <= end)
            if touches and b not in picked:
                picked.append(b)
    picked.sort()
    joined = " ".join(text[a:b].strip() for a, b in picked)
    return joined[:MAX_CONTEXT_CHARS]


def type_token(event_type: str) -> str:
    """A word standing for the incident type, one token for any tokenizer ("tyarmedclash")."""
    return "ty" + re.sub(r"[^a-z]", "", event_type.lower())


def unit_text(event_type: str, sentences: str) -> str:
    """The classifier's input: the type word, then the sentences, lower-cased (the bag-of-words
    model counts words, and capitals at a sentence start would split a word's counts in two)."""
    return f"{type_token(event_type)} {sentences}".lower()
