"""French romanisations of places that GeoNames knows only under another place's alternate name
("Dohouk" -> Dohuk, an alternate of Dihok) or with a single s ("Tchassiv Iar" -> Chasiv Yar): the
spelling variants of data/transliteration.yaml find them when no place has the name as its own."""
import pytest

from newsevents.geo.index import Gazetteer

CASES = [("Dohouk", "IQ"), ("Zakhou", "IQ"), ("Tchassiv Iar", "UA")]


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


@pytest.mark.parametrize("name,country", CASES)
def test_french_spelling_finds_the_place(gazetteer, name, country):
    found = gazetteer.best(name)
    assert found is not None and found.country == country, found


def test_own_name_still_beats_alternates(gazetteer):
    # "Sloviansk" is Slov'yans'k's other romanisation, not a place that lists it as alternate
    assert gazetteer.best("Sloviansk").country == "UA"


def test_french_spelling_places_the_strike(analyse):
    article = analyse("Deux drones ont frappé lundi un champ pétrolier dans la province de Dohouk.", "fr")
    assert [e.location.country for e in article.events if e.location] == ["IQ"]
