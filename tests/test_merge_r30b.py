"""Which incidents exist, and their type, round 30 (second task): pattern sentences of our own.

0/5. The accident rule (events_blasts) is language data: it runs for every language whose events.yaml
   has `accident_words`, French too. A blast told as an accident (a chemical store, negligence, a
   fire, no doer, no attack word) is no incident; the trained screen keeps what the rule cannot tell
   (tests/test_learn_screen.py).
1. Two acts told in coordinated clauses of one sentence, each with a subject of its own and of two
   types, are two incidents (events_conjuncts): a drone downing a helicopter here, a car bomb there.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday

ACCIDENTS = [
    ("fr", "Une violente explosion a ravagé dimanche un dépôt du port de Lattaquié, faisant 25 morts. "
           "Le sinistre s'est déclaré dans un hangar où étaient entreposés des produits chimiques, selon "
           "la protection civile. Le gouverneur a dénoncé des négligences. L'incendie n'était pas maîtrisé "
           "lundi."),
    ("fr", "Une explosion dans une usine de feux d'artifice de la province de Hunan a tué neuf ouvriers "
           "samedi, selon les autorités locales."),
    ("fr", "Un camion-citerne a explosé mardi sur une route du sud du Nigeria après s'être renversé, tuant "
           "au moins 30 personnes venues récupérer du carburant."),
    ("en", "A massive blast tore through a container yard at the port of Chittagong on Saturday, killing "
           "18 people. The fire started where chemicals were stored, officials said, and the minister "
           "blamed negligence."),
]


@pytest.mark.parametrize(("language", "text"), ACCIDENTS)
def test_a_blast_told_as_an_accident_is_no_incident_in_every_language(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert not events, [(e.type, e.summary) for e in events]


COORDINATED = [
    ("en", "Nine soldiers were killed when a drone attack brought down an army helicopter in Cauca province "
           "on Tuesday, and a car bomb exploded outside a police station in the town of Jamundi, killing "
           "four civilians, officials said."),
    ("fr", "Huit militaires ont été tués mardi lorsqu'une attaque de drone a abattu un hélicoptère de "
           "l'armée dans le département du Cauca, et une voiture piégée a explosé devant un commissariat de "
           "la ville de Jamundi, tuant quatre civils."),
]


@pytest.mark.parametrize(("language", "text"), COORDINATED)
def test_two_coordinated_acts_are_two_incidents(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    got = sorted((e.type, e.location.name if e.location else None) for e in events)
    assert [t for t, _ in got] == ["drone_strike", "explosion"], got
    assert "Cauca" in str(got[0][1]) and "Jamund" in str(got[1][1]), got
