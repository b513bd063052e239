"""Reading the package's YAML data files (lexicons, gazetteer tables, configuration), and the
cache folder where costly readings are kept between runs.

One loader for every data file, so that they all go through libyaml's C parser when PyYAML was
built with it (``yaml.CSafeLoader``, about ten times faster than the pure-Python ``safe_load`` on
the lexicons: about 0.8 s of a one-article ingest's start-up). Same safety as ``safe_load``: plain
data only, no Python objects.

A file's parse is also kept in the cache folder (pickled, named after the file's path and its
text): even the C parser took ~0.1 s CPU of every start for the ~25 files a French run reads,
on the serial path of ``ingest --workers N`` (the workers' preload) and of a one-article ingest;
unpickling the same values takes a fraction of that. The text read decides: an edited file names
another copy, parsed again once. Each call still returns new objects, as a parse does.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
from pathlib import Path
from typing import IO, Any

import yaml

_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# bumped when what is kept changes shape; the loader and PyYAML's version name the copies too
_KEPT_FORMAT = 1
YAML_PREFIX = "yaml"
# Parses of one file kept besides the current one: its text as other worktrees or branches that
# share the cache folder have it (an edited file's older copies are dropped beyond that)
KEEP_OTHER_YAML = 3


def cache_dir() -> Path:
    """NEWSEVENTS_CACHE, else the user's cache directory for newsevents: the folder of
    ``geo.build.cache_dir`` (the gazetteer's index), which this layer cannot import. Not made to
    call this one: an edit of geo/build.py names another gazetteer index (``source_fingerprint``
    digests that file), rebuilt on every machine (~30 s)."""
    env = os.environ.get("NEWSEVENTS_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsevents"))


def load_yaml(source: str | Path | IO[str]) -> Any:
    """Parse a YAML file (a path) or an open text stream; None for an empty document. A file's
    parse comes from its kept copy when its text is the one parsed then."""
    if not isinstance(source, (str, Path)):
        return yaml.load(source, Loader=_LOADER)
    with open(source, encoding="utf-8") as stream:
        text = stream.read()
    kept = _kept_yaml(source, text)
    if kept is not None:
        with contextlib.suppress(Exception):  # missing, cut short, damaged: parsed again
            return pickle.loads(kept.read_bytes())
    # parsed from the text read (the copy is named after it), as a stream named after the file:
    # a syntax error says which file, as before
    stream = io.StringIO(text)
    stream.name = str(source)  # type: ignore[misc]
    value = yaml.load(stream, Loader=_LOADER)
    if kept is not None and writable_folder(kept.parent):
        with contextlib.suppress(Exception):  # a value pickle refuses: not kept
            keep_copy(kept, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL),
                      kept.name.rsplit("-", 1)[0], KEEP_OTHER_YAML)
    return value


def _kept_yaml(source: str | Path, text: str) -> Path | None:
    """Where the parse of ``text``, read from ``source``, is kept (None when no folder is known)."""
    try:
        where = hashlib.sha256(str(Path(source).resolve()).encode()).hexdigest()[:12]
        what = hashlib.sha256(f"{_KEPT_FORMAT}|{_LOADER.__name__}|{yaml.__version__}|".encode())
        what.update(text.encode("utf-8", "surrogatepass"))
        return cache_dir() / YAML_PREFIX / f"{Path(source).stem}-{where}-{what.hexdigest()[:20]}.pickle"
    except Exception:  # no cache folder to be found: parsed every time
        return None


def writable_folder(folder: Path) -> bool:
    """Whether the cache folder exists (made if need be) and can be written."""
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return folder.is_dir() and os.access(folder, os.W_OK)


def keep_copy(path: Path, data: bytes, prefix: str, keep_others: int) -> None:
    """Write a kept copy (whole, then renamed, so that a reader never sees half of it) and drop
    all but the ``keep_others`` most recently used other copies named ``prefix-*`` alike."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        part.write_bytes(data)
        os.replace(part, path)
        others = sorted((p for p in path.parent.glob(f"{prefix}-*{path.suffix}") if p != path),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[keep_others:]:
            old.unlink()
