"""Round 11 of the incidents: parses that change with the lines before a sentence. A headline, a
subhead or a byline with no full stop is its own sentence for the parser too (newsevents/nlp.py
presets a boundary after such a line), so the lead under it keeps its subject, date and place; a
place opening a sentence ("In Nyala, officials said ...") sets the scene of what it reports.
Sentences written from general patterns (stories not in news-dev), French and English; each runs
the whole pipeline (`analyse`, published Saturday 2025-11-15: "jeudi"/"Thursday" is the 13th)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

THURSDAY = date(2025, 11, 13)

# a headline restating the lead: one incident, dated by the lead
HEADLINE_AND_LEAD = [
    ("en", "Turkish drone strike kills three\nA drone operated by the Turkish military struck a vehicle "
           "near Amadiya on Thursday, killing three fighters, local officials said."),
    ("en", "Man killed\nBy Amina Yusuf\nA man was killed by gunmen in Mirebalais on Thursday."),
    ("fr", "Un drone naval ukrainien touche un ferry en Crimée\nUn drone naval a frappé jeudi un ferry "
           "dans le port de Kertch, ont indiqué les autorités russes."),
]


@pytest.mark.parametrize(("language", "text"), HEADLINE_AND_LEAD)
def test_a_headline_without_full_stop_is_not_parsed_into_the_lead(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [e.date.start for e in found if e.date] == [THURSDAY], [(e.type, e.date) for e in found]


# a byline is no sentence's subject: its name is nobody's attacker
BYLINES = [
    ("en", "By Amina Yusuf\nMortar shells fired by the paramilitary RSF hit a hospital in El Fasher on "
           "Thursday, killing five patients.", "Yusuf"),
    ("en", "By Moussa Aksar\nGunmen attacked a military convoy near Tillaberi on Thursday, killing 12 "
           "soldiers, the defence ministry said.", "Aksar"),
]


@pytest.mark.parametrize(("language", "text", "name"), BYLINES)
def test_a_byline_is_no_actor(analyse, language, text, name):
    found = events_of(analyse, text, language)
    assert found, "no incident"
    actors = [a.name for e in found for a in e.actors]
    assert actors and not any(name in a for a in actors), actors


# the line before a lead does not take its subject: the attacker is found
LEAD_SUBJECTS = [
    ("fr", "Niger : un convoi militaire attaqué près de Tillabéri\nDes hommes armés ont attaqué jeudi un "
           "convoi militaire près de Tillabéri, tuant douze soldats, selon le ministère de la Défense."),
    ("fr", "Homme tué\nPar Amina Yusuf\nUn homme a été tué jeudi par des hommes armés à Mirebalais."),
]


@pytest.mark.parametrize(("language", "text"), LEAD_SUBJECTS)
def test_the_lead_keeps_its_subject_under_a_headline(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [e.date.start for e in found if e.date] == [THURSDAY], [(e.type, e.date) for e in found]
    assert [a.name for a in found[0].actors] == ["gunmen"], found[0].actors


# a place opening the sentence frames what it reports; a country on the line above does not
FRAMED = [
    ("en", "Sudan\nIn Nyala, officials confirmed that five civilians were killed in the drone strike on "
           "the market.", "Nyala"),
    ("fr", "Soudan\nÀ Nyala, les autorités ont confirmé que cinq civils avaient été tués dans la frappe "
           "de drone sur le marché.", "Nyala"),
]


@pytest.mark.parametrize(("language", "text", "town"), FRAMED)
def test_a_place_opening_the_sentence_is_the_scene(analyse, language, text, town):
    found = events_of(analyse, text, language)
    assert [e.location.name if e.location else None for e in found] == [town], found


# two recalled strikes in one sentence, each with its weapon and time before its verb: two incidents,
# even when the parse hangs the second subject and time under the first verb's object
TWO_STRIKES = [
    ("fr", "En mars, un missile a frappé Kharkiv et en avril des drones ont touché Odessa, selon les "
           "autorités.", ["2025-03-01 missile_strike missile", "2025-04-01 drone_strike drone"]),
    ("fr", "En mars, un missile a frappé un hôpital de Zaporijjia et en avril des drones ont touché une "
           "école de Kherson.", ["2025-03-01 missile_strike missile", "2025-04-01 drone_strike drone"]),
    ("en", "In March a missile hit a hospital in Zaporizhzhia and in April drones struck a school in "
           "Kherson.", ["2025-03-01 missile_strike missile", "2025-04-01 drone_strike drone"]),
]


@pytest.mark.parametrize(("language", "text", "expected"), TWO_STRIKES)
def test_two_strikes_of_one_sentence_with_their_weapons_stay_apart(analyse, language, text, expected):
    found = events_of(analyse, text, language)
    got = sorted(f"{e.date.start if e.date else None} {e.type} {','.join(w.name for w in e.weapons)}"
                 for e in found)
    assert got == expected


# a gerund of manner tells the act of the verb it says how of; its doer is that verb's subject
RESPONSES = [
    ("en", "Pakistani troops retaliated by shelling Indian posts along the border on Friday, the army said.",
     "Pakistani troops"),
    ("en", "Cambodian soldiers responded by firing artillery at Thai positions near the border on Friday.",
     "Cambodian soldiers"),
    ("fr", "Les soldats cambodgiens ont riposté en tirant des obus d'artillerie sur des positions "
           "thaïlandaises vendredi.", "Cambodian soldiers"),
]


@pytest.mark.parametrize(("language", "text", "actor"), RESPONSES)
def test_an_answer_told_by_a_gerund_is_an_incident(analyse, language, text, actor):
    found = events_of(analyse, text, language)
    assert [(e.type, e.date.start if e.date else None) for e in found] == [("shelling", date(2025, 11, 14))]
    assert actor in [a.name for a in found[0].actors], found[0].actors


# not when the answer is threatened, conditional or a capability, nor after other prepositions
NO_RESPONSES = [
    ("en", "The militia threatened to respond by firing rockets at Israeli towns."),
    ("en", "The army said it would respond by firing artillery if the attacks continued."),
    ("en", "Israel warned Hezbollah against firing rockets at its northern towns."),
    ("en", "The new drones are capable of striking targets 1,000 km away."),
]


@pytest.mark.parametrize(("language", "text"), NO_RESPONSES)
def test_a_gerund_of_an_act_to_come_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert found == [], [(e.type, e.date) for e in found]


# a title naming only the story's topic is no talk of its own; a title that tells the talk, or a
# body that does, is one
TOPICS = [
    ("en", "Sudan talks\nDelegations of the army and the RSF will meet in Jeddah next week, mediators said."),
    ("en", "Talks on Sudan\nDelegations will meet in Jeddah next week, mediators said on Friday."),
    ("en", "Gaza ceasefire talks\nNegotiators will resume their work in Cairo on Sunday, officials said."),
    ("fr", "Pourparlers sur le Soudan\nLes délégations de l'armée et des FSR se réuniront à Djeddah la "
           "semaine prochaine, ont indiqué les médiateurs."),
]


@pytest.mark.parametrize(("language", "text"), TOPICS)
def test_a_title_naming_the_topic_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert found == [], [(e.type, e.date, e.location) for e in found]


TOLD_TALKS = [
    ("en", "Sudan talks resume in Jeddah\nDelegations of the army and the RSF met in Jeddah on Thursday, "
           "mediators said.", "Jeddah"),
    ("fr", "Reprise des pourparlers sur le Soudan\nLes délégations de l'armée et des FSR se sont réunies "
           "jeudi à Djeddah, selon les médiateurs.", "Jeddah"),
]


@pytest.mark.parametrize(("language", "text", "town"), TOLD_TALKS)
def test_talks_told_in_the_body_stay(analyse, language, text, town):
    found = events_of(analyse, text, language)
    assert [(e.type, e.date.start if e.date else None, e.location.name if e.location else None)
            for e in found] == [("consultation", THURSDAY, town)]


# the weapon that opens the story after a dateline's dash, or the subject the parser gave to a
# participle read as a verb coordinated with the act, is the act's weapon
WEAPON_LEADS = [
    ("en", "PORT SUDAN, Nov 13 (Reuters) - Drones launched by the RSF struck the airport in Port Sudan on "
           "Thursday, the army said.", "drone"),
    ("en", "A glide bomb dropped by Russian aircraft hit an apartment block in Zaporizhzhia on Thursday, "
           "killing three people, the regional governor said.", "guided aerial bomb"),
]


@pytest.mark.parametrize(("language", "text", "weapon"), WEAPON_LEADS)
def test_the_lead_weapon_is_the_acts(analyse, language, text, weapon):
    found = events_of(analyse, text, language)
    assert [[w.name for w in e.weapons] for e in found] == [[weapon]], [(e.type, e.weapons) for e in found]


# a live blog's time-stamped entries tell their own incidents: strikes in two towns are two
LIVE_BLOGS = [
    ("en", "Live: the war in Ukraine\n09:40 GMT - A Russian glide bomb struck a residential area of "
           "Zaporizhzhia overnight, injuring nine people, the regional governor said.\n09:15 GMT - Ukraine's "
           "navy said a naval drone hit a Russian ferry near the port of Kerch on Friday morning."),
    ("fr", "En direct : la guerre au Soudan\n14h32 - Un drone a frappé le dépôt de carburant de Port-Soudan "
           "dans la nuit, selon l'armée.\n13h05 - Des obus tirés par les FSR ont touché un marché "
           "d'El-Fasher vendredi matin, faisant cinq morts."),
]


@pytest.mark.parametrize(("language", "text"), LIVE_BLOGS)
def test_live_blog_entries_tell_their_own_incidents(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 2, [(e.type, e.date, e.location) for e in found]
    assert len({e.type for e in found}) == 2, [e.type for e in found]


# an act dated after the page's publication is a plan
PLANS = [
    ("en", "Both sides agreed to hold talks next week."),
    ("fr", "Les deux camps ont accepté de tenir des pourparlers la semaine prochaine."),
]


@pytest.mark.parametrize(("language", "text"), PLANS)
def test_an_act_dated_after_publication_is_no_incident(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "consultation"]
    assert found == [], [(e.type, e.date) for e in found]


# an agent hung on the attack noun is its attacker
AGENTS_ON_NOUNS = [
    ("fr", "Un convoi de l'armée nigérienne est tombé jeudi dans une embuscade tendue par des jihadistes "
           "près de Tillabéri, faisant 15 morts parmi les soldats.", "jihadists"),
    ("en", "The ambush by jihadists near Tillaberi on Thursday killed 15 soldiers, the defence ministry "
           "said.", "jihadists"),
]


@pytest.mark.parametrize(("language", "text", "actor"), AGENTS_ON_NOUNS)
def test_an_agent_on_the_attack_noun_is_the_attacker(analyse, language, text, actor):
    found = events_of(analyse, text, language)
    assert [[a.name for a in e.actors] for e in found] == [[actor]], [(e.type, e.actors) for e in found]
