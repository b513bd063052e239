"""A capital that an accusation verb accuses stands for its government, the accused attacker, and
the accusing capital is no actor (parties.vocabulary.stands_for_government, ``accusation_verbs``
of lang/<code>/arguments.yaml); a bus station is no railway station (lang/*/parties.yaml,
targets.yaml). Sentences written for these tests, in stories of their own."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(("language", "text", "accused", "accuser"), [
    ("fr", "Moscou a accusé Kiev d'avoir tiré un missile sur la gare routière de Donetsk dimanche, faisant "
           "cinq morts.", "Ukraine", "Russia"),
    ("en", "Russia blamed Kyiv for a missile strike on a bus station in Donetsk that killed five people on "
           "Sunday.", "Ukraine", "Russia"),
    ("fr", "Islamabad a accusé Kaboul d'avoir bombardé mardi un poste-frontière près de Chaman, tuant deux "
           "soldats.", "Afghanistan", "Pakistan"),
    ("en", "Islamabad accused Kabul of shelling a border post near Chaman on Tuesday, killing two soldiers.",
     "Afghanistan", "Pakistan"),
])
def test_the_accused_capital_is_the_actor(analyse, language: str, text: str, accused: str,
                                          accuser: str) -> None:
    events = events_of(analyse, text, language)
    assert events
    actors = [p.name for p in events[0].actors]
    assert accused in actors and accuser not in actors


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Une frappe de missile a touché dimanche la gare routière de Donetsk, faisant cinq morts."),
    ("en", "A missile hit the bus station in Donetsk on Sunday, killing five people."),
])
def test_a_bus_station_is_no_railway_station(analyse, language: str, text: str) -> None:
    events = events_of(analyse, text, language)
    assert events
    names = [p.name for p in events[0].targets]
    assert any("bus station" in n for n in names) and not any("railway" in n for n in names)
