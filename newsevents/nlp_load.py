"""Loading a spaCy model faster, with the same annotations (start-up time of a one-article ingest).

``fast_model_load()`` wraps ``spacy.load`` (``newsevents.nlp.pipeline``) and combines three
shortcuts, each measured on ``fr_core_news_md`` (CPU seconds of a 1.4 s load, quiet machine):

- the tokenizer's long patterns compiled in their short form (``nlp_regex``, ~5 s before it);
- the lemmatizer's lookup tables built in bulk (``fast_lookup_tables``: 0.33 -> ~0.1 s): spaCy
  builds its 216,849-entry ``lemma_lookup`` table one ``__setitem__`` call at a time;
- the package entry points of spaCy's registries looked up once per group
  (``cached_entry_points``: ~0.1 s): ``catalogue`` scans every installed entry point again for
  each of the ~170 registry look-ups a model load makes.

And ``SKIPPED_VOCAB_FIELDS``: the model's ``strings.json`` (712,952 strings, 0.45 s) is not read.
Why that changes no annotation: spaCy adds every string it creates (a token's text, a lemma, a
label, a morphological analysis) to the store when it creates it, and looks strings up only by
the hashes it added; the static vectors are keyed by hash, not by string. The store then holds
the strings of the texts processed instead of the training corpus's. tests/test_nlp_load.py checks
that the tokens of the test corpora get the same annotations with and without the strings.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import importlib.abc
import importlib.util
import os
import sys
import types
from collections.abc import Iterator
from functools import cache
from typing import Any

from newsevents.nlp_regex import fast_tokenizer_patterns


@contextlib.contextmanager
def long_lived_objects() -> Iterator[None]:
    """Build objects that live as long as the process (a spaCy model, its patterns) with the
    cyclic garbage collector paused, then move every object alive out of its reach (``gc.freeze``).

    Why: a model load allocates ~500,000 objects that are never garbage; the collections their
    allocations triggered (three full ones, each walking every object of the process) found
    nothing to free and took ~0.15-0.3 s CPU of a one-article ingest's ~1.9 s, and every later
    full collection walked them again. Reference counting frees as before; the collector runs
    again afterwards, on the objects made since. In the workers' forkserver, objects frozen
    before the fork are not written to by the workers' collections (their pages stay shared).
    Paused with a threshold of 0 rather than ``gc.disable()``, which srsly's msgpack reader (the
    model's tables) undoes with its own ``gc.enable()``.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(0)  # no automatic collection until the thresholds are back
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)


# the vocabulary's serialisation fields not read at load (see the module docstring)
SKIPPED_VOCAB_FIELDS = ("strings",)


@cache
def _fast_table_class() -> type:
    """spaCy's lookups ``Table`` held in a plain dict: the same keys, order and values, built in
    one pass, and a Bloom filter built only if something asks for it.

    ``Table`` is an ``OrderedDict`` filled through its Python-level ``__setitem__`` (hash the
    key, set it, add it to the Bloom filter): 216,849 calls for the French ``lemma_lookup``
    (0.37 s CPU for the four tables); even filled from C, an ``OrderedDict`` of that size costs
    0.2 s, a dict 0.01 s. So the entries live in a dict (insertion-ordered like the
    ``OrderedDict``), and every method of the mapping reads and writes that dict; the
    ``OrderedDict`` part of the object stays empty. The Bloom filter is only a quick "no" in
    front of the dictionary (``__contains__``), which gives the same answers without it; it is
    built, with the size ``Table`` gives it, the first time it is read (``to_bytes``).
    Measured: the four French tables 0.37 -> 0.04 s CPU (tests/test_nlp_load.py).
    """
    from collections import OrderedDict

    from preshed.bloom import BloomFilter
    from spacy.lookups import Table
    from spacy.strings import get_string_id

    class BulkTable(Table):  # type: ignore[misc]
        def __init__(self, name: str | None = None, data: dict[Any, Any] | None = None) -> None:
            OrderedDict.__init__(self)
            self.name = name
            self.default_size = 1e6
            self._bloom_size = max(len(data), 1) if data is not None else self.default_size
            self._bloom: Any = None
            # keys as Table.__setitem__ makes them: a string's hash, an int as it is
            self._data = {get_string_id(k): v for k, v in (data or {}).items()}

        @property
        def bloom(self) -> Any:
            if self._bloom is None:
                bloom = BloomFilter.from_error_rate(self._bloom_size)
                for key in self._data:
                    bloom.add(key)
                self._bloom = bloom
            return self._bloom

        @bloom.setter
        def bloom(self, value: Any) -> None:
            self._bloom = value

        def __setitem__(self, key: Any, value: Any) -> None:
            key = get_string_id(key)
            self._data[key] = value
            if self._bloom is not None:
                self._bloom.add(key)

        def __getitem__(self, key: Any) -> Any:
            return self._data[get_string_id(key)]

        def get(self, key: Any, default: Any = None) -> Any:
            return self._data.get(get_string_id(key), default)

        def __contains__(self, key: Any) -> bool:  # type: ignore[override]
            return get_string_id(key) in self._data

        # removing keeps them in the Bloom filter, as spaCy's Table does: built first, then removed
        def __delitem__(self, key: Any) -> None:  # as OrderedDict's: the key as given, not hashed
            self.bloom  # noqa: B018
            del self._data[key]

        def __len__(self) -> int:
            return len(self._data)

        def __iter__(self) -> Any:
            return iter(self._data)

        def __reversed__(self) -> Any:
            return reversed(self._data)

        def __eq__(self, other: object) -> bool:
            return self._data == (other._data if isinstance(other, BulkTable) else other)

        __hash__ = None  # type: ignore[assignment]

        def __repr__(self) -> str:
            return f"{type(self).__name__}({self.name!r}, {len(self._data)} entries)"

        def keys(self) -> Any:
            return self._data.keys()

        def values(self) -> Any:
            return self._data.values()

        def items(self) -> Any:
            return self._data.items()

        def clear(self) -> None:
            self.bloom  # noqa: B018
            self._data.clear()

        def update(self, *args: Any, **kwargs: Any) -> None:
            for key, value in dict(*args, **kwargs).items():
                self[key] = value

        def pop(self, key: Any, *default: Any) -> Any:
            self.bloom  # noqa: B018
            return self._data.pop(key, *default)

        def setdefault(self, key: Any, default: Any = None) -> Any:
            if key not in self:
                self[key] = default
            return self[key]

        def copy(self) -> Any:
            return type(self)(self.name, dict(self._data))

    return BulkTable


@contextlib.contextmanager
def fast_lookup_tables() -> Iterator[None]:
    """While loading a model: spaCy's ``Lookups`` build their tables in bulk."""
    import spacy.lookups as lookups

    original = lookups.Table
    lookups.Table = _fast_table_class()  # type: ignore[misc]
    try:
        yield
    finally:
        lookups.Table = original  # type: ignore[misc]


class _CachedEntryPoints:
    """``importlib.metadata.EntryPoints`` whose ``select(group=...)`` is computed once per group."""

    def __init__(self, points: Any) -> None:
        self.points = points
        self.groups: dict[str, Any] = {}

    def select(self, **params: Any) -> Any:
        if set(params) != {"group"}:
            return self.points.select(**params)
        group = params["group"]
        if group not in self.groups:
            self.groups[group] = self.points.select(group=group)
        return self.groups[group]

    def get(self, group: str, default: Any = None) -> Any:  # the older dict-like interface
        return self.points.get(group, default)


@contextlib.contextmanager
def cached_entry_points() -> Iterator[None]:
    """While loading a model: ``catalogue``'s registries read each entry-point group once."""
    try:
        import catalogue
    except ImportError:  # pragma: no cover - spaCy depends on it
        yield
        return
    original = catalogue.AVAILABLE_ENTRY_POINTS
    if not hasattr(original, "select"):
        yield
        return
    catalogue.AVAILABLE_ENTRY_POINTS = _CachedEntryPoints(original)
    try:
        yield
    finally:
        catalogue.AVAILABLE_ENTRY_POINTS = original


@contextlib.contextmanager
def fast_model_load() -> Iterator[None]:
    """Every load-time shortcut of this module at once."""
    with fast_tokenizer_patterns(), fast_lookup_tables(), packed_lookups(), packed_vectors_rows(), \
            cached_entry_points():
        yield


@contextlib.contextmanager
def packed_lookups() -> Iterator[None]:
    """While loading a model: its big lookups files are read from their packed copies
    (``nlp_packed``: the French lemmatizer's 0.25 -> 0.02 s CPU)."""
    import spacy.lookups as lookups
    from spacy.util import ensure_path

    from newsevents.nlp_packed import read_packed_lookups

    original = lookups.Lookups.from_disk
    bulk = _fast_table_class()

    def from_disk(self: Any, path: Any, filename: str = "lookups.bin", **kwargs: Any) -> Any:
        tables = read_packed_lookups(ensure_path(path) / filename, bulk)
        if tables is None:
            return original(self, path, filename=filename, **kwargs)
        self._tables = tables
        return self

    lookups.Lookups.from_disk = from_disk
    try:
        yield
    finally:
        lookups.Lookups.from_disk = original


@contextlib.contextmanager
def packed_vectors_rows() -> Iterator[None]:
    """While loading a model: its static vectors' ``key2row`` is read from its packed copy
    (``nlp_packed.PackedRows``: French 0.1 -> ~0.01 s CPU), then answers as the dict it replaces."""
    from pathlib import Path

    import srsly

    from newsevents.nlp_packed import read_packed_rows

    original = srsly.read_msgpack
    made: list[Any] = []

    def read_msgpack(path: Any, *args: Any, **kwargs: Any) -> Any:
        if not args and not kwargs and Path(path).name == "key2row":
            rows = read_packed_rows(Path(path))
            if rows is not None:
                made.append(rows)
                return rows
        return original(path, *args, **kwargs)

    srsly.read_msgpack = read_msgpack
    try:
        yield
    finally:
        srsly.read_msgpack = original
        for rows in made:
            rows.done_loading()


# --- matrix products through numpy's BLAS -----------------------------------------------------------
# What numpy's bundled OpenBLAS calls its thread-count setter, by build (the wheels' 64-bit
# interface renames its symbols; a system OpenBLAS keeps the plain name)
OPENBLAS_THREAD_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
                           "openblas_set_num_threads64_", "openblas_set_num_threads")


@cache
def numpy_blas_single_threaded() -> bool:
    """Pin numpy's OpenBLAS to one thread (``numpy_gemm`` requires it); False when numpy's BLAS
    is not an OpenBLAS whose setter can be found (then nothing changes).

    Why one thread: spaCy's own products (blis) run on one, and an ingest already puts one
    process per core (``--workers``); OpenBLAS's threads would share the same cores and
    spend CPU time waiting on each other.
    """
    import ctypes
    from pathlib import Path

    import numpy

    base = Path(numpy.__file__).resolve().parent
    for library in sorted([*base.parent.glob("numpy.libs/*openblas*"), *base.glob(".dylibs/*openblas*")]):
        try:
            handle = ctypes.CDLL(str(library))  # already loaded by numpy: the same library
        except OSError:
            continue
        for name in OPENBLAS_THREAD_SETTERS:
            setter = getattr(handle, name, None)
            if setter is not None:
                setter(1)
                return True
    return False


def numpy_gemm(nlp: Any) -> bool:
    """Let the model's matrix products go through numpy's BLAS instead of blis; False (and the
    model left as it is) when that BLAS cannot be held to one thread.

    Why: the products of the token-to-vector layers and of the parser's and NER's feature
    precomputation are ~75 % of the parse, and on the AMD EPYC of bench/RESULTS.md numpy's
    OpenBLAS computes them in a third of blis's time (one thread each: 4.4 against 12.5 ms for a
    2,500 x 288 by 288 x 288 product): the 454 articles of bench/scale.py parse in ~5.0 s CPU
    instead of 8.2. It is thinc's own option (``NumpyOps(use_blis=False)``), set on every layer
    of every component; the parser's step-by-step products stay blis's (``Ops.cblas``). Both
    compute in float32 and round differently in the last bits: the same tokens, tags, heads and
    entities on those 63,888 tokens and on the test sentences (tests/test_nlp_load.py), as
    between two machines whose blis picks different kernels. A layer spaCy makes later (the
    NER's output, resized when a text first brings a label of our ruler) keeps thinc's default
    ops; its products run step by step through ``Ops.cblas`` anyway.
    """
    if not numpy_blas_single_threaded():
        return False
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk") and type(model.ops) is NumpyOps:
            for node in model.walk():
                node.ops = ops
    return True


# --- spaCy's command line, imported when used --------------------------------------------------------
# spaCy's package imports its command line at once (``from .cli.info import info``, for
# ``spacy.info``): every command module, typer, weasel and jinja2 with it, 0.13 s CPU of the 0.42 s
# that ``import spacy`` costs (measured side by side, three runs each: 0.42-0.44 s against
# 0.29-0.32 s), in every process that parses (a one-article ingest, the workers' forkserver before
# any worker starts). Nothing of ours uses it; ``spacy.cli`` and ``spacy.info`` still work, the
# real command line then imported on their first use.
LAZY_SPACY_CLI = ("spacy.cli", "spacy.cli.info")


class _LazySpacyCli(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Gives spaCy's ``__init__`` stand-ins for ``spacy.cli`` and ``spacy.cli.info`` while it
    imports; the first attribute read on either (or a call of ``spacy.info``) imports the real
    ones in their place. A submodule imported by name (``import spacy.cli.download``) is found
    in spaCy's own folder as usual."""

    def __init__(self) -> None:
        self.active = True

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if not self.active or name not in LAZY_SPACY_CLI or "spacy" not in sys.modules:
            return None
        return importlib.util.spec_from_loader(name, self, is_package=name == "spacy.cli")

    def create_module(self, spec: Any) -> Any:
        return _StandIn(spec.name)

    def exec_module(self, module: Any) -> None:
        if module.__name__ == "spacy.cli":
            module.__path__ = [os.path.join(sys.modules["spacy"].__path__[0], "cli")]
        else:
            module.info = _info

    def real(self) -> Any:
        """The real ``spacy.cli``, imported in place of the stand-ins the first time."""
        self.active = False
        for name in reversed(LAZY_SPACY_CLI):
            if isinstance(sys.modules.get(name), _StandIn):
                del sys.modules[name]
        return importlib.import_module("spacy.cli")


class _StandIn(types.ModuleType):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        real = _FINDER.real()
        return getattr(real.info if self.__name__ == "spacy.cli.info" else real, name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` until the real command line is imported."""
    return _FINDER.real().info(*args, **kwargs)


_FINDER = _LazySpacyCli()


def lazy_spacy_cli() -> bool:
    """Put the stand-ins in place for spaCy's next import; False when spaCy is already imported
    (nothing to save) or they are in place."""
    if "spacy" in sys.modules or _FINDER in sys.meta_path:
        return False
    sys.meta_path.insert(0, _FINDER)
    return True


lazy_spacy_cli()
