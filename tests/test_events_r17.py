"""Round 17 of the incidents, on kinds found in articles of other stories than news-dev: sites
coordinated under one verb, each in a town of its own, are one incident per town; a trend of use
("de plus en plus", "increasingly") is none; "call on" demands only as a verb; the attackers the
defenders killed are no part of the victims' toll; a vessel rammed or boarded by force is an
incident (as a water cannon is); strikes told as a whole, then each in its town, are the parts.
Sentences written from general patterns, French and English (published Saturday 2025-11-15:
"vendredi"/"Friday" is the 14th)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

FRIDAY = date(2025, 11, 14)


def _summary(found):  # type: ignore[no-untyped-def]
    return [(e.type, e.date, e.location and e.location.name, [p.name for p in e.actors]) for e in found]


# one verb, sites coordinated, each in a town of its own: one incident per town
SITES_IN_TOWNS = [
    ("fr", "Vendredi, des drones ont frappé la raffinerie de Homs et la centrale électrique de Hama, "
           "selon les autorités.", {"Homs", "Hama"}),
    ("en", "On Friday, drones struck the oil refinery in Homs and the power station in Hama, officials "
           "said.", {"Homs", "Hama"}),
    ("en", "Rebel drones struck the port of Hodeidah and the airport of Sanaa on Friday.",
     {"Hudaydah", "Sanaa"}),
    ("fr", "Des missiles ont touché vendredi le port d'Odessa et une usine de Kharkiv, a indiqué "
           "l'armée de l'air.", {"Odesa", "Kharkiv"}),
]


def _fold(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if c.isalnum()).lower()


@pytest.mark.parametrize(("language", "text", "towns"), SITES_IN_TOWNS)
def test_sites_in_two_towns_under_one_verb_are_two_incidents(analyse, language, text, towns):
    found = events_of(analyse, text, language)
    assert len(found) == 2, _summary(found)
    names = [_fold(e.location.name) for e in found if e.location]
    assert all(any(_fold(t) in n for n in names) for t in towns), _summary(found)
    assert all(e.date is not None and e.date.start == FRIDAY for e in found), _summary(found)


# two sites of one town, or a site and its town: one incident
SITES_IN_ONE_TOWN = [
    ("fr", "Vendredi, des drones ont frappé la raffinerie de Homs et la centrale électrique de la ville."),
    ("en", "On Friday, drones struck an oil depot and a power station in Homs, officials said."),
]


@pytest.mark.parametrize(("language", "text"), SITES_IN_ONE_TOWN)
def test_sites_of_one_town_are_one_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)


# a trend of use ("increasingly", "de plus en plus") is no incident
TRENDS = [
    ("fr", "Les rebelles utilisent de plus en plus les drones pour frapper loin du front."),
    ("en", "The rebels have increasingly used drones to strike far behind the front line."),
]


@pytest.mark.parametrize(("language", "text"), TRENDS)
def test_a_trend_of_use_is_no_incident(analyse, language, text):
    assert events_of(analyse, text, language) == []


# "call on" demands only as a verb: "met by video call on Friday" is a meeting of that day
CALL_NOUN = [
    ("en", "The G7 leaders met by video call on Friday to discuss the attacks on shipping.", "consultation"),
    ("en", "The two foreign ministers spoke in a phone call on Friday, the ministry said.", "consultation"),
    ("en", "The European Union called on Russia on Friday to release the detained journalist.", "demand"),
]


@pytest.mark.parametrize(("language", "text", "kind"), CALL_NOUN)
def test_call_on_is_a_demand_only_as_a_verb(analyse, language, text, kind):
    found = events_of(analyse, text, language)
    assert [e.type for e in found] == [kind], _summary(found)
    assert found[0].date is not None and found[0].date.start == FRIDAY, _summary(found)


# the victims, then the attackers the defenders killed: the toll is the victims'; (text, toll)
COUNTER_KILL = [
    ("en", "Gunmen attacked a police post in Borno state on Friday, killing four officers. Troops "
           "repelled the attack and killed 15 terrorists, the army said.", 4),
    ("fr", "Des hommes armés ont attaqué vendredi un poste de police dans l'Etat de Borno, tuant quatre "
           "policiers. L'armée a repoussé l'attaque et tué 15 terroristes, selon un porte-parole.", 4),
    ("fr", "Des jihadistes ont attaqué vendredi un camp militaire près de Diffa, tuant six soldats. Les "
           "soldats ont riposté, tuant une vingtaine d'assaillants.", 6),
    ("en", "Militants stormed an army post near Diffa on Friday, killing six soldiers. The army said it "
           "repulsed the assault, killing 20 attackers.", 6),
    # alone, the attackers killed are the clash's toll
    ("en", "Troops repelled an attack on their base near Diffa on Friday, killing 15 militants, the army "
           "said.", 15),
]


@pytest.mark.parametrize(("language", "text", "toll"), COUNTER_KILL)
def test_the_attackers_killed_by_the_defenders_are_no_part_of_the_toll(analyse, language, text, toll):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)
    assert found[0].fatalities == toll, _summary(found)


# harassment at sea: a vessel rammed or boarded by force is an incident (`other`, as a water cannon)
MONDAY = date(2025, 11, 10)
AT_SEA = [
    ("fr", "Des garde-côtes chinois ont abordé lundi des embarcations philippines près du récif de "
           "Second Thomas, blessant un marin philippin, a annoncé l'armée philippine.",
     "Chinese coast guard"),
    ("fr", "Un navire des garde-côtes chinois a éperonné lundi un bateau de pêche vietnamien près des "
           "îles Paracels.", "Chinese coast guard"),
    ("en", "Chinese coast guard personnel boarded Philippine boats near Second Thomas Shoal on Monday, "
           "injuring a Filipino sailor, the Philippine military said.", "Chinese coast guard"),
    ("en", "A Chinese coast guard ship rammed a Vietnamese fishing boat near the Paracel Islands on "
           "Monday.", "Chinese coast guard"),
]


@pytest.mark.parametrize(("language", "text", "actor"), AT_SEA)
def test_a_vessel_rammed_or_boarded_by_force_is_an_incident(analyse, language, text, actor):
    found = events_of(analyse, text, language)
    assert [e.type for e in found] == ["other"], _summary(found)
    assert found[0].date is not None and found[0].date.start == MONDAY, _summary(found)
    assert any(p.name == actor for p in found[0].actors), _summary(found)


# boarding as travel, "aborder" a topic, "ram home" a message: none
NOT_AT_SEA = [
    ("en", "Hundreds of passengers boarded the ferry in Calais on Monday."),
    ("fr", "Les ministres ont abordé lundi la question du navire saisi par les garde-côtes."),
    ("en", "The ministers on Monday discussed how the navy rammed home its message."),
]


@pytest.mark.parametrize(("language", "text"), NOT_AT_SEA)
def test_boarding_or_ramming_in_other_senses_is_no_incident(analyse, language, text):
    assert events_of(analyse, text, language) == []


# strikes told as a whole, then each in its town: the parts, dated and done as the whole; (text,
# [(town, toll)])
UMBRELLA_THEN_PARTS = [
    ("fr", "Trois personnes ont été tuées vendredi dans des frappes israéliennes sur la plaine de la "
           "Bekaa, selon le ministère libanais de la Santé. Une frappe a visé une voiture près de "
           "Baalbek, tuant deux personnes. Une autre frappe a touché une maison à Hermel, tuant une "
           "femme.", [("Baalbek", 2), ("Hermel", 1)], "Israel"),
    ("en", "Three people were killed on Friday in Israeli strikes on the Bekaa valley, Lebanon's health "
           "ministry said. One strike hit a car near Baalbek, killing two people. Another strike hit a "
           "house in Hermel, killing a woman.", [("Baalbek", 2), ("Hermel", 1)], "Israel"),
    ("en", "Five people were killed in Russian strikes on the Kharkiv region on Friday, the governor "
           "said. In Kupiansk, a guided bomb hit a residential building, killing three. In Izium, a "
           "drone struck a car, killing two.", [("Kupyansk", 3), ("Izyum", 2)], "Russia"),
]


@pytest.mark.parametrize(("language", "text", "parts", "actor"), UMBRELLA_THEN_PARTS)
def test_strikes_told_as_a_whole_then_in_their_towns_are_the_parts(analyse, language, text, parts, actor):
    found = events_of(analyse, text, language)
    got = sorted((_fold(e.location.name), e.fatalities) for e in found if e.location)
    assert len(found) == len(parts), _summary(found)
    assert all(any(_fold(t) in n and k == toll for n, k in got) for t, toll in parts), _summary(found)
    assert all(e.date is not None and e.date.start == FRIDAY for e in found), _summary(found)
    assert all(any(p.name == actor for p in e.actors) for e in found), _summary(found)


# the whole, then one strike told again: one incident with the whole's toll
UMBRELLA_TOLD_AGAIN = [
    ("en", "Two people were killed on Friday in Israeli strikes on the Bekaa valley, the health ministry "
           "said. One strike hit a car near Baalbek, killing two people.", 2),
]


@pytest.mark.parametrize(("language", "text", "toll"), UMBRELLA_TOLD_AGAIN)
def test_the_whole_then_one_part_is_one_incident(analyse, language, text, toll):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)
    assert found[0].fatalities == toll, _summary(found)
