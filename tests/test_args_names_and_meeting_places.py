"""Round 8: a facility after "près de"/"near" is a landmark, not a target; a facility noun that
begins a longer name is no facility ("la Maison Blanche" is the
White House, not a house that was hit), and the place of a meeting told with a modal or passive
verb above it ("la réunion doit se tenir à Bruxelles", "talks are expected to take place in
Doha") is the meeting's."""

from __future__ import annotations

import pytest
from helpers import events_of

NOT_TARGETS = [
    # a landmark of the scene ("près de l'ambassade", "near the embassy") is not what was hit
    ("fr", "Vendredi, une frappe de drone a frappé une partie du centre de Tel-Aviv près de "
           "l'ambassade américaine, tuant une personne.", "Embassy"),
    ("fr", "Vendredi, un drone a explosé à proximité de l'hôpital de Kharkiv, tuant une personne.",
     "hospital"),
    ("en", "On Friday, a drone strike hit central Tel Aviv near the US embassy, killing one person.",
     "Embassy"),
    ("en", "On Friday, a drone exploded close to the hospital in Kharkiv, killing one person.",
     "hospital"),
    ("fr", "Mardi, un missile est tombé à Przemysl, tuant deux personnes. La Maison Blanche a "
           "condamné l'attaque.", "house"),
    ("fr", "Mardi, un missile est tombé sur une ferme à Przemysl, tuant deux personnes, a indiqué "
           "la Maison Blanche.", "house"),
]


@pytest.mark.parametrize(("language", "text", "name"), NOT_TARGETS)
def test_a_name_is_no_facility(analyse, language, text, name):
    events = events_of(analyse, text, language)
    assert events, text
    assert not any(name in t.name for e in events for t in e.targets), [e.targets for e in events]


MEETINGS = [
    ("fr", "Une réunion d'urgence réunissant tous les ambassadeurs de l'Otan doit se tenir mercredi "
           "à Bruxelles.", "Brussels"),
    ("fr", "Des pourparlers entre les deux camps devraient avoir lieu lundi à Doha.", "Doha"),
    ("en", "An emergency meeting of all NATO ambassadors is to be held on Wednesday in Brussels.",
     "Brussels"),
    ("en", "Talks between the two sides are expected to take place on Monday in Doha.", "Doha"),
]


HIT = [
    ("fr", "Vendredi, une frappe de drone a touché l'ambassade américaine à Tel-Aviv, tuant une personne.",
     "Embassy"),
    ("en", "On Friday, a drone strike hit the US embassy in Tel Aviv, killing one person.", "Embassy"),
]


@pytest.mark.parametrize(("language", "text", "name"), HIT)
def test_the_facility_hit_is_a_target(analyse, language, text, name):
    events = events_of(analyse, text, language)
    assert any(name in t.name for e in events for t in e.targets), [e.targets for e in events]


@pytest.mark.parametrize(("language", "text", "place"), MEETINGS)
def test_meeting_place_through_a_verb_above(analyse, language, text, place):
    events = events_of(analyse, text, language)
    assert len(events) == 1, [(e.type, e.location) for e in events]
    assert events[0].location is not None and events[0].location.name == place, events[0].location
