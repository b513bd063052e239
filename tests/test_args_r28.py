"""Actors and targets, round 28.

1. A bare vessel, car, truck or building is a target only when a verb of striking hits it ("the navy
   struck a boat", "une voiture a été visée", "a strike on a vehicle"): targets_struck.py and the
   ``struck_only`` entries of lang/<code>/targets.yaml. The attacker's own car or boat is none.
2. Settlers who attack are the actors, named with their people ("Israeli settlers", "colons"):
   the ``settlers`` party of lang/<code>/parties.yaml.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday


def _targets(events) -> list[list[str]]:
    return [[p.name for p in e.targets] for e in events]


# (text, language, the target name an incident must have)
STRUCK = [
    ("WASHINGTON, May 6 (AP) - The U.S. Navy struck a speedboat in the eastern Pacific on Monday, killing "
     "four people, the Pentagon chief said.", "en", "boat"),
    ("An Israeli drone hit a car near Tyre on Tuesday, killing two men, Lebanon's health ministry said.",
     "en", "car"),
    ("Militants attacked a truck carrying fuel near Gao on Monday, killing the driver, officials said.",
     "en", "truck"),
    ("Une frappe de drone a visé lundi une voiture près de Saïda, tuant trois personnes, selon l'agence "
     "officielle libanaise.", "fr", "car"),
    ("L'armée colombienne a frappé mardi une embarcation près de Tumaco, tuant deux personnes, a annoncé "
     "le ministre de la Défense.", "fr", "boat"),
    ("Des jihadistes ont attaqué lundi des camions près de Ménaka, tuant deux chauffeurs, a indiqué une "
     "source sécuritaire.", "fr", "truck"),
]


@pytest.mark.parametrize(("text", "lang", "name"), STRUCK)
def test_a_vehicle_struck_is_the_target(analyse, text, lang, name):
    events = analyse(text, lang, PUBLISHED).events
    assert any(name in [p.name for p in e.targets] for e in events), _targets(events)


# (text, language, a target name no incident may have): the attacker's vehicle, the rescuers'
NOT_STRUCK = [
    ("Gunmen in a car opened fire on worshippers outside a mosque in Kaduna on Friday, police said.",
     "en", "car"),
    ("An air strike killed three fighters near Kismayo on Monday; an ambulance took the wounded to a "
     "hospital in a truck, a witness said.", "en", "truck"),
    ("Des hommes armés à moto ont tué cinq villageois lundi près de Tillabéri, selon une source locale.",
     "fr", "motorcycle"),
]


@pytest.mark.parametrize(("text", "lang", "name"), NOT_STRUCK)
def test_a_vehicle_not_struck_is_no_target(analyse, text, lang, name):
    events = analyse(text, lang, PUBLISHED).events
    assert events, "the incident is lost"
    assert all(name not in [p.name for p in e.targets] for e in events), _targets(events)


SETTLERS = [
    ("Israeli settlers attacked the village of Sinjil near Ramallah on Monday, wounding three "
     "Palestinians, the Palestinian Red Crescent said.", "en"),
    ("Des colons israéliens ont attaqué lundi le village de Turmus Ayya, blessant quatre Palestiniens, "
     "selon le Croissant-Rouge palestinien.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), SETTLERS)
def test_settlers_are_the_actors(analyse, text, lang):
    events = analyse(text, lang, PUBLISHED).events
    assert any("Israeli settlers" in [p.name for p in e.actors] for e in events), \
        [[p.name for p in e.actors] for e in events]
