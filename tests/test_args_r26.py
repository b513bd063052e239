"""Actors and targets, round 26: patterns of wire copy written for the purpose (stories the
development set lacks: Sahel, Haiti, Myanmar, Sudan, Congo, Red Sea), French and English where
the pattern exists in both.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _names(parties):
    return [p["name"] for p in parties]


def _all(article, role):
    return {name for e in _events(article) for name in _names(e[role])}


# -- the agent of a nominal act: "fire by X" with no participle between ---------------------------

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Mortar fire by the rebel M23 killed three civilians near Goma on Monday.", "en", "M23"),
    ("Shelling by the Rapid Support Forces killed seven people in Omdurman on Tuesday, medics said.",
     "en", "Rapid Support Forces"),
    ("A drone attack by the Houthis damaged a tanker in the Red Sea on Thursday.", "en", "Houthis"),
    ("Des frappes par l'armée birmane ont tué neuf villageois mercredi dans la région de Sagaing.",
     "fr", "Myanmar army"),
])
def test_agent_of_an_attack_noun_is_its_actor(analyse, text, language, actor):
    assert actor in _all(analyse(text, language), "actors"), text


# -- people hit named by their role or trade are targets; the same trades speaking are sources ----

@pytest.mark.parametrize(("text", "language", "target"), [
    ("Un bombardement aérien de l'armée birmane a tué sept élèves dans un village de l'Etat Shan "
     "mercredi.", "fr", "pupils"),
    ("Un drone a frappé une ambulance près de Jermuk mardi, tuant un secouriste.", "fr", "rescuers"),
    ("Artillery fire hit a hospital in El Fasher on Thursday, killing five patients.", "en", "patients"),
    ("Gunmen shot dead two journalists in Cauca on Tuesday.", "en", "journalists"),
    ("Des hommes armés ont tué deux journalistes à Cúcuta mardi.", "fr", "journalists"),
    ("Militants opened fire on a minibus on Tuesday near Mandera, killing six passengers.", "en",
     "passengers"),
    ("Gunmen attacked a convoy of aid workers near Gao on Tuesday.", "en", "aid workers"),
    ("Des hommes armés ont attaqué un convoi de travailleurs humanitaires mardi près de Gao.", "fr",
     "aid workers"),
])
def test_people_by_role_are_targets(analyse, text, language, target):
    article = analyse(text, language)
    targets = _all(article, "targets")
    assert target in targets, (text, targets)
    assert "employees" not in targets


@pytest.mark.parametrize(("text", "language"), [
    ("Une frappe a tué quatre personnes lundi à Khan Younès, a indiqué un journaliste de l'AFP.", "fr"),
    ("Une frappe a tué quatre personnes lundi à Khan Younès, ont indiqué des secouristes.", "fr"),
    ("L'armée a déclaré aux journalistes que ses frappes avaient tué dix terroristes lundi près de "
     "Kidal.", "fr"),
    ("The army told journalists that its strikes killed ten militants near Kidal on Monday.", "en"),
    ("Rescuers pulled bodies from the rubble after an airstrike on Gaza City on Monday.", "en"),
    ("Les secouristes ont fouillé les décombres après une frappe israélienne sur Gaza lundi.", "fr"),
])
def test_people_by_role_who_speak_or_work_are_no_targets(analyse, text, language):
    targets = _all(analyse(text, language), "targets")
    assert not targets & {"journalists", "rescuers"}, (text, targets)


# -- both sides of a clash named by the verb's own preposition -----------------------------------

@pytest.mark.parametrize(("text", "language", "sides"), [
    ("Les rebelles se sont heurtés aux militaires congolais mardi près de Sake, a indiqué l'armée.",
     "fr", {"rebels", "Congolese military"}),
    ("Les miliciens se sont heurtés à l'armée mardi près de Bunia, selon des sources locales.", "fr",
     {"militias", "army"}),
    ("Militants battled against the army near Mandera on Tuesday.", "en", {"militants", "army"}),
    ("Des combats entre l'armée et l'Armée de l'indépendance kachin ont fait cinq morts lundi près de "
     "Bhamo.", "fr", {"army", "Kachin Independence Army"}),
])
def test_both_sides_of_a_clash_are_actors(analyse, text, language, sides):
    events = _events(analyse(text, language))
    assert events, text
    assert sides <= set(_names(events[0]["actors"])), (text, events[0]["actors"])


# -- a hyphenated national adjective and a group's feminine adjective name the side ---------------

@pytest.mark.parametrize(("text", "language", "role", "name"), [
    ("Des tirs d'artillerie nord-coréens ont touché l'île de Yeonpyeong vendredi, a indiqué Séoul.",
     "fr", "actors", "North Korea"),
    ("Une frappe de drone sud-soudanaise a tué six civils mardi près de Nasir.", "fr", "actors",
     "South Sudan"),
    ("L'armée américaine a frappé des positions houthies près de Hodeïda mercredi.", "fr", "targets",
     "Houthis"),
])
def test_hyphenated_and_feminine_adjectives_name_the_side(analyse, text, language, role, name):
    assert name in _all(analyse(text, language), role), text


# -- a country labelling the headline is its rubric, no side of the act ---------------------------

@pytest.mark.parametrize(("text", "language", "actor", "rubric"), [
    ("Colombie : l'ELN attaque un convoi militaire dans l'Arauca\n\nBOGOTA, 8 mai 2025 - Des "
     "guérilleros ont attaqué jeudi un convoi militaire dans le département d'Arauca.", "fr", "ELN",
     "Colombia"),
    ("Somalie : les shebab attaquent une base militaire\n\nMOGADISCIO, 15 mai 2025 - Les shebab ont "
     "attaqué jeudi une base militaire à Bulo Marer, a annoncé le gouvernement.", "fr", "al-Shabaab",
     "Somalia"),
])
def test_headline_rubric_country_is_no_actor(analyse, text, language, actor, rubric):
    actors = _all(analyse(text, language, published="2025-05-16"), "actors")
    assert actor in actors and rubric not in actors, actors


# -- a source hung by the parser on the subject's phrase is no party -----------------------------

@pytest.mark.parametrize(("text", "language", "actor", "source"), [
    ("Selon l'armée, des combattants du JNIM ont attaqué un poste de contrôle près de Ségou lundi.",
     "fr", "JNIM", "army"),
    ("D'après la police, des membres de gangs ont attaqué un commissariat à Mirebalais lundi.", "fr",
     "gang members", "police"),
])
def test_fronted_source_is_no_actor(analyse, text, language, actor, source):
    actors = _all(analyse(text, language), "actors")
    assert actor in actors and source not in actors, actors


# -- a proper name compounded before a site is its own; a day before a comma is not ---------------

@pytest.mark.parametrize(("text", "named"), [
    ("The RSF attacked the Merowe dam with drones on Wednesday, the dam's administration said.",
     "Merowe dam"),
    ("Israeli strikes targeted Damascus airport on Tuesday, the state news agency reported.",
     "Damascus airport"),
    ("Houthi drones attacked the Eilat port on Monday.", "Eilat port"),
])
def test_compounded_name_owns_the_site(analyse, text, named):
    targets = _all(analyse(text, "en"), "targets")
    assert named in targets and not any(t.startswith("Wednesday") for t in targets), targets
