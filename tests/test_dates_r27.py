"""Counted groups of a list add up to the toll (round 27).

"Two soldiers, a policeman and three civilians were killed": the English model hangs "policeman"
as an apposition of "soldiers" and "civilians" as its conjunct; an apposition that opens the rest
of a list is a member of it (6, not 3). A noun no lexicon knows, inside a list of victims, counts
victims too ("deux supplétifs civils" between soldiers and a gendarme). "passer-by" stays one
token, so "killing four soldiers and a passer-by" is 5."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def numbers():
    from newsevents.model import Article
    from newsevents.pipeline import Pipeline

    pipe = Pipeline(stages=("numbers",))

    def _run(text: str, language: str):  # type: ignore[no-untyped-def]
        return pipe.process(Article(text=text, id="t", language=language)).of_kind("number")

    return _run


def _largest(found, unit: str) -> int | None:  # type: ignore[no-untyped-def]
    values = [m.value.value for m in found if m.value.unit == unit]
    return max(values) if values else None


LISTS = [
    ("en", "Two soldiers, a policeman and three civilians were killed on Sunday.", "killed", 6),
    ("en", "Three farmers, a policeman and two children were wounded when the shell hit the village.",
     "injured", 6),
    ("en", "Four guards, a nurse and a driver were killed in the raid on the clinic.", "killed", 6),
    ("en", "The blast killed four soldiers and a passer-by, police said.", "killed", 5),
    ("fr", "Trois soldats, deux supplétifs civils et un gendarme ont été blessés lundi.", "injured", 6),
    ("fr", "Deux douaniers, quatre éleveurs peuls et un enfant ont été tués dans l'embuscade.", "killed", 7),
]


@pytest.mark.parametrize(("language", "text", "unit", "total"), LISTS)
def test_a_list_of_counted_groups_adds_up(numbers, language, text, unit, total):
    assert _largest(numbers(text, language), unit) == total


APART = [
    # an apposition with no list of its own is no member: "a policeman" names who the one dead was
    ("en", "Ahmed Khan, a policeman, said three civilians were killed in the attack.", "killed", 3),
    # a list broken down between commas after a total is a subset, no sum
    ("en", "Three people, two soldiers and a civilian, were killed on Monday.", "killed", 3),
    # at the end of a list an unknown noun is no victim
    ("fr", "Deux soldats et trois véhicules ont été touchés.", "killed", None),
]


@pytest.mark.parametrize(("language", "text", "unit", "total"), APART)
def test_what_is_no_member_of_the_list_stays_apart(numbers, language, text, unit, total):
    assert _largest(numbers(text, language), unit) == total
