"""English weapons: the French-only checks of tests/test_weapons.py (the entity ruler's WEAPON
label, common words that are no weapons, spans of the stage in the original text)."""

from __future__ import annotations

import pytest

from newsevents.extract import weapons
from newsevents.extract.weapons import find_weapons
from newsevents.model import Article
from newsevents.read.normalize import normalize_article


@pytest.mark.parametrize(
    "text",
    [
        "The tornado destroyed several houses.",  # "Tornado" the aircraft is written with a capital
        "The hurricane struck the coast.",
        "The pawn moves forward on the chessboard.",
        "The storm shadowed the city for days.",  # "Storm Shadow" only as a name
    ],
)
def test_common_words_are_not_weapons(text):
    assert [(text[w.start:w.end], w.name) for w in find_weapons(text, "en")] == []


def test_stage_spans_point_into_original_text(nlp_en):
    text = "On 2 January, a “Zircon” missile and Shahed drones struck Kyiv."
    article = Article(text=text, id="t", language="en")
    normalize_article(article)
    article.doc = nlp_en(article.nlp_text)
    weapons.run(article)
    found = [(m.text, m.value.name, m.sentence) for m in article.mentions if m.kind == "weapon"]
    assert found == [("“Zircon” missile", "Zircon", 0), ("Shahed drones", "Shahed", 0)]
    for m in article.mentions:
        assert text[m.span[0] : m.span[1]] == m.text == m.value.text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A Tochka missile fell near the station.", "Tochka"),
        ("Kalibr missiles were fired from the Black Sea.", "Kalibr"),
    ],
)
def test_entity_ruler_labels_weapons(nlp_en, text, word):
    doc = nlp_en(text)
    assert [e.label_ for e in doc.ents if e.text == word] == ["WEAPON"]
