"""The attacker named around an attack noun, French and English (arguments.attack_agents through
the whole pipeline): a participle's agent, an attribution ("imputées à", "blamed on"), the subject
of a verb carrying the attack out, a party qualifying the weapon. Sentences written from the
general patterns of conflict reporting."""

from __future__ import annotations

import pytest
from helpers import events_of

# (language, text, an alias one actor's name must contain, a name no actor may contain)
ATTACKERS = [
    ("fr", "Mardi, une attaque de drones menée par les Houthis a touché le port d'Eilat.", "Houthi", None),
    ("fr", "Lundi, les frappes imputées à Israël ont détruit un immeuble à Damas.", "Israel", None),
    ("fr", "Les forces spéciales ukrainiennes ont mené samedi une frappe contre l'aérodrome de Koursk.",
     "Ukraine", None),
    ("fr", "Mardi, une frappe de missile iranien a touché un immeuble à Haïfa.", "Iran", None),
    ("fr", "Les Houthis, un mouvement soutenu par l'Iran, ont revendiqué jeudi une attaque de drone "
           "sur Tel-Aviv.", "Houthi", "Iran"),
    ("en", "On Tuesday a drone attack carried out by the Houthis hit the port of Eilat.", "Houthi", None),
    ("en", "Air strikes attributed to Israel destroyed a building in Damascus on Monday.", "Israel", None),
    ("en", "On Monday an air strike blamed on Israel destroyed a building in Damascus.", "Israel", None),
    ("fr", "Lundi, une frappe attribuée à Israël a détruit un immeuble à Damas.", "Israel", None),
    ("en", "Houthi rebels have claimed responsibility for the drone attack on a cargo ship on Monday.",
     "Houthi", None),
    ("en", "On Sunday the Shabaab claimed responsibility for a suicide attack on a hotel in Mogadishu.",
     "Shabaab", None),
    ("fr", "Lundi, les shebabs ont revendiqué la responsabilité de l'attaque contre un hôtel de Mogadiscio.",
     "Shabaab", None),
    ("en", "Ukrainian special forces carried out a strike on an airfield near Kursk on Saturday.",
     "Ukrain", None),
    ("en", "On Tuesday an Iranian missile strike hit a building in Haifa.", "Iran", None),
    ("en", "The Houthis, a movement backed by Iran, claimed a drone attack on Tel Aviv on Thursday.",
     "Houthi", "Iran"),
]


@pytest.mark.parametrize(("language", "text", "actor", "not_actor"), ATTACKERS)
def test_attacker_named_around_the_attack(analyse, language, text, actor, not_actor):
    events = [e for e in events_of(analyse, text, language) if e.actors or e.targets or e.weapons]
    names = [p.name for e in events for p in e.actors]
    assert any(actor.lower() in n.lower() for n in names), [(e.type, names) for e in events]
    if not_actor:
        assert not any(not_actor.lower() in n.lower() for n in names), names


# (language, text, an alias one target's name must contain, a name no target may contain)
ATTACKED = [
    ("fr", "Mardi, une frappe visant deux membres du Hezbollah a tué deux personnes près de Tyr.",
     "Hezbollah", None),
    ("fr", "Lundi, les FSR ont bombardé des positions de l'armée soudanaise près d'El Fasher.",
     "Sudanese army", None),
    ("fr", "Jeudi, l'armée israélienne a bombardé des localités libanaises près de Tyr.", None, "Lebanon"),
    ("en", "On Tuesday an air strike targeting two Hezbollah operatives killed two people near Tyre.",
     "Hezbollah", None),
    ("en", "On Monday the RSF shelled positions of the Sudanese army near El Fasher.", "Sudanese army", None),
    ("en", "On Thursday the Israeli army bombed Lebanese villages near Tyre.", None, "Lebanon"),
]


@pytest.mark.parametrize(("language", "text", "target", "not_target"), ATTACKED)
def test_the_attacked_party_is_a_target(analyse, language, text, target, not_target):
    events = [e for e in events_of(analyse, text, language) if e.type != "diplomatic_protest"]
    names = [p.name for e in events for p in e.targets]
    assert events, text
    if target:
        assert any(target.lower() in n.lower() for n in names), names
    if not_target:
        assert not any(not_target.lower() in n.lower() for n in names), names
