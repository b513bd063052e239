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
the strings of the texts processed instead of the training corpus's. tests/test_nlp.py checks
that the tokens of the test corpora get the same annotations with and without the strings.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import cache
from typing import Any

from newsevents.nlp_regex import fast_tokenizer_patterns

# the vocabulary's serialisation fields not read at load (see the module docstring)
SKIPPED_VOCAB_FIELDS = ("strings",)


@cache
def _fast_table_class() -> type:
    """spaCy's lookups ``Table`` with a faster constructor: the same keys, order, values and Bloom
    filter as ``Table.__init__`` (which goes through the Python-level ``__setitem__`` per key)."""
    from collections import OrderedDict

    from preshed.bloom import BloomFilter
    from spacy.lookups import Table
    from spacy.strings import get_string_id

    class BulkTable(Table):  # type: ignore[misc]
        def __init__(self, name: str | None = None, data: dict[Any, Any] | None = None) -> None:
            OrderedDict.__init__(self)
            self.name = name
            self.default_size = 1e6
            size = max(len(data), 1) if data is not None else self.default_size
            self.bloom = BloomFilter.from_error_rate(size)
            if data:
                setitem, add = OrderedDict.__setitem__, self.bloom.add
                for key, value in data.items():
                    key = get_string_id(key)
                    setitem(self, key, value)
                    add(key)

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
    with fast_tokenizer_patterns(), fast_lookup_tables(), cached_entry_points():
        yield
