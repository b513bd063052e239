"""English casualty counts: wire and headline style ("Three soldiers killed in ...", "killing at
least 12", "left 5 dead and 20 wounded"), none ("no one was hurt"), casualties, tolls."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from helpers import quantity as Q
from helpers import run_numbers

from newsevents.model import Quantity


@pytest.fixture(scope="module")
def counts(nlp_en) -> Callable[[str], list[tuple[str, Quantity]]]:
    return partial(run_numbers, nlp_en, language="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headlines: a participle after the counted noun is passive, the noun is the casualty
        (
            "Four police officers killed in ambush near Mosul",
            [("Four police officers killed", Q(4, "killed"))],
        ),
        (
            "Two killed, five injured in drone attack on port",
            [("Two killed", Q(2, "killed")), ("five injured", Q(5, "injured"))],
        ),
        # killing / injuring with the count after the verb
        ("The missile hit a market, killing at least 12.", [("killing at least 12", Q(12, "killed", True))]),
        ("Shells struck the town, wounding 30 people.", [("30 people", Q(30, "injured"))]),
        # left N dead and M wounded
        (
            "The blast left 7 dead and 40 wounded.",
            [("7 dead", Q(7, "killed")), ("40 wounded", Q(40, "injured"))],
        ),
        # plain passive clauses
        ("Two people were injured when the drone fell.", [("Two people were injured", Q(2, "injured"))]),
        ("A woman was killed and her son was wounded.",
         [("A woman was killed", Q(1, "killed")), ("her son was wounded", Q(1, "injured"))]),
        ("Nine civilians have died since Monday.", [("Nine civilians have died", Q(9, "killed"))]),
        ("Three men were found dead in the rubble.", [("Three men were found dead", Q(3, "killed"))]),
        # words, hyphens and collectives
        ("Twenty-three soldiers were killed.", [("Twenty-three soldiers were killed", Q(23, "killed"))]),
        ("Dozens of people were wounded.", [("Dozens of people were wounded", Q(24, "injured", True))]),
        (
            "Tens of thousands of people died in the famine.",
            [("Tens of thousands of people died", Q(20000, "killed", True))],
        ),
        (
            "About a dozen people were hurt.",
            [("About a dozen people were hurt", Q(12, "injured", False, True))],
        ),
        # tolls and death-of
        ("The death toll rose to 31 on Friday.", [("death toll rose to 31", Q(31, "killed"))]),
        ("The deaths of two journalists drew protests.", [("two journalists", Q(2, "killed"))]),
        # casualties: dead and injured together, a unit of its own
        ("The strike caused 18 casualties.", [("18 casualties", Q(18, "casualties"))]),
        ("The shelling caused heavy casualties.", [("heavy casualties", Q(1, "casualties", True))]),
        # victims, counted or made by the incident; "the victims" is no count
        ("The attack claimed 6 victims.", [("6 victims", Q(6, "killed"))]),
        ("Donations were sent to the victims.", []),
        # none
        ("No one was hurt in the attack.", [("No one was hurt", Q(0, "injured"))]),
        (
            "There were no casualties.",
            [("no casualties", Q(0, "killed")), ("no casualties", Q(0, "injured"))],
        ),
        ("Nobody was killed.", [("Nobody was killed", Q(0, "killed"))]),
        # an article with the noun further on; an age is not a count
        ("A 52-year-old man was killed.", [("A 52-year-old man was killed", Q(1, "killed"))]),
        (
            "The attack killed one person and injured two.",
            [("one person", Q(1, "killed")), ("injured two", Q(2, "injured"))],
        ),
        # a casualty participle between commas
        (
            "Two officers, seriously wounded, were taken to hospital.",
            [("Two officers, seriously wounded", Q(2, "injured"))],
        ),
        # others, subsets, bodies
        (
            "The strike killed two and injured five others.",
            [("killed two", Q(2, "killed")), ("five others", Q(5, "injured"))],
        ),
        ("Rescuers recovered the bodies of four miners.", [("four miners", Q(4, "killed"))]),
        # uncounted plurals
        (
            "Several residents were wounded by debris.",
            [("Several residents were wounded", Q(1, "injured", True))],
        ),
    ],
)
def test_english_casualties(counts, text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Three soldiers killed two civilians.", 3),  # the soldiers are the killers
        ("Two drones were shot down over the city.", 2),  # things, not people
        ("Air defences downed 14 drones overnight.", 14),
        ("Chlorine killed the germs in the water.", 1),
        ("The guards were told not to injure the three prisoners.", 3),  # negated
    ],
)
def test_english_not_casualties(counts, text, value):
    found = counts(text)
    assert not [q for t, q in found if q.unit in ("killed", "injured") and q.value == value], found
