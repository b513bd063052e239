"""Which incidents exist, round 29 (task `merge`): pattern sentences of our own.

1. A beheading by armed men ("gunmen beheaded two farmers", "des assaillants ont décapité trois
   cultivateurs") is an incident, typed by a weapon of its clause, else an attack on civilians; a
   body "found beheaded" after a clash, a statue or a movement's "decapitation" is none
   (lang/<code>/events.yaml `behead`, `décapiter`).
2. A breach of a truce one side is only accused of ("Hamas accused Israel of violating the
   ceasefire") is no incident with no scene, toll or weapon of its own; a breach told with its own
   subject, or with a toll, stays (extract/events_breach.py, trigger key `breach`).
3. A military aircraft that crashes with a place and a day is an incident (`other` when nothing says
   what brought it down); the downing told in the next sentence ("had been shot down by a drone",
   "abattu avec un missile sol-air") is the same incident, typed by its weapon
   (extract/events_crash.py; `crash` entries with military words in lang/<code>/events.yaml); an
   airliner crashing with nothing that brought it down is an accident, none.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday

# (language, text)
BEHEADINGS = [
    ("en", "Gunmen beheaded two farmers in the village of Karangasso in western Burkina Faso on Monday, "
           "local sources said."),
    ("en", "Militants beheaded a village chief near Mocimboa da Praia on Sunday night, residents said."),
    ("fr", "Des assaillants ont décapité trois cultivateurs lundi dans le village de Sabou, au Burkina "
           "Faso, selon des sources locales."),
    ("fr", "Des combattants jihadistes ont décapité un chef de village dimanche près de Mopti, a indiqué "
           "un élu local."),
]


@pytest.mark.parametrize(("language", "text"), BEHEADINGS)
def test_a_beheading_by_armed_men_is_an_incident(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert [e.type for e in events] == ["attack_on_civilians"], [(e.type, e.summary) for e in events]


# (language, text): no beheading of its own
NO_BEHEADINGS = [
    ("en", "Protesters beheaded a statue of the former king in the capital on Monday."),
    ("fr", "Selon un officier, l'un des corps a été retrouvé décapité mardi."),
    ("fr", "La décapitation de la direction du mouvement a affaibli le groupe, selon les analystes."),
]


@pytest.mark.parametrize(("language", "text"), NO_BEHEADINGS)
def test_a_body_found_beheaded_or_a_statue_is_no_beheading(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert not [e for e in events if e.type == "attack_on_civilians"], [(e.type, e.summary) for e in events]


# (language, text): an accusation of breaching a truce, with no act of its own
ACCUSED_BREACHES = [
    ("en", "Hamas accused Israel on Tuesday of violating the ceasefire agreement."),
    ("en", "The rebels accused government forces of violating the ceasefire, the group's spokesman said."),
    ("fr", "Le Hamas a accusé mardi Israël d'avoir violé le cessez-le-feu."),
    ("fr", "Les rebelles ont accusé lundi l'armée de violer la trêve, selon leur porte-parole."),
]


@pytest.mark.parametrize(("language", "text"), ACCUSED_BREACHES)
def test_an_accused_breach_of_a_truce_is_no_incident(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert not [e for e in events if e.type == "armed_clash"], [(e.type, e.summary) for e in events]


# (language, text): a breach told as an act, with its own subject or a toll
OWN_BREACHES = [
    ("en", "Israeli troops violated the ceasefire in Rafah on Tuesday, killing two people, medics said."),
    ("fr", "Des soldats ont violé le cessez-le-feu mardi près de Goma, tuant deux civils."),
]


@pytest.mark.parametrize(("language", "text"), OWN_BREACHES)
def test_a_breach_told_as_an_act_stays(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert [e for e in events if e.type == "armed_clash"], [(e.type, e.summary) for e in events]


# (language, text, type, place)
AIR_CRASHES = [
    ("en", "A military transport plane crashed near Omdurman on Tuesday, killing 46 people, the army said.",
     "other", "Omdurman"),
    ("fr", "Un avion de transport militaire s'est écrasé mardi près d'Omdurman, tuant 46 personnes, a "
           "annoncé l'armée.", "other", "Omdurman"),
    ("en", "A cargo plane crashed near Kassala on Tuesday, killing all nine people on board. The army said "
           "the aircraft had been shot down by a drone launched by the Rapid Support Forces.",
     "drone_strike", "Kassala"),
    ("fr", "Un hélicoptère de l'armée soudanaise s'est écrasé mardi près d'El-Obeid, tuant ses quatre "
           "occupants. Les Forces de soutien rapide ont affirmé l'avoir abattu avec un missile sol-air.",
     "missile_strike", "El Obeid"),
]


@pytest.mark.parametrize(("language", "text", "type_", "place"), AIR_CRASHES)
def test_an_air_crash_and_its_downing_are_one_incident(analyse, language, text, type_, place):
    events = analyse(text, language, PUBLISHED).events
    assert [e.type for e in events] == [type_], [(e.type, e.summary) for e in events]
    assert events[0].location is not None and events[0].location.name == place, events[0].location
    assert events[0].date is not None and str(events[0].date.start) == "2025-05-06", events[0].date


# (language, text): an accident, no incident
NO_AIR_CRASHES = [
    ("en", "A passenger jet crashed near Porto on Sunday, officials said."),
    ("fr", "Un petit avion de tourisme s'est écrasé dimanche près de Tarbes, a indiqué la gendarmerie."),
]


@pytest.mark.parametrize(("language", "text"), NO_AIR_CRASHES)
def test_an_airliner_accident_is_no_incident(analyse, language, text):
    assert not analyse(text, language, PUBLISHED).events
