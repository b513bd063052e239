"""English counts: the patterns of tests/test_numbers.py's French tables that the English files did not
have (losing one's life, thousands written with commas, "cost the lives of", "pronounced dead",
"seriously injured", tolls, collectives, the victims rule, others and subsets, things that are no
casualties, measures, dates that are no counts)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from helpers import quantity as Q
from helpers import run_numbers

from newsevents.model import Quantity


@pytest.fixture(scope="module")
def counts(nlp_en) -> Callable[..., list[tuple[str, Quantity]]]:
    return partial(run_numbers, nlp_en, language="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack left three dead and twelve wounded.",
         [("three dead", Q(3, "killed")), ("twelve wounded", Q(12, "injured"))]),
        ("At least 7 people were killed.", [("At least 7 people were killed", Q(7, "killed", True))]),
        ("More than 40 injured were taken to hospital.",
         [("More than 40 injured", Q(40, "injured", True))]),
        ("Two soldiers died.", [("Two soldiers died", Q(2, "killed"))]),
        ("The bombing killed 1,200 people.", [("1,200 people", Q(1200, "killed"))]),
        ("Fortunately, no victims were reported.",
         [("no victims", Q(0, "killed")), ("no victims", Q(0, "injured"))]),
        ("There were no injuries.", [("no injuries", Q(0, "injured"))]),
        # a bare plural (no determiner) as the casualty: French always has one ("des ouvriers")
        pytest.param("Workers were injured by the shrapnel.",
                     [("Workers were injured", Q(1, "injured", True))],
                     marks=pytest.mark.xfail(strict=True, reason="a bare plural subject is not counted "
                                             "(extract/numbers.py)")),
    ],
)
def test_english_casualties(counts, text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # losing one's life: the subject of a casualty phrase
        ("Four workers lost their lives.", [("Four workers lost their lives", Q(4, "killed"))]),
        # thousands with a comma
        ("The earthquake left two dead and 1,500 injured.",
         [("two dead", Q(2, "killed")), ("1,500 injured", Q(1500, "injured"))]),
        # hyphenated numbers in words
        ("Thirty-seven passengers died.", [("Thirty-seven passengers died", Q(37, "killed"))]),
        # a death noun with a counted complement
        ("The death of four protesters shocked the country.", [("four protesters", Q(4, "killed"))]),
        # the object of the preposition ending a casualty form ("cost the lives of", "claimed the
        # lives of"): French "coûter la vie à" has its indirect object, English its "of"
        ("The fire cost the lives of 9 people.", [("9 people", Q(9, "killed"))]),
        ("The attack claimed the lives of four civilians.", [("four civilians", Q(4, "killed"))]),
        # a casualty complement of the verb
        ("Six people were pronounced dead.", [("Six people were pronounced dead", Q(6, "killed"))]),
        # seriously injured
        ("Five firefighters were seriously injured.",
         [("Five firefighters were seriously injured", Q(5, "injured"))]),
        # any counted noun as the subject of an unambiguous casualty verb
        ("More than thirty bus drivers were killed.",
         [("More than thirty bus drivers were killed", Q(30, "killed", True))]),
        # collectives, compound and large
        ("The conflict has killed tens of thousands of people.",
         [("tens of thousands of people", Q(20000, "killed", True))]),
        ("Millions of people were injured.",
         [("Millions of people were injured", Q(2000000, "injured", True))]),
    ],
)
def test_english_casualty_constructions(counts, text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "others" stands for people
        ("The shooting killed two people and wounded 14 others.",
         [("two people", Q(2, "killed")), ("14 others", Q(14, "injured"))]),
        ("Three soldiers were killed and six others wounded.",
         [("Three soldiers were killed", Q(3, "killed")), ("six others wounded", Q(6, "injured"))]),
        # an age is not a count
        ("A 52-year-old man was killed.", [("A 52-year-old man was killed", Q(1, "killed"))]),
    ],
)
def test_english_others_subsets_bodies(counts, text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted victims: the dead
        ("The explosion claimed five victims.", [("five victims", Q(5, "killed"))]),
        # people affected, an anaphor: no count
        ("A support unit was opened for the victims.", []),
        ("Among the victims is a journalist.", []),
        ("Charities are helping the victims.", []),
    ],
)
def test_victims_rule(counts, text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Three shells fell near the school.",  # things, not people
        "The product is used to kill germs.",  # an object that is not a person
        "Medical costs were covered by the insurer.",
        "Police pulled back so as not to injure the protesters.",  # negated
        "Two police officers, who came from Lyon, were welcomed by the mayor.",  # no casualty
    ],
)
def test_things_are_not_casualties(counts, text):
    assert not [q for _t, q in counts(text) if q.unit in ("killed", "injured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A crater about 3 metres wide appeared about 35 paces from the building.",
         [("about 3 metres", Q(3, "metre", False, True)), ("about 35 paces", Q(35, "pace", False, True))]),
        ("The strike took place 2 km from the power plant.", [("2 km", Q(2, "kilometre"))]),
        ("Fragments of two missiles, 10% exploded.",
         [("two missiles", Q(2, "missile")), ("10%", Q(10, "percent"))]),
    ],
)
def test_measures(counts, text, expected):
    assert counts(text) == expected


def test_dates_times_and_years_are_not_counts(counts):
    text = "On 14 November 2024 at about 1 a.m., one of the missiles fell."
    assert counts(text, times=["14 November 2024", "1 a.m."]) == []
