"""Places, round 27 (lead's review): a place inside the speaker of a reporting verb is the seat of
who speaks, never the scene the act is refined to (extract/where_refine._of_speaker), whether the
parse makes the speaker the verb's subject or, in an incise set after the reported clause, its
object (", a annoncé le parquet régional de Lublin")."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday

# (language, text, a name the incident's place must not have)
SPEAKER_SEATS = [
    ("fr", "Un drone s'est écrasé mardi près du village de Wyryki, dans l'est de la Pologne, endommageant "
           "le toit d'une maison, a annoncé le parquet régional de Lublin.", "Lublin"),
    ("fr", "Un obus est tombé lundi près du hameau de Sivka, dans l'est de l'Ukraine, blessant deux "
           "agriculteurs, a indiqué l'administration militaire de Kharkiv.", "Kharkiv"),
    ("en", "A drone crashed on Tuesday near the hamlet of Zbiczno in eastern Poland, damaging a barn, "
           "the Lublin prosecutor's office said.", "Lublin"),
]


@pytest.mark.parametrize(("language", "text", "seat"), SPEAKER_SEATS)
def test_a_place_in_the_speaker_is_no_scene(analyse, language, text, seat):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    assert all(e.location is None or e.location.name != seat for e in events), \
        [(e.location.name, e.location.text) for e in events if e.location]
