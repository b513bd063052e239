"""Actors and targets, round 29.

1. People by their trade in what the doers are taken to be ("gunmen suspected to be herders",
   "soupçonnés d'être des éleveurs", "présumés éleveurs") name the attackers, never a target:
   targets_roles.identified_doers.
2. The accuser of a pronoun ("le Hezbollah l'accuse d'avoir tué", "les accuse d'avoir bombardé")
   is no actor: the infinitive's subject is the accused, not the speaker (events._told_by_its_author);
   nor the accuser of a name no party stands for ("Damascus accused Tel Aviv of striking"): "of
   striking" is no manner of the accusing verb (events._manner_gerund_subject).
3. Who uses a struck thing ("struck a facility used by the Houthis", "un radar exploité par le
   groupe") is a target, as through "of"; the doer stays the actor: arguments_apposed.users.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday


def _targets(events) -> list[list[str]]:
    return [[p.name for p in e.targets] for e in events]


# (text, language, a target name no incident may have): the trade the doers are taken to have
SUSPECTED = [
    ("Des hommes armés soupçonnés d'être des éleveurs ont tué jeudi 30 villageois près de Mangu.",
     "fr", "herders"),
    ("Des assaillants, présumés pêcheurs, ont tué mardi onze agriculteurs près du lac.", "fr", "fishermen"),
    ("Des hommes armés identifiés comme des éleveurs ont tué lundi 14 cultivateurs dans un village.",
     "fr", "herders"),
    ("Gunmen suspected to be herders attacked a village near Makurdi overnight, killing 40 people.",
     "en", "herders"),
]


@pytest.mark.parametrize(("text", "lang", "name"), SUSPECTED)
def test_what_the_doers_are_taken_to_be_is_no_target(analyse, text, lang, name):
    events = analyse(text, lang, PUBLISHED).events
    assert events, "the incident is lost"
    assert all(name not in [p.name for p in e.targets] for e in events), _targets(events)


# the same trade hit by the act stays a target
HIT_TRADES = [
    ("Des hommes armés ont tué jeudi douze éleveurs près de Mangu.", "fr", "herders"),
    ("Gunmen killed 20 herders in a village near Makurdi on Friday, police said.", "en", "herders"),
]


@pytest.mark.parametrize(("text", "lang", "name"), HIT_TRADES)
def test_a_trade_that_is_hit_stays_a_target(analyse, text, lang, name):
    events = analyse(text, lang, PUBLISHED).events
    assert any(name in [p.name for p in e.targets] for e in events), _targets(events)


# (text, language, the accuser, who must not be the actor): the accused is a pronoun
ACCUSED_PRONOUN = [
    ("Les Houthis l'accusent d'avoir tué dimanche cinq civils près de Saada.", "fr", "Houthis"),
    ("Les rebelles les accusent d'avoir bombardé mardi un marché de Dilling, tuant neuf civils.",
     "fr", "rebels"),
    ("Le Hezbollah l'accuse d'avoir tué lundi trois civils près de Marjayoun.", "fr", "Hezbollah"),
    ("DAMASCUS, Aug 4 (Reuters) - Damascus accused Tel Aviv of striking an army base near Deraa on "
     "Wednesday.", "en", "Syria"),
    ("Tehran accused Tel Aviv of bombing a police station near Zahedan on Monday, killing four officers.",
     "en", "Iran"),
]


@pytest.mark.parametrize(("text", "lang", "accuser"), ACCUSED_PRONOUN)
def test_the_accuser_of_a_pronoun_is_no_actor(analyse, text, lang, accuser):
    events = analyse(text, lang, PUBLISHED).events
    assert events, "the incident is lost"
    actors = [[p.name for p in e.actors] for e in events]
    assert all(accuser.lower() not in " ".join(a).lower() for a in actors), actors


# a side telling its own act through an infinitive stays its actor
OWN_INFINITIVE = [
    ("Les rebelles ont affirmé avoir bombardé mardi un camp de l'armée près de Dilling.", "fr", "rebels"),
]


@pytest.mark.parametrize(("text", "lang", "actor"), OWN_INFINITIVE)
def test_a_side_telling_its_own_act_stays_its_actor(analyse, text, lang, actor):
    events = analyse(text, lang, PUBLISHED).events
    assert any(actor in " ".join(p.name for p in e.actors).lower() for e in events), \
        [[p.name for p in e.actors] for e in events]


# (text, language, actor, target): the group hit through the thing it uses
USED_BY = [
    ("Les forces américaines ont bombardé samedi un radar exploité par les Houthis près de Saada.",
     "fr", "U.S. forces", "Houthis"),
    ("Dimanche, les Etats-Unis ont frappé un entrepôt utilisé par le Hezbollah près de Baalbek.",
     "fr", "United States", "Hezbollah"),
    ("U.S. forces struck a storage facility used by the Houthis near Saada on Sunday, officials said.",
     "en", "U.S. forces", "Houthis"),
    ("Israeli jets struck a warehouse used by Hezbollah near Baalbek on Sunday.",
     "en", "Israel", "Hezbollah"),
]


@pytest.mark.parametrize(("text", "lang", "actor", "target"), USED_BY)
def test_who_uses_the_struck_thing_is_a_target(analyse, text, lang, actor, target):
    events = analyse(text, lang, PUBLISHED).events
    assert any(target in [p.name for p in e.targets] for e in events), _targets(events)
    assert all(target not in [p.name for p in e.actors] for e in events)
    assert all(actor not in [p.name for p in e.targets] for e in events), _targets(events)
