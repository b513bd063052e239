"""Events in English: tables per construction, sentences written from the patterns of the language.
Each runs the whole pipeline (`analyse`)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from helpers import casualty_triples, event_types, events_of

events = partial(events_of, language="en")
types = partial(event_types, language="en")


TYPED = [
    ("On Tuesday, an air strike hit a fuel depot near Kharkiv.", "air_strike"),
    ("Kamikaze drones struck the port of Odesa overnight on Monday.", "drone_strike"),
    ("On 3 May, a cruise missile landed on a residential building in Dnipro.", "missile_strike"),
    ("A drone attack targeted the Zaporizhzhia power plant on Thursday.", "drone_strike"),
    ("Artillery fire resumed on Thursday in the outskirts of Donetsk.", "shelling"),
    ("A huge explosion devastated the port of Beirut on 4 August 2020.", "explosion"),
    ("Heavy clashes between the army and rebels broke out near Goma on Saturday.", "armed_clash"),
    ("The French ambassador was summoned to the foreign ministry on Monday.", "diplomatic_protest"),
    ("On 12 March the president had a phone call with his Turkish counterpart.", "consultation"),
    ("Unexploded ordnance was found near a school in Kherson on 2 February.", "weapons_found"),
    ("Police arrested three suspects in Marseille on Tuesday.", "arrest"),
    ("The two countries carried out a prisoner exchange on 24 June.", "prisoner_exchange"),
    ("Riots broke out in several districts of Leeds on Saturday.", "protest"),
    ("On Tuesday, army officers staged a military coup in Niamey.", "other"),
]


@pytest.mark.parametrize(("text", "expected"), TYPED)
def test_trigger_is_typed(analyse, text, expected):
    assert types(analyse, text) == [expected]


def test_ceasefire_agreement_is_one_event(analyse):
    found = types(analyse, "The two countries signed a ceasefire agreement in Doha on 5 June.")
    assert len(found) == 1 and found[0] in {"agreement", "ceasefire"}


NOT_INCIDENTS = [
    "The army said the drone did not explode on Monday.",  # negated
    "Both sides tried to agree a truce several times.",  # attempt
    "Such attacks on civilians are unacceptable.",  # a kind, not an incident
    "The striker hit the post in the last minute.",  # "hit" without a weapon
    "The government uses new software since January.",  # "use" without a weapon
    "In the past, air strikes targeted the city.",  # undated background
    "The senator suffered a heart attack in Ohio on Tuesday.",  # excluded modifier
    "The fighting against corruption continues in parliament.",  # no military context
    "The minister will meet his Italian counterpart in Rome on Thursday.",  # planned
]


@pytest.mark.parametrize("text", NOT_INCIDENTS)
def test_no_incident(analyse, text):
    assert events(analyse, text) == []


def test_coordinated_dates_are_two_incidents(analyse):
    found = events(analyse, "On 3 and 7 May 2024, drone attacks targeted the city of Sumy.")
    assert sorted((e.type, e.date.start) for e in found) == [
        ("drone_strike", date(2024, 5, 3)), ("drone_strike", date(2024, 5, 7))]


def test_sentences_about_one_incident_merge(analyse):
    found = events(analyse, "On 5 March a missile attack targeted Odesa. A missile hit a warehouse in the "
                            "port. The explosion destroyed several buildings.")
    assert len(found) == 1
    assert found[0].type == "missile_strike"
    assert any("destroyed" in d for d in found[0].damage)


def test_news_without_date_takes_publication_date(analyse):
    (ev,) = events(analyse, "A drone strike hit a residential building in Kharkiv.")
    assert (ev.date.start, ev.date.inferred) == (date(2025, 11, 15), True)


CASUALTIES = [
    ("On 9 May a missile strike on Dnipro killed four people and injured at least eleven.", 4, 11),
    ("On 9 May a drone hit a building in Kharkiv. No casualties were reported.", 0, 0),
    ("On 9 May an air strike targeted a warehouse in Sumy.", None, None),
]


@pytest.mark.parametrize(("text", "fatalities", "injured"), CASUALTIES)
def test_casualties(analyse, text, fatalities, injured):
    (ev,) = events(analyse, text)
    assert (ev.fatalities, ev.injured) == (fatalities, injured)


def test_actor_from_nationality_adjective(analyse):
    (ev,) = events(analyse, "On 3 March a Russian air strike hit Kharkiv.")
    assert [p.name for p in ev.actors] == ["Russia"]


def test_facility_target_with_owner(analyse):
    (ev,) = events(analyse, "On 2 May drones attacked the embassy of France in Kyiv.")
    assert ev.type == "drone_strike"
    assert any("Embassy of France" in p.name for p in ev.targets)


def test_incident_attributed_with_according_to_is_alleged(analyse):
    (ev,) = events(analyse, "According to Moscow, missiles were fired by Ukraine at Belgorod on 3 January.")
    assert ev.status == "alleged"


CASUALTIES_ELSEWHERE = [
    ("On 9 May a car bomb exploded outside a police station in Kabul. Rescue teams arrived within "
     "minutes. The area was sealed off. Officials later said twelve people had been killed.",
     [("explosion", 12, None)]),
    ("Riots broke out in Leeds on Saturday. Police dispersed the crowd. Three officers were injured.",
     [("protest", None, 3)]),
    ("On 9 May a bomb attack hit a market in Kabul. It killed seven people, including two children.",
     [("explosion", 7, None)]),
    ("On Saturday protesters blocked the streets of Leeds. During this riot two officers were "
     "injured.", [("protest", None, 2)]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES_ELSEWHERE)
def test_casualties_stated_in_another_sentence(analyse, text, expected):
    assert casualty_triples(events(analyse, text)) == expected


INCIDENT_WORDS = [
    ("On Tuesday, clashes broke out between protesters and police in Dakar.", "armed_clash"),
    ("On 3 May the mayor was assassinated by gunmen.", "attack_on_civilians"),
    ("On Monday a journalist was kidnapped by gunmen near Gao.", "attack_on_civilians"),
    ("On Thursday gunmen opened fire on worshippers in Ouagadougou.", "armed_clash"),
    ("On Tuesday an ambush targeted a military convoy near Menaka.", "armed_clash"),
]


@pytest.mark.parametrize(("text", "expected"), INCIDENT_WORDS)
def test_incident_words(analyse, text, expected):
    assert types(analyse, text) == [expected]


def test_protest_does_not_blame_its_recipient_for_a_strike_after_another_attacker(analyse):
    text = ("The Italian ambassador was summoned on Monday to the foreign ministry. A strong protest was "
            "made that on May 3 a missile fell on the embassy in Kyiv. Separately, on May 4 an Israeli "
            "air strike hit Gaza. On May 5 a drone strike hit a hospital in Rafah.")
    by_type = {e.type: e for e in events(analyse, text)}
    assert [(p.country, p.role) for p in by_type["missile_strike"].actors] == [("IT", "implied")]
    assert [p.country for p in by_type["air_strike"].actors] == ["IL"]
    assert not any(p.country == "IT" for p in by_type["drone_strike"].actors)
