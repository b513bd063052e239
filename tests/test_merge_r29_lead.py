"""Lead's review of round 29: an accusation of kidnapping a ship's crew, joined to the attack on the
ship (extract/events_crew.py), makes no dispute of the attack: its weapons, told by the attackers'
own claim, stay."""

from __future__ import annotations

import pytest
from helpers import events_of

CREW_ACCUSED = [
    ("en", "Somali pirates said on Monday they had seized the tanker Blue Heron off Eyl after attacking it "
           "with rocket-propelled grenades from two skiffs. Three crew members were killed, the EU naval "
           "force said. The Indian Navy accused the pirates of kidnapping the crew.", "grenade"),
]


@pytest.mark.parametrize(("language", "text", "weapon"), CREW_ACCUSED)
def test_a_crew_taken_leaves_the_attack_its_weapons(analyse, language, text, weapon):
    found = events_of(analyse, text, language, published="2025-07-14")
    attacks = [e for e in found if e.weapons or e.fatalities]
    assert attacks, [(e.type, e.weapons) for e in found]
    assert any(weapon in (w.name or w.category or "") for e in attacks for w in e.weapons), \
        [(e.type, [w.name for w in e.weapons], e.status) for e in found]
