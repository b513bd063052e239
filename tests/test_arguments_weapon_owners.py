"""Who fired the weapons an interception stopped: the state qualifying them ("shot down 30 of 41
Russian drones", "a abattu des drones ukrainiens") when no agent is named
(arguments.weapon_owners); the interceptors' own weapons, in the subject, are not. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(("language", "text", "attacker", "defender"), [
    ("en", "Ukraine's air force said it shot down 30 of 41 Russian drones launched overnight at the "
           "Kyiv region.", "Russia", "Ukrainian air force"),
    ("en", "Poland scrambled fighter jets on Tuesday to shoot down a number of Russian drones that had "
           "entered its airspace.", "Russia", "Poland"),
])
def test_the_owner_of_the_downed_weapons_attacked(analyse, language: str, text: str, attacker: str,
                                                  defender: str) -> None:
    strikes = [e for e in events_of(analyse, text, language) if e.type == "drone_strike"]
    assert strikes, [e.type for e in events_of(analyse, text, language)]
    actors = [p.name for p in strikes[0].actors]
    assert attacker in actors
    assert defender not in actors
