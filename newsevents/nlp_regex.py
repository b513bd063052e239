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

The long patterns of a run (those, the time grammar's, the lexicons') are also compiled once per
machine rather than once per process: ``keep_compiled_regexes`` answers them from the regex code
an earlier process kept in the cache folder (``_KeptRegexes``; tests/test_engine_reuse.py).
"""

from __future__ import annotations

import _sre
import re
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from re import _compiler, _parser
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


# --- compiled patterns kept across processes ------------------------------------------------------
# Patterns at least this long are compiled from their kept code: the 40 such patterns of a French
# run (the tokenizer's, the time grammar's and its gate, the organisations' names) took 0.14 s CPU
# to compile from source (load 4; 1.7 s for a one-article ingest), 0.005 s read and built from
# the kept file (0.8 MB); the ~380 shorter ones take 0.05 s together.
KEPT_REGEX_MIN_CHARS = 200
# The kept code is Python's own regex bytecode: valid for this interpreter's version only
_KEPT_PREFIX = "regex"
# Patterns kept at most: beyond, a save keeps only those this process used (lexicons edited
# over months leave patterns no run builds any more; a run builds ~60)
KEPT_REGEX_MAX = 1_000
# the array type of one regex code word (``_sre.CODESIZE`` bytes: 4, an unsigned int)
_CODE_TYPE = "I" if _sre.CODESIZE == 4 else "L"


class _KeptRegexes:
    """Python's ``re`` compiler, answering long patterns from the code it produced for them in an
    earlier process (kept in the cache folder), and keeping the code of the new ones.

    Why: ``re`` parses and optimises a pattern's source in pure Python at every start; the long
    patterns built from the lexicons are the same from one run to the next. ``_sre.compile`` takes
    the finished code directly and checks it (a damaged code is refused, and the pattern is then
    compiled from its source). The key is the pattern's exact source and flags, so a lexicon
    edited gives a new pattern, compiled from source; the file is named after the interpreter's
    version and the regex engine's (``_sre.MAGIC``), so code from another Python is never read.
    """

    def __init__(self, original: Any, path: Any) -> None:
        self.original = original
        self.path = path  # resolved before: a compile may run in the middle of any import
        self.kept: dict[tuple[str, int], tuple[Any, ...]] | None = None
        self.new: dict[tuple[str, int], tuple[Any, ...]] = {}
        self.used: set[tuple[str, int]] = set()

    def __call__(self, p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str) or len(p) < KEPT_REGEX_MIN_CHARS or flags & re.DEBUG:
            return self.original(p, flags)
        if self.kept is None:
            self.kept = _read_kept(self.path)
        key = (p, int(flags))
        found = self.kept.get(key)
        if found is not None:
            try:
                flags_kept, code, groups, groupindex, indexgroup = found
                compiled = _sre.compile(p, flags_kept, _code_list(code), groups, groupindex, indexgroup)
                self.used.add(key)
                return compiled
            except (RuntimeError, TypeError, ValueError):  # damaged code: compiled from source
                self.kept.pop(key, None)
        parsed = _parser.parse(p, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        code = _compiler._code(parsed, flags)
        final = int(flags | parsed.state.flags)
        compiled = _sre.compile(p, final, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        self.new[key] = (final, _code_bytes(code), parsed.state.groups - 1, groupindex, tuple(indexgroup))
        return compiled

    def save(self) -> int:
        """Add the code of the patterns compiled from source since the last save to the kept file
        (written whole, then renamed: another process reads the old file or the new one, never
        a part); how many were added. Never an error: a cache that cannot be written only costs
        their compilation again next time."""
        import contextlib
        import marshal
        import os

        if not self.new:
            return 0
        added, self.new = self.new, {}
        with contextlib.suppress(OSError, ValueError):
            merged = {**_read_kept(self.path), **added}
            if len(merged) > KEPT_REGEX_MAX:
                merged = {k: v for k, v in merged.items() if k in added or k in self.used}
            self.path.parent.mkdir(parents=True, exist_ok=True)
            part = self.path.with_name(f"{self.path.name}.{os.getpid()}.part")
            part.write_bytes(marshal.dumps(merged))
            os.replace(part, self.path)
            if self.kept is not None:
                self.kept.update(added)
        return len(added)


_KEPT_COMPILER: _KeptRegexes | None = None


def _code_bytes(code: list[int]) -> bytes:
    """A pattern's regex code as kept: its words packed (``_sre.CODESIZE`` bytes each). Why not the
    list: held as Python ints, the code of a run's long patterns took ~13 MB of resident memory
    for the process's life (the tokenizer's character sets are large words); packed, ~0.8 MB."""
    return array(_CODE_TYPE, code).tobytes()


def _code_list(data: bytes) -> list[int]:
    """The code ``_sre.compile`` takes, from its packed form (ValueError when it is damaged)."""
    return array(_CODE_TYPE, data).tolist()


def _kept_file() -> Any:
    import hashlib
    import sys

    from newsevents.geo.build import cache_dir

    source = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{KEPT_REGEX_MIN_CHARS}|packed code"
    return cache_dir() / f"{_KEPT_PREFIX}-{hashlib.sha256(source.encode()).hexdigest()[:16]}.marshal"


def _read_kept(path: Any) -> dict[tuple[str, int], tuple[Any, ...]]:
    """The kept code by (pattern, flags); empty when there is none or it cannot be read."""
    import marshal

    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def keep_compiled_regexes() -> None:
    """From now on in this process, long patterns compile from their kept code (``_KeptRegexes``).
    Called before a spaCy model is loaded (``nlp.pipeline``); ``save_compiled_regexes`` writes
    the code of the patterns met since then."""
    global _KEPT_COMPILER
    if _KEPT_COMPILER is None:
        try:
            path = _kept_file()
        except (OSError, ImportError):  # no cache folder: every pattern compiles from source
            return
        _KEPT_COMPILER = _KeptRegexes(_compiler.compile, path)
        _compiler.compile = _KEPT_COMPILER  # type: ignore[assignment]


def save_compiled_regexes() -> int:
    """Add the code of the long patterns compiled from source since the last save to the kept
    file; returns how many were added (``_KeptRegexes.save``)."""
    return _KEPT_COMPILER.save() if _KEPT_COMPILER is not None else 0
