"""Spellings of places that GeoNames lacks, added as `variants` in lang/<code>/places.yaml: the
incident is placed at the town, French and English."""

from __future__ import annotations

import pytest
from helpers import events_of

# (language, text, place name expected)
PLACES = [
    ("fr", "Mardi, une attaque à la roquette a visé la ville de Beersheva dans le sud d'Israël, "
           "faisant sept morts.", "Beersheba"),
    ("en", "On Tuesday, a rocket attack hit the city of Beersheva in southern Israel, killing seven "
           "people.", "Beersheba"),
    ("fr", "Jeudi, un char israélien a tiré sur une tour d'observation de la Finul à Ras al-Naqoura, "
           "dans le sud du Liban.", "En Nâqoûra"),
    ("en", "On Thursday, an Israeli tank fired at a UNIFIL observation tower in Ras Naqoura, in "
           "southern Lebanon.", "En Nâqoûra"),
]


@pytest.mark.parametrize(("language", "text", "place"), PLACES)
def test_variant_spelling_places_the_incident(analyse, language, text, place):
    events = events_of(analyse, text, language)
    assert len(events) == 1, [(e.type, e.location) for e in events]
    assert events[0].location is not None and events[0].location.name == place, events[0].location
