"""Round 19 of the incidents: a side striking the part of a site ("l'entrée du quartier général")
strikes the site, the object's complement (events_typing.py). Sentences written from general
patterns (published Saturday 2025-11-15: "mercredi"/"Wednesday" is the 12th)."""

from __future__ import annotations

import pytest
from helpers import events_of

# the object is a part of a site (entrance, gate, wall); the site is its noun complement
PART_OF_A_SITE = [
    ("fr", "L'armée israélienne a frappé mercredi l'entrée du quartier général de la sécurité à Damas.",
     "Damascus"),
    ("fr", "L'armée turque a frappé mercredi le portail de la caserne de la gendarmerie à Mossoul.", "Mosul"),
    ("fr", "Les forces russes ont frappé mercredi le toit d'une raffinerie à Samara, selon le gouverneur.",
     "Samara"),
]


@pytest.mark.parametrize(("language", "text", "town"), PART_OF_A_SITE)
def test_the_part_of_a_struck_site_is_a_strike(analyse, language: str, text: str, town: str) -> None:
    found = events_of(analyse, text, language)
    assert [(e.type, e.location and e.location.name) for e in found] == [("air_strike", town)]
