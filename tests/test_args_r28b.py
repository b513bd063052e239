"""Actors and targets, round 28 (second task).

1. The source of "selon / d'après / according to" is never a target, even a trade that can be one
   ("selon des journalistes de l'AFP"): targets_roles._cited.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday


def _targets(events) -> list[list[str]]:
    return [[p.name for p in e.targets] for e in events]


# (text, language, a target name no incident may have): the source of the report
CITED = [
    ("Des tirs ont été entendus lundi soir à Gao après une frappe de drone contre un camp, selon des "
     "journalistes de Reuters.", "fr", "journalists"),
    ("Explosions were heard in the Syrian city of Homs on Monday after an air strike on a depot, "
     "according to AFP journalists.", "en", "journalists"),
    ("Une frappe aérienne a visé mardi soir un entrepôt de Deir ez-Zor, d'après des secouristes et des "
     "témoins.", "fr", "rescuers"),
]


@pytest.mark.parametrize(("text", "lang", "name"), CITED)
def test_a_cited_source_is_no_target(analyse, text, lang, name):
    events = analyse(text, lang, PUBLISHED).events
    assert events, "the incident is lost"
    assert all(name not in [p.name for p in e.targets] for e in events), _targets(events)


# (text, language, a target name an incident must have): people named by rank of a body, a meeting
RANKED = [
    ("An Israeli strike targeted Hezbollah commanders gathered in a building near Tyre on Tuesday.",
     "en", "Hezbollah"),
    ("Une frappe aérienne qui visait une réunion gouvernementale a tué jeudi plusieurs ministres à Sanaa.",
     "fr", "government meeting"),
    ("Une frappe de drone a visé mercredi une réunion de commandants shebab près de Jilib.", "fr", "meeting"),
    ("An air strike hit a cabinet meeting in Sanaa on Thursday, killing several ministers.",
     "en", "government meeting"),
    ("Une frappe de drone a visé mercredi des commandants des Chabab près de Jilib.", "fr", "al-Shabaab"),
]


@pytest.mark.parametrize(("text", "lang", "name"), RANKED)
def test_ranked_people_and_meetings_are_targets(analyse, text, lang, name):
    events = analyse(text, lang, PUBLISHED).events
    assert any(any(name in p.name for p in e.targets) for e in events), _targets(events)


# a verb form is no target noun ("gathered" is no gathering); a meeting not struck is none
NOT_TARGETS = [
    ("An Israeli strike targeted Hezbollah commanders gathered in a building near Tyre on Tuesday.",
     "en", "gathering"),
    ("Les ministres se sont réunis jeudi à Bamako après une attaque jihadiste contre un camp militaire "
     "près de Mopti, selon un communiqué.", "fr", "meeting"),
]


@pytest.mark.parametrize(("text", "lang", "name"), NOT_TARGETS)
def test_not_a_target(analyse, text, lang, name):
    events = analyse(text, lang, PUBLISHED).events
    assert all(name not in [p.name for p in e.targets] for e in events), _targets(events)


# (text, language, actor, target): "une attaque menée par X" gives the actor, even counted ("une
# dizaine d'hommes armés"); a killed police officer's force is the target
CARRIED_OUT = [
    ("Un policier nigérian a été tué lundi dans une attaque menée par une dizaine d'hommes armés à "
     "Zamfara.", "fr", "gunmen", "Nigerian police"),
    ("Une trentaine d'hommes armés ont attaqué lundi un poste de police près de Gao, tuant un policier.",
     "fr", "gunmen", "police post"),
    ("Un policier kényan a été tué mercredi par des assaillants près de Mandera.", "fr", "assailants",
     "Kenyan police"),
]


@pytest.mark.parametrize(("text", "lang", "actor", "target"), CARRIED_OUT)
def test_carried_out_by_gives_the_actor_and_the_killed_officers_force(analyse, text, lang, actor, target):
    events = analyse(text, lang, PUBLISHED).events
    assert any(actor in [p.name for p in e.actors] for e in events), [[p.name for p in e.actors]
                                                                      for e in events]
    assert any(target in [p.name for p in e.targets] for e in events), _targets(events)


# (text, language, actor): the side accused of being responsible for the attack is its actor
ACCUSED_RESPONSIBLE = [
    ("Une explosion a tué lundi trois personnes sur un marché de Kismayo. Les autorités ont accusé les "
     "shebab d'être responsables de l'attaque.", "fr", "al-Shabaab"),
    ("An explosion killed three people at a market in Tyre on Monday. Hezbollah accused Israel of being "
     "responsible for the attack.", "en", "Israel"),
]


@pytest.mark.parametrize(("text", "lang", "name"), ACCUSED_RESPONSIBLE)
def test_the_side_accused_of_being_responsible_is_the_actor(analyse, text, lang, name):
    events = analyse(text, lang, PUBLISHED).events
    assert any(name in [p.name for p in e.actors] for e in events), [[p.name for p in e.actors]
                                                                     for e in events]
