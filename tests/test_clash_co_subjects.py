"""Both sides of a clash named as coordinated subjects are its actors ("X and Y exchanged fire":
arguments_sides.co_subjects, read by arguments_settle.settle_parties for TWO_SIDED_TYPES); an
attack's co-subjects are untouched. Sentences written for these tests, in stories of their own."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(("language", "text", "sides"), [
    ("en", "Israeli troops and Hezbollah fighters exchanged fire along the border near Metula on Wednesday, "
           "the Israeli army said.", {"Israeli troops", "Hezbollah"}),
    ("fr", "L'armée soudanaise et les Forces de soutien rapide ont échangé des tirs mardi à Omdurman, "
           "selon des témoins.", {"Sudanese army", "Rapid Support Forces"}),
    ("en", "The Sudanese army and the Rapid Support Forces exchanged heavy fire in Omdurman on Tuesday, "
           "witnesses said.", {"Sudanese army", "Rapid Support Forces"}),
])
def test_the_co_subjects_of_a_clash_are_both_sides(analyse, language: str, text: str,
                                                     sides: set[str]) -> None:
    clashes = [e for e in events_of(analyse, text, language) if e.type == "armed_clash"]
    assert clashes
    assert sides <= {p.name for p in clashes[0].actors}
