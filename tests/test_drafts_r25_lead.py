"""A headline's bare strike ("une frappe russe sur un immeuble ... à Kharkiv") and the body's first
sentence telling the same bare strike in a town of the same scene ("Une frappe russe a touché
vendredi un immeuble de Pisochyn, en périphérie de Kharkiv") are one incident, as they were already
when the body told it with a weapon (drafts_scene.headline_scene): two bare mentions compared each
other's towns only, so the headline stood as a second strike. A town outside the scene stays apart.
"""

from __future__ import annotations

import pytest
from helpers import events_of

ONE_SCENE = [
    ("fr", "Ukraine : une frappe russe sur un immeuble fait quatre morts à Kharkiv\n\nUne frappe russe a "
     "touché vendredi un immeuble de Pisochyn, en périphérie de Kharkiv, faisant quatre morts, selon le "
     "gouverneur régional."),
    ("fr", "Gaza : une frappe israélienne sur une école fait 20 morts\n\nUne frappe israélienne a touché "
     "jeudi une école abritant des déplacés à Deir el-Balah, faisant au moins 20 morts, selon la Défense "
     "civile."),
]


@pytest.mark.parametrize(("language", "text"), ONE_SCENE)
def test_headline_and_body_in_one_scene_are_one_strike(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert len(found) == 1, [(e.type, e.location and e.location.name) for e in found]


def test_a_town_outside_the_headline_scene_stays_apart(analyse) -> None:
    text = ("Russian strike on Kharkiv kills four\n\nA Russian strike hit a market in Izium on Friday, "
            "killing four people, the regional governor said.")
    found = events_of(analyse, text, "en", "2025-06-04")
    assert len(found) == 2, [(e.type, e.location and e.location.name) for e in found]
