"""A count taken from a group ("3 des 10 otages ont été tués", "three of the 10 hostages were
killed"): the verb's casualties are the part, the group is only its size. When the group is
itself described as casualties ("deux des cinq blessés", "two of the 12 injured died"), the group
keeps its own count. Numbers stage alone, French and English."""

from __future__ import annotations

import pytest

CASES = [
    ("fr", "Selon la police, 3 des 10 otages ont été tués.", {(3, "killed")}),
    ("fr", "Trois des dix otages ont été tués.", {(3, "killed")}),
    ("fr", "Quatre des sept soldats ont été blessés lors de l'embuscade.", {(4, "injured")}),
    ("en", "Three of the 10 hostages were killed.", {(3, "killed")}),
    ("en", "Four of the seven soldiers were wounded in the ambush.", {(4, "injured")}),
    # the group described as casualties keeps its count
    ("fr", "Deux des cinq blessés sont dans un état grave.", {(5, "injured")}),
    ("en", "Two of the 12 injured died in hospital.", {(2, "killed"), (12, "injured")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_part_is_the_toll_and_the_group_its_size(casualty_counts, language, text, expected):
    assert casualty_counts(text, language) == expected
