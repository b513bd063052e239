"""The parties of incidents, round 24 (fourth task), in pattern sentences written for the purpose
(stories of no development document), French and English.

(2) Nationals counted as victims are the target, civilians of their country, not the state: "killed
at least 14 Palestinians who were waiting for flour", "a tué neuf Ukrainiens qui faisaient la
queue" (who_nationals.counted_nationals). The adjective ("Russian soldiers") stays the country's.
(1) An army's communiqué that it "neutralised" or "eliminated" an enemy leader in a strike makes the
army the actor and the leader's group the target ("L'armée malienne a affirmé mercredi avoir
« neutralisé » un important chef de l'État islamique ... lors d'une frappe aérienne"), the subject
of the infinitive read from the verb it completes (arguments_acting); air defences "neutralising"
drones during an attack are not its actor.
(3) A town attacked ("ont attaqué lundi la ville de X") stays the incident's place beside the site
named later in the sentence (guard: it already held).
(4) "civil"/"civile" qualifying a thing ("selon la Défense civile", "la prison civile", "la
protection civile") names no people hit: no "civilians" target from it (targets.qualifies_a_thing);
on a noun of people ("trois victimes civiles") it still does.
"""

from __future__ import annotations

import pytest
from helpers import events_of

# -- (2) nationals counted as victims -------------------------------------------------------------

COUNTED_NATIONALS = [
    ("en", "An Israeli air strike killed at least 14 Palestinians who were waiting for flour near a"
           " distribution point in Gaza City on Tuesday.", "PS"),
    ("en", "A Russian missile strike killed nine Ukrainians who were queuing for bread in Kharkiv on"
           " Monday.", "UA"),
    ("fr", "Une frappe aérienne israélienne a tué au moins 14 Palestiniens qui attendaient de la farine"
           " près d'un point de distribution à Gaza mardi.", "PS"),
    ("fr", "Une frappe de missile russe a tué neuf Ukrainiens qui faisaient la queue pour du pain à"
           " Kharkiv lundi.", "UA"),
]


@pytest.mark.parametrize(("language", "text", "country"), COUNTED_NATIONALS)
def test_counted_nationals_are_civilian_targets(analyse, language, text, country):
    events = events_of(analyse, text, language)
    assert events, text
    targets = [(t.name, t.kind, t.country) for e in events for t in e.targets]
    assert ("civilians", "civilians", country) in targets, targets
    # the people are no attacker either
    assert not any(a.country == country for e in events for a in e.actors), \
        [(a.name, a.country) for e in events for a in e.actors]


NATIONAL_ADJECTIVES = [
    ("en", "Ukrainian drones killed two Russian soldiers near Belgorod on Monday.", "RU"),
    ("fr", "Des drones ukrainiens ont tué deux soldats russes près de Belgorod lundi.", "RU"),
]


@pytest.mark.parametrize(("language", "text", "country"), NATIONAL_ADJECTIVES)
def test_a_national_adjective_is_no_civilian(analyse, language, text, country):
    events = events_of(analyse, text, language)
    assert not any(t.kind == "civilians" and t.country == country for e in events for t in e.targets), \
        [(t.name, t.kind) for e in events for t in e.targets]


# -- (1) the army that says it neutralised a leader is the actor, his group the target -------------

NEUTRALISED_LEADER = [
    ("fr", "L'armée malienne a affirmé mercredi avoir « neutralisé » un important chef de l'État islamique"
           " au Sahel lors d'une frappe aérienne menée dimanche près de Ménaka.",
     "Malian army", "Islamic State"),
    ("fr", "L'armée burkinabè a affirmé avoir neutralisé un chef du JNIM lors d'une frappe de drone jeudi"
           " près de Djibo.", "Burkinabe army", "JNIM"),
    ("fr", "L'armée burkinabè a annoncé avoir éliminé un chef jihadiste du JNIM lors d'une frappe de drone"
           " jeudi près de Djibo.", "Burkinabe army", "JNIM"),
    ("en", "The Malian army said it had neutralised a senior Islamic State leader in an air strike near"
           " Menaka on Sunday.", "Malian army", "Islamic State"),
]


@pytest.mark.parametrize(("language", "text", "actor", "target"), NEUTRALISED_LEADER)
def test_the_army_neutralising_a_leader_is_the_actor(analyse, language, text, actor, target):
    events = events_of(analyse, text, language)
    parties = [([a.name for a in e.actors], [t.name for t in e.targets]) for e in events]
    assert any(actor in actors and any(t.startswith(target) for t in targets)
               for actors, targets in parties), parties


DRONES_NEUTRALISED = [
    ("en", "Ukrainian air defences neutralised 20 drones during an overnight attack on Kyiv, the air force"
           " said."),
    ("fr", "La défense aérienne ukrainienne a neutralisé 20 drones lors d'une attaque nocturne sur Kiev,"
           " selon l'armée de l'air."),
]


@pytest.mark.parametrize(("language", "text"), DRONES_NEUTRALISED)
def test_air_defences_neutralising_drones_made_no_attack(analyse, language, text):
    events = events_of(analyse, text, language)
    assert not any(a.kind == "military" for e in events if e.type != "other" for a in e.actors), \
        [(e.type, [a.name for a in e.actors]) for e in events]


# -- (3) the town attacked stays the place ----------------------------------------------------------

TOWN_ATTACKED = [
    ("fr", "Des membres de la coalition de gangs Viv Ansanm ont attaqué lundi la ville de Mirebalais, dans"
           " le centre d'Haïti, tuant au moins 20 personnes et libérant plus de 500 détenus de la prison"
           " civile.", "Mirebalais"),
    ("en", "Members of the Viv Ansanm gang coalition attacked the town of Mirebalais in central Haiti on"
           " Monday, killing at least 20 people and freeing more than 500 inmates from the civil prison.",
     "Mirebalais"),
]


@pytest.mark.parametrize(("language", "text", "place"), TOWN_ATTACKED)
def test_the_town_attacked_is_the_place(analyse, language, text, place):
    events = events_of(analyse, text, language)
    violent = [e for e in events if e.fatalities]
    assert violent and all(e.location and e.location.name == place for e in violent), \
        [(e.type, e.location.name if e.location else None) for e in events]


# -- (4) a civil thing is no civilian ---------------------------------------------------------------

CIVIL_THING = [
    "Une frappe israélienne a tué cinq personnes à Khan Younès mardi, selon la Défense civile.",
    "Un drone russe a frappé un immeuble à Kharkiv lundi, blessant trois personnes, selon la protection"
    " civile.",
    "Des bandits ont attaqué la prison civile de Kaduna dimanche, libérant 200 détenus.",
]


@pytest.mark.parametrize("text", CIVIL_THING)
def test_a_civil_thing_names_no_civilians(analyse, text):
    events = events_of(analyse, text, "fr")
    assert events, text
    assert not any(t.kind == "civilians" for e in events for t in e.targets), \
        [(t.name, t.text) for e in events for t in e.targets]


CIVILIAN_PEOPLE = [
    ("fr", "Une frappe a fait trois victimes civiles à Kharkiv lundi."),
    ("fr", "Une frappe a tué trois civils à Kharkiv lundi."),
]


@pytest.mark.parametrize(("language", "text"), CIVILIAN_PEOPLE)
def test_civilian_people_stay_civilians(analyse, language, text):
    events = events_of(analyse, text, language)
    assert any(t.name == "civilians" for e in events for t in e.targets), \
        [(t.name, t.text) for e in events for t in e.targets]
