"""The place and parties of incidents, round 24 (second task), in pattern sentences written for the
purpose (stories of no development document), French and English.

(1) The place of an accusation is where the accuser speaks, not where the act it tells of happened:
a place hung on a verb of accusation or attribution above the trigger ("In Islamabad, Pakistan's
foreign office accused India of ...", "a accusé jeudi à Moscou l'armée ukrainienne d'avoir
bombardé ...") and the country owning the accusing body ("Pakistan's") are never the incident's
place (arguments_places.accuser_places). A place of the act itself still is.
(4) A site in the "de"/"of" complement of the attack noun ("l'attaque d'un oléoduc") is what was hit,
no attacker: it no longer stands in for the attacker, so the subject of the verb that claims or
carries the attack out ("L'ELN a revendiqué ...") is the actor (events._violent_actors keeps only
attackers before falling back to arguments.attack_agents).
"""

from __future__ import annotations

import pytest
from helpers import events_of

# -- (1) the accuser's city is no place of the act ------------------------------------------------

ACCUSER_CITY = [
    ("en", "In Islamabad, Pakistan's foreign office accused India of an unprovoked ceasefire violation on"
           " Sunday that killed two civilians.", {"Islamabad", "Pakistan"}),
    ("en", "In Tehran, the foreign ministry accused Israel of a drone strike on Saturday that killed"
           " three guards.", {"Tehran"}),
    ("fr", "Le ministère russe de la Défense a accusé jeudi à Moscou l'armée ukrainienne d'avoir bombardé"
           " une centrale électrique, tuant trois employés.", {"Moscou", "Moscow"}),
]


@pytest.mark.parametrize(("language", "text", "speaker_places"), ACCUSER_CITY)
def test_the_accusers_city_is_no_place_of_the_act(analyse, language, text, speaker_places):
    events = events_of(analyse, text, language)
    assert events, text
    assert not any(e.location and e.location.name in speaker_places for e in events), \
        [(e.type, e.location.name if e.location else None) for e in events]


ACT_PLACE_KEPT = [
    ("en", "In Islamabad, Pakistan's foreign office accused India of shelling Muzaffarabad on"
           " Sunday, killing two civilians.", "Muzaffarābād"),
    ("fr", "À Kiev, le maire a déclaré qu'un drone russe avait frappé un immeuble d'habitation, tuant deux"
           " personnes.", "Kyiv"),
]


@pytest.mark.parametrize(("language", "text", "place"), ACT_PLACE_KEPT)
def test_the_acts_own_place_stays(analyse, language, text, place):
    events = events_of(analyse, text, language)
    assert any(e.location and e.location.name == place for e in events), \
        [(e.type, e.location.name if e.location else None) for e in events]


# -- (4) the group claiming an attack on a site is its actor --------------------------------------

CLAIMED_ATTACK_ON_SITE = [
    ("fr", "L'ELN a revendiqué l'attaque d'un oléoduc mardi dans le département d'Arauca.", "ELN"),
    ("fr", "Les dissidents des FARC ont mené l'attaque d'une caserne mardi dans le département du Cauca.",
     "FARC dissidents"),
    ("en", "The ELN claimed Tuesday's bombing of an oil pipeline in Arauca province.", "ELN"),
]


@pytest.mark.parametrize(("language", "text", "actor"), CLAIMED_ATTACK_ON_SITE)
def test_the_group_claiming_an_attack_on_a_site_is_its_actor(analyse, language, text, actor):
    events = events_of(analyse, text, language)
    assert events, text
    assert any(actor in {a.name for a in e.actors} for e in events), \
        [(e.type, [a.name for a in e.actors]) for e in events]
