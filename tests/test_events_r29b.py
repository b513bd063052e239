"""Places of incidents, round 29 (second task): pattern sentences of our own.

0. A place in a relative clause on the act's own object ("shot down Belarusian drones that had
   entered its airspace near X") is the act's place, not another act's (where_target_side).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-09-10"  # a Wednesday

# (language, text, the act's place)
OWN_OBJECT_CLAUSES = [
    ("en", "Finnish fighter jets on Sunday shot down two Russian drones over Finland that had entered "
           "its airspace near Kotka.", "Kotka"),
    ("en", "Latvia's air force on Sunday shot down two Belarusian drones that had entered Latvian "
           "airspace near Daugavpils.", "Daugavpils"),
    # (guards) the French parses already kept the place
    ("fr", "En Lettonie, des chasseurs ont abattu samedi deux drones biélorusses qui avaient pénétré "
           "dans l'espace aérien près de Daugavpils.", "Daugavpils"),
    ("fr", "La Lituanie a abattu mardi plusieurs drones biélorusses qui étaient entrés dans son espace "
           "aérien près de Kaunas.", "Kaunas"),
]


@pytest.mark.parametrize(("language", "text", "name"), OWN_OBJECT_CLAUSES)
def test_a_relative_clause_on_the_acts_object_places_the_act(analyse, language, text, name):
    names = [e.location.name for e in analyse(text, language, PUBLISHED).events if e.location]
    assert names and all(n == name for n in names), names
