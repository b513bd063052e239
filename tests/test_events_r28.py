"""Places of incidents, round 28: pattern sentences of our own (stories news-dev does not have).

1. A place set on the light verb that carries out an act noun ("carried out air strikes against
   militants in X, the ministry said"): the act's place, not its doer's country, though a reporting
   verb above stops the tree's climb before the act (extract/where_clauses.light_verb_act).
2. "X region" whose name only looks like a town of the country the story is about ("Bari region"
   in a story of US strikes): the division named, not the state of the look-alike town (where.resolve).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-13"  # a Friday

# (language, text, expected country, expected name or admin1 of the incident's place)
LIGHT_VERB_PLACES = [
    ("en", "The United States carried out air strikes against Islamic State militants in Somalia's "
           "Bari region on Saturday, the Pentagon said.", "SO", "Bari"),
    ("en", "France conducted air strikes against jihadist fighters in northern Mali on Tuesday, the "
           "French army said.", "ML", None),
    ("en", "Turkey launched drone strikes against Kurdish fighters in the mountains of Iraq's Dohuk "
           "province on Sunday, the defence ministry said.", "IQ", "Dahuk"),
    ("fr", "Les États-Unis ont mené samedi des frappes aériennes contre des combattants de l'État "
           "islamique dans la région de Bari, au Puntland, a indiqué le Pentagone.", "SO", "Bari"),
    ("fr", "La Turquie a mené dimanche des frappes de drones contre des combattants kurdes dans la "
           "province de Dohuk, en Irak, a annoncé le ministère de la Défense.", "IQ", None),
]


@pytest.mark.parametrize(("language", "text", "country", "name"), LIGHT_VERB_PLACES)
def test_a_place_on_the_light_verb_places_the_act(analyse, language, text, country, name):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    places = [(e.location.name, e.location.country, e.location.admin1) for e in events if e.location]
    assert places and all(c == country for _, c, _ in places), places
    if name is not None:
        assert all(name in (n, a) for n, _, a in places), places


# a division named with its cue word whose name is also a look-alike town of the doer's country
# (language, text, the division's country)
LOOKALIKE_UNITS = [
    ("en", "US forces carried out an air strike against militants in the Bari region, the Pentagon said.",
     "SO"),
]


@pytest.mark.parametrize(("language", "text", "country"), LOOKALIKE_UNITS)
def test_a_division_is_not_a_lookalike_towns_state(analyse, language, text, country):
    events = analyse(text, language, PUBLISHED).events
    places = [(e.location.name, e.location.country, e.location.precision) for e in events if e.location]
    assert places and all(c == country and p == "admin1" for _, c, p in places), places


# a town the gazetteer lacks glued by the model to the unit after it into one entity ("Laiza in
# Kachin" tagged an organisation): the unit places the act (where_spots.glued_at)
# (language, text, country, admin1 of the incident's place)
GLUED_UNITS = [
    ("en", "Armed men attacked a checkpoint near Laiza in Kachin state on Wednesday, killing four soldiers.",
     "MM", "Kachin"),
    ("en", "Rebels ambushed an army convoy near Mabanga in Ituri province on Friday, killing seven soldiers.",
     "CD", "Ituri"),
]


@pytest.mark.parametrize(("language", "text", "country", "admin1"), GLUED_UNITS)
def test_a_unit_glued_to_an_unknown_town_places_the_act(analyse, language, text, country, admin1):
    events = analyse(text, language, PUBLISHED).events
    places = [(e.location.name, e.location.country, e.location.admin1) for e in events if e.location]
    assert places and all(c == country and admin1 in (n, a) for n, c, a in places), places


# a reference town named with its settlement noun after a cue of nearness keeps that nearness
# ("near the town of X", "près de la ville de X"), as "near X" does (where._near_cue)
# (language, text, the town)
NEAR_SETTLED_TOWNS = [
    ("en", "Rebels bombed an oil pipeline near the town of Saravena on Saturday, the army said.", "Saravena"),
    ("en", "Gunmen ambushed a police patrol near the small village of Tame on Sunday, wounding three men.",
     "Tame"),
    ("fr", "Des rebelles ont fait exploser samedi un oléoduc près de la ville de Saravena, selon l'armée.",
     "Saravena"),
]


@pytest.mark.parametrize(("language", "text", "town"), NEAR_SETTLED_TOWNS)
def test_near_a_named_settlement_keeps_its_offset(analyse, language, text, town):
    events = analyse(text, language, PUBLISHED).events
    places = [e.location for e in events if e.location]
    assert places and all(p.name == town and p.near is not None and p.near.what == town for p in places), \
        [(p.name, p.near) for p in places]


# a state of a country that is no first-level division of the gazetteer (data/regions.yaml:
# Puntland, made of several of Somalia's) places a town it lacks named inside it
# (language, text, country, region)
REGIONS = [
    ("fr", "Des hommes armés ont attaqué lundi la base militaire de Dharjaale, dans le Puntland, tuant "
           "22 soldats.", "SO", "Puntland"),
    ("en", "Gunmen attacked a military base in Dharjaale in Puntland on Tuesday, killing 22 soldiers.",
     "SO", "Puntland"),
]


@pytest.mark.parametrize(("language", "text", "country", "region"), REGIONS)
def test_a_listed_region_places_a_town_the_gazetteer_lacks(analyse, language, text, country, region):
    events = analyse(text, language, PUBLISHED).events
    places = [(e.location.name, e.location.country) for e in events if e.location]
    assert places and all(p == (region, country) for p in places), places
