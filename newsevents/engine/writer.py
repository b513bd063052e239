"""Saving one processed document, for a writer that may share the database with others.

Two ingests on one database at once (two shells, two machines on one PostgreSQL, a Dask run
next to a local one) must lose and duplicate nothing. The store gives the guarantees: one
transaction per document, a unique text hash and unique record ids, SQLite's busy timeout and
``BEGIN IMMEDIATE``, PostgreSQL's lock timeout. What is left to the writer:

- a text committed by the other process between our "is it stored?" check and our save: the
  store's ``save`` returns False and the document is reported ``unchanged`` (stored by the
  other), not ``new``;
- a transient lock failure (PostgreSQL deadlock or lock timeout, a SQLite lock held past the
  busy timeout): the transaction was rolled back whole, so the save is tried again, a few times
  with growing pauses, before the run stops with ``DatabaseLocked``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Protocol

from newsevents.errors import DatabaseLocked, StoreError
from newsevents.model import Article

# Attempts at saving one document when the database reports a lock conflict, and the pause
# before each retry (doubling). A PostgreSQL deadlock aborts one of the two transactions at once
# (deadlock_timeout, 1 s by default), and the retry then succeeds: 3 attempts over 1.5 s of
# pauses cover repeated conflicts. A lock held longer than the store's own wait (30 s, see
# store/engine.py) is not transient, and stopping is then the right answer.
SAVE_ATTEMPTS = 3
RETRY_PAUSE_S = 0.5


class _Store(Protocol):
    def save(self, article: Article, replace: bool = False) -> bool: ...

    def save_many(self, articles: Sequence[Article],
                  replace: bool | Sequence[bool] = False, ahead: bool = False) -> list[bool]: ...


def save(store: _Store, article: Article, replace: bool = False, *, attempts: int = SAVE_ATTEMPTS,
         pause: float = RETRY_PAUSE_S) -> bool:
    """``store.save`` retried on lock conflicts; False when the text was already stored."""
    for attempt in range(1, attempts + 1):
        try:
            return store.save(article, replace=replace)
        except DatabaseLocked:
            if attempt == attempts:
                raise
            time.sleep(pause * 2 ** (attempt - 1))
    raise AssertionError("unreachable")  # pragma: no cover


def save_many(store: _Store, articles: Sequence[Article], replace: bool | Sequence[bool] = False, *,
              attempts: int = SAVE_ATTEMPTS, pause: float = RETRY_PAUSE_S,
              ahead: bool = False) -> list[bool | StoreError]:
    """``store.save_many`` (one transaction, one merge refresh for the lot), retried on lock
    conflicts like ``save``; for each article, whether it was stored, or the error that kept it out.

    Why the errors per article: a batch fails whole, and one bad document must not cost the
    others. When the batch fails for another reason than a lock, or still on a lock after the
    retries, each article is saved alone (``save``): the ones that can be are stored, and each
    that cannot gets its own error (a lock still held, a full disk: then every one of them).
    ``ahead``: the rows a worker built are taken (Store.save_many).
    """
    flags = [replace] * len(articles) if isinstance(replace, bool) else list(replace)
    if len(articles) > 1:
        try:
            # (``ahead`` only when asked: a store of another make may not know it)
            return list(_retried(lambda: store.save_many(articles, flags, ahead=True) if ahead
                                 else store.save_many(articles, flags), attempts, pause))
        except StoreError:
            pass  # one by one below
    out: list[bool | StoreError] = []
    for article, again in zip(articles, flags, strict=True):
        try:
            out.append(save(store, article, replace=again, attempts=attempts, pause=pause))
        except StoreError as exc:
            out.append(exc)
    return out


def _retried(call: Callable[[], list[bool]], attempts: int, pause: float) -> list[bool]:
    for attempt in range(1, attempts + 1):
        try:
            return call()
        except DatabaseLocked:
            if attempt == attempts:
                raise
            time.sleep(pause * 2 ** (attempt - 1))
    raise AssertionError("unreachable")  # pragma: no cover
