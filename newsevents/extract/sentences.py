"""Written sentences over a parsed document: token index -> sentence number, and back.

Why not spaCy's own sentences: the parser runs sentences on across paragraph breaks and cuts long
ones into fragments after a plain word; the events stage needs the sentences a reader sees (one
incident's date, place and parties are looked for inside them).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# what ends a written sentence: a parser "sentence" that starts right after anything else is a fragment
SENTENCE_END_TOKENS = frozenset({".", "!", "?", "…", ":", ";", "»", "\"", "”", "...", ")"})


def ends_sentence(prev: Token) -> bool:
    """Whether a written sentence may start after ``prev``: sentence-end punctuation or a line break."""
    return prev.text in SENTENCE_END_TOKENS or "\n" in prev.whitespace_ or prev.is_space


def sentence_numbers(doc: Doc) -> list[int]:
    """Token index -> sentence number; a line break also ends a sentence, a parser cut after a word
    does not.

    Why line breaks: spaCy's parser sometimes runs a sentence on across a paragraph break
    ("... ont été trouvées.\nLe 28 août ..."), which would merge two incidents. Why not a cut after
    a word: on long sentences the parser may cut one into fragments ("... du groupe Wagner | lors de
    combats survenus entre le 25 et le 27 juillet."), which would part an incident from its place.
    """
    out = [0] * len(doc)
    n = -1
    prev = None  # the previous token, carried along (doc[i - 1] would build a new Token each time)
    worded = False  # whether the current sentence has a word yet
    for t in doc:
        breaks = prev is not None and ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text))
        starts = t.is_sent_start and (prev is None or ends_sentence(prev))
        # marks alone are no sentence: an opening quote the parser cut off ("\"| Une mission ...")
        # opens the next one
        if (starts or breaks) and not t.is_space and (worded or n < 0):
            n += 1
            worded = False
        worded = worded or t.is_alpha or t.like_num
        out[t.i] = max(n, 0)
        prev = t
    return out


def sentence_bounds(sent_of: list[int]) -> list[tuple[int, int]]:
    """Sentence number -> token range."""
    bounds: list[tuple[int, int]] = []
    for i, n in enumerate(sent_of):
        if n == len(bounds):
            bounds.append((i, i + 1))
        else:
            bounds[n] = (bounds[n][0], i + 1)
    return bounds
