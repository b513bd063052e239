"""The parties of incidents, round 24 (fourth task), in pattern sentences written for the purpose
(stories of no development document), French and English.

(2) Nationals counted as victims are the target, civilians of their country, not the state: "killed
at least 14 Palestinians who were waiting for flour", "a tué neuf Ukrainiens qui faisaient la
queue" (who_nationals.counted_nationals). The adjective ("Russian soldiers") stays the country's.
"""

from __future__ import annotations

import pytest
from helpers import events_of

# -- (2) nationals counted as victims -------------------------------------------------------------

COUNTED_NATIONALS = [
    ("en", "An Israeli air strike killed at least 14 Palestinians who were waiting for flour near a"
           " distribution point in Gaza City on Tuesday.", "PS"),
    ("en", "A Russian missile strike killed nine Ukrainians who were queuing for bread in Kharkiv on"
           " Monday.", "UA"),
    ("fr", "Une frappe aérienne israélienne a tué au moins 14 Palestiniens qui attendaient de la farine"
           " près d'un point de distribution à Gaza mardi.", "PS"),
    ("fr", "Une frappe de missile russe a tué neuf Ukrainiens qui faisaient la queue pour du pain à"
           " Kharkiv lundi.", "UA"),
]


@pytest.mark.parametrize(("language", "text", "country"), COUNTED_NATIONALS)
def test_counted_nationals_are_civilian_targets(analyse, language, text, country):
    events = events_of(analyse, text, language)
    assert events, text
    targets = [(t.name, t.kind, t.country) for e in events for t in e.targets]
    assert ("civilians", "civilians", country) in targets, targets
    # the people are no attacker either
    assert not any(a.country == country for e in events for a in e.actors), \
        [(a.name, a.country) for e in events for a in e.actors]


NATIONAL_ADJECTIVES = [
    ("en", "Ukrainian drones killed two Russian soldiers near Belgorod on Monday.", "RU"),
    ("fr", "Des drones ukrainiens ont tué deux soldats russes près de Belgorod lundi.", "RU"),
]


@pytest.mark.parametrize(("language", "text", "country"), NATIONAL_ADJECTIVES)
def test_a_national_adjective_is_no_civilian(analyse, language, text, country):
    events = events_of(analyse, text, language)
    assert not any(t.kind == "civilians" and t.country == country for e in events for t in e.targets), \
        [(t.name, t.kind) for e in events for t in e.targets]
