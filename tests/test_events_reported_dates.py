"""Round 6: a date inside a reported clause dates the incident of that clause, and two strikes told
the same day stay apart or together by what they were fired with and the words that date them.
Sentences written from general patterns of wire copy, French and English; each runs the whole
pipeline (`analyse`, published Saturday 2025-11-15)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

# a date hung from the reported clause's own verb, the reporting verb above it: the incident's
REPORTED = [
    ("fr", "Dans un communiqué, la mission a rapporté que deux soldats ont été blessés ce jeudi dans le "
           "tir d'un char sur son poste d'observation.", date(2025, 11, 13)),
    ("fr", "Le ministère a indiqué qu'au moins une personne a été tuée dimanche dans une frappe de drone "
           "sur une voiture dans le sud.", date(2025, 11, 9)),
    ("en", "The health ministry said at least one person was killed Sunday in a drone strike on a car in "
           "the south.", date(2025, 11, 9)),
    ("en", "The governor told television that Russian forces engaged in mass shelling of the town on "
           "Thursday.", date(2025, 11, 13)),
]


@pytest.mark.parametrize(("language", "text", "day"), REPORTED)
def test_date_of_the_reported_clause_dates_its_incident(analyse, language, text, day):
    found = events_of(analyse, text, language)
    assert [(e.date.start, e.date.inferred) for e in found] == [(day, False)]


# shells over the past day, cruise missiles overnight: one day, two incidents (the weapons differ)
SHELLS_AND_MISSILES = [
    ("en", "He said that over the past day, Russia fired 30 shells at the city of Nikopol.\n"
           "The air force said Russia targeted mainly the south, with four cruise missiles also launched "
           "at Ukraine overnight."),
]


@pytest.mark.parametrize(("language", "text"), SHELLS_AND_MISSILES)
def test_shells_and_cruise_missiles_dated_apart_stay_two(analyse, language, text):
    types = sorted(e.type for e in events_of(analyse, text, language))
    assert types == ["missile_strike", "shelling"]


# drones and cruise missiles launched "overnight", told in two sentences: one night's wave
ONE_NIGHT = [
    ("en", "The air force said on Sunday that its air defence shot down 18 of 25 attack drones launched by "
           "Russia overnight.\nIt said that three cruise missiles were also launched at Ukraine "
           "overnight."),
]


@pytest.mark.parametrize(("language", "text"), ONE_NIGHT)
def test_drones_and_missiles_of_one_night_are_one_wave(analyse, language, text):
    assert len(events_of(analyse, text, language)) == 1


# the hour of a clause of circumstance whose subject is the strike dates the strike
SCENE_CLAUSE = [
    ("fr", "La frappe a eu lieu vers 4h ce matin : un drone explosif a pris pour cible une mosquée."),
    ("en", "The strike took place at about 4am this morning: an exploding drone hit a mosque."),
]


@pytest.mark.parametrize(("language", "text"), SCENE_CLAUSE)
def test_hour_of_the_strike_clause_dates_the_strike(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [(e.type, e.date.time, e.date.inferred) for e in found] == [("drone_strike", "04:00", False)]


# an explosive drone is a drone: the word "explosif" inside its name types nothing of its own
DRONE_NAMES = [
    ("fr", "Mardi, un drone explosif a frappé un marché."),
    ("fr", "Mardi, des drones ont pris un marché pour cible dans le nord."),
    ("en", "On Tuesday, an exploding drone hit a market."),
]


@pytest.mark.parametrize(("language", "text"), DRONE_NAMES)
def test_explosive_drone_strike_is_a_drone_strike(analyse, language, text):
    assert [e.type for e in events_of(analyse, text, language)] == ["drone_strike"]


# a headline's political act and the same act told undated in the body are one, whatever places
# each names (the envoys' post, the capital that acts)
HEADLINE_ACT = [
    ("fr", "Destruction d'un drone nigérien par l'armée libyenne : les États de l'AES rappellent leurs "
           "ambassadeurs en Libye\nLes États membres de l'AES, le Mali, le Burkina Faso et le Niger, ont "
           "décidé de rappeler leurs ambassadeurs en poste en Libye. Cette décision fait suite à la "
           "destruction d'un drone nigérien par l'armée libyenne, un incident survenu dans la nuit du 1er "
           "au 2 novembre, qui ravive les tensions entre Niamey et Tripoli."),
]


@pytest.mark.parametrize(("language", "text"), HEADLINE_ACT)
def test_headline_act_and_body_act_are_one(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "diplomatic_protest"]
    assert len(found) == 1


# a sentence dating "the incident" sets the scene of the next act told with its weapon, whatever
# its type (a water cannon is no strike)
SCENE_OF_ARMED_ACT = [
    ("fr", "Selon les garde-côtes, l'incident s'est produit samedi près de l'atoll.\n"
           "Les tirs au canon à eau des garde-côtes ont été qualifiés d'actions illégales par Manille."),
    ("en", "According to the coast guard, the incident took place on Saturday near the shoal.\n"
           "Chinese coast guard ships fired water cannon at the Philippine boats, Manila said."),
]


@pytest.mark.parametrize(("language", "text"), SCENE_OF_ARMED_ACT)
def test_scene_date_dates_an_armed_act(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [(e.date.start, e.date.inferred) for e in found] == [(date(2025, 11, 15), False)]


# two incidents of one type told in one sentence, the second marked as another
ANOTHER_IN_ONE_SENTENCE = [
    ("en", "On Tuesday, a drone strike killed three people in Kharkiv, while another drone strike killed two "
           "in Odesa."),
    ("fr", "Mardi, une frappe de drone a tué trois personnes à Kharkiv, tandis qu'une autre frappe de "
           "drone a tué deux personnes à Odessa."),
]


@pytest.mark.parametrize(("language", "text"), ANOTHER_IN_ONE_SENTENCE)
def test_another_strike_in_the_same_sentence_is_another_incident(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "drone_strike"]
    assert sorted(e.fatalities for e in found) == [2, 3]


# an envoy named by country in the headline and by name in the body: one summons
ONE_SUMMONS = [
    ("fr", "Après des tirs au canon à eau ce week-end, le gouvernement de Manille convoque l'ambassadeur de "
           "Chine.\n\n\"Notre secrétaire aux Affaires étrangères a convoqué l'ambassadeur Huang aujourd'hui "
           "et lui a remis une note verbale\", a expliqué le président philippin."),
    ("en", "After water cannon fire at the weekend, Manila summons the Chinese ambassador.\n\n\"Our foreign "
           "secretary summoned Ambassador Huang today and handed him a note verbale,\" the Philippine "
           "president said."),
]


@pytest.mark.parametrize(("language", "text"), ONE_SUMMONS)
def test_envoy_named_two_ways_is_one_summons(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "diplomatic_protest"]
    assert [(e.date.start, e.date.inferred) for e in found] == [(date(2025, 11, 15), False)]
