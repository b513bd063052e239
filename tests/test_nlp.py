"""The spaCy loading layer: speed-ups that must not change what spaCy says."""

from __future__ import annotations

import importlib

import pytest

from newsevents.lang import load_language
from newsevents.nlp import LEMMA_INDEX_TABLE, index_lemma_tables

SENTENCES = {
    "fr": ["Les missiles sont tombés sur les bâtiments administratifs de l'ambassade.",
           "Des employés ont été blessés et les infrastructures gravement endommagées.",
           "Les ministres se sont rencontrés pendant que les négociations continuaient."],
    "en": ["The missiles fell on the administrative buildings of the embassy.",
           "Several employees were injured and the depots were badly damaged.",
           "The ministers met while the talks went on."],
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_lemma_index_as_sets_gives_the_same_lemmas_as_stock_spacy(language, request) -> None:
    ours = request.getfixturevalue(f"nlp_{language}")
    stock = importlib.import_module(load_language(language).spacy_model).load()
    for text in SENTENCES[language]:
        assert [t.lemma_ for t in ours(text)] == [t.lemma_ for t in stock(text)]


def test_lemma_index_tables_are_sets_after_loading(nlp_fr) -> None:
    lemmatizer = nlp_fr.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table(LEMMA_INDEX_TABLE)
    assert table and all(isinstance(words, frozenset) for words in table.values())
    assert index_lemma_tables(nlp_fr) == 0  # already converted: nothing left to do


def test_time_parse_memo_returns_copies_a_caller_may_change() -> None:
    from newsevents.temporal.parse import parse

    text = "Le 14 novembre 2024, puis le 2 janvier 2025."
    first = parse(text, "fr")
    assert first, "the grammar should find the two dates"
    first.clear()
    second = parse(text, "fr")
    assert len(second) == 2
