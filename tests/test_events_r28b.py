"""Places of incidents, round 28 (second task): pattern sentences of our own.

1. An act set on a bare border noun ("along the frontier", "à la frontière") in a sentence naming
   two neighbouring countries (by name or nationality) is placed on their border, not at a town
   of a two-town dateline (where_borders.bare_border).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-13"  # a Friday

# (language, text, the border's name)
BARE_BORDERS = [
    ("en", "NEW DELHI/ISLAMABAD, June 10 (Reuters) — Indian troops fired on Pakistani army positions along "
           "the frontier overnight, killing four soldiers, the Pakistani military said.",
     "India-Pakistan border"),
    ("en", "ADDIS ABABA/ASMARA, June 8 (AP) — Eritrean forces shelled Ethiopian villages along the border "
           "on Sunday, killing six civilians, Ethiopian officials said.", "Eritrea-Ethiopia border"),
    ("fr", "BANGKOK/PHNOM PENH, 9 juin (AFP) — Des soldats cambodgiens ont attaqué des postes thaïlandais "
           "à la frontière dans la nuit de dimanche à lundi, tuant deux militaires, a annoncé l'armée "
           "thaïlandaise.", "Cambodia-Thailand border"),
    ("fr", "Des gardes-frontières iraniens ont ouvert le feu sur des passeurs afghans le long de la "
           "frontière mardi, tuant trois hommes, selon les talibans.", "Afghanistan-Iran border"),
]


@pytest.mark.parametrize(("language", "text", "border"), BARE_BORDERS)
def test_an_act_along_a_bare_border_is_on_the_border(analyse, language, text, border):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    places = [(e.location.name, e.location.precision) for e in events if e.location]
    assert places and all(p == (border, "region") for p in places), places
