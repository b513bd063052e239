"""Places of incidents, round 29 (third task): pattern sentences of our own.

2. A village the gazetteer lacks, kept at its state's point under its own name (where_unlisted:
   "le village de Kadawa, dans l'État de Zamfara, au nord-ouest du Nigeria"), is the incident's place
   though another mention of the incident, earlier in the page (a headline: "une attaque contre un
   village du Zamfara"), names only the state: same point, same precision, the town says more
   (drafts.better_place).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-15"  # a Tuesday

# (language, text, the village's name, the state, its country)
STATE_THEN_VILLAGE = [
    ("fr", "Nigeria : au moins 50 morts dans une attaque contre un village du Zamfara\n\n"
           "Des hommes armés ont attaqué dans la nuit de dimanche à lundi le village de Kadawa, dans l'État "
           "de Zamfara, au nord-ouest du Nigeria, tuant au moins 50 personnes, selon la Croix-Rouge.",
     "Kadawa", "Zamfara", "NG"),
    ("fr", "Une attaque dans l'État de Benue fait 40 morts\n\n"
           "Des assaillants ont attaqué lundi la localité d'Ngban, dans l'État de Benue, dans le centre du "
           "Nigeria, tuant 40 personnes, selon la police.", "Ngban", "Benue", "NG"),
    ("en", "Nigeria: gunmen kill 52 in attack on Plateau village\n\n"
           "Gunmen attacked the village of Zike, Plateau state, in central Nigeria, on Monday, killing at "
           "least 52 people, the Red Cross said.", "Zike", "Plateau", "NG"),
]


@pytest.mark.parametrize(("language", "text", "name", "admin1", "country"), STATE_THEN_VILLAGE)
def test_a_named_village_beats_its_state_named_first(analyse, language, text, name, admin1, country):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    places = [(e.location.name, e.location.country, e.location.admin1, e.location.precision)
              for e in events if e.location]
    assert places and all(p == (name, country, admin1, "admin1") for p in places), places


# (guards) the state alone, and two reports of one state's villages, stay as they were
STATE_ONLY = [
    ("fr", "Des hommes armés ont tué lundi au moins 20 personnes dans l'État de Zamfara, au nord-ouest "
           "du Nigeria, selon la police.", "Zamfara"),
    ("en", "Gunmen killed at least 20 people in Plateau state on Monday, police said.", "Plateau"),
]


@pytest.mark.parametrize(("language", "text", "name"), STATE_ONLY)
def test_the_state_alone_stays_the_place(analyse, language, text, name):
    names = [e.location.name for e in analyse(text, language, PUBLISHED).events if e.location]
    assert names and all(n == name for n in names), names
