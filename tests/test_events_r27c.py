"""Round 27c: places of islands the gazetteer lacks, of a video's description, and of a headline's act."""

from __future__ import annotations

import pytest

# (language, text, the words of the island's place, the name of the sea or country it lies in).
# An island the gazetteer lacks, named with its noun ("over Tarvik island", "l'île de Tarvik"), is a
# place of region precision at the sea, else the country, its document names (where_shoals.py).
ISLANDS = [
    ("en", "A military transport plane violated the country's airspace over Kessaloo island in the Gulf "
           "of Finland on Tuesday.", "Kessaloo island", "Gulf of Finland"),
    ("fr", "Un avion militaire a violé mardi l'espace aérien au-dessus de l'île de Kessaloo, dans le "
           "golfe de Finlande.", "île de Kessaloo", "Gulf of Finland"),
    ("en", "Coast guard officers seized a fishing boat near Tarnoka Island in the Philippines on "
           "Tuesday, officials said.", "near Tarnoka Island", "Philippines"),
    ("fr", "Des garde-côtes ont saisi mardi un bateau de pêche près de l'île de Tarnoka, aux "
           "Philippines, selon les autorités.", "près de l'île de Tarnoka", "Philippines"),
]


@pytest.mark.parametrize(("language", "text", "island", "within"), ISLANDS)
def test_an_island_the_gazetteer_lacks_is_placed_in_its_sea_or_country(locate, language, text, island,
                                                                      within):
    found = {m.text: m.value for m in locate(text, language).of_kind("place")}
    assert island in found, sorted(found)
    assert found[island].precision == "region"
    outer = next(p for p in found.values() if p.name == within)
    assert (found[island].lat, found[island].lon) == (outer.lat, outer.lon)
    assert found[island].country == outer.country


# an island the gazetteer knows keeps its own point; a sentence-initial "The island" names none
KNOWN_ISLANDS = [
    ("en", "Fighting broke out on the island of Crete on Tuesday.", "Crete"),
    ("fr", "Des combats ont éclaté mardi sur l'île de Crète.", "Crete"),
    ("en", "The island was hit by a drone near Odesa on Tuesday.", "Odesa"),
]


@pytest.mark.parametrize(("language", "text", "name"), KNOWN_ISLANDS)
def test_an_island_the_gazetteer_knows_keeps_its_point(locate, language, text, name):
    found = [m.value for m in locate(text, language).of_kind("place")]
    assert [p.name for p in found] == [name]
    assert found[0].precision != "region" or name == "Crete"
