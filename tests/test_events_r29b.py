"""Places of incidents, round 29 (second task): pattern sentences of our own.

0. A place in a relative clause on the act's own object ("shot down Belarusian drones that had
   entered its airspace near X") is the act's place, not another act's (where_target_side).
1. Where a source sits ("selon l'OSDH, basé au Royaume-Uni", "according to the monitor, which is
   based in Britain") places nothing: the act keeps its own place, or none (where_seat).
3. The place of the victims ("shelling across the Line of Control killed seven people in X") is
   the act's place when the act's own words name only a line or a front (where_victims).
2. Drones downed after entering a country's airspace during an attack on another ("shot down drones
   that entered Romanian airspace during a Russian attack on southern Ukraine") are placed in the
   airspace's country, at the place the next sentence gives their debris (where_refine).
4. A village the gazetteer lacks, told by its settlement noun ("le village d'X, dans l'État de Y",
   "the village of X, Y state"), keeps its name at the state's point (where_unlisted).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-09-10"  # a Wednesday

# (language, text, the act's place)
OWN_OBJECT_CLAUSES = [
    ("en", "Finnish fighter jets on Sunday shot down two Russian drones over Finland that had entered "
           "its airspace near Kotka.", "Kotka"),
    ("en", "Latvia's air force on Sunday shot down two Belarusian drones that had entered Latvian "
           "airspace near Daugavpils.", "Daugavpils"),
    # (guards) the French parses already kept the place
    ("fr", "En Lettonie, des chasseurs ont abattu samedi deux drones biélorusses qui avaient pénétré "
           "dans l'espace aérien près de Daugavpils.", "Daugavpils"),
    ("fr", "La Lituanie a abattu mardi plusieurs drones biélorusses qui étaient entrés dans son espace "
           "aérien près de Kaunas.", "Kaunas"),
]


@pytest.mark.parametrize(("language", "text", "name"), OWN_OBJECT_CLAUSES)
def test_a_relative_clause_on_the_acts_object_places_the_act(analyse, language, text, name):
    names = [e.location.name for e in analyse(text, language, PUBLISHED).events if e.location]
    assert names and all(n == name for n in names), names


# (language, text, the act's place or None)
SOURCE_SEATS = [
    ("fr", "À Tartous, des affrontements entre hommes armés et forces de sécurité ont fait 35 morts "
           "vendredi, selon l'OSDH, basé au Royaume-Uni.", "Ţarţūs"),
    ("fr", "À Jablé, des combats ont fait plus de 80 morts depuis jeudi, selon l'OSDH, basé au "
           "Royaume-Uni.", "Jablah"),
    ("en", "In Jableh, clashes between gunmen and security forces killed 40 people on Friday, according "
           "to the Observatory, which is based in Britain.", "Jablah"),
    ("fr", "Des affrontements entre milices rivales ont fait 12 morts lundi, selon l'Observatoire, basé "
           "au Royaume-Uni.", None),
    ("en", "Clashes between rival militias killed 12 people on Monday, according to the monitor, which "
           "is based in Britain.", None),
    # (guards) a place of the act's own words stays; so does a seat on the act's object
    ("en", "Clashes between rival militias killed 12 people in Tripoli on Monday, the monitor, based in "
           "London, said.", "Tripoli"),
    ("en", "Israeli jets struck a Hezbollah commander based in Tyre on Monday.", "Tyre"),
]


@pytest.mark.parametrize(("language", "text", "name"), SOURCE_SEATS)
def test_where_a_source_sits_places_nothing(analyse, language, text, name):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    names = [e.location.name if e.location else None for e in events]
    assert all(n == name for n in names), names


# (language, text, the act's place)
VICTIMS_PLACES = [
    ("en", "Indian shelling across the Line of Control killed at least seven people in Kotli on "
           "Wednesday, officials said.", "Kotli"),
    ("en", "Pakistani shelling across the Line of Control killed at least five civilians in Kupwara, "
           "police said.", "Kupwāra"),
    ("en", "Russian shelling along the front line killed four people in Kostiantynivka on Tuesday, the "
           "governor said.", "Kostyantynivka"),
    # (guards) the French parses already placed it; a town of the act's own words stays
    ("fr", "Des tirs d'artillerie pakistanais de l'autre côté de la ligne de contrôle ont tué au moins "
           "six personnes à Kupwara mercredi.", "Kupwāra"),
    ("en", "Russian shelling of Kherson killed two people in a market on Tuesday.", "Kherson"),
]


@pytest.mark.parametrize(("language", "text", "name"), VICTIMS_PLACES)
def test_the_victims_place_beats_a_line_named_for_the_act(analyse, language, text, name):
    names = [e.location.name for e in analyse(text, language, PUBLISHED).events if e.location]
    assert names and all(n == name for n in names), names


# (language, text, the village's name, the state, its country)
NAMED_VILLAGES = [
    ("fr", "Des hommes armés ont attaqué dans la nuit de vendredi le village d'Ukpam, dans l'État de "
           "Benue, tuant au moins 30 personnes, selon la police.", "Ukpam", "Benue", "NG"),
    ("fr", "Des assaillants ont attaqué dimanche la localité de Mbalom, dans l'État de Benue, tuant 17 "
           "personnes.", "Mbalom", "Benue", "NG"),
    ("en", "Gunmen attacked the village of Ukpam, Benue state, overnight on Friday, killing at least 30 "
           "people, police said.", "Ukpam", "Benue", "NG"),
    ("en", "Gunmen killed 12 people in the village of Tse-Orbiam, Benue state, on Sunday.", "Tse-Orbiam",
     "Benue", "NG"),
]


@pytest.mark.parametrize(("language", "text", "name", "admin1", "country"), NAMED_VILLAGES)
def test_a_named_village_keeps_its_name_at_its_state(analyse, language, text, name, admin1, country):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    places = [(e.location.name, e.location.country, e.location.admin1, e.location.precision)
              for e in events if e.location]
    assert places and all(p == (name, country, admin1, "admin1") for p in places), places


# (language, text, the act's place, its country)
ENTERED_AIRSPACES = [
    ("en", "Romanian and allied jets shot down drones that entered Romanian airspace overnight during a "
           "Russian attack on southern Ukraine. Debris damaged a barn in the village of Plauru in eastern "
           "Romania.", "eastern Romania", "RO"),
    ("en", "Polish and allied aircraft shot down several drones that entered Polish airspace on Wednesday "
           "during a Russian attack on western Ukraine. Debris damaged a house in the village of Czesniki "
           "in eastern Poland.", "eastern Poland", "PL"),
    ("fr", "Des avions polonais et alliés ont abattu des drones qui ont pénétré dans l'espace aérien "
           "polonais dans la nuit lors d'une attaque russe contre l'ouest de l'Ukraine. Des débris ont "
           "endommagé une maison dans le village de Czesniki, dans l'est de la Pologne.", "eastern Poland",
     "PL"),
    # (guard) a town of the act's own sentence stays
    ("en", "Moldovan officials said two drones entered Moldovan airspace during a Russian attack on the "
           "Odesa region and crashed near the village of Ceadir-Lunga.", "Ceadîr-Lunga", "MD"),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), ENTERED_AIRSPACES)
def test_drones_downed_in_an_airspace_are_placed_in_its_country(analyse, language, text, name, country):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    places = [(e.location.name, e.location.country) for e in events if e.location]
    assert places and all(p == (name, country) for p in places), places
