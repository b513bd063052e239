"""An answer through a relative on the whole clause before ("…, ce que Kiev dément", "…, which
Kyiv denies") is a claim of its own speaker on that clause, beside the statement it answers, and
the two contradict; a relative on a noun with a clause of its own is not. Written from the pattern."""

from __future__ import annotations

import pytest

ANSWERS = [
    ("fr", "Moscou affirme avoir visé une réunion de militaires ukrainiens, ce que Kiev dément."),
    ("fr", "Moscou affirme avoir visé une réunion de militaires, ce que dément Kiev."),
    ("en", "Moscow says it targeted a meeting of Ukrainian officers, which Kyiv denies."),
]


@pytest.mark.parametrize(("language", "text"), ANSWERS)
def test_the_answer_is_a_claim_on_the_clause_before(analyse, language: str, text: str) -> None:
    claims = analyse(text, language, "2025-04-15").claims
    by_stance = {c.stance: c for c in claims}
    assert sorted(by_stance) == ["assert", "deny"]
    assert by_stance["assert"].speaker.name == "Russia" and by_stance["deny"].speaker.name == "Ukraine"
    assert by_stance["deny"].content == by_stance["assert"].content
    assert "," not in by_stance["assert"].content[-2:] and "Kiev" not in by_stance["assert"].content \
        and "Kyiv" not in by_stance["assert"].content


def test_a_relative_on_a_noun_with_its_own_clause_is_no_answer(analyse) -> None:
    text = ("The Ukrainian Air Force says the complex was hit by a Russian Kh-22 missile, which Kyiv says "
            "it does not have the equipment to shoot down.")
    claims = analyse(text, "en", "2023-01-16").claims
    assert not any(c.stance == "deny" for c in claims)
