"""A generic word inside a known organisation's name is that organisation, not the army the word
would stand for alone ("Forces" in "the Rapid Support Forces", "Army" in "the Arakan Army").
Sentences written here from the general pattern, French and English."""

from __future__ import annotations

import pytest

CASES = [
    ("en", "Sudan's army accused the Rapid Support Forces of shelling a displacement camp near El Obeid "
           "on Saturday.", "Rapid Support Forces", "Sudanese army"),
    ("fr", "L'armée soudanaise a accusé les Forces de soutien rapide d'avoir bombardé un camp près "
           "d'El-Obeid samedi.", "Rapid Support Forces", "Sudanese army"),
    ("en", "Myanmar's military said the Arakan Army had shelled a police post in Rakhine state on "
           "Monday.", "Arakan Army", None),
]


@pytest.mark.parametrize(("language", "text", "org", "accuser"), CASES)
def test_the_organisation_name_wins_over_its_generic_word(analyse, language, text, org, accuser) -> None:
    result = analyse(text, language, "2025-06-02")
    names = [(m.text, m.value.name) for m in result.of_kind("party")]
    assert any(name == org and org.split()[-1] in words for words, name in names), names
    # no generic word of the name stands for another party on its own
    last = org.split()[-1]
    assert not any(words == last or words == last.lower() for words, _ in names), names
    actors = [a.name for e in result.events for a in e.actors]
    assert org in actors, actors
    if accuser:
        assert accuser not in actors
