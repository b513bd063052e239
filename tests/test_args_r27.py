"""Actors and targets, round 27: kinds seen in articles written for the purpose (Israel-Iran,
Cambodia-Thailand, Balochistan, Sahel, Yemen, Ethiopia), checked with sentences of their own, French
and English where the pattern exists in both.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _all(article, role):
    return {p["name"] for e in _events(article) for p in e[role]}


# -- the subject of a verb of answering did the act its complement names ("responded with strikes");
# the act it answers ("responded to the attack") stays the other side's -----------------------------

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Thailand responded with air strikes on Cambodian positions on Thursday.", "en", "Thailand"),
    ("The Houthis retaliated with drone strikes on the port of Eilat on Sunday.", "en", "Houthis"),
    ("Pakistan responded with artillery shelling of Afghan border posts on Monday.", "en", "Pakistan"),
    ("La Thaïlande a riposté par des frappes aériennes sur des positions cambodgiennes jeudi.", "fr",
     "Thailand"),
    ("L'Iran a riposté par des tirs de missiles sur Haïfa dans la nuit de samedi.", "fr", "Iran"),
    ("Le Pakistan a répliqué par des frappes de drones contre des camps du BLA mardi.", "fr", "Pakistan"),
])
def test_answering_subject_does_the_answer(analyse, text, language, actor):
    article = analyse(text, language)
    assert actor in _all(article, "actors"), (text, _events(article))


@pytest.mark.parametrize(("text", "language", "not_actor"), [
    ("Israel responded to the missile attack on Tel Aviv on Sunday.", "en", "Israel"),
    ("Le Cambodge a riposté à l'attaque au drone contre Siem Reap dimanche.", "fr", "Cambodia"),
])
def test_answered_act_is_not_the_answerer(analyse, text, language, not_actor):
    assert not_actor not in _all(analyse(text, language), "actors"), text


# -- who condemns or protests an act is its critic, never its doer: the state of the person
# arrested or expelled abroad protests it ("Rabat a protesté contre l'arrestation en Espagne d'un
# diplomate marocain") ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "not_actor"), [
    ("Rabat a protesté jeudi contre l'arrestation en Espagne d'un diplomate marocain soupçonné d'espionnage.",
     "fr", "Morocco"),
    ("Alger a dénoncé samedi l'arrestation à Marseille d'un agent consulaire algérien.", "fr", "Algeria"),
    ("Tehran condemned on Monday the arrest in Germany of an Iranian consular official accused of spying.",
     "en", "Iran"),
    ("Beijing protested the arrest in the Philippines of a Chinese national on Tuesday.",
     "en", "China"),
])
def test_judging_subject_is_no_doer(analyse, text, language, not_actor):
    article = analyse(text, language)
    assert _events(article), text
    assert not_actor not in _all(article, "actors"), (text, _events(article))


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("La police espagnole a arrêté jeudi un diplomate marocain à Madrid.", "fr", "spanish police"),
    ("German police arrested an Iranian consular official in Hamburg on Monday.", "en", "german police"),
])
def test_arresting_subject_stays(analyse, text, language, actor):
    assert actor in {n.lower() for n in _all(analyse(text, language), "actors")}, text


# -- a bare site resuming the named one ("the airport" after "Damascus airport") is the same
# target: one kept, the named ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "named", "bare"), [
    ("Israeli jets struck the airport of Damascus on Tuesday. The airport was hit twice, a source said.",
     "en", "Damascus airport", "airport"),
    ("Des avions israéliens ont frappé lundi l'aéroport de Damas. L'aéroport a été touché à deux reprises.",
     "fr", "Damascus airport", "airport"),
])
def test_bare_site_resuming_the_named_one(analyse, text, language, named, bare):
    targets = [p["name"] for e in _events(analyse(text, language)) for p in e["targets"]]
    assert named in targets and bare not in targets, (text, targets)


# -- a bare "army" in a story told in and about one country is that country's army; a story
# naming a second country, or told without a dateline, leaves it bare -----------------------------

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Addis-Abeba, 20 mars 2025 (AFP) - L'armée a mené dimanche des frappes de drone contre des "
     "miliciens dans la région Amhara, tuant au moins 20 civils, selon des habitants.", "fr",
     "Ethiopian army"),
    ("Ouagadougou, 14 mai 2025 (AFP) - L'armée a bombardé mardi des positions jihadistes près de Djibo, "
     "dans le nord du Burkina Faso, selon des sources sécuritaires.", "fr", "Burkinabe army"),
    ("QUETTA, Pakistan, March 11 (Reuters) - The army shelled militant hideouts in Balochistan's Kech "
     "district on Tuesday, killing 12 fighters, officials said.", "en", "Pakistani army"),
])
def test_bare_army_of_a_one_country_story(analyse, text, language, actor):
    article = analyse(text, language)
    assert actor in _all(article, "actors"), (text, _events(article))


@pytest.mark.parametrize(("text", "language", "country"), [
    ("NAIROBI, March 20 (Reuters) - The army carried out drone strikes in Ethiopia's Amhara region on "
     "Sunday, killing 20 civilians, residents said.", "en", "KE"),
    ("JERUSALEM, March 11 (Reuters) - The army struck Khan Younis on Tuesday, killing six people, medics "
     "said.", "en", "PS"),
    ("L'armée a bombardé mardi des positions jihadistes près de Djibo, dans le nord du Burkina Faso.", "fr",
     "BF"),
])
def test_bare_army_of_a_two_country_story_stays_bare(analyse, text, language, country):
    countries = {p["country"] for e in _events(analyse(text, language)) for p in e["actors"]}
    assert country not in countries, (text, countries)


# -- what a weapon is aimed at is no owner of it: French parses hang "contre X" on the weapon
# ("une frappe de drone contre le Hamas"); only "de"/"of" or a modifier names who fired it --------

@pytest.mark.parametrize(("text", "language", "side"), [
    ("La frappe de drone contre le Hamas a tué douze civils.", "fr", "Hamas"),
    ("Une frappe de drone contre le JNIM a tué neuf combattants près de Djibo.", "fr", "JNIM"),
    ("Une frappe de drone contre les Shebab a tué sept combattants près de Jilib.", "fr", "al-Shabaab"),
])
def test_aimed_at_is_no_weapon_owner(analyse, text, language, side):
    article = analyse(text, language)
    assert side not in _all(article, "actors"), (text, _events(article))


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Un drone de l'armée malienne a frappé Inafarak mardi.", "fr", "Malian army"),
    ("Des drones russes ont frappé Kharkiv lundi.", "fr", "Russia"),
])
def test_weapon_owner_stays(analyse, text, language, actor):
    assert actor in _all(analyse(text, language), "actors"), text
