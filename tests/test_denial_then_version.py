"""A denial coordinated with the speaker's own version ("Le porte-parole a démenti toute frappe sur
l'hôpital et a déclaré que l'armée avait visé un dépôt de munitions", "The ministry denied the
reports and said the army had targeted a weapons depot") is two claims: what is denied, and what
the speaker asserts instead (each may contradict a different claim). A condemnation and the point
it makes ("a condamné l'attaque et a déclaré que les auteurs seraient punis") stays one, as the
gold's convention has it (clauses.own_coordinate). Sentences written here from the pattern."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-02-03"


def _claims(analyse, language: str, text: str) -> list[tuple[str, str]]:
    article = analyse(text, language, PUBLISHED)
    return [(c.stance, c.to_json()["content"]) for c in article.claims]


@pytest.mark.parametrize(("language", "text", "denied", "asserted"), [
    ("fr", "Le porte-parole a démenti toute frappe sur l'hôpital et a déclaré que l'armée avait visé "
           "un dépôt de munitions.", "toute frappe sur l'hôpital",
     "l'armée avait visé un dépôt de munitions"),
    ("en", "The ministry denied the reports and said the army had targeted a weapons depot.",
     "the reports", "the army had targeted a weapons depot"),
])
def test_a_denial_and_the_speakers_version_are_two_claims(analyse, language: str, text: str, denied: str,
                                                         asserted: str) -> None:
    assert _claims(analyse, language, text) == [("deny", denied), ("assert", asserted)]


def test_a_condemnation_and_its_point_stay_one(analyse) -> None:
    text = "Le ministre a condamné l'attaque et a déclaré que les auteurs seraient punis."
    claims = _claims(analyse, "fr", text)
    assert [s for s, _ in claims] == ["condemn"]
