"""Which incidents exist, and their type, round 30: pattern sentences of our own.

1. A blast at a workplace or on the road, told with no doer, no weapon and no word of an attack, is an
   accident, no incident ("an explosion at a fireworks factory killed eight workers"); the same blast
   with a bomb or a claim named is one (events_accidents).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday

ACCIDENTS = [
    ("en", "An explosion at a fireworks factory in the southern state of Tamil Nadu killed eight workers on "
           "Saturday, officials said. Firefighters battled the blaze for three hours."),
    ("en", "A fuel tanker exploded on a highway in central Nigeria on Saturday after it overturned, killing "
           "at least 60 people who were scooping fuel, emergency officials said."),
    ("en", "A blast ripped through a chemical plant near Dhaka on Monday, killing 11 workers, the fire "
           "service said. Investigators suspect a gas leak."),
    ("fr", "Une explosion dans une usine d'engrais a fait cinq morts et une vingtaine de blessés mercredi au "
           "Texas, selon les pompiers. L'origine de l'accident reste inconnue."),
    ("fr", "Un camion-citerne a explosé lundi sur une route du sud du Nigeria, faisant au moins 30 morts, a "
           "indiqué la police."),
]


@pytest.mark.parametrize(("language", "text"), ACCIDENTS)
def test_a_blast_at_a_workplace_with_no_doer_is_no_incident(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert not events, [(e.type, e.summary) for e in events]


ATTACKS = [
    ("en", "An explosion hit a busy market in the capital on Sunday, killing nine people, and police blamed "
           "a bomb hidden in a parked car."),
    ("en", "An explosion at a fuel depot in Bryansk on Tuesday was caused by a Ukrainian drone, the governor "
           "said."),
    ("fr", "Une explosion a frappé dimanche un marché de Maiduguri, faisant neuf morts. L'attentat n'a pas "
           "été revendiqué."),
    ("fr", "Une explosion dans une usine d'armement près de Briansk a fait trois morts mardi, après une "
           "attaque de drones ukrainiens, selon le gouverneur."),
]


@pytest.mark.parametrize(("language", "text"), ATTACKS)
def test_a_blast_told_with_an_attack_stays_an_incident(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the attack is lost"
