"""Re-extractions go to the worker that kept the article's Doc (engine/pool.py ``Holders``): the
dispatcher's choice of chunk, and a run on two workers that extracts undated articles again."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from newsevents.engine.pool import Holders, ParallelPipeline, _Dispatch, _Worker
from newsevents.model import Article, Published
from newsevents.pipeline import Pipeline

# Undated reports of our own (wire copy and live-blog lines, French and English)
TEXTS = [
    ("fr", "Un drone du Hezbollah a frappé une base militaire dans le nord d'Israël, blessant "
           "trois soldats."),
    ("en", "A Houthi drone struck a tanker in the Red Sea, the ship's operator said, causing a fire "
           "on deck."),
    ("fr", "Des obus tirés par le M23 sont tombés sur un quartier de Goma, tuant quatre civils "
           "selon l'hôpital."),
    ("en", "Pakistani jets bombed several villages in Afghanistan's Khost province, Taliban "
           "officials said."),
    ("fr", "Boko Haram a attaqué un village de l'État de Borno, incendiant des maisons, ont "
           "rapporté des habitants."),
    ("en", "Iran fired a ballistic missile at a building in Erbil, the Kurdistan regional "
           "government said."),
]


def undated(i: int) -> Article:
    lang, text = TEXTS[i]
    return Article(text=text, id=f"u{i}", language=lang)


def dated(i: int) -> Article:
    lang, text = TEXTS[i]
    return Article(text=text, id=f"d{i}", language=lang, published=Published(date(2024, 3, 4)))


def worker() -> _Worker:
    return _Worker(process=None, conn=None, ready=True)  # type: ignore[arg-type]


def dispatch(holders: Holders, workers: list[_Worker], articles: list[Article], chunk: int) -> _Dispatch:
    run = _Dispatch(len(workers), Pipeline, chunk, kept=workers, holders=holders)
    run.originals = dict(enumerate(articles))
    run.next_seq = len(articles)
    seqs = list(range(len(articles)))
    run.backlog = [seqs[i:i + chunk] for i in range(0, len(seqs), chunk)]
    return run


def test_an_idle_worker_takes_the_articles_it_holds_first() -> None:
    a, b = worker(), worker()
    holders = Holders()
    for i in (1, 3, 4):
        holders.note(undated(i), a)
    for i in (0, 2):
        holders.note(undated(i), b)
    run = dispatch(holders, [a, b], [undated(i) for i in range(6)], chunk=2)
    assert run._take(a, iter(()), 0) == [1, 3]
    assert run._take(b, iter(()), 0) == [0, 2]
    # what it holds first, then what nobody holds, before the other's: an idle worker never waits
    assert run._take(b, iter(()), 0) == [4, 5]
    assert run.backlog == []


def test_holders_chunks_in_order_and_nothing_left_out() -> None:
    a, b = worker(), worker()
    holders = Holders()
    for i in (1, 3, 4):
        holders.note(undated(i), a)
    run = dispatch(holders, [a, b], [undated(i) for i in range(6)], chunk=2)
    taken = [run._take(b, iter(()), 0), run._take(a, iter(()), 0)]
    # b holds nothing: it takes what nobody holds (0, 2), a its own first (1, 3)
    assert taken == [[0, 2], [1, 3]]
    rest = [s for chunk in run.backlog for s in chunk]
    assert sorted(rest) == [4, 5] and [*taken[0], *taken[1], *rest] == [0, 2, 1, 3, 4, 5]


def test_only_undated_articles_and_live_workers_count() -> None:
    a, b, gone = worker(), worker(), worker()
    holders = Holders()
    holders.note(dated(0), a)  # a dated article's Doc is not kept: no holder
    assert holders.holder(dated(0)) is None and not holders.by_text
    holders.note(undated(2), gone)
    holders.note(undated(3), a)
    run = dispatch(holders, [a, b], [undated(i) for i in range(4)], chunk=2)
    # the dead worker's article is anybody's: b takes it with the first one nobody holds
    assert run._take(b, iter(()), 0) == [0, 1]
    assert run._take(b, iter(()), 0) == [2, 3]


def test_without_holders_chunks_go_in_input_order() -> None:
    a, b = worker(), worker()
    run = dispatch(Holders(), [a, b], [undated(i) for i in range(6)], chunk=2)
    assert [run._take(a, iter(()), 0), run._take(b, iter(()), 0), run._take(a, iter(()), 0)] == \
        [[0, 1], [2, 3], [4, 5]]


class Marking(Pipeline):
    """Tells in each article's warnings whether its Doc was parsed or found kept."""

    def _parse(self, nlp: Any, language: str, group: list[Article]) -> list[Any]:
        kept = [self.parsed.get(language, a.nlp_text) is not None for a in group]
        docs = super()._parse(nlp, language, group)
        for article, was in zip(group, kept, strict=True):
            article.warnings.append("test: doc kept" if was else "test: doc parsed")
        return docs


@pytest.mark.slow
def test_a_second_pass_on_two_workers_reuses_the_docs_and_extracts_the_same() -> None:
    def marks(results: list[Any]) -> list[str]:
        return [next(w for w in r.warnings if w.startswith("test: ")) for r in results]

    def records(results: list[Any]) -> list[Any]:
        return [[e.to_json() for e in r.events] for r in results]

    with ParallelPipeline(2, pipeline=Marking(), chunk_size=1) as parallel:
        first = list(parallel.process_many([undated(i) for i in range(len(TEXTS))]))
        assert marks(first) == ["test: doc parsed"] * len(TEXTS)
        again = list(parallel.process_many([undated(i) for i in range(len(TEXTS))]))
    assert records(again) == records(first)
    # each worker takes what it holds first: at least one chunk each finds its Doc kept
    assert marks(again).count("test: doc kept") >= 2
