"""A killing read from its victims (trigger `victims`, lang/*/events.yaml `victim_kinds`): the head
of the verb's direct object says whom it killed, civilians (an attack on civilians) or combatants
(a clash), when the doer is a side ("Boko Haram", "gunmen", "fighters", "it" in an armed side's own
statement). A doer that is no side (floods, a virus, hunger), an object that names no victims (a
bill), a killing only planned ("vowed to kill") make no incident; a weapon or an act in the clause
still types it. Sentences written from general patterns (stories other than news-dev); each runs
the whole pipeline (`analyse`, published Saturday 2025-11-15: "Monday"/"lundi" is the 10th)."""

from __future__ import annotations

import pytest
from helpers import events_of

VICTIMS = [
    ("en", "Boko Haram killed 15 farmers in Borno state on Monday.", "attack_on_civilians", 15),
    ("en", "The army said it killed 12 insurgents in an operation near Mafa on Monday.", "armed_clash", 12),
    ("en", "Al-Shabaab fighters killed nine soldiers at a base near Baidoa on Sunday.", "armed_clash", 9),
    ("en", "Militants killed four policemen at a checkpoint in Khost province on Saturday.",
     "armed_clash", 4),
    ("en", "Bandits stormed the village of Kadisau on Tuesday and killed 12 residents.",
     "attack_on_civilians", 12),
    ("fr", "Boko Haram a tué quinze agriculteurs dans l'État de Borno lundi.", "attack_on_civilians", 15),
    ("fr", "L'armée a affirmé lundi avoir tué douze insurgés lors d'une opération près de Mafa.",
     "armed_clash", 12),
    ("fr", "Des jihadistes ont tué huit soldats près de Diffa dimanche.", "armed_clash", 8),
    ("fr", "Les shebab ont affirmé dimanche avoir tué trente soldats de l'Union africaine près de Baidoa.",
     "armed_clash", 30),
    # a passive with its doer named: its subject is the victims
    ("en", "Fifteen farmers were killed by Boko Haram militants in Borno state on Monday.",
     "attack_on_civilians", 15),
    ("fr", "Quinze agriculteurs ont été tués par Boko Haram lundi dans l'État de Borno.",
     "attack_on_civilians", 15),
    ("fr", "Des militaires pakistanais ont tué onze insurgés mardi près de la frontière afghane.",
     "armed_clash", 11),
    # a passive with no doer named keeps its reading by the words of its clause
    ("en", "Twelve civilians were killed on Monday in Goma.", "attack_on_civilians", 12),
    ("fr", "Douze civils ont été tués lundi à Goma.", "attack_on_civilians", 12),
]


@pytest.mark.parametrize(("language", "text", "type_", "dead"), VICTIMS)
def test_a_killing_is_typed_by_its_victims(analyse, language, text, type_, dead):
    found = events_of(analyse, text, language)
    assert [(e.type, e.fatalities) for e in found] == [(type_, dead)], [(e.type, e.fatalities) for e in found]


# a doer that is no side, victims not named, a killing only threatened or vowed
NO_KILLING = [
    ("en", "Police said the floods killed 12 villagers on Monday."),
    ("en", "The virus has killed 30 soldiers in the camp since Monday."),
    ("en", "Hunger has killed 40 children in the camp since Monday."),
    ("en", "The senators killed the bill on Monday."),
    ("en", "Al-Shabaab vowed to kill African Union soldiers in Somalia."),
    ("en", "The militia threatened on Monday to kill more villagers."),
    ("fr", "Les inondations ont tué douze villageois lundi dans le nord du pays."),
    ("fr", "Le gouvernement a tué le projet de loi lundi."),
    ("fr", "Les shebab ont menacé de tuer des soldats de l'Union africaine."),
    ("en", "The police killed the engine and waited."),
]


@pytest.mark.parametrize(("language", "text"), NO_KILLING)
def test_a_killing_by_no_side_or_to_come_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert found == [], [(e.type, e.fatalities) for e in found]


# a weapon that did it, or an act the clause names, types the killing; victims do not
TYPED_OTHERWISE = [
    ("en", "A drone killed three soldiers near Goma on Monday.", "drone_strike"),
    ("en", "The Burmese junta killed 20 villagers in an air strike on a village in Sagaing on Monday.",
     "air_strike"),
    ("en", "On Monday a drone strike hit a concert organised by an insurgent group in Khost.",
     "drone_strike"),
    ("fr", "Le M23 a tué six civils lors du bombardement de Goma lundi.", "shelling"),
    ("fr", "La junte birmane a tué vingt villageois lors d'une frappe aérienne près de Sagaing lundi.",
     "air_strike"),
]


@pytest.mark.parametrize(("language", "text", "type_"), TYPED_OTHERWISE)
def test_a_weapon_or_an_act_types_the_killing(analyse, language, text, type_):
    found = events_of(analyse, text, language)
    assert [e.type for e in found] == [type_], [(e.type, e.fatalities) for e in found]


# a toll counted from a year on ("since 2009", "depuis le coup d'État de 2021") under the act's
# verb with its count as object: a tally over years (qualifiers._since_a_year), not one incident
SINCE_A_YEAR = [
    ("en", "Boko Haram has killed thousands of civilians since 2009."),
    ("en", "Fighting has killed tens of thousands since the 2021 coup."),
    ("en", "Since the 2021 coup, fighting has killed tens of thousands."),
    ("fr", "Boko Haram a tué des milliers de civils depuis 2009."),
    ("fr", "Les combats ont tué des milliers de civils depuis 2021."),
]


@pytest.mark.parametrize(("language", "text"), SINCE_A_YEAR)
def test_a_toll_since_a_year_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert found == [], [(e.type, e.date) for e in found]


# a year that ranks one incident, or a toll counted from a day, leaves it an incident
SINCE_AS_RANK = [
    ("en", "On Monday, the deadliest attack on the base since 2019 killed 12 soldiers near Baidoa."),
    ("en", "A Russian missile hit Odesa port on Monday, the heaviest strike on the city since 2023."),
    ("fr", "La frappe la plus meurtrière depuis 2022 a tué douze personnes lundi à Odessa."),
    ("en", "Gunmen have killed 12 villagers in Zamfara since Monday."),
    ("fr", "Des hommes armés ont tué douze villageois dans le Zamfara depuis lundi."),
]


@pytest.mark.parametrize(("language", "text"), SINCE_AS_RANK)
def test_a_year_ranking_an_act_leaves_it_an_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 1, [(e.type, e.date) for e in found]
