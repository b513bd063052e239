"""Casualty counts and weapons of incidents (round 25, second task): cases of their own per kind.

1. A toll someone says the count may reach ("le bilan pourrait dépasser 20 morts", "the toll could
   rise to 25", "30 people may have been killed") is an estimate, no count of the incident: the
   stated figure stays its toll (``estimate_modals`` in lang/*/numbers.yaml, numbers._estimated).
   The reporting conditional of avoir/être ("l'attaque aurait fait 16 morts") still states one.
2. "Aucune victime n'a été signalée" after a summons told about a crashed drone is the crash's
   none; another incident of the article keeps its own toll (a case of its own: it held before).
3. A suicide bombing is a weapon of its own, "suicide bomb" (category explosive, lang/*/weapons.yaml):
   "kamikaze", "attentat-suicide", "suicide bomber"; the bomber's vest told beside it is its charge,
   no second weapon (``covers`` in data/weapons.yaml, weapons_barrage.drop_covered).
4. The wounded who then died ("des blessés qui ont succombé à leurs blessures", "three wounded
   soldiers later died") are dead, no count of the injured (tolls.died_after).
"""

from __future__ import annotations

import pytest
from helpers import events_of

from newsevents.extract import weapons

ESTIMATES = [
    ("fr", "Au moins seize civils ont été tués samedi dans une attaque d'hommes armés contre un marché de "
     "Gao, a annoncé la police. Selon une ONG locale, le bilan pourrait dépasser 25 morts.", 16),
    ("fr", "Douze passagers ont été tués mardi dans l'explosion d'une mine au passage d'un bus près de "
     "Kidal, selon l'armée. Les secours craignent que le bilan puisse atteindre 30 morts, et selon un "
     "élu, plus de 40 personnes pourraient avoir été tuées.", 12),
    ("en", "At least 16 civilians were killed on Saturday when gunmen attacked a market in Tillaberi, police "
     "said. Local officials said the toll could rise to 25.", 16),
    ("en", "Nine miners were killed on Tuesday when a drone struck a convoy near Kidal, the army said. A "
     "local official said the death toll might exceed 30, and rescuers said up to 40 people may have been "
     "killed.", 9),
]


@pytest.mark.parametrize(("language", "text", "killed"), ESTIMATES)
def test_a_toll_the_count_may_reach_is_no_count(analyse, language: str, text: str, killed: int) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert [e.fatalities for e in found] == [killed], [(e.type, e.fatalities) for e in found]


# the reporting conditional states a toll: it stays
REPORTED = [
    ("fr", "Une attaque de drone aurait fait 14 morts mardi dans un marché de Kidal, selon des sources "
     "locales.", 14),
]


@pytest.mark.parametrize(("language", "text", "killed"), REPORTED)
def test_a_reported_conditional_toll_stands(analyse, language: str, text: str, killed: int) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert [e.fatalities for e in found] == [killed], [(e.type, e.fatalities) for e in found]


CRASH_NONE = [
    ("fr", "Le ministère lituanien des Affaires étrangères a convoqué mardi le chargé d'affaires biélorusse "
     "après qu'un drone s'est écrasé lundi près du village de Dieveniškės, à quelques kilomètres de la "
     "frontière. Aucune victime n'a été signalée.\n\nPar ailleurs, dimanche, une frappe russe sur "
     "Kharkiv a tué trois personnes et en a blessé douze, selon le gouverneur régional."),
]


@pytest.mark.parametrize(("language", "text"), CRASH_NONE)
def test_none_stated_after_a_summons_is_the_crashs(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-05-07")
    tolls = {e.location.name if e.location else None: (e.fatalities, e.injured) for e in found
             if e.fatalities is not None or e.injured is not None}
    assert (3, 12) in tolls.values(), tolls
    assert (0, 0) in tolls.values(), tolls
    assert tolls.get("Kharkiv") == (3, 12), tolls


SUICIDE = [
    ("Un kamikaze s'est fait exploser lundi devant un commissariat.", "fr"),
    ("Les attentats-suicides ont visé deux marchés.", "fr"),
    ("A suicide bomber struck a checkpoint on Monday.", "en"),
    ("Two suicide attacks hit the city.", "en"),
]


@pytest.mark.parametrize(("text", "language"), SUICIDE)
def test_a_suicide_bombing_is_a_weapon_of_its_own(text: str, language: str) -> None:
    found = weapons.find_weapons(text, language)
    assert [(w.name, w.category) for w in found] == [("suicide bomb", "explosive")]


# a vest or belt worn, no suicide said: an explosive device
VESTS = [
    ("L'assaillant portait une ceinture explosive.", "fr"),
    ("The attacker wore an explosive belt.", "en"),
]


@pytest.mark.parametrize(("text", "language"), VESTS)
def test_a_vest_alone_stays_an_explosive_device(text: str, language: str) -> None:
    assert [w.name for w in weapons.find_weapons(text, language)] == ["explosive device"]


BOMBER_AND_VEST = [
    ("fr", "Un kamikaze a fait exploser sa ceinture d'explosifs lundi devant un commissariat de Baidoa, "
     "tuant au moins sept personnes, a indiqué la police."),
    ("en", "A suicide bomber detonated his explosive vest outside a police station in Baidoa on Monday, "
     "killing at least seven people, police said."),
]


@pytest.mark.parametrize(("language", "text"), BOMBER_AND_VEST)
def test_the_bombers_vest_is_no_second_weapon(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert len(found) == 1, [(e.type, e.weapons) for e in found]
    assert [w.name for w in found[0].weapons] == ["suicide bomb"], found[0].weapons
    assert found[0].fatalities == 7


DIED_OF_WOUNDS = [
    ("fr", "Une frappe de drone a touché lundi un marché de Kidal, tuant six personnes, selon la mairie. "
     "Mardi, le bilan a été revu à la hausse : les nouvelles victimes sont des blessés qui ont succombé "
     "à leurs blessures.", None),
    ("fr", "Un obus est tombé dimanche sur une école de Kramatorsk, tuant deux enfants, selon le gouverneur. "
     "Trois blessés ont succombé à leurs blessures à l'hôpital.", None),
    ("en", "A shell hit a school in Kramatorsk on Sunday, killing two children, the governor said. Three "
     "wounded teachers later died in hospital.", None),
    # the wounded who stay wounded are counted
    ("en", "A shell hit a school in Kramatorsk on Sunday, killing two children, the governor said. Five "
     "wounded teachers were taken to hospital.", 5),
]


@pytest.mark.parametrize(("language", "text", "injured"), DIED_OF_WOUNDS)
def test_the_wounded_who_died_are_no_injured(analyse, language: str, text: str, injured: int | None) -> None:
    found = [e for e in events_of(analyse, text, language, "2025-06-04") if e.fatalities]
    assert [e.injured for e in found] == [injured], [(e.type, e.fatalities, e.injured) for e in found]
