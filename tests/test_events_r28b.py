"""Places of incidents, round 28 (second task): pattern sentences of our own.

1. An act set on a bare border noun ("along the frontier", "à la frontière") in a sentence naming
   two neighbouring countries (by name or nationality) is placed on their border, not at a town
   of a two-town dateline (where_borders.bare_border).
2. A landmark the gazetteer lacks named with a bearing from a town ("near the X dam south of Y",
   "près du pont de X, au nord de Y") is the act's place: a site at the town, the landmark and the
   bearing kept as near text; the landmark is no target (where_landmarks, targets._own_left_word).
3. An act spread over "the country" ("across the country", "dans tout le pays") is placed over the
   country the sentence (its dateline included), its reporting state body or the document names,
   at country precision, not nowhere nor the dateline's town (where_spread).
4. One half of a hyphenated name the gazetteer lacks ("Kourgan-Tioubé": not Kurgan, Russia) is no
   place; the unit named around it places the act (where_joined.cut_at_hyphen); a country name the
   language's table leaves ambiguous ("au Congo") is the country, not a small foreign town.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-13"  # a Friday

# (language, text, the border's name)
BARE_BORDERS = [
    ("en", "NEW DELHI/ISLAMABAD, June 10 (Reuters) — Indian troops fired on Pakistani army positions along "
           "the frontier overnight, killing four soldiers, the Pakistani military said.",
     "India-Pakistan border"),
    ("en", "ADDIS ABABA/ASMARA, June 8 (AP) — Eritrean forces shelled Ethiopian villages along the border "
           "on Sunday, killing six civilians, Ethiopian officials said.", "Eritrea-Ethiopia border"),
    ("fr", "BANGKOK/PHNOM PENH, 9 juin (AFP) — Des soldats cambodgiens ont attaqué des postes thaïlandais "
           "à la frontière dans la nuit de dimanche à lundi, tuant deux militaires, a annoncé l'armée "
           "thaïlandaise.", "Cambodia-Thailand border"),
    ("fr", "Des gardes-frontières iraniens ont ouvert le feu sur des passeurs afghans le long de la "
           "frontière mardi, tuant trois hommes, selon les talibans.", "Afghanistan-Iran border"),
]


@pytest.mark.parametrize(("language", "text", "border"), BARE_BORDERS)
def test_an_act_along_a_bare_border_is_on_the_border(analyse, language, text, border):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    places = [(e.location.name, e.location.precision) for e in events if e.location]
    assert places and all(p == (border, "region") for p in places), places


# (language, text, the town, the landmark of the near text)
LANDMARKS_BY_BEARING = [
    ("en", "Sudanese army drones struck RSF positions near the Jebel Aulia dam south of Khartoum on "
           "Monday, killing 14 fighters, a military source said.", "Khartoum", "Jebel Aulia dam"),
    ("en", "Russian artillery shelled Ukrainian positions near the Antonivskyi bridge east of Kherson on "
           "Tuesday, wounding three soldiers, the governor said.", "Kherson", "Antonivskyi bridge"),
    ("fr", "L'armée soudanaise a bombardé lundi des positions des FSR près du pont de Shambat, au nord de "
           "Khartoum, tuant dix combattants.", "Khartoum", "Shambat bridge"),
]


@pytest.mark.parametrize(("language", "text", "town", "landmark"), LANDMARKS_BY_BEARING)
def test_a_landmark_by_its_bearing_from_a_town_places_the_act(analyse, language, text, town, landmark):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    for e in events:
        assert e.location is not None and e.location.name == town and e.location.precision == "site"
        assert e.location.near is not None and e.location.near.what == landmark, e.location.near
        assert town.split()[0].lower()[:5] in e.location.near.text.lower()
        assert not any(landmark.split()[0] in (t.name or "") for t in e.targets), e.targets


# (language, text, the country)
SPREADS_OVER_THE_COUNTRY = [
    ("en", "NIAMEY, June 9 (Reuters) — Jihadist fighters attacked army posts across the country on Sunday, "
           "killing at least 30 soldiers, the army said.", "NE"),
    ("en", "Coordinated bomb blasts hit police stations throughout the country on Monday, killing 11 "
           "officers, the Somali interior ministry said.", "SO"),
    ("fr", "OUAGADOUGOU, 9 juin (AFP) — Des attaques jihadistes ont visé des postes militaires dans tout le "
           "pays dimanche, tuant au moins 30 soldats, a indiqué l'armée.", "BF"),
    ("fr", "Des explosions ont frappé des casernes à travers le pays lundi, tuant douze militaires, selon "
           "l'armée tchadienne.", "TD"),
]


@pytest.mark.parametrize(("language", "text", "country"), SPREADS_OVER_THE_COUNTRY)
def test_an_act_across_the_country_is_placed_over_it(analyse, language, text, country):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    places = [(e.location.country, e.location.precision) for e in events if e.location]
    assert places and all(p == (country, "country") for p in places), places


# (language, text, the country, admin1 or None)
HYPHENATED_UNKNOWN_TOWNS = [
    ("fr", "Des combattants ont attaqué vendredi un convoi près du village de Kourgan-Tioubé, au "
           "Tadjikistan, tuant trois soldats.", "TJ", None),
    ("en", "Militants ambushed an army convoy near the village of Kurgan-Tioube in Tajikistan's Khatlon "
           "province on Friday, killing three soldiers.", "TJ", "Khatlon"),
    ("fr", "Des hommes armés ont attaqué mardi un poste de police près du village de Lyon-Moukala, au "
           "Gabon, tuant deux policiers.", "GA", None),
]


@pytest.mark.parametrize(("language", "text", "country", "admin1"), HYPHENATED_UNKNOWN_TOWNS)
def test_half_a_hyphenated_name_is_no_place(analyse, language, text, country, admin1):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    places = [(e.location.country, e.location.admin1) for e in events if e.location]
    assert places and all(c == country for c, _ in places), places
    if admin1 is not None:
        assert all(a == admin1 for _, a in places), places


# a country name the language's table leaves ambiguous ("Congo") that only small foreign towns share:
# the country, not the hamlet (where._ranked); (language, text, the continent's country codes)
AMBIGUOUS_COUNTRY_NAMES = [
    ("fr", "Des rebelles ont attaqué mardi un poste de police au Congo, tuant deux policiers.", {"CD", "CG"}),
    ("fr", "Des miliciens armés ont tué jeudi cinq civils dans une embuscade au Congo, selon l'armée.",
     {"CD", "CG"}),
]


@pytest.mark.parametrize(("language", "text", "countries"), AMBIGUOUS_COUNTRY_NAMES)
def test_an_ambiguous_country_name_is_no_foreign_hamlet(analyse, language, text, countries):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    places = [(e.location.country, e.location.precision) for e in events if e.location]
    assert places and all(c in countries and p == "country" for c, p in places), places
