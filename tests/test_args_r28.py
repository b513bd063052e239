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


# a strike told by a light verb and its noun, the aim hung on the verb ("ont mené une frappe contre")
LIGHT_VERB = [
    ("Les Etats-Unis ont mené mardi une frappe contre une embarcation dans le Pacifique, tuant trois "
     "personnes, a annoncé le Pentagone.", "fr", "boat"),
]


@pytest.mark.parametrize(("text", "lang", "name"), LIGHT_VERB)
def test_a_vehicle_under_a_light_verb_of_attack_is_the_target(analyse, text, lang, name):
    events = analyse(text, lang, PUBLISHED).events
    assert any(name in [p.name for p in e.targets] for e in events), _targets(events)


# 3. A weapon or its system that is the object hit ("destroyed two launchers", "a frappé un obusier")
# is a target, named with its owner; an air-defence body whose words run across the system's noun
# is no target beside it.
WEAPONS_HIT = [
    ("Ukrainian drones destroyed a Russian air-defence system near Melitopol on Tuesday, the general "
     "staff said.", "en", "Russian air defence system"),
    ("Israeli jets struck Hezbollah rocket launchers near Nabatieh on Monday, the army said.", "en",
     "launcher"),
    ("Ukrainian artillery struck a Russian howitzer near Toretsk on Monday, the army said.", "en",
     "Russian howitzer"),
    ("Des drones ukrainiens ont frappé lundi un système de défense aérienne russe près de Marioupol, a "
     "indiqué l'état-major.", "fr", "Russian air defence system"),
    ("L'armée israélienne a frappé mardi deux chars près de Rafah, a-t-elle indiqué.", "fr", "tank"),
]


@pytest.mark.parametrize(("text", "lang", "name"), WEAPONS_HIT)
def test_a_weapon_hit_is_a_target(analyse, text, lang, name):
    events = analyse(text, lang, PUBLISHED).events
    names = [p.name for e in events for p in e.targets]
    assert name in names, _targets(events)
    assert not any(n in ("Russian air defence", "air defence") for n in names), names


# 4. Farmers, herders and teachers killed are targets by their trade (role: true in targets.yaml); one
# who speaks is a source, not a victim.
TRADES = [
    ("Gunmen killed 11 farmers near Gusau on Sunday, police said.", "en", "farmers"),
    ("Des jihadistes présumés ont tué dimanche douze agriculteurs près de Mafa, selon des sources locales.",
     "fr", "farmers"),
]


@pytest.mark.parametrize(("text", "lang", "name"), TRADES)
def test_farmers_killed_are_targets(analyse, text, lang, name):
    events = analyse(text, lang, PUBLISHED).events
    assert any(name in [p.name for p in e.targets] for e in events), _targets(events)


# 5. A word of doubt after a dateline ("- Suspected Boko Haram militants") is no part of the group's name:
# one actor, the group the tables name.
def test_a_hedge_after_a_dateline_is_no_part_of_the_name(analyse):
    text = ("MAIDUGURI, Nigeria, May 5 (Reuters) - Suspected Boko Haram militants killed nine villagers "
            "near Konduga on Monday, a local official said.")
    events = analyse(text, "en", PUBLISHED).events
    names = [p.name for e in events for p in e.actors]
    assert "Boko Haram" in names and not any(n.startswith("Suspected") for n in names), names
