"""An act told again as the subject of a verb that sets it after another ("The attack came two weeks
after ...", "Cette attaque survient une semaine après ...") does not take the place of the act the
marked phrase tells (qualifiers.sequel_phrases, ``sequel_verbs`` and ``sequel_markers`` of
lang/<code>/arguments.yaml, read through answered_phrases). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(("language", "text", "place", "elsewhere"), [
    ("fr", "Des gangs ont attaqué lundi la ville de Mirebalais, tuant 15 personnes.\nCette attaque survient "
           "deux semaines après l'incendie d'un hôpital par des gangs à Port-au-Prince.",
     "Mirebalais", "Port-au-Prince"),
    ("en", "Gang members stormed the town of Mirebalais on Monday, killing 15 people.\nThe attack came two "
           "weeks after the torching of a hospital in Port-au-Prince.", "Mirebalais", "Port-au-Prince"),
    ("fr", "Des hommes armés ont attaqué lundi le village de Zike, tuant 40 personnes.\nCette attaque "
           "intervient une semaine après l'incendie d'une église à Jos.", None, "Jos"),
])
def test_the_place_of_the_earlier_act_is_not_taken(analyse, language: str, text: str, place: str | None,
                                                   elsewhere: str) -> None:
    events = events_of(analyse, text, language)
    assert events
    where = events[0].location.name if events[0].location else None
    assert where != elsewhere
    if place is not None:
        assert where == place
