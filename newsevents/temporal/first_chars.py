"""The characters a regex's match can start with, as a character class: a cheap test that lets a
search skip the positions where no alternative of a long alternation can begin.

Why: the time grammar's gate (``parse._gate``) is one lookahead over ~50 patterns, tried at every
position not inside a word (every blank and punctuation mark as well as every word start): 0.32 s
CPU on the 454 articles of bench/scale.py, each position entering every alternative since case-
folded literals get no fast first-character check from the regex engine. A class of the first
characters, tested first, turns most of those positions away with one test.

The class is read from the regex's parse tree (``re._parser``, the standard library's own
parser) and is a superset of the true first characters: when a pattern could start anywhere
(``.``, a negated class, a back-reference, an empty match), there is no class
(None) and the caller keeps its regex as it was.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

try:  # Python >= 3.11
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}


class _Anywhere(Exception):
    """The pattern may start with any character (or match empty): no class."""


def _first(items: Any, out: list[str], flags: int) -> bool:
    """Add to `out` the class items a match of the sequence `items` can start with; True when the
    whole sequence can match the empty string (the next element's first characters count too).
    A group that turns case folding off ("(?-i:S)eptember") keeps the class's folding: a wider
    class, still right; one that turns it on where `flags` has it off has no class."""
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(_char(av))
            return False
        if op is _sre.IN:
            for iop, iav in av:
                if iop is _sre.LITERAL:
                    out.append(_char(iav))
                elif iop is _sre.RANGE:
                    out.append(f"{_char(iav[0])}-{_char(iav[1])}")
                elif iop is _sre.CATEGORY and iav in _CATEGORIES:
                    out.append(_CATEGORIES[iav])
                else:  # NEGATE, a locale category...
                    raise _Anywhere
            return False
        if op is _sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
                raise _Anywhere
            if not _first(sub, out, flags):
                return False
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            if not _first(av, out, flags):
                return False
        elif op is _sre.BRANCH:
            nullable = False
            for branch in av[1]:
                nullable = _first(branch, out, flags) or nullable
            if not nullable:
                return False
        elif op in _REPEATS:
            low, _high, sub = av
            if not _first(sub, out, flags) and low > 0:
                return False
        elif op in _ZERO_WIDTH:
            continue  # consumes nothing: the next element gives the first character
        else:  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS...
            raise _Anywhere
    return True


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def first_chars_class(patterns: list[str], flags: int = 0) -> str | None:
    """A character class (``[...]``) holding every character a match of one of `patterns` (read
    with `flags`) can start with, or None when one of them could start with any character or
    match the empty string. Compiled with the same flags, it accepts every such character: under
    IGNORECASE the class folds case as the patterns' literals do."""
    out: list[str] = []
    for pattern in patterns:
        items = _first_items(pattern, flags)
        if items is None:
            return None
        out.extend(items)
    return f"[{''.join(dict.fromkeys(out))}]" if out else None


@cache
def _first_items(pattern: str, flags: int) -> tuple[str, ...] | None:
    """The class items of one pattern, read once: the gate asks for each pattern's own class and
    for the union of all (parsing a grammar's ~14,000 characters costs ~10 ms)."""
    out: list[str] = []
    try:
        if _first(_sre_parse.parse(pattern, flags), out, flags):
            return None  # an empty match: every position
    except (_Anywhere, re.error, RecursionError):
        return None
    return tuple(out)
