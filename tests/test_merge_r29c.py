"""Which incidents exist, round 29, third task (`merge`): pattern sentences of our own.

1. A downing or violation counted again in a later statement, with neither day, place nor party of
   its own ("The defence minister told senators that eleven violations of the airspace had been
   logged and that at least two drones were downed. Nobody was injured"), is the incident told
   before, not a second one anchored by its zero toll (extract/events_recounted.py).
"""

from __future__ import annotations

import pytest

# (language, published, text)
RECOUNTED = [
    ("en", "2025-09-14",
     "Romanian and NATO jets shot down drones that entered Romanian airspace overnight during a Russian "
     "strike on southern Ukraine, Defence Minister Ionut Moșteanu said on Sunday.\n\n"
     "Moșteanu told senators that eleven violations of the airspace had been logged and that at least "
     "two drones were downed. Nobody was injured, the ministry said.\n"),
    ("fr", "2025-09-14",
     "Des avions moldaves et roumains ont abattu dans la nuit des drones entrés dans l'espace aérien "
     "moldave lors d'une attaque russe contre le sud de l'Ukraine, a déclaré dimanche le président "
     "Maia Sandu.\n\n"
     "Maia Sandu a indiqué aux députés que onze violations de l'espace aérien avaient été constatées "
     "et qu'au moins deux drones avaient été abattus. Personne n'a été blessé, selon le ministère.\n"),
]


@pytest.mark.parametrize(("language", "published", "text"), RECOUNTED)
def test_a_downing_counted_again_in_a_statement_is_the_incident_told(analyse, language, published, text):
    events = analyse(text, language, published).events
    violent = [e for e in events if e.type != "other"]
    assert len(violent) == 1, [(e.type, e.summary, e.fatalities) for e in events]
    assert violent[0].location is not None

