"""Round 29, counts and days: pattern sentences of kinds seen on news written for the round
(village raids, convoys, glide bombs), each failing on the code before its fix."""

from __future__ import annotations

import pytest
from helpers import events_of, run_when

# --- "ce week-end" told in a past tense ------------------------------------------------------------
# From Tuesday to Friday "ce week-end" / "this weekend" was read as the coming weekend whatever the
# verb: "ont attaqué ce week-end" published on a Wednesday put a raid three days in the future. A
# verb in a past tense makes it the weekend before publication; the future keeps the coming one.
PUB_WEDNESDAY = "2025-05-07"
PAST_WEEKENDS = [
    ("fr", "Des hommes armés ont attaqué ce week-end le village d'Ukum, dans l'Etat de Bénoué, "
           "tuant au moins neuf personnes."),
    ("fr", "Au moins onze cultivateurs ont été tués ce week-end dans l'attaque de leur village près "
           "de Makurdi, au Nigeria."),
    ("en", "Gunmen attacked a farming village in Nigeria's Benue state this weekend, killing at least "
           "nine people."),
    ("en", "Eleven herders were killed this weekend when bandits raided a camp near Makurdi, Nigeria."),
]


@pytest.mark.parametrize(("language", "text"), PAST_WEEKENDS)
def test_this_weekend_in_a_past_tense_is_the_weekend_before(analyse, language, text):
    found = events_of(analyse, text, language, published=PUB_WEDNESDAY)
    assert found, "the raid is an incident"
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in found] == \
        [("2025-05-03", "2025-05-04")] * len(found)


FUTURE_WEEKENDS = [
    ("fr", "Une marche pour la paix aura lieu ce week-end à Makurdi.", "ce week-end"),
    ("en", "A peace march will be held in Makurdi this weekend.", "this weekend"),
]


@pytest.mark.parametrize(("language", "text", "words"), FUTURE_WEEKENDS)
def test_this_weekend_in_the_future_stays_the_coming_one(nlp_fr, nlp_en, language, text, words):
    from datetime import date

    article = run_when(nlp_fr if language == "fr" else nlp_en, text, language, date(2025, 5, 7))
    times = [m for m in article.mentions if m.kind == "time" and m.text == words]
    assert [m.value.start.isoformat() for m in times] == ["2025-05-10"]


# --- a double dateline ------------------------------------------------------------------------------
# "ISLAMABAD/KABUL, Oct 13 (Reuters) - " was no dateline (the slash was not a dateline's letter):
# its words stayed in the first sentence, the two capitals became a party of the act and the
# dateline's day the act's, over the act's own "late Saturday".
DOUBLE_DATELINES = [
    "ISLAMABAD/KABUL, Oct 13 (Reuters) - ",
    "ABUJA/MAKURDI, June 2 (Reuters) - ",
    "NIAMEY/OUAGADOUGOU, 2 juin (AFP) - ",
    "KIEV/MOSCOU (AFP) — ",
]


@pytest.mark.parametrize("dateline", DOUBLE_DATELINES)
def test_a_double_dateline_is_the_outlets(dateline):
    from newsevents.read.datelines import datelines

    text = dateline + "Des hommes armés ont attaqué un convoi samedi."
    assert [m.group(0) for m in datelines(text)] == [dateline]


def test_the_act_of_a_double_dateline_keeps_its_own_day(analyse):
    text = ("ISLAMABAD/KABUL, Oct 13 (Reuters) - Pakistani and Afghan forces exchanged heavy fire along "
            "the border late Saturday, killing 23 Pakistani soldiers, the Pakistani military said.")
    found = events_of(analyse, text, "en", published="2025-10-13")
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in found] == \
        [("2025-10-11", "2025-10-11")]
    assert not any("/" in p.name for e in found for p in e.actors)


# --- a toll of a patient of its own -----------------------------------------------------------------
# "A convoy was hit, wounding 15" beside a strike on a dam: the count had no incident in its
# sentence and went to the dam's strike told before (or after) it. A participle of result on a
# passive whose subject is new ("A convoy", "Un convoi") and none of the strike's targets is the
# toll of that patient's act, not the strike's.
OWN_PATIENT_TOLLS = [
    ("en", "A Russian glide bomb hit a dam on the Psel river near Sumy on Monday, officials said. "
           "A convoy was hit, wounding 15."),
    ("fr", "Une bombe planante russe a frappé lundi un barrage sur la rivière Psel près de Soumy. "
           "Un convoi a été touché, faisant 15 blessés."),
    ("en", "A convoy was hit near Menaka on Monday, wounding 15. An airstrike also hit a dam near Gao, "
           "killing two guards."),
    ("fr", "Un convoi a été touché près de Ménaka lundi, faisant quinze blessés. Une frappe aérienne a "
           "par ailleurs visé un barrage près de Gao, tuant deux gardiens."),
]


@pytest.mark.parametrize(("language", "text"), OWN_PATIENT_TOLLS)
def test_a_toll_of_a_new_patient_is_not_the_other_strikes(analyse, language, text):
    found = events_of(analyse, text, language, published=PUB_WEDNESDAY)
    assert found and all(e.injured is None for e in found)


# the strike's own building, or a toll with no patient of its own, still counts for the strike
STRIKE_OWN_TOLLS = [
    ("fr", "Une frappe russe a visé Kharkiv lundi. Un immeuble a été touché, faisant 12 blessés.", 12),
    ("en", "A Russian missile strike hit Kharkiv on Monday. An apartment block was hit, injuring 12 "
           "people.", 12),
    ("en", "A Russian glide bomb hit Kharkiv on Monday. Twelve people were wounded.", 12),
]


@pytest.mark.parametrize(("language", "text", "injured"), STRIKE_OWN_TOLLS)
def test_a_toll_of_the_strikes_own_patient_stays(analyse, language, text, injured):
    found = events_of(analyse, text, language, published=PUB_WEDNESDAY)
    assert [e.injured for e in found] == [injured]


# --- a breakdown by place across incidents ---------------------------------------------------------
# "Five people were killed in Kharkiv and three in Sumy" after strikes on both cities: each city's
# strike is an incident and took the sum (8); each now takes the part told at its place. One
# incident told at two places keeps the sum (round 28, numbers_elided).
SPLIT_TOLLS = [
    ("en", "Russian glide bombs struck Kharkiv and Sumy on Sunday. Five people were killed in Kharkiv and "
           "three in Sumy, officials said.", {"Kharkiv": 5, "Sumy": 3}),
    ("fr", "Des bombes planantes russes ont frappé Kharkiv et Soumy dimanche. Cinq personnes ont été tuées "
           "à Kharkiv et trois à Soumy, selon les autorités.", {"Kharkiv": 5, "Sumy": 3}),
    ("en", "A Russian glide bomb hit a supermarket in Kharkiv on Sunday. Another glide bomb struck an "
           "administrative building in Sumy. Five people were killed in Kharkiv and three in Sumy.",
     {"Kharkiv": 5, "Sumy": 3}),
]


@pytest.mark.parametrize(("language", "text", "tolls"), SPLIT_TOLLS)
def test_a_breakdown_by_place_gives_each_incident_its_part(analyse, language, text, tolls):
    found = events_of(analyse, text, language, published=PUB_WEDNESDAY)
    assert {e.location.name: e.fatalities for e in found if e.location is not None} == tolls


def test_one_incident_at_two_places_keeps_the_sum(analyse):
    text = ("Gunmen attacked two villages in Benue state on Monday, killing 12 people in Yelwata and "
            "seven in Agatu.")
    found = events_of(analyse, text, "en", published=PUB_WEDNESDAY)
    assert [e.fatalities for e in found] == [19]


# --- "an overnight attack [...] on Friday" ------------------------------------------------------------
# The adjective "overnight" was read as the night before publication even when the sentence names the
# act's day: a Friday raid reported on Wednesday became two incidents, one on Tuesday night.
OVERNIGHT_WITH_A_DAY = [
    "Gunmen killed at least 42 villagers in an overnight attack on Yelewata, a village in Nigeria's "
    "Benue state, on Friday, police said.",
    "Russian drones hit a fuel depot near Sumy in the overnight strike on Friday, injuring three workers.",
]


@pytest.mark.parametrize("text", OVERNIGHT_WITH_A_DAY)
def test_an_overnight_act_of_a_named_day_is_that_days(analyse, text):
    found = events_of(analyse, text, "en", published=PUB_WEDNESDAY)
    assert [e.date.start.isoformat() for e in found] == ["2025-05-02"]


def test_an_overnight_act_with_only_a_statements_day_stays_the_last_night(analyse):
    text = ("Gunmen killed at least 20 people in an overnight raid on a village in Benue state, police said "
            "on Monday.")
    found = events_of(analyse, text, "en", published="2025-06-02")
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in found] == \
        [("2025-06-01", "2025-06-02")]
