"""Casualty counts and weapons of incidents (round 25): cases of their own for each kind fixed.

1. A barrage of mixed systems keeps every weapon coordinated with one that fits its type
   (extract/weapons_barrage.py): "drones and cruise missiles" is one drone strike with both.
2. A state's voice counting another country's nationals ("the Russian defence ministry said 90
   Ukrainian soldiers were killed") is a boast: beside anyone else's toll, that one is the
   incident's (casualties._enemy_count); alone, it stands.
3. "None was killed" after the wounded are counted states no dead ("zero_phrases" in
   lang/en/numbers.yaml, as French "aucun n'a été tué" did).
4. A weapon named only in one side's contested version of an incident is no fact of it
   (extract/weapons_voice.py): the accused side's account of what hit, or a version another
   version contradicts with another weapon. A weapon both versions name, or one a bare denial
   answers, stands.
5. A weapon ruled out in its coordination ("c'est un missile, et non un drone, qui a frappé") is not
   the incident's: the one it is set against is (``negation_words`` in lang/*/weapons.yaml).
6. The toll told in the clause of the act a retaliation answers is that act's, also when the
   parser hangs the clause on a word of the act's phrase ("une riposte à une attaque de l'armée le
   3 mai à Kadugli, qui a tué 13 combattants"): tolls_recalled.recalled_owner.
"""

from __future__ import annotations

import pytest
from helpers import events_of

BARRAGES = [
    ("en", "Russia launched 40 Shahed drones and cruise missiles at Lviv overnight, damaging a power plant, "
     "the air force said.", {"drone", "cruise_missile"}),
    ("en", "Emirati warplanes and drones struck army positions in Port Sudan on Monday, the government said.",
     {"drone", "aircraft"}),
    ("fr", "La Russie a tiré mardi soir des drones et des missiles de croisière sur Lviv, endommageant une "
     "centrale électrique, selon l'armée de l'air.", {"drone", "cruise_missile"}),
    ("fr", "Des avions de chasse et des drones émiratis ont frappé lundi des positions de l'armée à "
     "Port-Soudan, selon le gouvernement.", {"drone", "aircraft"}),
]


@pytest.mark.parametrize(("language", "text", "categories"), BARRAGES)
def test_a_mixed_barrage_keeps_every_coordinated_weapon(analyse, language: str, text: str,
                                                        categories: set[str]) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert len(found) == 1, [(e.type, e.weapons) for e in found]
    assert {w.category for w in found[0].weapons} == categories, found[0].weapons


# a weapon of another act told in the same sentence is not coordinated: each keeps its own
APART = [
    ("en", "The drone hit a fuel depot in Odesa on Monday, hours after a missile struck the port."),
    ("fr", "Le drone a frappé un dépôt de carburant à Odessa lundi, quelques heures après qu'un missile a "
     "touché le port."),
]


@pytest.mark.parametrize(("language", "text"), APART)
def test_a_weapon_of_another_act_stays_apart(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    drones = [e for e in found if e.type == "drone_strike"]
    assert drones, [(e.type, e.weapons) for e in found]
    assert {w.category for w in drones[0].weapons} == {"drone"}, drones[0].weapons


BOASTS = [
    ("fr", "Une frappe de missiles a touché mardi une caserne à Dnipro. Le ministère russe de la Défense a "
     "affirmé que 80 militaires ukrainiens avaient été tués. Selon les autorités régionales, l'attaque "
     "a fait 14 morts et 52 blessés.", 14, 52),
    ("en", "A missile strike hit a training ground near Chernihiv on Tuesday. The Russian defence ministry "
     "said 90 Ukrainian soldiers were killed. Regional authorities said 12 people were killed and 40 "
     "injured.", 12, 40),
    # alone, the boast is the only toll told
    ("en", "The Russian defence ministry said its missiles killed 40 Ukrainian soldiers at a training ground "
     "near Chernihiv on Tuesday.", 40, None),
]


@pytest.mark.parametrize(("language", "text", "killed", "injured"), BOASTS)
def test_a_count_of_the_enemys_dead_gives_way_to_the_officials_toll(analyse, language: str, text: str,
                                                                    killed: int, injured: int | None) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert [(e.fatalities, e.injured) for e in found] == [(killed, injured)], [e.type for e in found]


NONE_STATED = [
    ("en", "Three peacekeepers were wounded on Tuesday when a shell hit their base near Goma, the UN mission "
     "said. None was killed.", 0, 3),
    ("en", "Two soldiers were injured when a roadside bomb struck their patrol near Kidal on Monday, the "
     "army said. None of them died.", 0, 2),
    ("en", "Four workers were killed when a missile hit a warehouse in Kharkiv on Friday, the governor said. "
     "None were injured.", 4, 0),
    ("fr", "Trois casques bleus ont été blessés mardi par un obus tombé sur leur base près de Goma, a "
     "indiqué la mission de l'ONU. Aucun n'a été tué.", 0, 3),
]


@pytest.mark.parametrize(("language", "text", "killed", "injured"), NONE_STATED)
def test_none_stated_after_the_counted_victims(analyse, language: str, text: str, killed: int,
                                                injured: int) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert [(e.fatalities, e.injured) for e in found] == [(killed, injured)], [e.type for e in found]


DISPUTED = [
    ("fr", "Une explosion a frappé mardi soir un hôpital de Khan Younès, tuant au moins 30 personnes, selon "
     "le ministère de la Santé. Le Hamas a accusé Israël d'avoir tiré un missile sur l'hôpital. L'armée "
     "israélienne a démenti, affirmant qu'une roquette tirée par le Jihad islamique avait raté sa cible.",
     set()),
    # both versions name a missile: no dispute over the weapon
    ("en", "A missile hit a market in Kostiantynivka on Wednesday, killing 17 people, Ukrainian officials "
     "said. Russia denied responsibility and said a Ukrainian air-defence missile had fallen on the market.",
     {"missile"}),
    # a bare denial tells no version of what hit
    ("fr", "Une frappe de drone a touché mercredi un marché de Kostiantynivka, tuant 17 personnes, selon les "
     "autorités ukrainiennes. Moscou a démenti toute implication.", {"drone"}),
]


@pytest.mark.parametrize(("language", "text", "categories"), DISPUTED)
def test_a_weapon_of_one_sides_version_is_no_fact(analyse, language: str, text: str,
                                                  categories: set[str]) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert found and {w.category for e in found for w in e.weapons} == categories, \
        [(e.type, e.weapons) for e in found]


RULED_OUT = [
    ("fr", "En Pologne, c'est un missile, et non un drone, qui a frappé une maison le 10 septembre dans le "
     "village de Wyryki, a rapporté un quotidien.", {"missile"}),
    ("fr", "Selon l'armée, c'est un obus, et non une roquette, qui a touché l'école mardi à Khartoum.",
     {"artillery"}),
    ("en", "It was a missile, not a drone, that hit a house in the village of Wyryki on Wednesday, a "
     "newspaper reported.", {"missile"}),
]


@pytest.mark.parametrize(("language", "text", "categories"), RULED_OUT)
def test_a_weapon_ruled_out_gives_way_to_the_one_set_against_it(analyse, language: str, text: str,
                                                                 categories: set[str]) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert found and {w.category for e in found for w in e.weapons} == categories, \
        [(e.type, e.weapons) for e in found]


CAUSES = [
    ("fr", "Selon le gouverneur, la frappe de mardi est une riposte à une attaque de l'armée le 3 mai à "
     "Kadugli, qui a tué 13 combattants étrangers.", 13),
    ("en", "The governor said the strike was retaliation for an army attack on May 3 in rebel-held "
     "Kadugli, which killed 13 foreign fighters.", 13),
]


@pytest.mark.parametrize(("language", "text", "killed"), CAUSES)
def test_the_toll_of_the_act_answered_is_that_acts(analyse, language: str, text: str, killed: int) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    tolls = sorted((e.fatalities is not None, e.date.start.isoformat() if e.date else "") for e in found)
    assert [(e.date.start.isoformat(), e.fatalities) for e in found if e.fatalities is not None] == \
        [("2025-05-03", killed)], tolls
