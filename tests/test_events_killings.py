"""Killings of civilians told with a verb ("des rebelles ont tué 40 civils"): an attack on
civilians, unless the clause names a weapon or a strike, which then types the one incident.
Sentences written from general patterns of conflict news, French and English; each runs the
whole pipeline (`analyse`, published Saturday 2025-11-15)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

KILLINGS = [
    ("fr", "Mardi, des rebelles ont tué 40 civils dans deux villages près de Beni."),
    ("en", "On Tuesday, rebels killed 40 civilians in two villages near Beni."),
]


@pytest.mark.parametrize(("language", "text"), KILLINGS)
def test_killing_civilians_is_an_attack_on_civilians(analyse, language, text):
    (ev,) = events_of(analyse, text, language)
    assert (ev.type, ev.date.start, ev.fatalities) == ("attack_on_civilians", date(2025, 11, 11), 40)


ONE_STRIKE = [
    ("fr", "Mardi, un bombardement d'artillerie a tué 12 civils à Kharkiv."),
    ("fr", "Mardi, un drone a tué trois civils près de Kherson."),
    ("en", "On Tuesday, artillery shelling killed 12 civilians in Kharkiv."),
    ("en", "On Tuesday, a drone killed three civilians near Kherson."),
]


@pytest.mark.parametrize(("language", "text"), ONE_STRIKE)
def test_killing_by_a_strike_is_the_strike(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 1 and found[0].type in {"shelling", "drone_strike"}


NOT_KILLINGS = [
    ("fr", "Le virus a tué des milliers de personnes l'an dernier."),
    ("en", "The heatwave killed hundreds of people last summer."),
]


@pytest.mark.parametrize(("language", "text"), NOT_KILLINGS)
def test_killing_without_civilian_victims_named_is_no_attack(analyse, language, text):
    assert events_of(analyse, text, language) == []
