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


# words the French tokenizer keeps whole or splits: compounds, elisions, digits, other scripts
TOKENIZER_WORDS = (
    "porte-avions", "sous-marins", "Etats-Unis", "états-unis", "arc-en-ciel", "c'est-à-dire",
    "aujourd'hui", "l'ambassade", "d'Azerbaïdjan", "peut-être", "Saint-Pétersbourg", "Nagorny-Karabakh",
    "S-300", "Su-25", "MiG-29", "Kh-101", "20-21", "2022-2023", "a-t-il", "dit-elle", "vis-à-vis",
    "Kryvyi-Rih", "Bila-Tserkva", "anti-aérien", "anti-missile", "ex-président", "non-ingérence",
    "grand-mère", "Jean-Yves", "Aix-en-Provence", "rendez-vous", "week-end", "co-auteur", "e-mail",
    "Ахмат-Юрт", "Τελ-Αβίβ", "تل-أبيب", "abc_def-ghi", "x-1", "1-x", "pro-russes", "ukraino-russe",
)


@pytest.mark.slow
def test_the_fast_tokenizer_pattern_matches_what_spacys_own_matches() -> None:
    import re

    from spacy.lang.fr import tokenizer_exceptions as te

    from newsevents.nlp_regex import fast_pattern

    original = "(?iu)" + "|".join(f"(?:{m})" for m in te._regular_exp)
    assert fast_pattern(original) != original and len(fast_pattern(original)) < len(original) / 10
    slow, fast = re.compile(original), re.compile(fast_pattern(original))
    for word in TOKENIZER_WORDS:
        assert bool(slow.match(word)) == bool(fast.match(word)), word
    kept_whole = sum(bool(slow.match(w)) for w in TOKENIZER_WORDS)
    assert 10 < kept_whole < len(TOKENIZER_WORDS) - 10  # both outcomes are exercised


def test_short_patterns_are_left_alone() -> None:
    from newsevents.nlp_regex import fast_pattern

    assert fast_pattern(r"[a-z]+") == r"[a-z]+"
    assert fast_pattern(None) is None
