"""Parties of incidents, round 24, in pattern sentences written for the purpose (stories of no
development document), French and English.

(1) What a downing took when the parser lost the verb's object to the day word between them ("a
abattu mardi des drones russes": the drones an ``nmod`` of "mardi", or an ``obl`` of the verb
marked only by the partitive article read as a preposition): the craft is the target, named with
its owner, and its owner is no actor (arguments_settle._downed_craft).
(2) The name of a unit of an armed group named with the group ("le front Carolina Ramirez des
dissidents des FARC", "le bataillon X de l'ELN": ``unit_nouns`` of lang/*/arguments.yaml) is no
party of its own: the unit acts as the group (arguments_settle.unit_names).
(3) Who a killing or an abduction named by its noun took when a phrase between commas parts the
noun from its "de"/"of" complement ("l'élimination, dans la nuit de lundi à mardi, de Hassan X, un
commandant du Hezbollah"; the parser hangs the complement on the verb): the person is the target,
the group that describes him no actor (arguments_settle._of_after_incise).
(4) An interception is a downing ("Estonia sent two jets to intercept Russian drones", ``downing_words``),
and a noun counting the crafts stands where they would ("shoot down a number of Belarusian drones",
"a abattu une dizaine de drones russes": ``quantity_nouns`` of arguments.yaml and the collective
numerals of numbers.yaml): the crafts are the target, the side that downed them the actor, never
their owner. Not when the crafts did another act of the incident in a clause on their noun ("drones
that had entered its airspace"): that act's actor is their owner (tests/test_arguments_weapon_owners.py).
(5) A weekday is no part of a name: an organisation the NER runs over the day after a place
("au-dessus de Tulcea mardi") is the place, no party (who_names.trim_tail).
(6) The crowd fired on is the target ("les forces de l'ordre ont tiré sur la foule", "opened fire on a
crowd": ``crowd`` in lang/*/parties.yaml), and a crowd that acts is the actor.
(7) A "between" phrase names two sides: when the parser cuts the second off the first ("des
affrontements entre l'armée soudanaise et les FSR ont fait 12 morts": "FSR" read as the verb's
subject), the party right after the coordinator is the other side (arguments_sides._second_side).
(8) A lone attacker's nationality describes him, it is no act of a state ("a Palestinian gunman",
"un tireur palestinien": ``gunman`` in lang/*/parties.yaml, "Palestinian gunman", not the state).
"""

from __future__ import annotations

import pytest
from helpers import events_of

# -- (1) the craft downed after the day word --------------------------------------------------------

DOWNED_AFTER_DAY = [
    ("fr", "L'armée polonaise a abattu mardi des drones russes au-dessus de la région de Lublin.",
     "Russian drone", "Russia"),
    ("fr", "Des chasseurs polonais et de l'OTAN ont abattu mardi des drones russes au-dessus de la région"
           " de Lublin, a annoncé l'armée polonaise.", "Russian drone", "Russia"),
    ("fr", "La défense antiaérienne lituanienne a abattu dimanche des drones biélorusses près de Vilnius,"
           " selon l'armée.", "drone", None),
]


@pytest.mark.parametrize(("language", "text", "target", "owner"), DOWNED_AFTER_DAY)
def test_the_craft_downed_after_the_day_is_the_target(analyse, language, text, target, owner):
    events = events_of(analyse, text, language)
    assert events, text
    assert any(target in {t.name for t in e.targets} for e in events), \
        [(e.type, [t.name for t in e.targets]) for e in events]
    assert not any(owner and a.name == owner for e in events for a in e.actors)


# -- (2) a unit's name is no party of its own -------------------------------------------------------

UNITS = [
    ("fr", "Le front Carolina Ramirez des dissidents des FARC a attaqué mercredi une base militaire à"
           " Puerto Leguizamo, tuant trois soldats.", "Carolina Ramirez", "FARC dissidents"),
    ("fr", "La colonne mobile Dagoberto Ramos des dissidents des FARC a attaqué lundi un poste de police"
           " à Suarez, tuant deux policiers.", "Dagoberto Ramos", "FARC dissidents"),
    ("fr", "Le bataillon Sinaloa des dissidents des FARC a attaqué lundi un poste militaire à Tumaco,"
           " tuant deux soldats.", "Sinaloa", "FARC dissidents"),
    ("fr", "La brigade Ezzedine al-Qassam du Hamas a revendiqué mardi une attaque contre des soldats"
           " israéliens à Rafah.", "Ezzedine al", "Hamas"),
]


@pytest.mark.parametrize(("language", "text", "unit", "group"), UNITS)
def test_a_units_name_is_no_party(analyse, language, text, unit, group):
    events = events_of(analyse, text, language)
    assert events, text
    names = {p.name for e in events for p in e.actors + e.targets}
    assert group in {a.name for e in events for a in e.actors}, names
    assert not any(unit in n for n in names), names



# -- (3) the patient after a phrase between commas ---------------------------------------------------

INCISED_PATIENTS = [
    ("fr", "L'armée israélienne a annoncé l'élimination, dans la nuit de lundi à mardi, de Hassan Kamel, un"
           " commandant du Hezbollah, lors d'une frappe près de Tyr.", "Hassan Kamel", "Hezbollah"),
    ("fr", "Les shebab ont revendiqué l'assassinat, mardi soir à Mogadiscio, du député Abdi Hassan Farah,"
           " selon la police.", "Abdi Hassan Farah", None),
]


@pytest.mark.parametrize(("language", "text", "target", "group"), INCISED_PATIENTS)
def test_the_patient_after_an_incise_is_the_target(analyse, language, text, target, group):
    events = events_of(analyse, text, language)
    assert any(target in {t.name for t in e.targets} for e in events), \
        [(e.type, [t.name for t in e.targets]) for e in events]
    assert not any(group and a.name == group for e in events for a in e.actors)


# -- (4) interceptions and counted crafts ------------------------------------------------------------

COUNTED_CRAFTS = [
    ("en", "Estonia sent two jets on Monday to intercept Russian drones over Narva, the defence ministry"
           " said.", "Russian drone", "Estonia", "Russia"),
    ("en", "Lithuanian fighter jets shot down a number of Belarusian drones over Vilnius on Tuesday, the army"
           " said.", "Belarusian drone", "Lithuania", "Belarus"),
    ("fr", "L'armée de l'air roumaine a abattu une dizaine de drones russes au-dessus de Tulcea mardi.",
     "Russian drone", "Romanian air force", "Russia"),
    ("fr", "L'armée estonienne a intercepté lundi des drones russes au-dessus de Narva, a indiqué le"
           " ministère.", "Russian drone", "Estonian army", "Russia"),
]


@pytest.mark.parametrize(("language", "text", "target", "actor", "owner"), COUNTED_CRAFTS)
def test_what_was_intercepted_is_the_target(analyse, language, text, target, actor, owner):
    events = events_of(analyse, text, language)
    assert any(target in {t.name for t in e.targets} for e in events), \
        [(e.type, [t.name for t in e.targets]) for e in events]
    actors = {a.name for e in events for a in e.actors}
    assert actor in actors and owner not in actors, actors


# -- (5) a weekday ends no name ----------------------------------------------------------------------

def test_a_weekday_ends_no_organisation(analyse):
    events = events_of(analyse, "L'armée de l'air roumaine a abattu une dizaine de drones russes"
                                " au-dessus de Tulcea mardi.", "fr")
    names = {p.name for e in events for p in e.actors + e.targets}
    assert not any("mardi" in n for n in names), names


# -- (6) the crowd ---------------------------------------------------------------------------------

CROWDS = [
    ("fr", "Les forces de l'ordre ont tiré sur la foule à Nairobi mardi, faisant trois morts.", "targets"),
    ("en", "Soldiers opened fire on a crowd in Mandalay on Sunday, killing five people.", "targets"),
    ("fr", "Une foule en colère a attaqué mardi le commissariat de Bunia, selon la police.", "actors"),
]


@pytest.mark.parametrize(("language", "text", "role"), CROWDS)
def test_the_crowd_is_a_party(analyse, language, text, role):
    events = events_of(analyse, text, language)
    assert any("crowd" in {p.name for p in getattr(e, role)} for e in events), \
        [(e.type, [p.name for p in e.actors], [p.name for p in e.targets]) for e in events]


# -- (7) the second side of "between" ----------------------------------------------------------------

SECOND_SIDES = [
    ("fr", "Des affrontements entre l'armée soudanaise et les FSR ont fait 12 morts mardi à El Fasher.",
     {"Sudanese army", "Rapid Support Forces"}),
    ("fr", "De violents combats entre l'armée tchadienne et les rebelles du FACT ont fait neuf morts lundi"
           " près de Faya.", {"Chadian army"}),
]


@pytest.mark.parametrize(("language", "text", "sides"), SECOND_SIDES)
def test_both_sides_between(analyse, language, text, sides):
    events = events_of(analyse, text, language)
    actors = {a.name for e in events for a in e.actors}
    assert sides <= actors, actors


# -- (8) a lone attacker ------------------------------------------------------------------------------

LONE_ATTACKERS = [
    ("en", "A Palestinian gunman opened fire at a checkpoint near Hebron on Tuesday, wounding two Israeli"
           " soldiers.", "Palestinian gunman"),
    ("fr", "Un tireur palestinien a ouvert le feu mardi à un point de contrôle près d'Hébron, blessant deux"
           " soldats israéliens.", "Palestinian gunman"),
]


@pytest.mark.parametrize(("language", "text", "actor"), LONE_ATTACKERS)
def test_a_lone_attacker_is_no_state(analyse, language, text, actor):
    events = events_of(analyse, text, language)
    actors = [a for e in events for a in e.actors]
    assert actor in {a.name for a in actors}, [a.name for a in actors]
    assert not any(a.kind == "state" for a in actors), [a.name for a in actors]
