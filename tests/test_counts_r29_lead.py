"""Lead's review of round 29: a statement of none about one side of the people ("Aucun membre
d'équipage n'a été blessé", "No soldiers were hurt") is the incident's zero when the text counts no
one else; it gives way only to another count of people (tests/test_dates_r29b.py: "Aucun civil n'a
été tué" beside "neutralisé une soixantaine d'assaillants")."""

from __future__ import annotations

import pytest
from helpers import events_of

SIDE_NONE_ALONE = [
    ("fr", "Un pétrolier battant pavillon maltais a été touché mardi par un drone au large de Port-Soudan, "
           "a indiqué l'agence maritime. Aucun membre d'équipage n'a été blessé, selon la même source.",
     "injured"),
    ("en", "A rocket hit an army base near Kidal, Mali, on Tuesday, damaging two hangars. No soldiers were "
           "hurt, the army said.", "injured"),
    ("en", "A drone struck a police station in Bannu, Pakistan, on Tuesday. No police officers were killed, "
           "a spokesman said.", "fatalities"),
]


@pytest.mark.parametrize(("language", "text", "field"), SIDE_NONE_ALONE)
def test_a_none_of_one_side_alone_is_the_zero(analyse, language, text, field):
    found = events_of(analyse, text, language, published="2025-06-11")
    assert found
    assert [getattr(e, field) for e in found] == [0] * len(found)
