"""Days, times and weapons of incidents (round 26): pattern sentences of our own per kind.

1. A live blog's time stamp opening an entry ("08h47 - Une frappe ...", "14:32 — A drone hit ...")
   dates the entry, not the act: the incident keeps no clock from it (events_dateline.dispatch_dates);
   a clock of the act's own clause ("vers 6 h") still times it.
2. A weapon acronym of the lexicon ("an IED struck", "un EEI a explosé") is a weapon even where the
   NER reads the capitals as an organisation: no actor "IED", the weapon kept (weapons._is_name and
   the entity-ruler patterns of the generic acronyms).
3. A vehicle laden with explosives ("an explosives-laden truck", "un camion bourré d'explosifs") is
   a car bomb (lang/*/weapons.yaml).
"""

from __future__ import annotations

import pytest
from helpers import events_of

from newsevents.extract import weapons

STAMPED = [
    ("fr", "Frappes sur Dnipro\n\n08h47 - Une frappe de missile a touché un immeuble résidentiel de Dnipro, "
     "a annoncé le gouverneur. Deux personnes ont été tuées."),
    ("fr", "EN DIRECT - Attaques au Liban\n\n16h20 - Un drone a frappé une voiture près de Tyr, tuant un "
     "homme, selon le ministère de la Santé."),
    ("en", "Live: strikes on Dnipro\n\n08:47 - A missile hit a residential building in Dnipro, the governor "
     "said. Two people were killed."),
    ("en", "Live updates\n\n16:20 — A drone struck a car near Tyre, killing one man, the health ministry "
     "said."),
]


@pytest.mark.parametrize(("language", "text"), STAMPED)
def test_a_live_blog_stamp_gives_no_time_to_the_act(analyse, language: str, text: str) -> None:
    found = [e for e in events_of(analyse, text, language, "2025-05-07") if e.fatalities]
    assert found, [(e.type, e.date) for e in events_of(analyse, text, language, "2025-05-07")]
    assert all(e.date is None or e.date.time is None for e in found), [e.date for e in found]


OWN_CLOCK = [
    ("fr", "EN DIRECT\n\n09h12 - Des obus d'artillerie ont touché un immeuble à Nikopol vers 6 h du matin, "
     "blessant trois personnes.", "06:00"),
    ("en", "Live\n\n09:12 - Artillery shells hit a building in Nikopol at around 6 a.m., wounding three "
     "people.", "06:00"),
]


@pytest.mark.parametrize(("language", "text", "clock"), OWN_CLOCK)
def test_the_acts_own_clock_stays_under_a_stamp(analyse, language: str, text: str, clock: str) -> None:
    found = [e for e in events_of(analyse, text, language, "2025-05-07") if e.injured]
    assert [e.date.time for e in found if e.date] == [clock], [e.date for e in found]


ACRONYMS = [
    ("en", "On Tuesday, an IED struck an army vehicle on the outskirts of Baidoa, killing three soldiers, "
     "police said.", "improvised explosive device"),
    ("en", "Two soldiers were killed on Friday when IEDs exploded under their patrol near Kidal.",
     "improvised explosive device"),
    ("en", "A VBIED exploded near a checkpoint in Mosul on Sunday, killing four people.", "car bomb"),
]


@pytest.mark.parametrize(("language", "text", "weapon"), ACRONYMS)
def test_a_weapon_acronym_is_a_weapon_not_an_actor(analyse, language: str, text: str, weapon: str) -> None:
    found = events_of(analyse, text, language, "2025-05-07")
    assert any(weapon in [w.name for w in e.weapons] for e in found), [(e.type, e.weapons) for e in found]
    actors = [p.name for e in found for p in e.actors]
    assert not any(a.isupper() and "IED" in a for a in actors), actors


LADEN = [
    ("en", "A suicide bomber drove an explosives-laden truck into the gate.", "car bomb"),
    ("en", "An explosive-laden vehicle blew up near the market.", "car bomb"),
    ("fr", "Un kamikaze a lancé un camion bourré d'explosifs contre la caserne.", "car bomb"),
    ("fr", "Une voiture chargée d'explosifs a explosé devant le commissariat.", "car bomb"),
]


@pytest.mark.parametrize(("language", "text", "weapon"), LADEN)
def test_a_vehicle_laden_with_explosives_is_a_car_bomb(language: str, text: str, weapon: str) -> None:
    assert weapon in [w.name for w in weapons.find_weapons(text, language)]


# 4. A toll updated in a later sentence with a word of the present ("s'élève désormais à", "now stands
#    at") is the incident's latest total: the word dates the count, no day of the act, so it no longer
#    tells a second incident apart (events_dateline.dispatch_dates); the injured told before stay.
UPDATED = [
    ("fr", "Une frappe de missile a touché mardi un hôpital de Zaporijjia, a annoncé le gouverneur. Trois "
     "personnes ont été tuées et neuf blessées.\n\nLe bilan de la frappe s'élève désormais à six morts, "
     "selon les secours.", (6, 9)),
    ("fr", "Un drone a frappé lundi un marché de Kherson, tuant deux personnes et en blessant sept, selon "
     "l'administration régionale.\n\nLe bilan de l'attaque atteint actuellement cinq morts.", (5, 7)),
]


@pytest.mark.parametrize(("language", "text", "toll"), UPDATED)
def test_a_toll_updated_in_the_present_is_the_incidents(analyse, language: str, text: str,
                                                        toll: tuple[int, int]) -> None:
    found = [e for e in events_of(analyse, text, language, "2025-05-07") if e.fatalities or e.injured]
    assert [(e.fatalities, e.injured) for e in found] == [toll], [(e.type, e.date, e.fatalities, e.injured)
                                                                 for e in found]


# 5. The wounded who died of their wounds later ("a été blessé ... et a succombé à ses blessures trois
#    jours plus tard", "was wounded ... and died of his wounds") are dead (tolls.wounded_then_died);
#    "trois ont été blessés et un est mort" is two counts.
DIED_LATER = [
    ("fr", "Un soldat a été blessé par un tir de sniper dimanche à Omdurman et a succombé à ses blessures "
     "trois jours plus tard, a indiqué l'armée.", (1, None)),
    ("en", "A policeman was wounded by gunfire on Sunday in Kirkuk and died of his wounds two days later, "
     "officials said.", (1, None)),
    ("fr", "Trois gendarmes ont été blessés dimanche dans une attaque à Kidal et un est mort.", (1, 3)),
]


@pytest.mark.parametrize(("language", "text", "toll"), DIED_LATER)
def test_the_wounded_who_died_later_are_dead(analyse, language: str, text: str,
                                            toll: tuple[int | None, int | None]) -> None:
    found = events_of(analyse, text, language, "2025-05-07")
    assert [(e.fatalities, e.injured) for e in found] == [toll], [(e.type, e.fatalities, e.injured)
                                                                 for e in found]


# 6. A toll in a sentence of its own after a headline naming the city ("Frappe russe sur Dnipro") and a
#    body's act in a district of it: one scene, the body's act takes it (casualties.scenes_apart).
HEADLINE_CITY = [
    ("fr", "Frappe russe sur Kharkiv\n\nUn missile a touché mardi un immeuble du quartier de Saltivka, a "
     "annoncé le maire. Deux personnes ont été tuées et onze blessées.", (2, 11)),
]


@pytest.mark.parametrize(("language", "text", "toll"), HEADLINE_CITY)
def test_a_headline_naming_the_city_is_no_second_scene(analyse, language: str, text: str,
                                                       toll: tuple[int, int]) -> None:
    found = events_of(analyse, text, language, "2025-05-07")
    assert toll in [(e.fatalities, e.injured) for e in found], [(e.type, e.fatalities, e.injured)
                                                                for e in found]


# 7. Weapons by model or platform: sniper fire is a firearm, a Molniya a drone, a Zelzal a rocket
#    (lang/*/weapons.yaml, data/weapons.yaml).
MODELS = [
    ("en", "A soldier was killed by sniper fire near the front line.", "firearm"),
    ("fr", "Un soldat a été tué par des tirs de sniper près de la ligne de front.", "firearm"),
    ("fr", "Un civil a été blessé par un tir de tireur embusqué.", "firearm"),
    ("en", "A Molniya drone hit a pickup truck near Pokrovsk.", "Molniya"),
    ("fr", "Des roquettes Zelzal ont été tirées vers la frontière.", "Zelzal"),
]


@pytest.mark.parametrize(("language", "text", "weapon"), MODELS)
def test_a_weapon_by_model_or_platform(language: str, text: str, weapon: str) -> None:
    assert weapon in [w.name for w in weapons.find_weapons(text, language)]
