"""Coordinated victims the parse fails to join add up (round 26c): "Trois militaires et deux civils
ont été tués" (the French model makes "militaires" the root) gives 5, "Deux policiers et un passant
ont été blessés" ("passant" read as a verb) gives 3; a subset after "dont"/"including" never adds
to the total it breaks down. The numbers stage's largest count of a unit is the incident's toll."""

from __future__ import annotations

import pytest


def _largest(found, unit: str) -> int | None:  # type: ignore[no-untyped-def]
    values = [m.value.value for m in found if m.value.unit == unit]
    return max(values) if values else None


COORDINATED = [
    ("fr", "Trois militaires et deux civils ont été tués mardi dans une embuscade.", "killed", 5),
    ("fr", "Deux policiers et un passant ont été blessés jeudi lors d'une fusillade.", "injured", 3),
    ("fr", "Quatre gendarmes et deux pompiers ont été blessés dans l'explosion.", "injured", 6),
    ("fr", "Six ouvriers et un secouriste ont été tués dans l'effondrement de la galerie.", "killed", 7),
    ("fr", "Deux soldats, un policier et trois civils ont été tués dans l'attaque.", "killed", 6),
    ("fr", "Au moins quatre militaires et deux civils ont été tués vendredi.", "killed", 6),
    ("en", "Two soldiers and a civilian were killed on Tuesday when a bomb exploded.", "killed", 3),
    ("en", "Three policemen and two bystanders were wounded in the shooting.", "injured", 5),
]


@pytest.mark.parametrize(("language", "text", "unit", "total"), COORDINATED)
def test_coordinated_victims_of_one_verb_add_up(numbers, language, text, unit, total):
    assert _largest(numbers(text, language), unit) == total


SUBSETS = [
    ("fr", "Cinq personnes, dont deux enfants et une femme, ont été tuées lundi.", "killed", 5),
    ("fr", "Neuf civils ont été blessés, dont trois enfants et un vieillard.", "injured", 9),
    ("en", "Five people were killed, including two children and a woman.", "killed", 5),
    ("fr", "Trois militaires ont été tués et deux civils ont été blessés.", "killed", 3),
    ("fr", "Sept personnes ont été tuées, dont trois militaires et deux civils.", "killed", 7),
]


@pytest.mark.parametrize(("language", "text", "unit", "total"), SUBSETS)
def test_a_subset_or_another_verb_does_not_add_up(numbers, language, text, unit, total):
    assert _largest(numbers(text, language), unit) == total


APPOSED_BREAKDOWNS = [
    ("fr", "Trois personnes, deux soldats et un civil, ont été tuées dans l'attaque.", "killed", 3),
    ("fr", "Quatre personnes, trois policiers et un passant, ont été blessées jeudi.", "injured", 4),
    ("en", "Three people, two soldiers and a civilian, were killed in the raid.", "killed", 3),
]


@pytest.mark.parametrize(("language", "text", "unit", "total"), APPOSED_BREAKDOWNS)
def test_a_list_between_commas_before_the_verb_breaks_the_first_count_down(numbers, language, text, unit,
                                                                            total):
    assert _largest(numbers(text, language), unit) == total
