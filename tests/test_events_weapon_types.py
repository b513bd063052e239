"""Weapon and type mistakes of round 3, French and English: an unmanned aerial vehicle is a drone
(its "aérien"/"aerial" is no air strike); a water cannon, tear gas or rubber bullets are no
shelling nor explosion; striking "targets" with no weapon named is an air strike; a weapon in a
clause of its own (a relative clause, a clause with its own subject) does not type the main verb.
Sentences written for these tests; each runs the whole pipeline (published Saturday 2025-11-15)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import check_time, events_of

from newsevents.extract.weapons import find_weapons


@pytest.mark.parametrize(("text", "language", "words"), [
    ("Trois véhicules aériens sans pilote ont été abattus.", "fr", "véhicules aériens sans pilote"),
    ("Des aéronefs sans pilote survolaient la base.", "fr", "aéronefs sans pilote"),
    ("Un engin sans pilote a été aperçu.", "fr", "engin sans pilote"),
    ("Three unmanned aerial vehicles were shot down.", "en", "unmanned aerial vehicles"),
    ("Deux avions sans pilote ont survolé la ville.", "fr", "avions sans pilote"),
    ("Un aéronef télépiloté a été abattu.", "fr", "aéronef télépiloté"),
    ("Two remotely piloted aircraft crossed the border.", "en", "remotely piloted aircraft"),
    ("Unmanned combat aerial vehicles were seen.", "en", "Unmanned combat aerial vehicles"),
])
def test_unmanned_vehicles_are_drones(text, language, words):
    found = [(text[w.start:w.end], w.name, w.category) for w in find_weapons(text, language)]
    assert found == [(words, "drone", "drone")]


@pytest.mark.parametrize(("text", "language", "words", "name"), [
    ("Les garde-côtes ont tiré au canon à eau sur le navire.", "fr", "canon à eau", "water cannon"),
    ("La police a dispersé la foule au gaz lacrymogène.", "fr", "gaz lacrymogène", "tear gas"),
    ("Des grenades assourdissantes ont été lancées.", "fr", "grenades assourdissantes", "stun grenade"),
    ("The coast guard fired water cannons at the boat.", "en", "water cannons", "water cannon"),
    ("Police fired rubber bullets at the crowd.", "en", "rubber bullets", "rubber bullet"),
])
def test_non_lethal_means_are_no_artillery(text, language, words, name):
    found = [(text[w.start:w.end], w.name, w.category) for w in find_weapons(text, language)]
    assert found == [(words, name, "other")]


DRONE_ATTACKS = [
    ("Mardi, les forces russes ont attaqué Kharkiv avec des véhicules aériens sans pilote, tuant "
     "deux personnes.", "fr"),
    ("On Tuesday, Russian forces attacked Kharkiv with unmanned aerial vehicles, killing two people.",
     "en"),
    ("Mardi, l'armée a attaqué Soumy avec des avions sans pilote, tuant deux personnes.", "fr"),
    ("On Tuesday, the army attacked Sumy with remotely piloted aircraft, killing two people.", "en"),
]


@pytest.mark.parametrize(("text", "language"), DRONE_ATTACKS)
def test_attack_with_unmanned_vehicles_is_a_drone_strike(analyse, text, language):
    found = events_of(analyse, text, language)
    assert [(e.type, [w.category for w in e.weapons]) for e in found] == [("drone_strike", ["drone"])]


WATER_CANNON = [
    ("Lundi, les garde-côtes chinois ont tiré au canon à eau sur un navire philippin près du récif "
     "de Scarborough.", "fr"),
    ("Lundi, la police a utilisé des canons à eau contre des pêcheurs à Marseille.", "fr"),
    ("On Monday, the Chinese coast guard fired a water cannon at a Philippine vessel near "
     "Scarborough Shoal.", "en"),
    ("On Monday, coast guard ships used water cannons against a fishing boat near the atoll, "
     "injuring three crew members.", "en"),
    ("Samedi, des tirs de garde-côtes chinois au canon à eau ont visé des navires philippins près de "
     "l'atoll.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), WATER_CANNON)
def test_water_cannon_is_no_shelling(analyse, text, language):
    found = events_of(analyse, text, language)
    assert [(e.type, [(w.name, w.category) for w in e.weapons]) for e in found] == [
        ("other", [("water cannon", "other")])]


STRUCK_TARGETS = [
    ("Mercredi, l'armée de l'air israélienne a frappé des cibles du Hezbollah dans le sud du Liban.",
     "fr", "air_strike"),
    ("Mercredi, l'armée a frappé des cibles à Kherson à l'artillerie lourde.", "fr", "shelling"),
    ("Mercredi, l'armée russe a frappé des cibles à Kharkiv avec des missiles Iskander.", "fr",
     "missile_strike"),
    ("On Wednesday, the Israeli air force hit several targets in southern Lebanon.", "en",
     "air_strike"),
    ("On Wednesday, the army hit targets in Kherson with heavy artillery.", "en", "shelling"),
]


@pytest.mark.parametrize(("text", "language", "type_"), STRUCK_TARGETS)
def test_struck_targets_is_an_air_strike_unless_a_weapon_says(analyse, text, language, type_):
    assert [e.type for e in events_of(analyse, text, language)] == [type_]


NOT_STRIKES = [
    ("L'entreprise a frappé ses cibles commerciales cette année.", "fr"),
    ("Le joueur a frappé le ballon vers la cible.", "fr"),
    ("The company hit its sales targets this year.", "en"),
]


@pytest.mark.parametrize(("text", "language"), NOT_STRIKES)
def test_targets_of_business_and_sport_are_no_strike(analyse, text, language):
    assert events_of(analyse, text, language) == []


SUBORDINATE_WEAPON = [
    ("Jeudi, l'armée a attaqué le village, qui avait été frappé par des drones la semaine "
     "dernière, tuant quatre personnes.", "fr"),
    ("On Thursday, the army attacked the village, which had been hit by drones a week earlier, "
     "killing four people.", "en"),
    ("On Friday, militants attacked a checkpoint in Borno where soldiers had seized rockets, "
     "killing two soldiers.", "en"),
]


@pytest.mark.parametrize(("text", "language"), SUBORDINATE_WEAPON)
def test_weapon_of_another_clause_does_not_type_the_main_verb(analyse, text, language):
    found = events_of(analyse, text, language)
    main = min(found, key=lambda e: e.trigger[0])
    assert main.type == "armed_clash"
    assert main.weapons == []


MANNER_WEAPON = [
    ("Mardi, les forces russes ont attaqué Kharkiv en utilisant des drones, tuant deux personnes.",
     "fr"),
    ("On Tuesday, Russian forces attacked Kharkiv using drones, killing two people.", "en"),
    ("On Tuesday, the strike, which used Shahed drones, killed two people in Kharkiv.", "en"),
]


@pytest.mark.parametrize(("text", "language"), MANNER_WEAPON)
def test_weapon_of_the_trigger_own_clause_still_types_it(analyse, text, language):
    found = events_of(analyse, text, language)
    assert [e.type for e in found] == ["drone_strike"]
    assert [w.category for w in found[0].weapons] == ["drone"]


# "ce week-end" in a Monday report is the weekend just ended (the water-cannon incident of a
# Saturday, reported on Monday); other days keep the weekend of the publication's week.
WEEKENDS = [
    ("Des tirs ont visé des navires ce week-end.", "ce week-end", "fr", date(2023, 8, 7),
     "2023-08-05 2023-08-06 range"),
    ("Boats were fired at this weekend.", "this weekend", "en", date(2023, 8, 7),
     "2023-08-05 2023-08-06 range"),
    ("Des tirs ont visé des navires ce week-end.", "ce week-end", "fr", date(2023, 8, 9),
     "2023-08-12 2023-08-13 range"),
    ("Boats were fired at this weekend.", "this weekend", "en", date(2023, 8, 6),
     "2023-08-05 2023-08-06 range"),
]


@pytest.mark.parametrize(("sentence", "words", "language", "published", "expected"), WEEKENDS)
def test_this_weekend_on_a_monday_is_the_one_just_past(sentence, words, language, published, expected):
    check_time(sentence, words, expected, language, published)
