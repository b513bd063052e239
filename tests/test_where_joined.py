"""Two place entities joined by "and" that are one area's name ("Jammu and Kashmir", cut in two
by the NER) are that area, and an area named with a conjunction stays whole ("Bosnia and
Herzegovina"); two towns joined by "and" stay two (where_joined.py)."""
import pytest

CASES = [
    ("Pakistani troops shelled villages in Jammu and Kashmir on Wednesday night.", "IN", "Jammu"),
    ("Pakistani troops shelled villages in Jammu and Kashmir's Poonch district on Wednesday night.",
     "IN", "Jammu"),
    ("A bomb exploded outside a police station in Bosnia and Herzegovina on Tuesday.", "BA", None),
]


@pytest.mark.parametrize("text,country,not_at", CASES)
def test_area_named_with_a_conjunction(analyse, text, country, not_at):
    places = [e.location for e in analyse(text, "en", "2025-05-08").events if e.location]
    assert places and places[0].country == country, places
    assert places[0].name != not_at  # the city of Jammu is not the territory


def test_two_towns_stay_two(analyse):
    article = analyse("Le président a visité Kharkiv et Soumy mardi.", "fr", "2025-05-08")
    names = {m.value.name for m in article.of_kind("place")}
    assert {"Kharkiv", "Sumy"} <= names, names
