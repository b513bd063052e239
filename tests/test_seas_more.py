"""Seas where missiles land and ships are attacked are areas of no country (data/regions.yaml):
"into the Sea of Japan" is the sea, not Japan."""
import pytest

CASES = [
    ("en", "North Korea fired a ballistic missile into the Sea of Japan on Wednesday, South Korea's military "
           "said.", "Sea of Japan"),
    ("fr", "La Corée du Nord a tiré mercredi un missile balistique en mer du Japon, selon l'armée "
           "sud-coréenne.", "Sea of Japan"),
    ("fr", "Un navire de pêche a été attaqué mardi en mer Jaune.", "Yellow Sea"),
]


@pytest.mark.parametrize("language,text,sea", CASES)
def test_sea_is_the_place(analyse, language, text, sea):
    places = [e.location for e in analyse(text, language, "2025-06-02").events if e.location]
    assert places and places[0].name == sea and places[0].country is None, places
