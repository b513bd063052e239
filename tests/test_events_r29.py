"""Places of incidents, round 29: pattern sentences of our own.

1. A town the gazetteer lacks, named with the division that holds it ("in X, Y state", "X, Y
   region", "à X, dans la province de Y", set off by a comma), is the act's place under the
   name the text gave, at the division's point with admin1 precision: never the division's name
   alone, never a homonym elsewhere (where_unlisted).
2. A quarter the gazetteer lacks told as a neighbourhood of a town ("in X, a neighbourhood of Y",
   "à X, un quartier de Y") places the act at that town, city precision, the quarter's name kept.
3. (guard) A hyphenated place name in French text ("Phnom-Penh", "Port-Soudan") is one place.
"""

from __future__ import annotations

import pytest

from newsevents.geo import haversine_km

PUBLISHED = "2025-06-13"  # a Friday

# (language, text, the name kept, the division's first-level name, its country)
TOWNS_IN_DIVISIONS = [
    ("en", "JUBA, June 9 (Reuters) - A bomb blast at a cattle market in Pibor Ayod, Jonglei state, "
           "killed nine people on Monday, local officials said.", "Pibor Ayod", "Jonglei", "SS"),
    ("en", "Militants killed 14 soldiers in Nagraogo, Centre-Nord region, "
           "on Tuesday, security sources said.", "Nagraogo", "Centre-Nord", "BF"),
    ("en", "A drone strike killed seven farmers near Wegel Tena, Amhara region, "
           "on Wednesday, residents said.", "Wegel Tena", "Amhara", "ET"),
    ("fr", "Une frappe aérienne a tué six civils mardi à Nyal Kuer, dans l'État du Jonglei, selon "
           "une ONG.", "Nyal Kuer", "Jonglei", "SS"),
    ("fr", "Des jihadistes ont attaqué lundi un poste militaire à Gasseliki, dans la "
           "région du Centre-Nord, tuant onze soldats, selon des sources sécuritaires.",
     "Gasseliki", "Centre-Nord", "BF"),
]


@pytest.mark.parametrize(("language", "text", "name", "admin1", "country"), TOWNS_IN_DIVISIONS)
def test_a_town_the_gazetteer_lacks_keeps_its_name_at_its_division(analyse, language, text, name,
                                                                   admin1, country):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    places = [(e.location.name, e.location.country, e.location.admin1, e.location.precision)
              for e in events if e.location]
    assert places and all(p == (name, country, admin1, "admin1") for p in places), places


# (language, text, the quarter's name, its country, the town's point)
QUARTERS = [
    ("en", "Gunmen shot dead five people in Bel Air, a neighbourhood of Port-au-Prince, on Monday, "
           "police said.", "Bel Air", "HT", (18.54, -72.34)),
    ("en", "Police said gunmen killed three traders in Kpakungu, a neighbourhood of Minna, on Sunday "
           "night.", "Kpakungu", "NG", (9.61, 6.56)),
    ("fr", "Des hommes armés ont tué quatre civils dimanche à Wendou, un quartier de Djibo, selon "
           "des sources locales.", "Wendou", "BF", (14.10, -1.63)),
]
TOWN_KM = 15.0  # the quarter is placed at its town's gazetteer point


@pytest.mark.parametrize(("language", "text", "name", "country", "point"), QUARTERS)
def test_a_quarter_places_the_act_at_its_town_under_its_own_name(analyse, language, text, name,
                                                                 country, point):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    located = [e.location for e in events if e.location]
    assert located, "the incident has no place"
    for loc in located:
        assert (loc.name, loc.country, loc.precision) == (name, country, "city"), loc
        assert haversine_km(loc.lat, loc.lon, *point) < TOWN_KM, loc


# (language, text, the place's name): a name before a unit that is a time or a known place
NOT_UNLISTED = [
    ("en", "Gunmen killed five people in Tripoli, Libya, on Sunday, officials said.", "Tripoli"),
    ("en", "Gunmen killed four people in Kidal, a town in northern Mali, on Sunday, the army said.", "Kidal"),
]


@pytest.mark.parametrize(("language", "text", "name"), NOT_UNLISTED)
def test_a_known_place_before_its_unit_stays_itself(analyse, language, text, name):
    names = [e.location.name for e in analyse(text, language, PUBLISHED).events if e.location]
    assert names and all(n == name for n in names), names


# (language, text, the place)
HYPHENATED = [
    ("fr", "Une frappe de drone a visé dimanche l'aéroport de Port-Soudan, a indiqué l'armée.", "Port Sudan"),
    ("fr", "À Phnom-Penh, la police a arrêté mardi quatre manifestants devant le ministère.", "Phnom Penh"),
]


@pytest.mark.parametrize(("language", "text", "place"), HYPHENATED)
def test_a_hyphenated_name_is_one_place(analyse, language, text, place):
    names = [e.location.name for e in analyse(text, language, PUBLISHED).events if e.location]
    assert names and all(n == place for n in names), names


# (language, text, the country the strike is not in): the only place is the answered act's, in the
# doer's own country; the target's nationality says the strike hit the other side
OFF_SIDE = [
    ("en", "BANGKOK (AP) - Thailand said its jets struck Cambodian military targets on Thursday after "
           "Cambodian rockets hit a market in Thailand's Surin province.", "TH"),
    ("en", "Indian artillery shelled Pakistani army posts on Tuesday after Pakistani drones hit a "
           "school in Poonch, the Indian army said.", "IN"),
    ("fr", "Des avions thaïlandais ont bombardé jeudi des positions cambodgiennes après que des "
           "roquettes cambodgiennes ont frappé un marché de la province de Surin.", "TH"),
]


@pytest.mark.parametrize(("language", "text", "country"), OFF_SIDE)
def test_a_strike_on_the_other_side_is_not_placed_at_the_act_it_answers(analyse, language, text, country):
    events = analyse(text, language, PUBLISHED).events
    assert len(events) >= 2, [(e.type, e.location) for e in events]
    first = min(events, key=lambda e: min(s[0] for s in e.spans) if e.spans else 0)
    assert first.location is None or first.location.country != country, first.location


# (language, text, the place): a place on the strike's own phrase stays whatever the target's nationality
ON_SIDE = [
    ("en", "Ukrainian drones hit Russian positions near Vasylivka on Sunday, the general staff said.",
     "Vasylivka"),
    ("fr", "Des drones ukrainiens ont frappé dimanche des positions russes près de Tokmak, selon Kiev.",
     "Tokmak"),
]


@pytest.mark.parametrize(("language", "text", "place"), ON_SIDE)
def test_a_place_on_the_strike_itself_stays(analyse, language, text, place):
    names = [e.location.name for e in analyse(text, language, PUBLISHED).events if e.location]
    assert names and all(n == place for n in names), names
