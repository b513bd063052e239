"""The time expressions of undated articles, parsed where the article was extracted and handed to
the process that stores it (pipeline._keep_readings, engine/work.py, temporal.parse.give): the
dating through other sources reads them there without parsing the text again, and a parse handed
over never stands for another text or language."""

from __future__ import annotations

import pickle
import sys
from collections.abc import Iterator

import pytest

from newsevents.engine import work
from newsevents.errors import NewsEventsError
from newsevents.model import Article
from newsevents.pipeline import Pipeline, undated
from newsevents.temporal.parse import give, parse

PARSE = sys.modules["newsevents.temporal.parse"]

# undated copy of the kind wires and live pages publish: weekdays and yearless days only
UNDATED = [
    ("fr", "Deux drones ont frappé mardi soir un dépôt de carburant près de Tver, a indiqué "
           "mercredi le gouverneur régional. Un incendie s'est déclaré, maîtrisé le lendemain."),
    ("fr", "Le barrage de Nova Kakhovka a de nouveau été visé dans la nuit de samedi à dimanche, "
           "trois jours après la première attaque."),
    ("en", "A drone struck a grain terminal in Izmail on Tuesday night, the regional governor said on "
           "Wednesday. Two workers were injured, he added."),
]
DATED = ("fr", "Le 12 mars 2024, un missile a touché un immeuble à Odessa, tuant cinq personnes.")


@pytest.fixture(autouse=True)
def no_given_parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(PARSE, "_GIVEN", type(PARSE._GIVEN)())
    yield


def _misses() -> int:
    return int(PARSE._parse_memo.cache_info().misses)


@pytest.mark.parametrize(("language", "text"), UNDATED)
def test_a_worker_sends_an_undated_article_s_readings_and_the_storer_does_not_parse_again(
        language: str, text: str) -> None:
    expected = parse(text, language)
    packed = work.process_chunk(Pipeline(), [(1, Article(text=text, id="d1", language=language))])
    (_, ok, data), = packed
    assert ok
    article, readings = pickle.loads(data)
    assert undated(article) and readings == expected
    PARSE._GIVEN.clear()  # the storing process: nothing parsed there yet
    PARSE._parse_memo.cache_clear()
    work.unpack(Article(text=text, id="d1"), ok, data, NewsEventsError)
    before = _misses()
    assert parse(text, language) == expected
    assert _misses() == before  # read from what the worker sent, not parsed again


def test_a_dated_article_sends_no_readings() -> None:
    language, text = DATED
    (_, ok, data), = work.process_chunk(Pipeline(), [(1, Article(text=text, id="d2", language=language))])
    article, readings = pickle.loads(data)
    assert ok and not undated(article) and readings is None


def test_an_ingest_run_keeps_the_readings_of_its_undated_articles_in_process() -> None:
    texts = [(language, text) for language, text in UNDATED]
    list(Pipeline().process_many([Article(text=t, id=f"u{i}", language=lang)
                                  for i, (lang, t) in enumerate(texts)], keep_docs=False))
    for language, text in texts:
        assert PARSE._GIVEN.get(PARSE._text_key(text, language)) is not None


# a parse handed over must never stand for another text or another language
STALE = [
    # the same words, one day changed
    ("fr", "Le dépôt a été frappé le 3 mai.", "fr", "Le dépôt a été frappé le 4 mai."),
    # a text edited and ingested again (reprocess): a word added
    ("en", "The depot was hit on Tuesday.", "en", "The depot was hit again on Tuesday."),
    # the same text read under another language
    ("fr", "Le dépôt a été frappé mardi.", "en", "Le dépôt a été frappé mardi."),
]


@pytest.mark.parametrize(("given_language", "given_text", "language", "text"), STALE)
def test_a_parse_given_for_one_text_is_not_taken_for_another(given_language: str, given_text: str,
                                                              language: str, text: str) -> None:
    fresh = parse(text, language)
    give(given_text, given_language, [])  # a parse that would be visibly wrong for the other
    assert parse(text, language) == fresh
    assert parse(given_text, given_language) == []


def test_the_records_handed_out_are_copies() -> None:
    language, text = UNDATED[0]
    give(text, language, parse(text, language))
    first = parse(text, language)
    assert first
    first[0].span = (-1, -1)
    assert parse(text, language)[0].span != (-1, -1)


def test_only_the_most_recent_parses_are_held(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PARSE, "GIVEN_PARSES_MAX", 2)
    for day in (1, 2, 3):
        give(f"le {day} mai", "fr", [])
    assert parse("le 1 mai", "fr")  # dropped: parsed again, so the expression is found
    assert parse("le 3 mai", "fr") == []
    assert len(PARSE._GIVEN) == 2
