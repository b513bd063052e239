"""Saving several processed articles in one transaction (``Store.save_many``, ``writer.save_many``):
the register is the one saving them one by one gives, in any order; duplicates, replacements
and failures keep the per-document rules of ``Store.save``."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from newsevents import export
from newsevents.engine import writer
from newsevents.errors import DatabaseFull, DatabaseLocked, StoreError
from newsevents.model import Article, Published
from newsevents.pipeline import Pipeline
from newsevents.store import Store

# One incident told by several outlets (wire copy, a live blog, a denial), French and English,
# plus an unrelated one: reports that merge across documents and claims that contradict.
STORIES = [
    ("fr", "Un missile russe a frappé le port d'Odessa dans la nuit de lundi à mardi, tuant deux "
           "dockers et blessant cinq autres personnes, a annoncé le gouverneur de la région."),
    ("en", "A Russian missile hit the port of Odesa overnight on Monday, killing two dock workers "
           "and wounding five other people, the regional governor said."),
    ("fr", "Moscou a démenti avoir visé le port d'Odessa. Le ministère russe de la Défense a affirmé "
           "n'avoir frappé que des cibles militaires lundi."),
    ("en", "Al-Shabaab fighters attacked an African Union base near Mogadishu on Monday, killing "
           "four soldiers, the Somali army said."),
    ("fr", "Une frappe aérienne de l'armée birmane a tué onze villageois lundi dans la région de "
           "Sagaing, selon des habitants."),
]


def processed(pipe: Pipeline) -> list[Article]:
    published = Published(date(2024, 3, 5))
    return [pipe.process(Article(text=text, id=f"s{i}", language=lang, published=published))
            for i, (lang, text) in enumerate(STORIES)]


def register(store: Store) -> list[str]:
    """The JSON Lines export without the ingestion times (they differ from run to run)."""
    lines = []
    for record in export.records(store):
        record.pop("ingested_at", None)
        lines.append(export.jsonl_line(record))
    return lines


@pytest.fixture(scope="module")
def articles(pipe: Pipeline) -> list[Article]:
    done = processed(pipe)
    assert sum(len(a.events) for a in done) >= 4 and any(a.claims for a in done)
    return done


def test_one_transaction_gives_the_register_of_one_by_one_in_any_order(
        tmp_path: Path, articles: list[Article]) -> None:
    with Store.open(str(tmp_path / "one.db")) as store:
        assert all(store.save(a) for a in articles)
        expected = register(store)
        assert len(store.events()) < sum(len(a.events) for a in articles)  # some reports did merge
    for n, order in enumerate(itertools.islice(itertools.permutations(articles), 0, None, 29)):
        with Store.open(str(tmp_path / f"many{n}.db")) as store:
            assert store.save_many(list(order)) == [True] * len(articles)
            assert register(store) == expected


def test_batches_after_batches_and_stored_texts(tmp_path: Path, articles: list[Article]) -> None:
    with Store.open(str(tmp_path / "one.db")) as store:
        for a in articles:
            store.save(a)
        expected = register(store)
    with Store.open(str(tmp_path / "many.db")) as store:
        assert store.save_many(articles[:2]) == [True, True]
        # a text already stored is not stored again, unless replaced
        assert store.save_many(articles[1:]) == [False, True, True, True]
        assert register(store) == expected
        assert store.save_many(articles[:2], replace=[False, True]) == [False, True]
        assert register(store) == expected
        assert store.stats()["documents"] == len(articles)


def test_the_same_text_twice_in_one_list_is_stored_once(tmp_path: Path, articles: list[Article]) -> None:
    first = articles[0]
    again = Article(text=first.text, id=first.id, language=first.language, published=first.published,
                    events=first.events, claims=first.claims, mentions=first.mentions)
    with Store.open(str(tmp_path / "s.db")) as store:
        assert store.save_many([first, articles[1], again]) == [True, True, False]
        assert store.stats()["documents"] == 2


def test_a_new_text_under_an_id_of_the_list_replaces_the_earlier_one(
        tmp_path: Path, articles: list[Article]) -> None:
    edited = Article(text=articles[1].text, id=articles[0].id, language=articles[1].language,
                     published=articles[1].published, events=articles[1].events,
                     claims=articles[1].claims, mentions=articles[1].mentions)
    with Store.open(str(tmp_path / "s.db")) as store:
        assert store.save_many([articles[0], edited]) == [True, True]
        (doc,) = store.documents()
        assert doc["id"] == articles[0].id and store.texts()[doc["id"]] == articles[1].text


def test_replace_flags_must_match_the_articles(tmp_path: Path, articles: list[Article]) -> None:
    with Store.open(str(tmp_path / "s.db")) as store, pytest.raises(ValueError):
        store.save_many(articles[:2], replace=[True])


class BatchStore:
    """A store whose batches fail with ``batch_error`` and whose single saves fail for the texts
    in ``bad`` (with ``DatabaseFull``); counts the calls."""

    def __init__(self, batch_error: Exception | None, bad: set[str] = frozenset(), locks: int = 0) -> None:
        self.batch_error, self.bad, self.locks = batch_error, bad, locks
        self.batches = self.singles = 0

    def save_many(self, articles: list[Article], replace: bool | list[bool] = False) -> list[bool]:
        self.batches += 1
        if self.locks:
            self.locks -= 1
            raise DatabaseLocked("test.db")
        if self.batch_error is not None:
            raise self.batch_error
        return [True] * len(articles)

    def save(self, article: Article, replace: bool = False) -> bool:
        self.singles += 1
        if self.locks:
            self.locks -= 1
            raise DatabaseLocked("test.db")
        if article.text in self.bad:
            raise DatabaseFull("test.db")
        return True


def test_writer_batch_retried_on_locks_then_saved_whole() -> None:
    items = [Article(text=t, id=t) for t in "abc"]
    store = BatchStore(None, locks=writer.SAVE_ATTEMPTS - 1)
    assert writer.save_many(store, items, pause=0) == [True, True, True]
    assert store.batches == writer.SAVE_ATTEMPTS and store.singles == 0


def test_writer_a_failed_batch_costs_only_its_bad_documents() -> None:
    items = [Article(text=t, id=t) for t in "abc"]
    store = BatchStore(StoreError("a document broke the batch"), bad={"b"})
    out = writer.save_many(store, items, pause=0)
    assert out[0] is True and out[2] is True and isinstance(out[1], DatabaseFull)
    assert store.batches == 1 and store.singles == 3


def test_writer_a_lock_held_past_the_retries_is_each_documents_error() -> None:
    items = [Article(text=t, id=t) for t in "ab"]
    store = BatchStore(None, locks=10 * writer.SAVE_ATTEMPTS)
    out = writer.save_many(store, items, pause=0)
    assert all(isinstance(o, DatabaseLocked) for o in out)
    # the batch, then each one alone, each tried SAVE_ATTEMPTS times
    assert store.batches == writer.SAVE_ATTEMPTS and store.singles == 2 * writer.SAVE_ATTEMPTS


def test_writer_one_article_is_saved_alone() -> None:
    store = BatchStore(StoreError("never called"))
    assert writer.save_many(store, [Article(text="a", id="a")], pause=0) == [True]
    assert store.batches == 0 and store.singles == 1
