"""Big tables of a spaCy model kept packed: read in milliseconds, decoded entry by entry.

A model load decodes hundreds of thousands of Python objects that a run mostly never reads: the
French lemmatizer's word maps (``lemma_lookup``, ``lemma_exc``: 270,000 words and their lemmas,
0.25 s CPU with their hashing) and the static vectors' ``key2row`` (500,000 word hashes, 0.1 s).
Here each is made once into a few arrays and one string (hashes sorted, entries as text)
kept in the cache folder, next to the model's own files which stay the source: the copy is
named after the file's path, size and time, spaCy's and Python's versions and this module's
code, and made again when any of them changes. Reading it is one ``marshal.loads``; an entry is
decoded when asked (binary search) and memoised; anything that needs the whole (iterating,
comparing, copying, changing) decodes the whole once, in the file's order.

``nlp_load.fast_model_load`` puts them in place while spaCy loads the model
(``packed_lookups``, ``packed_vectors_rows``); tests/test_nlp_load.py checks that the answers,
the order and the annotations are spaCy's own.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, TypeVar

from newsevents.datafiles import keep_copy, writable_folder

# A model's lookups file at least this big is read from its packed copy (``packed_lookups``): the
# French lemmatizer's is 9.6 MB (0.21 s CPU to decode, 0.05 s more to hash its keys), the English
# one 1 MB (0.01 s: not worth a copy).
PACKED_LOOKUPS_MIN_BYTES = 4_000_000
# A table, or a word list or word map inside one, with at least this many entries is packed;
# smaller ones are kept as they are (a few dozen rules, a few hundred exceptions)
PACK_MIN_ENTRIES = 5_000
# Copies kept in the cache folder besides the current one (several worktrees share that folder)
KEEP_OTHER_PACKS = 3
_PACK_FORMAT = 2
_SEP = "\x00"  # between the strings of one list value (checked absent from every string packed)
_T = TypeVar("_T")
_VALUE_STR, _VALUE_LIST = 1, 2  # an entry's value: a string, a list of strings


class Packed:
    """An immutable map of strings to a string or a list of strings, held in a few arrays:
    the keys' 64-bit spaCy hashes sorted, and each entry's key and value as text in one string.
    An entry is decoded when it is asked for (binary search on the hashes, then the key compared),
    and memoised, so a word asked twice gets the same value object, as from the dict it replaces.

    Why: the French lemmatizer's maps hold 270,000 words (216,849 of ``lemma_lookup``, 51,243
    verb forms of ``lemma_exc``) and their lemmas, decoded and hashed at every model load (~0.2 s
    CPU, a tenth of a one-article ingest), of which a run reads a few thousand. Iterating,
    comparing or copying decodes the whole map once (``full``), in the order of the model's file.
    The word lists (``lemma_index``) stay as spaCy reads them: ``nlp.index_lemma_tables`` makes
    them sets, which the lemmatizers test at every word they have not met.
    """

    __slots__ = ("_blob", "_ends", "_full", "_hashes", "_kinds", "_memo", "_order", "_starts", "kind")

    def __init__(self, kind: str, hashes: bytes, starts: bytes, ends: bytes, kinds: bytes, blob: str,
                 order: bytes) -> None:
        from array import array

        self.kind = kind  # "table" (a lookups Table: keys matched by hash) or "map" (a dict)
        self._hashes, self._starts, self._ends = array("Q"), array("Q"), array("Q")
        self._hashes.frombytes(hashes)
        self._starts.frombytes(starts)
        self._ends.frombytes(ends)
        self._order = array("Q")
        self._order.frombytes(order)
        self._kinds, self._blob = kinds, blob
        self._memo: dict[Any, Any] = {}
        self._full: Any = None

    def __len__(self) -> int:
        return len(self._hashes)

    def _entry(self, i: int) -> tuple[str, Any]:
        """The key (a table's: "") and value of entry ``i`` (in hash order)."""
        text = self._blob[self._starts[i]:self._ends[i]]
        key, _, value = text.partition(_SEP)
        return key, (value if self._kinds[i] == _VALUE_STR else value.split(_SEP))

    def find(self, key: Any, default: Any = None) -> Any:
        """The value of ``key``, else ``default``: a table's key is a string or its hash and
        matches by hash (as spaCy's ``Table``), a map's is a string compared whole (as a dict)."""
        from bisect import bisect_left

        from spacy.strings import get_string_id

        memo = self._memo.get(key, self)
        if memo is not self:
            return default if memo is _MISSING else memo
        table = self.kind == "table"
        if not table and not isinstance(key, str):
            return default
        h = get_string_id(key)
        i = bisect_left(self._hashes, h)
        found: Any = _MISSING
        while i < len(self._hashes) and self._hashes[i] == h:
            entry_key, value = self._entry(i)
            if table or entry_key == key:
                found = value
                break
            i += 1
        self._memo[key] = found
        return default if found is _MISSING else found

    def full(self) -> Any:
        """The whole map as the model's file gave it, in its order (a table's keys hashed)."""
        if self._full is None:

            order = sorted(range(len(self._hashes)), key=self._order.__getitem__)
            if self.kind == "table":
                self._full = {self._hashes[i]: self._entry(i)[1] for i in order}
            else:
                self._full = dict(self._entry(i) for i in order)
        return self._full


_MISSING = object()


class PackedWords:
    """A word map inside a lookups table (``lemma_exc["verb"]``), answering as the dict it
    replaces for what the lemmatizers ask (``in``, ``get``, ``[]``, ``len``, truth); anything else
    reads the whole decoded dict. (spaCy's ``Lookups.to_bytes`` cannot write it, as it cannot
    write ``fast_lookup_tables``' tables: nothing here serialises a loaded model.)"""

    def __init__(self, packed: Packed) -> None:
        self.packed = packed

    def __contains__(self, key: object) -> bool:
        return self.packed.find(key, _MISSING) is not _MISSING

    def get(self, key: Any, default: Any = None) -> Any:
        return self.packed.find(key, default)

    def __getitem__(self, key: Any) -> Any:
        value = self.packed.find(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __len__(self) -> int:
        return len(self.packed)

    def __bool__(self) -> bool:
        return len(self.packed) > 0

    def __iter__(self) -> Iterator[Any]:
        return iter(self.packed.full())

    def __eq__(self, other: object) -> bool:
        return self.packed.full() == (other.packed.full() if isinstance(other, PackedWords) else other)

    __hash__ = None  # type: ignore[assignment]

    def __getattr__(self, name: str) -> Any:  # keys(), items(), index(), copy() ... of the whole
        return getattr(self.packed.full(), name)

    def __repr__(self) -> str:
        return f"PackedWords({self.packed.kind}, {len(self.packed)} entries)"

    def __reduce__(self) -> Any:
        return (_unpacked, (self.packed.full(),))


def _unpacked(value: Any) -> Any:
    return value


@cache
def _packed_table_class(bulk: type) -> type:
    """A lookups ``Table`` (``bulk``: nlp_load's, holding its entries in ``_data``) whose entries
    stay packed until something other than ``get``, ``[]``, ``in`` or ``len`` needs them all
    (``_data`` is then decoded once)."""
    from spacy.strings import get_string_id

    class PackedTable(bulk):  # type: ignore[misc,valid-type]
        def __init__(self, name: str | None = None, packed: Packed | None = None) -> None:
            from collections import OrderedDict

            OrderedDict.__init__(self)
            self.name = name
            self.default_size = 1e6
            self._packed = packed
            self._bloom_size = max(len(packed), 1) if packed is not None else self.default_size
            self._bloom: Any = None
            self._decoded: dict[Any, Any] | None = None if packed is not None else {}

        @property
        def _data(self) -> dict[Any, Any]:  # type: ignore[override]
            if self._decoded is None:
                self._decoded = dict(self._packed.full()) if self._packed is not None else {}
            return self._decoded

        @_data.setter
        def _data(self, value: dict[Any, Any]) -> None:
            self._decoded = value

        def copy(self) -> Any:
            return bulk(self.name, dict(self._data))

        def __getitem__(self, key: Any) -> Any:
            if self._decoded is not None:
                return self._decoded[get_string_id(key)]
            value = self._packed.find(key, _MISSING)
            if value is _MISSING:
                raise KeyError(get_string_id(key))
            return value

        def get(self, key: Any, default: Any = None) -> Any:
            if self._decoded is not None:
                return self._decoded.get(get_string_id(key), default)
            return self._packed.find(key, default)

        def __contains__(self, key: Any) -> bool:  # type: ignore[override]
            if self._decoded is not None:
                return get_string_id(key) in self._decoded
            return self._packed.find(key, _MISSING) is not _MISSING

        def __len__(self) -> int:
            return len(self._decoded) if self._decoded is not None else len(self._packed)

    return PackedTable


def _packable(kind: str, value: Any) -> bool:
    """Whether ``value`` can be packed as ``kind``: a dict of keys (a table's: strings or their
    hashes; a map's: strings) to a string or a non-empty list of strings, big enough, with no
    separator inside any string."""
    if not isinstance(value, dict) or len(value) < PACK_MIN_ENTRIES:
        return False
    key_types = (str, int) if kind == "table" else (str,)
    for key, item in value.items():
        if not isinstance(key, key_types) or isinstance(key, bool) or (isinstance(key, str) and _SEP in key):
            return False
        words = [item] if isinstance(item, str) else item if isinstance(item, list) else []
        if not words or not all(isinstance(w, str) and _SEP not in w for w in words):
            return False
    return True


def _pack(kind: str, value: dict[Any, Any]) -> tuple[Any, ...] | None:
    """The parts of a ``Packed`` of ``kind``; None for a table two of whose keys share a hash
    (spaCy's ``Table`` would have kept one of them). A table's entries keep no key: it is
    matched by its hash, as in spaCy's ``Table``. Made in ~0.3 s for the French ``lemma_lookup``
    (the entries' texts joined once, offsets counted in characters)."""
    import numpy as np
    from spacy.strings import get_string_id

    items = list(value.items())
    hashes = np.fromiter((get_string_id(key) for key, _ in items), dtype=np.uint64, count=len(items))
    order = np.argsort(hashes, kind="stable")  # ties (a map's colliding words) in the file's order
    hashes = hashes[order]
    if kind == "table" and bool((hashes[1:] == hashes[:-1]).any()):
        return None
    table = kind == "table"
    texts, kinds = [], bytearray()
    for i in order.tolist():
        key, item = items[i]
        if isinstance(item, str):
            texts.append(f"{'' if table else key}{_SEP}{item}")
            kinds.append(_VALUE_STR)
        else:
            texts.append(_SEP.join(["" if table else key, *item]))
            kinds.append(_VALUE_LIST)
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.uint64, count=len(texts)), dtype=np.uint64)
    starts = ends - np.fromiter(map(len, texts), dtype=np.uint64, count=len(texts))
    return (kind, hashes.tobytes(), starts.tobytes(), ends.tobytes(), bytes(kinds), "".join(texts),
            order.astype(np.uint64).tobytes())


def pack_lookups(data: dict[str, Any]) -> tuple[bytes, dict[str, Any]]:
    """The decoded lookups file packed: what stays as it is, as msgpack ({table name: [[key,
    value or None], ...]}, keys in the file's order, None where the entry is packed), and the
    packed parts ({name: parts} for a whole table, {name: {key: parts}} for its big entries),
    parts as ``_pack`` makes them (marshal stores the whole)."""
    import srsly

    plain: dict[str, Any] = {}
    packed: dict[str, Any] = {}
    for name, table in data.items():
        parts = _pack("table", table) if _packable("table", table) else None
        if parts is not None:
            packed[name] = parts
            continue
        entries, big = [], {}
        for key, value in table.items():
            parts = _pack("map", value) if _packable("map", value) else None
            if parts is not None:
                big[key] = parts
            entries.append([key, None if parts is not None else value])
        plain[name] = entries
        packed[name] = big
    return srsly.msgpack_dumps(plain), packed


def unpack_lookups(plain_bytes: bytes, packed: dict[str, Any], bulk: type) -> dict[str, Any]:
    """{table name: spaCy ``Table`` (of class ``bulk``)} from ``pack_lookups``'s output (big
    entries left packed), the tables in the file's order."""
    import srsly

    table_class = _packed_table_class(bulk)
    plain = srsly.msgpack_loads(plain_bytes)
    tables: dict[str, Any] = {}
    for name, parts in packed.items():
        if name not in plain:
            tables[name] = table_class(name, Packed(*parts))
            continue
        tables[name] = bulk(name, {key: PackedWords(Packed(*parts[key])) if key in parts else value
                                   for key, value in plain[name]})
    return tables


def _pack_file(prefix: str, model_file: Any) -> Any:
    """Where the packed copy of a model's file is kept: named after the file (``model_identity``),
    spaCy's version (its string hashes), this module and Python's (marshal)."""
    import hashlib
    import sys
    from pathlib import Path

    import spacy

    from newsevents.geo.build import cache_dir

    source = f"{model_identity(Path(model_file))}|{spacy.__version__}|{_PACK_FORMAT}|{sys.version_info[:2]}"
    digest = hashlib.sha256(source.encode())
    digest.update(Path(__file__).read_bytes())
    return cache_dir() / f"{prefix}-{digest.hexdigest()[:16]}.marshal"


def model_identity(model_file: Any) -> str:
    """What a model's file is, whichever installation holds it: the model's name and version (its
    ``meta.json``), the file's path inside the model and its size; for a file of no installed
    model, its absolute path, size and time.

    Why not the absolute path and time for every file: each virtual environment installs its own
    copy of the same model (the worktrees of one machine, a CI cache), and the cache folder they
    share keeps four copies of each table: on a machine with seven environments at work, their
    copies evicted each other and a start packed again every few minutes (~0.9 s CPU each; seen
    as every copy rewritten within two minutes). A model version's files never change in place.
    """
    import json

    stat = model_file.stat()
    for folder in model_file.parents:
        meta = folder / "meta.json"
        if meta.is_file():
            with contextlib.suppress(OSError, ValueError, AttributeError):
                info = json.loads(meta.read_text(encoding="utf-8"))
                name = f"{info.get('lang')}_{info.get('name')}-{info.get('version')}"
                return f"{name}/{model_file.relative_to(folder).as_posix()}|{stat.st_size}"
            break
    return f"{model_file}|{stat.st_size}|{stat.st_mtime_ns}"


def read_packed_lookups(lookups_file: Any, bulk: type) -> dict[str, Any] | None:
    """The tables of a big lookups file from its packed copy (made on the first load, then kept
    in the cache folder: 1.8 s CPU once for the French lemmatizer's); None for a small file, or
    when no copy can be read or kept (the caller then reads the file as spaCy does)."""
    return _read_packed("lookups", lookups_file, PACKED_LOOKUPS_MIN_BYTES, pack_lookups,
                        lambda plain, packed: unpack_lookups(plain, packed, bulk))


def _read_packed(prefix: str, source: Any, min_bytes: int, pack: Callable[[Any], tuple[Any, ...] | None],
                 build: Callable[..., _T]) -> _T | None:
    """A big msgpack file of the model as ``build(*parts)`` from its packed copy in the cache
    folder, packed now (``pack`` of the decoded file) when none is kept and the folder can keep
    it (packing costs more than spaCy's reading: only to keep it); None for a small file, or when
    no copy can be read or kept, or for an unexpected layout (spaCy's own reading then)."""
    import marshal

    try:
        if source.stat().st_size < min_bytes:
            return None
        kept = _pack_file(prefix, source)
    except (OSError, ImportError):
        return None
    with contextlib.suppress(Exception):  # missing, cut short, damaged: made again
        built = build(*marshal.loads(kept.read_bytes()))
        # its time says when it was last used: the copies dropped first (``keep_copy``, and the
        # older code of other installs sharing the folder) are the ones no start read lately
        with contextlib.suppress(OSError):
            os.utime(kept)
        return built
    if not writable_folder(kept.parent):
        return None
    import srsly

    try:
        # bytes decoded here, not through srsly.read_msgpack, which the model load has replaced
        parts = pack(srsly.msgpack_loads(source.read_bytes()))
        if parts is None:
            return None
        keep_copy(kept, marshal.dumps(parts), prefix, KEEP_OTHER_PACKS)
        return build(*parts)
    except Exception:  # an unexpected layout: spaCy's own reading
        return None


# --- the static vectors' rows ----------------------------------------------------------------------
# A vectors' ``key2row`` file at least this big is read from its packed copy (French: 500,000 keys,
# 6 MB, 0.1 s CPU to decode; the English small model has no vectors)
PACKED_ROWS_MIN_BYTES = 1_000_000


class PackedRows:
    """spaCy ``Vectors.key2row`` (word hash -> row of the vectors table) kept as two sorted arrays,
    answering ``get``, ``[]``, ``in`` and ``len`` from them (binary search, memoised): what the
    parse asks, once per token (``Vectors.find``). Anything else (``items``, ``values``,
    iterating, changing, comparing, serialising) first decodes the whole dict, in the file's order.

    While the model loads (``loading``), ``items()`` and ``values()`` give one key per row
    instead: spaCy's ``Vectors.from_disk`` reads them only to learn which rows are in use
    (``_unset``, ``_sync_unset``), and the set of rows is the same. ``done_loading`` ends that.
    """

    def __init__(self, keys: bytes, rows: bytes, order: bytes, sample: dict[int, int]) -> None:
        from array import array

        self._keys, self._rows, self._order = array("Q"), array("q"), array("Q")
        self._keys.frombytes(keys)
        self._rows.frombytes(rows)
        self._order.frombytes(order)
        self._sample = sample
        self._memo: dict[Any, int] = {}
        self._full: dict[int, int] | None = None
        self.loading = True

    def done_loading(self) -> None:
        self.loading = False
        self._sample = {}

    def _row(self, key: Any) -> int | None:
        if self._full is not None:
            return self._full.get(key)
        row = self._memo.get(key, -2)
        if row != -2:
            return None if row == -1 else row
        from bisect import bisect_left

        found = None
        if isinstance(key, int) and 0 <= key < 2**64:
            i = bisect_left(self._keys, key)
            if i < len(self._keys) and self._keys[i] == key:
                found = self._rows[i]
        self._memo[key] = -1 if found is None else found
        return found

    def full(self) -> dict[int, int]:
        if self._full is None:
            order = sorted(range(len(self._keys)), key=self._order.__getitem__)
            keys, rows = self._keys, self._rows
            self._full = {keys[i]: rows[i] for i in order}
        return self._full

    def get(self, key: Any, default: Any = None) -> Any:
        row = self._row(key)
        return default if row is None else row

    def __getitem__(self, key: Any) -> int:
        row = self._row(key)
        if row is None:
            raise KeyError(key)
        return row

    def __contains__(self, key: object) -> bool:
        return self._row(key) is not None

    def __len__(self) -> int:
        return len(self._full) if self._full is not None else len(self._keys)

    def __bool__(self) -> bool:
        return len(self) > 0

    def items(self) -> Any:
        return self._sample.items() if self.loading else self.full().items()

    def values(self) -> Any:
        return self._sample.values() if self.loading else self.full().values()

    def __iter__(self) -> Iterator[int]:
        return iter(self.full())

    def __eq__(self, other: object) -> bool:
        return self.full() == (other.full() if isinstance(other, PackedRows) else other)

    __hash__ = None  # type: ignore[assignment]

    def __getattr__(self, name: str) -> Any:  # keys(), copy(), pop(), setdefault() ... of the dict
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.full(), name)

    def __setitem__(self, key: int, row: int) -> None:
        self.full()[key] = row

    def __delitem__(self, key: int) -> None:
        del self.full()[key]

    def __reduce__(self) -> Any:
        return (dict, (self.full(),))

    def __repr__(self) -> str:
        return f"PackedRows({len(self)} keys)"


def pack_rows(key2row: dict[Any, Any]) -> tuple[bytes, bytes, bytes, dict[int, int]] | None:
    """The arrays of a ``PackedRows``, and one key per row used (its first); None unless every
    key is a 64-bit hash and every row a number."""
    import numpy as np

    if type(key2row) is not dict or not all(isinstance(k, int) and isinstance(r, int) and 0 <= k < 2**64
                                            for k, r in key2row.items()):
        return None
    keys = np.fromiter(key2row.keys(), dtype=np.uint64, count=len(key2row))
    rows = np.fromiter(key2row.values(), dtype=np.int64, count=len(key2row))
    order = np.argsort(keys, kind="stable")
    _, first = np.unique(rows, return_index=True)
    sample = dict(zip(keys[first].tolist(), rows[first].tolist(), strict=True))
    return keys[order].tobytes(), rows[order].tobytes(), order.astype(np.uint64).tobytes(), sample


def read_packed_rows(key2row_file: Any) -> PackedRows | None:
    """A big ``key2row`` file as ``PackedRows`` from its packed copy (made on the first load,
    ~0.5 s CPU once for the French vectors'); None for a small file or when no copy can be read
    or kept (spaCy then reads the file)."""
    return _read_packed("key2row", key2row_file, PACKED_ROWS_MIN_BYTES, pack_rows, PackedRows)
