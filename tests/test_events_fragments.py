"""Round 5b: the article + a weekday ("le mercredi") told of one day, and incidents whose sentence
the parser cuts into fragments (the words a trigger requires then sit in another parser sentence).
Sentences written from general patterns of wire copy; published Saturday 2025-11-15."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

from newsevents.temporal import find_times

PUB = date(2025, 11, 15)


@pytest.mark.parametrize(("text", "said", "day"), [
    ("Le communiqué rapporte que le mercredi les soldats avaient ouvert le feu.", "le mercredi", 12),
    ("Le lundi, la ville avait de nouveau été bombardée.", "Le lundi", 10),
    ("Le jeudi soir, des tirs ont visé le poste.", "Le jeudi soir", 13),
])
def test_article_and_weekday_is_a_day(text, said, day):
    found = [(text[v.span[0]:v.span[1]], v.start, v.end) for v in find_times(text, "fr", PUB)]
    assert found == [(said, date(2025, 11, day), date(2025, 11, day))]


@pytest.mark.parametrize("text", [
    "Les fidèles s'étaient rassemblés pour le dimanche des Rameaux.",
    "Les marchés ferment chaque mercredi.",
])
def test_article_and_weekday_not_a_weekday(text):
    # a holiday named after its weekday keeps its holiday reading (or none), never the plain weekday
    for v in find_times(text, "fr", PUB):
        assert text[v.span[0]:v.span[1]].lower() not in ("le dimanche", "mercredi")


def test_weekday_with_article_dates_the_incident(analyse):
    text = "Le communiqué rapporte que le mercredi les soldats avaient ouvert le feu sur des manifestants, " \
           "tuant trois personnes."
    found = events_of(analyse, text, "fr")
    assert [(e.date.start, e.date.inferred) for e in found] == [(date(2025, 11, 12), False)]


# a long sentence the parser cuts before "lors de combats": the fighting still counts, with its range
BROKEN = [
    ("fr", "C'est dans ce même district de Kidal que les rebelles et leurs alliés avaient dit avoir tué des "
           "dizaines de militaires tchadiens et de membres de la milice privée locale Kalach lors de combats "
           "survenus entre le 3 et le 5 mars."),
    ("en", "It was in the same district of Kidal that the rebels and their allies had claimed to have killed "
           "dozens of Chadian soldiers and members of the private militia group Kalach during fighting "
           "between 3 and 5 March."),
]


@pytest.mark.parametrize(("language", "text"), BROKEN)
def test_fighting_in_a_cut_sentence(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "armed_clash"]
    assert [(e.date.start, e.date.end) for e in found] == [(date(2025, 3, 3), date(2025, 3, 5))]


def test_fighting_needs_its_required_words_somewhere_in_the_sentence(analyse):
    # vague 'combats' with nothing military in the whole written sentence stays no incident
    text = "Les enfants jouaient aux combats de boules de neige entre le 3 et le 5 mars."
    assert [e for e in events_of(analyse, text, "fr") if e.type == "armed_clash"] == []


# the lead tells the strike undated; the body dates the wave and lists the places it hit
NAMED_PLACE = [
    ("en", "The governor has commented on the Russian missile hitting a school in Kharkiv and killing "
           "at least six people.\nRussia launched a new massive attack on Ukraine on Thursday. Explosions "
           "were reported in the Kyiv, Lviv and Kharkiv regions of the country.", "missile_strike"),
    ("fr", "Le gouverneur a commenté le missile russe qui a frappé une école à Kharkiv, tuant au moins six "
           "personnes.\nLa Russie a lancé une nouvelle attaque massive contre l'Ukraine jeudi. Des "
           "explosions ont été signalées dans les régions de Kiev, Lviv et Kharkiv.", "missile_strike"),
]


@pytest.mark.parametrize(("language", "text", "type_"), NAMED_PLACE)
def test_undated_strike_takes_the_date_of_the_wave_naming_its_place(analyse, language, text, type_):
    found = [e for e in events_of(analyse, text, language) if e.type == type_]
    assert [e.date.start for e in found] == [date(2025, 11, 13)]


def test_undated_strike_elsewhere_keeps_the_publication_date(analyse):
    # the dated wave names other places: the strike of the lead stays news of the day
    text = ("The governor has commented on the Russian missile hitting a school in Kharkiv and killing at "
            "least six people.\nRussia launched a new massive attack on Ukraine on Thursday. Explosions "
            "were reported in the Kyiv and Lviv regions of the country.")
    found = [e for e in events_of(analyse, text, "en") if e.type == "missile_strike"]
    assert [e.date.start for e in found] == [date(2025, 11, 15)]


# two strikes of two kinds, each dated by its own words in its own sentence: two incidents
TWO_KINDS = [
    ("en", "He said that over the past day, Russia fired 30 shells at the city of Nikopol.\nThe air force "
           "said on Sunday that its air defence shot down 18 of 25 attack drones launched by Russia "
           "overnight."),
    ("fr", "Il a déclaré samedi que dans la nuit, la Russie avait tiré 30 obus sur la ville de Nikopol.\n"
           "L'armée de l'air a indiqué samedi que 18 des 25 drones lancés par la Russie la nuit dernière "
           "avaient été abattus."),
]


@pytest.mark.parametrize(("language", "text"), TWO_KINDS)
def test_shelling_and_drones_dated_apart_stay_two(analyse, language, text):
    types = sorted(e.type for e in events_of(analyse, text, language))
    assert "shelling" in types and "drone_strike" in types


# breaking off diplomatic relations is a diplomatic protest; other ties cut are not
SEVERED = [
    ("en", "Chad severed diplomatic ties with Qatar on Monday over its support for the rebels.", True),
    ("en", "The government broke off diplomatic relations with Belgrade on Monday.", True),
    ("en", "The company cut ties with its supplier on Monday.", False),
    ("fr", "Le Tchad a rompu lundi ses relations diplomatiques avec le Qatar.", True),
    ("fr", "Le gouvernement a annoncé lundi la rupture des relations diplomatiques avec Belgrade.", True),
    ("fr", "Le club a rompu lundi ses relations avec son sponsor.", False),
]


@pytest.mark.parametrize(("language", "text", "protest"), SEVERED)
def test_severed_diplomatic_ties(analyse, language, text, protest):
    found = [e for e in events_of(analyse, text, language) if e.type == "diplomatic_protest"]
    assert len(found) == (1 if protest else 0)
