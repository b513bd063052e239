"""Tolls as an analyst records them, French and English: a range states its floor, a vague or
approximate death toll is unknown, the injured keep a stated floor. `is_vague` on the numbers
stage's mentions, and the counts of incidents through the whole pipeline (`analyse`)."""

from __future__ import annotations

import pytest
from helpers import events_of

from newsevents.extract.numbers import is_vague

RANGES = [
    ("fr", "Entre 200 et 300 personnes ont été tuées dans le bombardement.", 200),
    ("fr", "L'attaque a fait entre 12 et 15 morts selon les secours.", 12),
    ("en", "Between 40 and 60 people were killed in the attack.", 40),
    ("en", "Between 12 and 15 soldiers died in the shelling, medics said.", 12),
]


@pytest.mark.parametrize(("language", "text", "floor"), RANGES)
def test_a_range_states_its_lower_bound_as_a_floor(numbers, language, text, floor):
    killed = [m.value for m in numbers(text, language) if m.value.unit == "killed"]
    assert killed and all(q.value == floor and q.minimum for q in killed), killed


VAGUE = [
    ("fr", "Des dizaines de personnes ont été tuées.", True),
    ("fr", "Plusieurs personnes ont été tuées.", True),
    ("fr", "Au moins un soldat a été tué.", False),
    ("fr", "Au moins 20 personnes ont été tuées.", False),
    ("en", "Dozens of people were killed.", True),
    ("en", "Several people were killed.", True),
    ("en", "At least one soldier was killed.", False),
    ("en", "At least 20 people were killed.", False),
]


@pytest.mark.parametrize(("language", "text", "vague"), VAGUE)
def test_counts_read_into_the_text_are_vague(numbers, language, text, vague):
    killed = [m for m in numbers(text, language) if m.value.unit == "killed"]
    assert killed, text
    assert is_vague(killed[0].text, killed[0].value, language) is vague


# (language, text, fatalities, injured) of the one incident
TOLLS = [
    ("fr", "Mardi, une frappe russe sur Kharkiv a fait une vingtaine de morts.", None, None),
    ("fr", "Mardi, une frappe russe sur Kharkiv a fait des dizaines de morts.", None, None),
    ("fr", "Mardi, une frappe russe sur Kharkiv a fait une centaine de blessés.", None, None),
    ("fr", "Mardi, une frappe russe sur Kharkiv a fait plus d'une centaine de blessés.", None, 100),
    ("fr", "Mardi, entre 20 et 25 personnes ont été tuées par une frappe russe sur Kharkiv.", 20, None),
    ("fr", "Mardi, une frappe russe sur Kharkiv a fait au moins 12 morts.", 12, None),
    ("en", "On Tuesday a Russian strike on Kharkiv killed about 20 people.", None, None),
    ("en", "On Tuesday a Russian strike on Kharkiv killed dozens of people.", None, None),
    ("en", "On Tuesday a Russian strike on Kharkiv injured around 100 people.", None, None),
    ("en", "On Tuesday between 20 and 25 people were killed by a Russian strike on Kharkiv.", 20, None),
    ("en", "On Tuesday a Russian strike on Kharkiv killed at least 12 people.", 12, None),
]


@pytest.mark.parametrize(("language", "text", "fatalities", "injured"), TOLLS)
def test_incident_toll(analyse, language, text, fatalities, injured):
    events = events_of(analyse, text, language)
    assert len(events) == 1, [(e.type, e.fatalities) for e in events]
    assert (events[0].fatalities, events[0].injured) == (fatalities, injured)
