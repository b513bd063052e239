"""Counted groups of a list add up to the toll (round 27).

"Two soldiers, a policeman and three civilians were killed": the English model hangs "policeman"
as an apposition of "soldiers" and "civilians" as its conjunct; an apposition that opens the rest
of a list is a member of it (6, not 3). A noun no lexicon knows, inside a list of victims, counts
victims too ("deux supplétifs civils" between soldiers and a gendarme). "passer-by" stays one
token, so "killing four soldiers and a passer-by" is 5."""

from __future__ import annotations

import pytest
from helpers import events_of


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


# A date at the end of a clause of two coordinated verbs with one subject dates the whole clause when
# the second verb counts the act's casualties ("... killed seven people and wounded 15 on Tuesday").
# Published Thursday 2025-06-12: Tuesday is 2025-06-10.
TOLL_VERB_DATES = [
    ("en", "A drone strike on a displacement camp near the city killed seven people, including three "
     "children, and wounded 15 on Tuesday, a local committee said.", "2025-06-10"),
    ("en", "Artillery fire on the village killed two farmers and injured four others on Tuesday, "
     "residents said.", "2025-06-10"),
    ("fr", "Une frappe de drone sur un marché de la ville a tué sept personnes et en a blessé quinze "
     "mardi, selon des habitants.", "2025-06-10"),
]


@pytest.mark.parametrize(("language", "text", "day"), TOLL_VERB_DATES)
def test_a_date_on_the_toll_verb_dates_the_act(analyse, language: str, text: str, day: str) -> None:
    found = [e for e in events_of(analyse, text, language, "2025-06-12") if e.fatalities]
    assert [str(e.date.start) for e in found] == [day], [(e.type, e.date) for e in found]


# a verb coordinated after the act that tells no casualty keeps its date to itself
KEPT_APART = [
    ("en", "A drone strike killed three people in the market and was condemned on Tuesday by the "
     "regional government."),
]


@pytest.mark.parametrize(("language", "text"), KEPT_APART)
def test_a_later_verb_of_another_kind_does_not_date_the_act(analyse, language: str, text: str) -> None:
    found = [e for e in events_of(analyse, text, language, "2025-06-12") if e.fatalities]
    assert all(str(e.date.start) != "2025-06-10" for e in found), [(e.type, e.date) for e in found]


# A bare "bomb" the parse sets on the ground (it goes off, is placed or defused, an explosion's) is an
# explosive device; under aircraft, or dropped, it stays an aerial bomb.
BOMBS = [
    ("en", "Two people were killed when a bomb planted on a motorcycle went off near a police station.",
     "explosive device"),
    ("en", "The bomb exploded in the crowded market on Friday evening.", "explosive device"),
    ("en", "Police defused a second bomb found near the bus station.", "explosive device"),
    ("fr", "Trois personnes ont été tuées samedi par l'explosion d'une bombe dans un marché.",
     "explosive device"),
    ("fr", "Une bombe a explosé dimanche près d'un poste de police de la ville.", "explosive device"),
    ("en", "Warplanes dropped bombs on the town overnight.", "aerial bomb"),
    ("en", "A bomb dropped by a jet exploded near the school.", "aerial bomb"),
    ("fr", "Des avions ont largué des bombes sur la ville dans la nuit.", "aerial bomb"),
]


@pytest.fixture(scope="module")
def weapons_of():
    from newsevents.model import Article
    from newsevents.pipeline import Pipeline

    pipe = Pipeline(stages=("weapons",))

    def _run(text: str, language: str) -> list[str]:
        article = pipe.process(Article(text=text, id="t", language=language))
        return [m.value.name for m in article.of_kind("weapon")]

    return _run


@pytest.mark.parametrize(("language", "text", "name"), BOMBS)
def test_a_bomb_on_the_ground_is_an_explosive_device(weapons_of, language: str, text: str, name: str) -> None:
    found = weapons_of(text, language)
    assert found and all(n == name for n in found), found


# A number the parser hangs on a compound modifier of the counted noun counts that noun: "Three"
# on "Thai", itself a compound of "soldiers".
COMPOUNDED = [
    ("en", "Three Thai soldiers were wounded when a landmine exploded during a patrol.", "injured", 3),
    ("en", "Two Cambodian soldiers were killed in the exchange of fire on Thursday.", "killed", 2),
    ("en", "Four Hamas fighters were killed in the raid, the army said.", "killed", 4),
]


@pytest.mark.parametrize(("language", "text", "unit", "total"), COMPOUNDED)
def test_a_number_on_a_compound_counts_the_noun(numbers, language, text, unit, total):
    assert _largest(numbers(text, language), unit) == total
