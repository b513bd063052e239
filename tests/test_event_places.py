"""Places of incidents, French and English, through the whole pipeline (`analyse`): a summons
happens in the capital of the state that summons, a place a strike was launched from is not its
scene, a capital that strikes or launches is the attacker. Sentences written from the general
patterns of conflict reporting."""

from __future__ import annotations

import pytest
from helpers import events_of

# (language, text, event type, expected place name)
SEATS = [
    ("fr", "Mardi, la France a convoqué l'ambassadeur de Russie après l'incursion de drones en Pologne.",
     "diplomatic_protest", "Paris"),
    ("fr", "Le ministère roumain des Affaires étrangères a convoqué lundi l'ambassadeur russe.",
     "diplomatic_protest", "Bucharest"),
    ("en", "On Tuesday Poland summoned the Russian ambassador over the drone incursion.",
     "diplomatic_protest", "Warsaw"),
    ("en", "Pakistan's foreign office summoned the Indian envoy on Monday to protest the firing.",
     "diplomatic_protest", "Islamabad"),
]


@pytest.mark.parametrize(("language", "text", "kind", "place"), SEATS)
def test_a_summons_is_in_the_capital_of_the_state_that_summons(analyse, language, text, kind, place):
    found = [e for e in events_of(analyse, text, language) if e.type == kind]
    assert found and all(e.location is not None and e.location.name == place for e in found), \
        [(e.type, e.location and e.location.name) for e in found]


# (language, text, the incident's place, a place it must not have)
SCENES = [
    ("fr", "Mardi, des drones lancés depuis la Crimée ont frappé le port d'Odessa.", "Odesa", "Crimea"),
    ("en", "On Tuesday cruise missiles fired from Russia hit Kharkiv.", "Kharkiv", "Russia"),
    ("fr", "Lundi, une frappe de Moscou a touché un hôpital de Kharkiv.", "Kharkiv", "Moscow"),
    ("en", "Drones launched by Russia hit Odesa on Monday night, officials said.", None, "Russia"),
    # who an act is laid on, or its passive agent, is a doer, not the scene
    ("en", "On Monday an air strike blamed on Israel destroyed Iran's consulate in Syria.", "Syria",
     "Israel"),
    ("en", "An attack attributed to Russia damaged a power plant near Lviv on Friday.", "Lviv", "Russia"),
    ("en", "On Sunday attack drones launched by Iran were shot down over Irbil.", None, "Iran"),
    ("fr", "Lundi, une frappe imputée à Israël a détruit le consulat iranien en Syrie.", "Syria", "Israel"),
    ("fr", "Vendredi, une attaque attribuée à la Russie a endommagé une centrale près de Lviv.", "Lviv",
     "Russia"),
]


@pytest.mark.parametrize(("language", "text", "place", "not_place"), SCENES)
def test_the_scene_is_where_it_hit(analyse, language, text, place, not_place):
    events = [e for e in events_of(analyse, text, language) if e.type != "diplomatic_protest"]
    names = [e.location.name if e.location else None for e in events]
    assert events and not_place not in names, names
    if place:
        assert place in names, names
