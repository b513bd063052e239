"""Co-subjects of an exchange, a pact or a clash are its sides, also when the parser makes the first
conjunct the sentence root and the verb its conjunct ("La Russie et l'Ukraine ont échangé":
"Russie" <-conj- "échangé"). Sentences written here from the pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "text", "sides"), [
    ("fr", "La Russie et l'Ukraine ont échangé mardi 90 prisonniers de guerre chacune.",
     {"Russia", "Ukraine"}),
    ("en", "Russia and Ukraine exchanged 90 prisoners of war each on Tuesday.", {"Russia", "Ukraine"}),
])
def test_both_co_subjects_are_sides(analyse, language: str, text: str, sides: set[str]) -> None:
    events = analyse(text, language, "2024-06-26").events
    assert [e.type for e in events] == ["prisoner_exchange"]
    assert {a.name for a in events[0].actors} == sides
