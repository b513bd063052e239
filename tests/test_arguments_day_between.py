"""A day between the verb that carries an attack out and the attack noun ("ont tendu dimanche une
embuscade", "ont mené mardi une attaque"): the parser hangs the noun on the day, the verb's
subject is still the attacker (arguments.attack_agents). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(("text", "attacker"), [
    ("Des jihadistes ont tendu dimanche une embuscade à un convoi de l'armée burkinabè près de Djibo, "
     "tuant douze soldats.", "jihadists"),
    ("Les rebelles ont mené mardi une attaque contre une base de l'armée près de Goma.", "rebels"),
])
def test_the_subject_carries_out_the_attack_across_a_day(analyse, text: str, attacker: str) -> None:
    events = events_of(analyse, text, "fr")
    assert events
    assert attacker in [p.name for p in events[0].actors]
