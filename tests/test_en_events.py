"""Events in English: the tables of tests/test_events_fr.py that tests/test_events_en.py did not have.

Types (demands, deployments, interceptions, truces), what is no incident (threats, coins, vague
words), one event per incident, catalogues of past incidents, the date a trigger governs,
arguments (passive agents, facilities and their places, summoned envoys, shared information,
named weapons), status (accusations, facts), coding schemes, odd inputs, and tolls stated in
another sentence. Sentences written from the patterns of English news; each runs the whole
pipeline (`analyse`).
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from helpers import casualty_triples, event_types, events_of

events = partial(events_of, language="en")
types = partial(event_types, language="en")


TYPED = [
    ("On Monday the government demanded the immediate withdrawal of foreign troops.", "demand"),
    ("Turkish peacekeepers have been deployed in the region since Tuesday.", "deployment"),
    ("On Tuesday the army intercepted two rockets fired from Gaza.", "shelling"),
    ("On Thursday, drone attacks targeted the Zaporizhzhia power plant.", "drone_strike"),
]


@pytest.mark.parametrize(("text", "expected"), TYPED)
def test_trigger_is_typed(analyse, text, expected):
    assert types(analyse, text) == [expected]


def test_a_truce_is_one_event(analyse):
    found = types(analyse, "A truce was agreed on Sunday between the warring parties.")
    assert len(found) == 1 and found[0] in {"agreement", "ceasefire"}


NOT_INCIDENTS = [
    "The army threatens to retaliate against any new strike.",  # a threat about a kind of event
    "The central bank is in charge of striking the coins.",  # "strike" of coins
]


@pytest.mark.parametrize("text", NOT_INCIDENTS)
def test_no_incident(analyse, text):
    assert events(analyse, text) == []


def test_sentences_about_one_incident_merge(analyse):
    found = events(analyse, "A drone strike hit Kharkiv on 9 April. The drone struck a residential building.")
    assert len(found) == 1
    assert len(found[0].spans) >= 3  # trigger words from both sentences, date, place


def test_catalogue_of_past_incidents(analyse):
    text = ("The minister recalled that strikes had taken place in the past. In particular, on 12 June 2019 "
            "an air strike hit a hospital in Idlib. On 3 August 2021 a drone attack targeted a market in "
            "Maarat.")
    found = events(analyse, text)
    assert sorted(e.date.start for e in found) == [date(2019, 6, 12), date(2021, 8, 3)]
    assert all(e.background for e in found)


def test_date_belongs_to_the_trigger_it_governs(analyse):
    text = ("The ministry strongly protested against the fact that, on 2 November, a missile fell on the "
            "Polish consulate in Lviv.")
    by_type = {e.type: e for e in events(analyse, text)}
    assert by_type["missile_strike"].date.start == date(2025, 11, 2)
    assert by_type["diplomatic_protest"].date.inferred  # the protest itself is undated news


def test_uncounted_injured_workers(analyse):
    (ev,) = events(analyse, "On 9 May a drone attack targeted a factory in Lviv and several workers were "
                            "injured.")
    assert ev.fatalities is None and ev.injured is not None and ev.injured >= 1


def test_agent_of_a_passive_use(analyse):
    (ev,) = events(analyse, "On 3 March, ballistic missiles were fired by Iran at Erbil.")
    assert ev.type == "missile_strike"
    assert "Iran" in [p.name for p in ev.actors]


def test_facility_target_with_owner_and_place(analyse):
    (ev,) = events(analyse, "On 2 May drones attacked the French embassy in Kyiv.")
    assert ev.type == "drone_strike"
    assert any("Embassy of France" in p.name for p in ev.targets)
    assert ev.location is not None and ev.location.name == "Kyiv"


def test_summoned_envoy_country_is_the_protest_target(analyse):
    (ev,) = events(analyse, "The Italian ambassador was summoned to the foreign ministry on Monday.")
    assert ev.type == "diplomatic_protest"
    assert any("Ital" in p.name or p.country == "IT" for p in ev.targets)


def test_protest_implies_its_recipient_when_nobody_else_is_named(analyse):
    text = ("The Italian ambassador was summoned on Monday to the foreign ministry. A strong protest was "
            "made that on May 3 a missile fell on the embassy in Kyiv. On May 5 an air strike hit a depot "
            "near Odesa.")
    found = events(analyse, text)
    strike = next(e for e in found if e.type == "missile_strike")
    assert [(p.country, p.role) for p in strike.actors] == [("IT", "implied")]
    last = max((e for e in found if e.type != "diplomatic_protest"), key=lambda e: e.date.start)
    assert any(p.country == "IT" for p in last.actors)


def test_owner_of_shared_information_is_its_giver(analyse):
    text = "In April 2022, the coordinates of Poland's embassies were handed over to the Russian side."
    (ev,) = events(analyse, text)
    assert ev.type == "information_shared"
    assert any(p.country == "PL" for p in ev.actors)
    assert any(p.country == "RU" for p in ev.targets)


def test_named_weapon_replaces_generic_noun(analyse):
    (ev,) = events(analyse, "On 4 June, a Kalibr missile fell on a port near Odesa.")
    assert [w.name for w in ev.weapons] == ["Kalibr"]


def test_accuser_is_not_the_attacker(analyse):
    (ev,) = events(analyse, "The Alpha group accused the army of shelling a village near Tyre on Tuesday.")
    assert ev.status != "reported"
    assert all("Alpha" not in p.name for p in ev.actors)


def test_incident_stated_as_fact_is_reported(analyse):
    (ev,) = events(analyse, "A missile strike hit Kyiv on 3 January, the ministry said.")
    assert ev.status == "reported"


def test_trigger_overrides_the_acled_codes_of_its_type(analyse):
    (ev,) = events(analyse, "Riots broke out in several districts of Leeds on Saturday.")
    assert ev.acled["event_type"] == "Riots"
    assert ev.plover["mode"] == "riot"


def test_acled_and_plover_codes(analyse):
    (ev,) = events(analyse, "On Tuesday a drone attack targeted a refinery in Ryazan.")
    assert ev.acled == {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    assert ev.plover["event_type"] == "FIGHT"
    assert "Drone strike" in ev.summary


ODD_INPUTS = [
    "attack",
    "Strike. Strike. Strike.",
    "On 3, 5 and 9 May.",
    "“On 1 April, a strike” , he",
    "coordinates " + "very " * 30 + "provided",
    "The embassy\n\nof\n\nFrance was hit by a missile.",
]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_input_gives_events_or_nothing_but_never_fails(analyse, text):
    for ev in events(analyse, text):
        assert ev.spans and all(0 <= a < b <= len(text) for a, b in ev.spans)


# (text, expected (type, fatalities, injured) per event, sorted by type)
CASUALTIES_ELSEWHERE = [
    # several incidents: each toll goes to the nearest incident before it
    ("On 9 May an explosion hit a bus in Kano. Two people were killed. On 11 May clashes between the "
     "army and rebels broke out near Maiduguri. Five soldiers were killed.",
     [("armed_clash", 5, None), ("explosion", 2, None)]),
    # a lead giving the toll before the incident of its paragraph
    ("Eight people died in Bamako on Monday. Residents remain in shock. Gunmen opened fire on a market "
     "in the city.", [("armed_clash", 8, None)]),
    # a coup bears the victims of its takeover
    ("On Monday an armed group seized power in Niamey. Two guards were killed.", [("other", 2, None)]),
    # a toll in another paragraph, about something else, far from the incident
    ("On 9 May an explosion hit a factory in Leeds.\nThe mayor met councillors on Monday.\n"
     "The councillors discussed the budget.\nThe annual road safety report counts forty dead.",
     [("explosion", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES_ELSEWHERE)
def test_casualties_stated_in_another_sentence(analyse, text, expected):
    assert casualty_triples(events(analyse, text)) == expected


INCIDENT_WORDS = [
    ("Police violently dispersed protesters in Tunis on Saturday.", "protest"),
    ("On Sunday, scuffles broke out between fans and police in Marseille.", "protest"),
    ("On 2 June, a school shooting left the town in mourning.", "attack_on_civilians"),
    ("On Monday a putsch toppled the government in Bamako.", "other"),
]


@pytest.mark.parametrize(("text", "expected"), INCIDENT_WORDS)
def test_incident_words(analyse, text, expected):
    assert types(analyse, text) == [expected]


VAGUE_WORDS = [
    "On Monday the situation remained tense in Dakar.",
    "The events of the week worried the residents of Leeds.",
    "The minister condemned the violence in Paris on Monday.",
    "The club lifted the trophy in Leeds on Sunday.",
]


@pytest.mark.parametrize("text", VAGUE_WORDS)
def test_vague_words_are_no_incident(analyse, text):
    assert types(analyse, text) == []
