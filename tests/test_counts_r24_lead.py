"""The toll in a clause of the act a preposition recalls is that act's own, when that act is the
incident told: "Le Liban a convoqué l'ambassadeur après une frappe aérienne qui a tué cinq personnes
mardi à Tyr" -- the strike (its only telling) has five dead; the summons none. Only another, earlier
act loses it ("The attack came a week after the bombing ... that killed 26": tolls_recalled).
"""

from __future__ import annotations

import pytest
from helpers import events_of

CASES = [
    ("fr", "Le Liban a convoqué mercredi l'ambassadeur de Syrie après une frappe aérienne qui a tué cinq "
     "personnes mardi près de Hermel.", "air_strike", 5),
    ("en", "Pakistan summoned India's deputy high commissioner on Tuesday after a drone strike that killed "
     "three people near Bahawalpur on Monday.", "drone_strike", 3),
]


@pytest.mark.parametrize(("language", "text", "kind", "killed"), CASES)
def test_the_recalled_act_that_is_the_incident_keeps_its_toll(analyse, language, text, kind, killed) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    strikes = [e for e in found if e.type == kind]
    assert strikes and strikes[0].fatalities == killed, [(e.type, e.fatalities) for e in found]
    assert all(e.fatalities is None for e in found if e.type == "diplomatic_protest")


# "civil" on a thing names nobody (targets.qualifies_a_thing), but a counted "civils" the parser hung
# as an adjective on the next noun still names the people killed
COUNTED_CIVILIANS = [
    ("fr", "Des soldats indiens et pakistanais ont échangé des tirs d'artillerie dans la nuit de mercredi à "
     "jeudi le long de la frontière, tuant au moins quatre civils côté indien, a indiqué la police."),
]


@pytest.mark.parametrize(("language", "text"), COUNTED_CIVILIANS)
def test_counted_civilians_are_a_target(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert found and any(t.name == "civilians" for t in found[0].targets), [e.targets for e in found]


# nationals counted as victims are civilians of their country (who_nationals), but not in a battle
BATTLE_NATIONALS = [
    ("en", "Ukrainian forces killed 30 Russians in fighting near Kupiansk on Tuesday, the army said."),
    ("fr", "Les forces ukrainiennes ont tué 30 Russes lors de combats près de Koupiansk mardi, selon "
     "l'armée."),
]


@pytest.mark.parametrize(("language", "text"), BATTLE_NATIONALS)
def test_nationals_counted_in_a_battle_are_no_civilians(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert found and not any(t.name == "civilians" for e in found for t in e.targets), \
        [(e.type, e.targets) for e in found]
