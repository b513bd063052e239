"""The defenders' interception told after a strike is part of that strike, not an incident of its own.

"An Israeli air strike hit a building in Damascus on Tuesday ... Syrian air defences shot down
several missiles over the capital": the interception's object is the attack's missiles, no site it
struck (drafts_targets.own_target does not tell it apart), and joining the strike it brings neither
its defenders as actors nor the missiles as targets (Draft.absorb).
"""

from __future__ import annotations

import pytest
from helpers import events_of

STRIKE_EN = ("An Israeli air strike hit a residential building in the Kafr Sousa district of Damascus on "
             "Thursday, killing three people, state media said.\n\n")
STRIKE_FR = ("Une frappe aérienne israélienne a touché jeudi un immeuble résidentiel du quartier de Kafr "
             "Soussa à Damas, tuant trois personnes, selon les médias d'État.\n\n")
CASES = [
    ("en", STRIKE_EN + "Syrian air defences shot down several missiles over the capital, the defence "
     "ministry said."),
    ("en", STRIKE_EN + "Syrian air defences intercepted most of the missiles, the army said."),
    ("fr", STRIKE_FR + "La défense antiaérienne syrienne a intercepté plusieurs missiles au-dessus de la "
     "capitale, a indiqué l'armée."),
]


@pytest.mark.parametrize(("language", "text"), CASES)
def test_interception_after_a_strike_is_that_strike(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-06-07")
    assert [e.type for e in found] == ["air_strike"], [(e.type, [a.name for a in e.actors]) for e in found]
    assert not any("missile" in t.name.lower() for t in found[0].targets)
    assert all("Syria" not in a.name for a in found[0].actors)
