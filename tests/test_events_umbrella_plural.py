"""Plural strikes told as a whole are no barrage of their own beside their parts.

"Israeli strikes on two villages in southern Lebanon killed four people. Three people were killed in
a strike on a house in X and another man died ... in the village of Y": the plural strikes' toll is
the sum of the strikes told next. When only one part has a town the gazetteer knows, the whole must
not become a second incident placed at the region with the whole toll beside the town's strike
(drafts_umbrellas._whole_and_part keeps a barrage apart only when it is told by a singular attack
noun: "une attaque massive ... tuant quinze personnes dans tout le pays. À Kiev, six ...").
"""

from __future__ import annotations

import pytest
from helpers import events_of

PUBLISHED = "2025-06-03"

PLURAL_WHOLES = [
    ("en", "Israeli strikes on two villages in southern Lebanon killed four people on Tuesday, the health "
     "ministry said. Three people were killed in a strike on a house in Aitaroun and another man died "
     "when a drone hit his motorcycle in the village of Kfar Kila."),
    ("fr", "Des frappes israéliennes sur deux villages du sud du Liban ont tué quatre personnes mardi, selon "
     "le ministère de la Santé. Trois personnes ont été tuées dans une frappe sur une maison à Aitaroun "
     "et un homme a été tué par un drone qui a visé sa moto dans le village de Kfar Kila."),
]


@pytest.mark.parametrize(("language", "text"), PLURAL_WHOLES)
def test_plural_strikes_are_not_a_barrage_beside_their_part(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    regional = [e for e in found if e.location is not None and e.location.precision not in ("city", "site")]
    assert found and not regional, [(e.type, e.location and e.location.name, e.fatalities) for e in found]
    assert sum(e.fatalities or 0 for e in found) == 4
