"""A verdict noun in what someone says of an act ("an act of terror", "un massacre", "crimes against
humanity") condemns it; a descriptive name does not ("the fight against terrorism"). Sentences
written here from the pattern, French and English."""

from __future__ import annotations

import pytest

CASES = [
    ("en", "Kyiv described the shelling as an act of terror.", "condemn"),
    ("en", "The UN rights chief said the killings could amount to crimes against humanity.", "condemn"),
    ("fr", "Le gouvernement a qualifié la frappe de « massacre ».", "condemn"),
    ("fr", "Le ministre a dénoncé un « acte terroriste » contre des civils.", "condemn"),
    ("en", "The minister said the fight against terrorism would continue.", "assert"),
]


@pytest.mark.parametrize(("language", "text", "stance"), CASES)
def test_a_verdict_noun_condemns(analyse, language: str, text: str, stance: str) -> None:
    claims = analyse(text, language, "2025-06-02").claims
    assert [c.stance for c in claims] == [stance]


@pytest.mark.parametrize(("text", "stance"), [
    ("Kyiv called the strike a war crime.", "condemn"),
    ("Ukraine's foreign ministry called the attack \"another war crime\".", "condemn"),
    ("The rebels call the new drones \"flying tanks\" in their videos.", None),
])
def test_calling_an_object_something_is_a_statement(analyse, text: str, stance: str | None) -> None:
    """"Called the attack a war crime": a verdict verb with an object and a predicate (oprd) that
    judges it; a name given is no statement."""
    claims = analyse(text, "en", "2025-06-02").claims
    assert [c.stance for c in claims] == ([stance] if stance else [])


def test_called_on_still_demands(analyse) -> None:
    claims = analyse("Officials called on residents to stay in shelters.", "en", "2025-06-02").claims
    assert [c.stance for c in claims] == ["demand"]
