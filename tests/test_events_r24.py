"""Places of incidents, round 24 (French and English), sentences written from the general patterns:

- a lower-case Arabic article joined by a hyphen to a capitalised name is part of the name
  ("near ad-Damazin", "in as-Suki"): the scan of capitalised words reads the whole name
  (data/transliteration.yaml ``hyphen_articles``; extract/where.py);
- a river named like a country or a town ("the Niger River", "le fleuve Congo") is not that place
  (``river_after``/``river_before`` in lang/*/places.yaml; extract/where_rivers.py).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def places(locate):
    """Only the `where` stage: (surface text, gazetteer name, country) of the places found."""
    def _run(text: str, language: str) -> list[tuple[str, str, str | None]]:
        return [(m.text, m.value.name, m.value.country) for m in locate(text, language).of_kind("place")]

    return _run


# (language, sentence, the place's gazetteer name)
HYPHEN_ARTICLES = [
    ("en", "Paramilitary fighters shelled a displacement camp near ad-Damazin on Monday, killing five.",
     "Ad-Damazin"),
    ("en", "A drone struck a fuel depot in as-Suki on Wednesday, the Sudanese army said.", "As Sūkī"),
    ("en", "Gunmen stormed a police post outside ad-Damazin overnight, residents said.", "Ad-Damazin"),
    ("fr", "Des paramilitaires ont bombardé lundi un camp de déplacés près d'ad-Damazin.", "Ad-Damazin"),
]


@pytest.mark.parametrize(("language", "text", "name"), HYPHEN_ARTICLES)
def test_a_hyphenated_arabic_article_belongs_to_the_name(places, language, text, name):
    assert name in [n for _, n, _ in places(text, language)]


# (language, sentence, the name of the river, which must not be placed)
RIVERS = [
    ("en", "A boat carrying traders struck a mine on the Niger River on Friday, killing six.", "Niger"),
    ("en", "Marines crossed the Dnipro River under fire on Sunday, the army said.", "Dnipro"),
    ("en", "Two fishermen drowned when their boat capsized on the Congo River, police said.", "Congo"),
    ("fr", "Une pirogue a sauté vendredi sur une mine sur le fleuve Niger, tuant six passagers.", "Niger"),
    ("fr", "Des fusiliers marins ont traversé dimanche le fleuve Dnipro sous le feu.", "Dnipro"),
]


@pytest.mark.parametrize(("language", "text", "river"), RIVERS)
def test_a_river_named_like_a_place_is_not_that_place(places, language, text, river):
    assert river not in [t for t, _, _ in places(text, language)]


def test_a_river_leaves_the_town_of_its_sentence(places):
    found = places("A boat struck a mine on the Niger River near Gao on Friday, killing six.", "en")
    assert [(t, c) for t, _, c in found] == [("Gao", "ML")]
