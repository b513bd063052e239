"""Round 24, second task: casualty counts of incidents, continued. Sentences written for the test
(French and English), in stories of their own.

1. A number noun phrase coordinated after the victims into the subject of a reporting verb ("killing
   at least 12 civilians, three residents and a health official told AFP") is the source of the
   toll, not more victims (tolls_sources.telling_conjunct).
"""

from __future__ import annotations

import pytest

VIOLENT = {"missile_strike", "air_strike", "drone_strike", "armed_clash", "attack_on_civilians",
           "explosion", "shelling", "suicide_bombing", "bombing"}


def _incidents(art):
    return [e for e in art.events if e.type in VIOLENT]


TELLERS = [
    pytest.param(
        "en",
        "Gunmen on motorbikes attacked the village of Dargol in south-western Niger on Monday, killing "
        "at least 12 civilians, three residents and a health official told AFP on Tuesday.",
        12, id="en_residents_told_afp",
    ),
    pytest.param(
        "en",
        "Militants stormed a checkpoint outside the town of Bannu on Friday, killing seven policemen, "
        "two security officials and a local administrator said.",
        7, id="en_officials_said",
    ),
    pytest.param(
        "en",
        "A landmine exploded under a minibus near the town of Kidal on Sunday, killing 9 passengers, "
        "four witnesses and a doctor told Reuters.",
        9, id="en_witnesses_told_reuters",
    ),
    pytest.param(
        "fr",
        "Des hommes armés ont attaqué lundi le village de Dargol, dans le sud-ouest du Niger, tuant au "
        "moins 12 civils, deux habitants et un responsable local ont indiqué mardi à l'AFP.",
        12, id="fr_habitants_ont_indique",
    ),
]


@pytest.mark.parametrize(("language", "text", "killed"), TELLERS)
def test_a_count_coordinated_into_the_subject_of_a_reporting_verb_is_the_source(analyse, language, text,
                                                                                 killed):
    art = analyse(text, language=language, published="2025-05-07")
    found = [(e.type, e.fatalities) for e in art.events]
    assert [e.fatalities for e in _incidents(art)] == [killed], found


COORDINATED_VICTIMS = [
    pytest.param(
        "en",
        "A car bomb exploded outside a barracks in the town of Bosaso on Monday, killing four soldiers "
        "and two civilians, officials said.",
        6, id="en_victims_then_officials_said",
    ),
    pytest.param(
        "en",
        "Shelling hit a market in the town of Kherson on Monday, killing five people and three "
        "children, regional officials told reporters.",
        8, id="en_victims_then_officials_told",
    ),
]


@pytest.mark.parametrize(("language", "text", "killed"), COORDINATED_VICTIMS)
def test_coordinated_victims_before_a_reporting_clause_with_its_own_subject_add_up(analyse, language, text,
                                                                                    killed):
    art = analyse(text, language=language, published="2025-05-07")
    found = [(e.type, e.fatalities) for e in art.events]
    assert [e.fatalities for e in _incidents(art)] == [killed], found
