"""Round 25 (scale, second task): the kept regex file is bounded by use, age and size.

Why: ``regex-*.marshal`` in the cache folder had grown to 10.7 MB and 925 patterns (the test suite
and edited lexicons build patterns no later run asks for) while a run needs ~60, and every start
read all of it. A pattern no run used for ``KEPT_REGEX_MAX_AGE`` saves is dropped, the patterns a
run used stay, processes sharing the folder never evict each other's, and a save racing another
loses nothing.
"""

from __future__ import annotations

import marshal
import subprocess
import sys
from pathlib import Path
from re import _compiler

import pytest

from newsevents import nlp_regex


def _pattern(name: str) -> str:
    """A pattern long enough to be kept (``KEPT_REGEX_MIN_CHARS``), different for each name."""
    words = "|".join(f"{name}w{i}" for i in range(60))
    assert len(words) >= nlp_regex.KEPT_REGEX_MIN_CHARS
    return f"(?:{words})"


def _kept_patterns(path: Path) -> set[str]:
    return {k[0] for k in marshal.loads(path.read_bytes()) if isinstance(k, tuple)}


def _run(path: Path, *names: str) -> nlp_regex._KeptRegexes:
    """One process: compiles the patterns of ``names`` (from the file when kept), then saves."""
    process = nlp_regex._KeptRegexes(_compiler.compile, path)
    for name in names:
        assert process(_pattern(name)).fullmatch(f"{name}w7")
    process.save()
    return process


def test_a_pattern_no_run_used_for_long_is_dropped_and_a_used_one_stays(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    _run(path, "daily", "once")
    for i in range(nlp_regex.KEPT_REGEX_MAX_AGE + 1):
        # other processes save their own new patterns; one run in three uses "daily"
        _run(path, f"other{i}", *(["daily"] if i % 3 == 0 else []))
    kept = _kept_patterns(path)
    assert _pattern("daily") in kept and _pattern("once") not in kept
    assert _pattern("other0") not in kept and _pattern("other1") in kept
    assert len(kept) == nlp_regex.KEPT_REGEX_MAX_AGE + 1  # "daily" and the last 50 others


def test_a_run_that_compiles_nothing_new_still_keeps_its_patterns_alive(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    _run(path, "quiet")
    for i in range(3 * nlp_regex.KEPT_REGEX_MAX_AGE):
        _run(path, f"busy{i}")
        if i % 7 == 0:  # the quiet worktree runs now and then and finds its pattern kept
            quiet = nlp_regex._KeptRegexes(_compiler.compile, path)
            quiet(_pattern("quiet"))
            assert not quiet.new, i
            quiet.save()
    assert _pattern("quiet") in _kept_patterns(path) and _pattern("busy0") not in _kept_patterns(path)


def test_processes_sharing_the_folder_never_evict_each_other_over_the_size_bound(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    one = [f"left{i}" for i in range(6)]
    two = [f"right{i}" for i in range(6)]
    _run(path, "stale")
    size = len(path.read_bytes())
    # the two live sets together are well over the bound
    monkeypatch.setattr(nlp_regex, "KEPT_REGEX_MAX_BYTES", 4 * size)
    _run(path, *one)
    _run(path, *two)
    for i in range(2 * nlp_regex.KEPT_REGEX_MAX_AGE):
        assert not _run(path, *(one if i % 2 else two), f"new{i}").new
        for names in (one, two):
            again = nlp_regex._KeptRegexes(_compiler.compile, path)
            for name in names:
                again(_pattern(name))
            assert not again.new, i  # none of them compiled from source again
    kept = _kept_patterns(path)
    assert _pattern("stale") not in kept and _pattern("new0") not in kept


def test_the_size_bound_drops_the_least_recently_used_first(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    monkeypatch.setattr(nlp_regex, "KEPT_REGEX_MAX_BYTES", 10 ** 9)
    for i in range(8):
        _run(path, f"old{i}")
    for i in range(2 * nlp_regex.KEPT_REGEX_REFRESH_AGE):
        _run(path, f"recent{i}")
    data = marshal.loads(path.read_bytes())
    one = max(nlp_regex._entry_bytes(k, v) for k, v in data.items() if isinstance(k, tuple))
    total = sum(nlp_regex._entry_bytes(k, v) for k, v in data.items() if isinstance(k, tuple))
    monkeypatch.setattr(nlp_regex, "KEPT_REGEX_MAX_BYTES", total - 2 * one)
    _run(path, "last")
    kept = _kept_patterns(path)
    assert _pattern("last") in kept and all(_pattern(f"recent{i}") in kept for i in range(5))
    assert _pattern("old0") not in kept and _pattern("old7") in kept


SAVER = """
import sys
from pathlib import Path
from re import _compiler
from newsevents import nlp_regex
path, name = Path(sys.argv[1]), sys.argv[2]
for i in range(15):  # 45 saves: none is old enough to go
    process = nlp_regex._KeptRegexes(_compiler.compile, path)
    process("(?:" + "|".join(f"{name}{i}w{j}" for j in range(60)) + ")")
    process.save()
"""


def test_two_savers_racing_keep_every_pattern_and_a_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    savers = [subprocess.Popen([sys.executable, "-c", SAVER, str(path), name]) for name in ("a", "b", "c")]
    assert [s.wait(timeout=300) for s in savers] == [0, 0, 0]
    kept = _kept_patterns(path)
    assert {"(?:" + "|".join(f"{n}{i}w{j}" for j in range(60)) + ")"
            for n in "abc" for i in range(15)} == kept
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("damage", [
    b"not marshal data at all",
    marshal.dumps({"saves": "many", "used at": [1, 2]})[:-3],
    marshal.dumps({"saves": "many", "used at": [1, 2], ("x" * 300, 0): (0, b"\x00", 0, {}, ())}),
    marshal.dumps(["a", "list"]),
])
def test_a_damaged_file_is_rebuilt(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "regex.marshal"
    path.write_bytes(damage)
    first = _run(path, "rebuilt")
    assert first.saved_at == 1
    data = marshal.loads(path.read_bytes())
    assert data["saves"] == 1 and set(data["used at"]) == {(_pattern("rebuilt"), 0)}
    again = nlp_regex._KeptRegexes(_compiler.compile, path)
    assert again(_pattern("rebuilt")).fullmatch("rebuiltw59") and not again.new
