"""Round 8 actors: a gerund after a preposition of time has the subject of the clause it dates
("has used air strikes since seizing power", "a bombardé Kharkiv après avoir lancé des drones"),
and a junta is a party ("la junte birmane", "the military junta")."""

from __future__ import annotations

import pytest
from helpers import events_of

# (language, text, event type, actor word expected in an actor's name)
ACTORS = [
    ("en", "The army has bombed rebel villages in Sagaing since seizing power in February 2021.",
     "other", "army"),
    ("en", "The junta has carried out air strikes on villages since seizing power in February 2021.",
     "other", "junta"),
    ("en", "On Tuesday, the Myanmar junta bombed a village in Sagaing, killing 12 people.", None, "junta"),
    ("fr", "Mardi, la junte birmane a bombardé un village de Sagaing, tuant 12 personnes.", None, "junta"),
    ("fr", "Mardi, l'armée a bombardé Kharkiv après avoir lancé des drones sur Odessa.", None, "army"),
]


@pytest.mark.parametrize(("language", "text", "kind", "actor"), ACTORS)
def test_actor(analyse, language, text, kind, actor):
    events = [e for e in events_of(analyse, text, language) if kind is None or e.type == kind]
    assert events, [(e.type, e.actors) for e in events_of(analyse, text, language)]
    assert all(any(actor in a.name for a in e.actors) for e in events), [(e.type, e.actors) for e in events]
