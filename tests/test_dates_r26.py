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
