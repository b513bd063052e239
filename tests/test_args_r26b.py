"""Actors and targets, round 26 (second task): kinds the lead's probe articles showed, checked with
sentences written for the purpose (Congo, Sahel, Sudan, Somalia, Nigeria, Myanmar), French and
English where the pattern exists in both.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _all(article, role):
    return {p["name"] for e in _events(article) for p in e[role]}


# -- a national army named by its acronym is a party ("les FARDC", "the SAF") ---------------------

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Des affrontements entre les FARDC et les ADF ont fait neuf morts lundi près de Beni.", "fr",
     "Congolese army"),
    ("Les FAMa ont bombardé mardi des positions du JNIM près de Léré.", "fr", "Malian army"),
    ("Clashes between the SAF and the RSF killed eleven people in Babanusa on Wednesday.", "en",
     "Sudanese Armed Forces"),
    ("The Tatmadaw shelled a monastery in Magway region on Friday, killing four monks.", "en",
     "Myanmar army"),
])
def test_national_army_by_acronym_is_a_party(analyse, text, language, actor):
    article = analyse(text, language)
    assert actor in _all(article, "actors") | _all(article, "targets"), (text, _events(article))


# -- a word inside a facility's proper name is no party ("the Army Public School") ---------------

@pytest.mark.parametrize(("text", "language", "word"), [
    ("Bandits raided the Government Technical College in Zamfara on Friday, abducting 18 students.",
     "en", "government"),
    ("Gunmen attacked the Army Public School in Quetta on Tuesday, killing nine students.", "en", "army"),
    ("A drone hit the Police Hospital in Khartoum on Sunday, killing three patients.", "en", "police"),
])
def test_word_of_a_facility_name_is_no_party(analyse, text, language, word):
    article = analyse(text, language)
    parties = {n.lower() for n in _all(article, "actors") | _all(article, "targets")}
    assert _events(article), text
    assert word not in parties, (text, parties)


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Government forces shelled a school in Idlib on Monday, killing four children.", "en", "government"),
])
def test_a_party_before_a_common_noun_stays(analyse, text, language, actor):
    assert actor in {n.lower() for n in _all(analyse(text, language), "actors")}, text


# -- a subject's phrase is the words the parse hangs on it: an apposition hung on a subject pronoun
# far to the right ("they had sunk the tanker X ..., the third ship ...") does not bring the ship,
# its flag and its name in among the actors --------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "actor", "not_actors"), [
    ("ADEN, May 3 (Reuters) - Yemen's Houthis said on Saturday they had attacked and sunk the "
     "Maltese-flagged bulk carrier Sea Falcon in the Gulf of Aden, the third ship the group has sunk "
     "this month, and that they had rescued some of its crew.", "en", "Houthis",
     {"Malta", "merchant vessel", "Sea Falcon"}),
    ("MOGADISHU, March 4 (Reuters) - Somalia's al-Shabaab said on Tuesday it had attacked the "
     "Panamanian-flagged cargo ship Blue Horizon off Kismayo, the second vessel the group has hit "
     "this year.", "en", "al-Shabaab", {"Panama", "merchant vessel", "Blue Horizon"}),
])
def test_ship_hit_is_no_actor_of_its_attack(analyse, text, language, actor, not_actors):
    article = analyse(text, language)
    actors = _all(article, "actors")
    assert actor in actors, (text, actors)
    assert not actors & not_actors, (text, actors)


# -- what the text says was not hit is no target ("no military facilities have been targeted") ---

@pytest.mark.parametrize(("text", "language", "target", "spared"), [
    ("The Israeli military said the strikes hit weapons depots used by Hezbollah on Tuesday, and that "
     "no Lebanese military facilities had been targeted.", "en", "ammunition depot",
     "Lebanese military installations"),
    ("L'armée israélienne a indiqué que les frappes avaient touché mardi des dépôts d'armes du Hezbollah "
     "et qu'« aucune installation militaire libanaise n'a été visée ».", "fr", "Hezbollah ammunition depot",
     "Lebanese military installations"),
    ("Russian missiles struck a power plant in Kharkiv on Monday; the nearby hospital was not hit, "
     "officials said.", "en", "power plant", "hospital"),
    ("Des drones ont frappé lundi une centrale électrique à Kharkiv, mais l'hôpital voisin n'a pas été "
     "touché.", "fr", "power plant", "hospital"),
])
def test_what_was_not_hit_is_no_target(analyse, text, language, target, spared):
    targets = _all(analyse(text, language), "targets")
    assert target in targets, (text, targets)
    assert spared not in targets, (text, targets)


# -- an apposition describing a place, read by the parser as the last conjunct of the object, names
# no target ("le port et un dépôt d'Aden, siège provisoire du gouvernement yéménite") ------------

@pytest.mark.parametrize(("text", "language", "targets", "not_target"), [
    ("Des drones ont frappé mardi le port et un dépôt de carburant d'Aden, siège provisoire du "
     "gouvernement yéménite.", "fr", {"port", "Aden fuel depot"}, "Yemeni government"),
    ("Des drones ont frappé jeudi l'aéroport et une caserne de Kassala, siège provisoire de "
     "l'administration soudanaise.", "fr", {"airport"}, "Sudanese government"),
    # a true list keeps every conjunct
    ("Des drones ont frappé mardi le port, l'aéroport et un dépôt de carburant d'Aden.", "fr",
     {"port", "airport", "Aden fuel depot"}, "Yemeni government"),
])
def test_apposition_read_as_a_conjunct_is_no_target(analyse, text, language, targets, not_target):
    found = _all(analyse(text, language), "targets")
    assert targets <= found, (text, found)
    assert not_target not in found, (text, found)


# -- people by their role whom the act disrupted or cared for, not hit, are no target -------------

@pytest.mark.parametrize(("text", "language", "role"), [
    ("A Ukrainian drone attack shut down Sochi airport on Saturday, stranding hundreds of passengers, "
     "officials said.", "en", "passengers"),
    ("Des frappes de drones ont paralysé dimanche les aéroports de Moscou, bloquant des milliers de "
     "voyageurs.", "fr", "passengers"),
    ("Un bombardement a touché lundi l'hôpital de Kherson; les patients ont été évacués.", "fr", "patients"),
])
def test_people_stranded_or_evacuated_are_no_target(analyse, text, language, role):
    article = analyse(text, language)
    assert _events(article), text
    assert role not in _all(article, "targets"), (text, _all(article, "targets"))


@pytest.mark.parametrize(("text", "language"), [
    ("Militants opened fire on a minibus on Tuesday near Mandera, killing six passengers.", "en"),
    ("Des hommes armés ont attaqué mardi un bus près de Gao, tuant quatre passagers.", "fr"),
])
def test_people_killed_by_role_stay_targets(analyse, text, language):
    assert "passengers" in _all(analyse(text, language), "targets"), text


# -- who signs a text that provides for a ceasefire are its parties -------------------------------

@pytest.mark.parametrize(("text", "language", "actors"), [
    ("Le gouvernement burkinabè et le groupe armé Ansarul Islam ont signé samedi à Lomé une déclaration "
     "de principes prévoyant un cessez-le-feu.", "fr", {"Burkinabe government", "Ansarul Islam"}),
    ("The Colombian government and the ELN signed on Friday in Havana a declaration of principles "
     "providing for a ceasefire.", "en", {"Colombian government", "ELN"}),
])
def test_signers_of_a_text_providing_for_a_ceasefire_are_its_parties(analyse, text, language, actors):
    found = _all(analyse(text, language), "actors")
    assert actors <= found, (text, found)
