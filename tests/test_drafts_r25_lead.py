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


# a weapon craft that crashes with no target named is an impact of its own ("s'est écrasé dans un
# champ près de X", "crashed in a field near X"): `se ... écraser` / `crash` in events.yaml, typed by
# the craft; an airliner's crash or "écraser la rébellion" is none
CRASHES = [
    ("fr", "Un drone s'est écrasé jeudi dans un champ près de Galați, dans l'est de la Roumanie, a "
     "indiqué le "
     "ministère de la Défense.", "drone_strike"),
    ("en", "A drone crashed in a field near the Romanian town of Galati on Thursday, the defence ministry "
     "said.", "drone_strike"),
]
NO_CRASH = [
    ("fr", "Un avion de ligne s'est écrasé jeudi près de Lyon, a indiqué la préfecture."),
    ("fr", "L'armée a écrasé la rébellion jeudi à Goma, selon le gouvernement."),
    ("en", "A passenger plane crashed near Lyon on Thursday, officials said."),
]


@pytest.mark.parametrize(("language", "text", "kind"), CRASHES)
def test_a_crafts_crash_is_an_impact(analyse, language: str, text: str, kind: str) -> None:
    found = events_of(analyse, text, language, "2025-06-06")
    assert [e.type for e in found] == [kind], [(e.type, e.location) for e in found]
    assert found[0].location is not None and found[0].location.country == "RO", found[0].location


@pytest.mark.parametrize(("language", "text"), NO_CRASH)
def test_other_crashes_are_no_strike(analyse, language: str, text: str) -> None:
    assert not events_of(analyse, text, language, "2025-06-06")
