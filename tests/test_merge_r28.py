"""Which incidents exist, round 28 (merge): kinds checked with sentences of our own, French and
English where the pattern exists in both.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _types(article):
    return sorted(e.type for e in article.events)


# -- an act told with a bare transitive verb and its object, no strike noun: a side striking a vessel,
# a ship ramming another, fighting that killed (the noun read as a gerund subject) --------------------

@pytest.mark.parametrize(("text", "language", "kind"), [
    ("La marine colombienne a frappé une vedette près de Tumaco mercredi, selon un communiqué.", "fr",
     "air_strike"),
    ("Les forces américaines ont frappé jeudi une embarcation au large de la Colombie, tuant deux hommes.",
     "fr", "air_strike"),
    ("The Mexican navy struck a speedboat off Lazaro Cardenas on Wednesday, killing two men.", "en",
     "air_strike"),
    ("US forces struck a vessel in the eastern Pacific on Thursday, the Pentagon said.", "en", "air_strike"),
    ("Un patrouilleur des garde-côtes chinois a heurté un navire de pêche vietnamien samedi près des "
     "îles Paracels.", "fr", "other"),
    ("Un navire de la marine chinoise a percuté un navire de ravitaillement philippin mardi près du "
     "récif Second Thomas.", "fr", "other"),
    ("Fighting in Ménaka killed nine people on Saturday, local officials said.", "en", "armed_clash"),
    ("Heavy fighting around Bamenda killed six soldiers on Sunday.", "en", "armed_clash"),
])
def test_bare_transitive_act_is_an_incident(analyse, text, language, kind):
    article = analyse(text, language)
    assert _types(article) == [kind], (text, _events(article))


@pytest.mark.parametrize(("text", "language"), [
    # a subject that is no side: a storm, a ball; an army hitting its own target is no raid
    ("A storm struck a fishing boat off Chittagong on Monday.", "en"),
    ("La tempête a frappé un chalutier au large de Chittagong lundi.", "fr"),
    ("Le ferry a heurté un quai du port de Chisinau mardi.", "fr"),
])
def test_struck_vessel_needs_a_side(analyse, text, language):
    article = analyse(text, language)
    assert _types(article) == [], (text, _events(article))


# -- false incidents beside the real one: tear gas fired in the sentence of a protest or a shooting is
# that police action (no `other` incident of its own); fighting told in the next sentence with no place
# or side of its own is how the attack went on or ended -------------------------------------------------

@pytest.mark.parametrize(("text", "language", "kinds"), [
    ("Riot police fired tear gas at opposition supporters in Chisinau on Sunday, and one man was shot dead.",
     "en", ["armed_clash"]),
    ("Police fired tear gas and rubber bullets to disperse hundreds of protesters in Rajshahi on Monday.",
     "en", ["protest"]),
    ("La police a tiré des gaz lacrymogènes et chargé des centaines de manifestants à Rajshahi lundi.",
     "fr", ["protest"]),
    ("JNIM fighters attacked a military post near Diafarabé on Friday morning. After heavy fighting, the "
     "attackers withdrew in the afternoon.", "en", ["armed_clash"]),
])
def test_one_act_told_twice_is_one_incident(analyse, text, language, kinds):
    article = analyse(text, language)
    assert _types(article) == kinds, (text, _events(article))


@pytest.mark.parametrize(("text", "language", "kinds"), [
    # tear gas alone stays the act it is; fighting with a place of its own is another clash
    ("Police fired tear gas at striking garment workers in Gazipur on Tuesday.", "en", ["other"]),
    ("Separatists attacked a checkpoint in Kumbo on Monday. Fighting also broke out in Ndop, where two "
     "soldiers were killed.", "en", ["armed_clash", "armed_clash"]),
])
def test_acts_apart_stay_apart(analyse, text, language, kinds):
    article = analyse(text, language)
    assert _types(article) == kinds, (text, _events(article))


# -- an explosion in the sentence of a hijacking is how the train or convoy was stopped: the seizure's --

@pytest.mark.parametrize(("text", "language"), [
    ("Armed separatists hijacked a bus carrying 40 passengers near Kumba on Friday after an explosion "
     "blocked the road.", "en"),
    ("Gunmen set off an explosion on the railway and hijacked a freight train near Sibi on Wednesday.", "en"),
    ("An explosion hit the road before gunmen hijacked a convoy of fuel trucks near Kayes on Monday.", "en"),
    ("Des hommes armés ont détourné jeudi un bus de voyageurs près de Kumba après une explosion sur la "
     "route.", "fr"),
])
def test_blast_of_a_hijacking_is_the_hijacking(analyse, text, language):
    article = analyse(text, language)
    assert _types(article) == ["attack_on_civilians"], (text, _events(article))


# -- a labour strike is no attack, even with a killing told in the same sentence; armed men named by
# their cause (separatists, mercenaries) are the victims of a clash ------------------------------------

@pytest.mark.parametrize(("text", "language", "kinds"), [
    ("Nurses in Buea went on strike on Monday, and the army said it had killed two gunmen nearby.", "en",
     ["armed_clash"]),
    ("Transport workers went on a general strike in Chisinau on Tuesday, and police said a bomb killed "
     "one man.", "en", ["explosion"]),
    ("The army said it had killed four separatists near Ndop on Sunday.", "en", ["armed_clash"]),
    ("L'armée a affirmé avoir tué quatre séparatistes près de Ndop dimanche.", "fr", ["armed_clash"]),
])
def test_labour_strike_is_no_attack(analyse, text, language, kinds):
    article = analyse(text, language)
    assert _types(article) == kinds, (text, _events(article))


# -- no incident of its own: a raid that seized weapons is a search; a ransom or wages demanded is no
# demand between parties; tear gas told in the sentence after the attack it answered; a headline's
# vague clash noun and the attack its lead tells --------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "kinds"), [
    ("Soldiers seized 20 drones and a stock of explosives in a raid on a ranch near Aguililla on Monday.",
     "en", []),
    ("The kidnappers demanded a ransom of 50,000 dollars on Tuesday, the family said.", "en", []),
    ("Les ravisseurs ont réclamé mardi une rançon de dix millions de francs CFA.", "fr", []),
    ("Dockworkers in Mongla demanded higher wages on Sunday.", "en", []),
    ("Supporters of the ruling party attacked an opposition march in Faridpur on Monday, police said. "
     "Police fired tear gas at the crowd.", "en", ["protest"]),
    ("Des sympathisants du pouvoir ont attaqué lundi un cortège de l'opposition à Faridpur, selon la police. "
     "La police a tiré des gaz lacrymogènes contre la foule.", "fr", ["protest"]),
    ("Cameroun : un couvre-feu à Kumbo après des affrontements meurtriers\n\nDes séparatistes ont attaqué "
     "mardi un poste de police à Kumbo, tuant deux policiers.", "fr", ["armed_clash"]),
])
def test_no_incident_of_its_own(analyse, text, language, kinds):
    article = analyse(text, language)
    assert _types(article) == kinds, (text, _events(article))
