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
# Patterns at least this long are compiled from their kept code: the 40 patterns of 200 characters
# or more of a French run (the tokenizer's, the time grammar's and its gate, the organisations'
# names) took 0.14 s CPU to compile from source (load 4; 1.7 s for a one-article ingest), 0.005 s
# read and built from the kept file (0.8 MB). Round 26: the lexicons' phrase patterns (weapons,
# titles, units, trigger phrases) had grown to ~1,070 patterns a run: the ~730 of 32 to 200
# characters took 0.19 s more from source (a one-article ingest 1.85 -> 1.60 s CPU when kept);
# the ~340 shorter ones take 0.02 s together, not worth a key each in the file.
KEPT_REGEX_MIN_CHARS = 32
# The kept code is Python's own regex bytecode: valid for this interpreter's version only
_KEPT_PREFIX = "regex"
# Age of a kept pattern, counted in saves of the file (by any process of any worktree sharing the
# cache folder): one no run used for this many saves is dropped. Why saves and not days: the test
# suite and edited lexicons build hundreds of patterns no later run asks for (the file had grown to
# 925 patterns, 10.7 MB, for the ~60 of a run), and a machine idle for a month loses nothing.
KEPT_REGEX_MAX_AGE = 50
# A process whose patterns were all found kept still saves (only their age) when one of them is
# older than this: a worktree that compiles nothing new is not aged out by the others' saves.
KEPT_REGEX_REFRESH_AGE = 10
# Bound of the file (code and sources): beyond, the least recently used go first, but never one
# used in the last 2 * KEPT_REGEX_REFRESH_AGE saves, so that worktrees or processes running
# side by side with different lexicons never evict each other's patterns in a loop. A French and
# English run keeps ~1 MB.
KEPT_REGEX_MAX_BYTES = 4_000_000
# keys of the file that are not patterns: the count of saves, and the save each pattern was last used at
_SAVES = "saves"
_USED_AT = "used at"
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
        self.saved_at: int | None = None  # the file's count of saves after this process's last save

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
        """Add the code of the patterns compiled from source since the last save to the kept file,
        mark those this process used as used now, and drop the ones unused for long
        (``_trimmed``); how many were added. The file is read, merged and written under a lock
        (two processes saving at once both keep their patterns), whole to a temporary file then
        renamed (a reader sees the old file or the new one, never a part). Never an error: a
        cache that cannot be written only costs their compilation again next time."""
        import contextlib
        import marshal
        import os
        import threading

        if not self.new and not self._stale():
            return 0
        added, self.new = self.new, {}
        with contextlib.suppress(OSError, ValueError), _locked(self.path):
            kept = _read_kept(self.path)
            saves = kept.get(_SAVES)
            saves = saves + 1 if isinstance(saves, int) else 1
            used_at = kept.get(_USED_AT)
            used_at = dict(used_at) if isinstance(used_at, dict) else {}
            entries = {k: v for k, v in kept.items() if isinstance(k, tuple)}
            entries.update(added)
            mine = set(added) | self.used
            for key in mine:
                used_at[key] = saves
            entries, used_at = _trimmed(entries, used_at, saves, mine)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # named after the process and thread: the lock is not held where fcntl is missing
            part = self.path.with_name(f"{self.path.name}.{os.getpid()}.{threading.get_ident()}.part")
            try:
                part.write_bytes(marshal.dumps({**entries, _SAVES: saves, _USED_AT: used_at}))
                os.replace(part, self.path)
            finally:
                with contextlib.suppress(OSError):
                    part.unlink()
            self.saved_at = saves
            # what the file now holds: the patterns dropped no longer take this process's memory
            self.kept = {**entries, _SAVES: saves, _USED_AT: used_at}
        return len(added)

    def _stale(self) -> bool:
        """Whether a pattern this process used was last marked used too many saves ago
        (``KEPT_REGEX_REFRESH_AGE``): known from the file as read at the first compile."""
        if not self.used or self.kept is None or self.saved_at is not None:
            return False
        saves = self.kept.get(_SAVES)
        used_at = self.kept.get(_USED_AT)
        if not isinstance(saves, int) or not isinstance(used_at, dict):
            return True
        return any(saves - used_at.get(key, saves - KEPT_REGEX_REFRESH_AGE) >= KEPT_REGEX_REFRESH_AGE
                   for key in self.used)


def _trimmed(entries: dict[Any, Any], used_at: dict[Any, int], saves: int,
             mine: set[Any]) -> tuple[dict[Any, Any], dict[Any, int]]:
    """The kept patterns without those unused for ``KEPT_REGEX_MAX_AGE`` saves, then, while the
    whole is over ``KEPT_REGEX_MAX_BYTES``, without the least recently used of those not used in
    the last ``2 * KEPT_REGEX_REFRESH_AGE`` saves (``mine``, this process's, always stay)."""
    never = saves - KEPT_REGEX_MAX_AGE  # a pattern with no mark (kept by an older version): unused
    entries = {k: v for k, v in entries.items() if k in mine or used_at.get(k, never) > never}
    size = sum(_entry_bytes(k, v) for k, v in entries.items())
    if size > KEPT_REGEX_MAX_BYTES:
        fresh = saves - 2 * KEPT_REGEX_REFRESH_AGE
        for key in sorted((k for k in entries if k not in mine and used_at[k] <= fresh),
                          key=lambda k: used_at[k]):
            if size <= KEPT_REGEX_MAX_BYTES:
                break
            size -= _entry_bytes(key, entries.pop(key))
    return entries, {k: used_at[k] for k in entries if k in used_at}


def _entry_bytes(key: Any, value: Any) -> int:
    """About the bytes one kept pattern takes in the file: its source and its code."""
    try:
        return len(key[0]) + len(value[1])
    except (TypeError, IndexError):
        return 0


@contextmanager
def _locked(path: Any) -> Iterator[None]:
    """An exclusive lock on ``path``'s lock file while the body runs (none where ``fcntl`` is
    missing: a save racing another may then lose the other's additions, never the file)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


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
