"""Which incidents exist, round 27 (lead's review): forces that killed the attackers of an attack
told before ended that attack (extract/events_ending.py): no incident of their own, no share of its
toll, not among its doers; with a place of their own they stay an incident."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday

# (language, text, the toll of wounded the attack must keep)
ENDED = [
    ("en", "Gunmen stormed a hotel in Kismayo on Monday, killing at least nine people, police said.\n\n"
           "The siege lasted five hours before troops killed all the attackers. At least 30 people were "
           "wounded, a police officer said.", 30),
    ("fr", "Des combattants shebab ont attaqué lundi un hôtel de Kismayo, tuant au moins neuf personnes, "
           "a indiqué la police.\n\n« Les forces de sécurité ont tué les quatre assaillants », a déclaré le "
           "ministre. Au moins 30 personnes ont été blessées, selon la police.", 30),
]


@pytest.mark.parametrize(("language", "text", "injured"), ENDED)
def test_killing_the_attackers_ends_the_attack(analyse, language, text, injured):
    events = analyse(text, language, PUBLISHED).events
    violent = [e for e in events if e.type in ("armed_clash", "attack_on_civilians", "explosion")]
    assert len(violent) == 1, [(e.type, [p.name for p in e.actors], [p.name for p in e.targets])
                               for e in events]
    attack = violent[0]
    assert attack.injured == injured
    assert not any(p.name in ("security forces", "troops", "Somali troops") for p in attack.actors), \
        [p.name for p in attack.actors]


KEPT = [
    ("en", "Gunmen attacked a police post in Kidal on Monday, killing three officers.\n\n"
           "On Tuesday, troops killed 15 attackers near Gao, the army said."),
]


@pytest.mark.parametrize(("language", "text"), KEPT)
def test_a_fight_with_a_place_of_its_own_stays_an_incident(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert len([e for e in events if e.type in ("armed_clash", "attack_on_civilians")]) == 2, \
        [(e.type, e.location and e.location.name) for e in events]
