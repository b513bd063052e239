"""The scene of an incident is not the state that acted nor where its attackers came from: a place
inside the subject of the active trigger verb ranks after the other places of the clause
(arguments.best_place). The West as a party ("les Occidentaux", "Western countries"), and a
one-word province read as an adjective ("Western countries" is not Sri Lanka's Western Province)."""

from __future__ import annotations

import pytest
from helpers import events_of

# (language, text, place expected, actor expected among the actors or None)
SCENES = [
    ("fr", "La Russie et les Occidentaux ont échangé hier 26 de leurs ressortissants, en Turquie.",
     "Turkey", "Western countries"),
    ("en", "On Thursday, Russia and Western countries exchanged 26 prisoners in Turkey.",
     "Turkey", "Western countries"),
    ("fr", "Jeudi, la Russie a bombardé l'Ukraine avec des missiles de croisière.", "Ukraine", "Russia"),
    ("en", "On Thursday, Russia attacked Ukraine with cruise missiles.", "Ukraine", "Russia"),
    ("fr", "Jeudi, des drones venus de Russie ont frappé Kharkiv, tuant deux personnes.", "Kharkiv", None),
    ("en", "On Thursday, drones launched from Russia hit Kharkiv, killing two people.", "Kharkiv", None),
]


@pytest.mark.parametrize(("language", "text", "place", "actor"), SCENES)
def test_scene_is_not_the_acting_subject(analyse, language, text, place, actor):
    events = events_of(analyse, text, language)
    assert len(events) == 1, [(e.type, e.location) for e in events]
    assert events[0].location is not None and events[0].location.name == place, events[0].location
    if actor is not None:
        assert actor in [a.name for a in events[0].actors], events[0].actors


def test_an_adjective_is_no_province(analyse):
    article = analyse("On Thursday, Russia and Western countries exchanged 26 prisoners in Turkey.", "en")
    places = [m.value.name for m in article.of_kind("place")]
    assert "Western" not in places, places
