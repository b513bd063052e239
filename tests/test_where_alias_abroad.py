"""A small town found only by another place's alternate name, in a country the story does not
name, is no reading of a name ("Bassa" in a story of Nigeria is Nigeria's Bassa, not Passau, whose
GeoNames alternates list "Bassa"; "Zike" is not Syke, Germany): Gazetteer.alias_abroad, read by
its rank and the places stage. Sentences written for these tests, in stories of their own."""

from __future__ import annotations

import pytest

from newsevents.geo import Context, gazetteer


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Au moins 40 personnes ont été tuées lundi lors d'une attaque d'hommes armés contre le village "
           "de Zike, à Bassa, dans le centre du Nigeria, a indiqué la police."),
    ("en", "Gunmen killed at least 40 people on Monday in an attack on the village of Zike in Bassa, in "
           "central Nigeria, police said."),
])
def test_no_foreign_town_by_an_alternate_name(locate, language: str, text: str) -> None:
    places = [m.value for m in locate(text, language).mentions if m.kind == "place"]
    assert {p.country for p in places} == {"NG"}
    assert any(p.name == "Bassa" for p in places)


def test_a_homonym_in_the_story_country_outranks_an_alias_abroad() -> None:
    best = gazetteer().best("Bassa", Context({"NG"}, []))
    assert best is not None and best.country == "NG"


def test_a_capital_exonym_stays_read() -> None:
    best = gazetteer().best("Varsovie", Context({"UA"}, []))
    assert best is not None and best.country == "PL"
