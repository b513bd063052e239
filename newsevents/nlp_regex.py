"""Fast compilation of spaCy's tokenizer patterns (start-up time).

Why: spaCy's French tokenizer exceptions build one 1.4 MB regular expression in which every
"letter" is spelt out as spaCy's full list of Unicode letter ranges (``spacy.lang.char_classes``),
repeated a few hundred times; Python's ``re`` optimises each copy of that character set again, so
``import spacy.lang.fr`` and the tokenizer's ``from_disk`` cost about 5 s of a 7 s model load. The
patterns are compiled case-insensitively, so each copy means "a letter": ``[^\\W\\d_]`` (any
Unicode letter) says the same in a few bytes, and the pattern then compiles in 0.05 s.

Only very long patterns are rewritten (``MIN_PATTERN_CHARS``); a class that mixes letters with
other characters (``[{ALPHA}{HYPHENS}]``) keeps its other characters and spells the letters as
``\\w``, which also admits digits and "_" inside those compound-word patterns.
tests/test_nlp.py checks that the rewritten tokenizer splits the test corpora exactly as spaCy's
own does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# spaCy's own tokenizer patterns for French are 1.4 MB; the next longest are a few kB
MIN_PATTERN_CHARS = 20_000
LETTER = r"[^\W\d_]"


def _rewrites() -> list[tuple[str, str]]:
    from spacy.lang import char_classes as cc

    classes = (cc.ALPHA, cc.ALPHA_LOWER, cc.ALPHA_UPPER)
    whole = [(f"[{c}]", LETTER) for c in classes]
    inside = [(c, r"\w") for c in sorted(classes, key=len, reverse=True)]
    return whole + inside


def fast_pattern(pattern: Any) -> Any:
    """The same pattern with spaCy's spelt-out letter classes shortened (long patterns only)."""
    if not isinstance(pattern, str) or len(pattern) < MIN_PATTERN_CHARS:
        return pattern
    for old, new in _rewrites():
        pattern = pattern.replace(old, new)
    return pattern


@contextmanager
def fast_tokenizer_patterns() -> Iterator[None]:
    """While loading a spaCy model: compile its long tokenizer patterns in their short form."""
    original = re.compile

    def compile_fast(pattern: Any, flags: int = 0) -> Any:
        return original(fast_pattern(pattern), flags)

    re.compile = compile_fast  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = original
