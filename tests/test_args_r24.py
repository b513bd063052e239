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
