"""A capital that comments, or declines to, is its government, not a place ("Moscou n'a pas
commenté", "Moscow did not comment"), even when the parser labels it a passive subject with no
passive auxiliary; a town that was struck stays a place. Sentences written here from the pattern."""

from __future__ import annotations

import pytest

CASES = [
    ("fr", "Des bombes russes ont frappé Kharkiv dimanche. Moscou n'a pas commenté.", "Moscow", False),
    ("en", "Russian glide bombs hit Kharkiv on Sunday. Moscow did not comment.", "Moscow", False),
    ("fr", "Un obus est tombé sur Goma mardi. Kinshasa n'a pas commenté.", "Kinshasa", False),
    ("fr", "Kharkiv a été frappée dimanche par des bombes russes.", "Kharkiv", True),
]


@pytest.mark.parametrize(("language", "text", "name", "place"), CASES)
def test_a_commenting_capital_is_no_place(analyse, language: str, text: str, name: str, place: bool) -> None:
    result = analyse(text, language, "2025-06-02")
    names = [m.value.name for m in result.of_kind("place")]
    assert (name in names) is place, names


def test_a_capital_before_a_misread_denial_is_its_government(analyse) -> None:
    """"Kigali dément tout soutien": the tagger reads "dément" as an adverb and the name as the
    root; the claims data's verb forms still tell a denial, so Kigali is no place."""
    text = "Kigali dément tout soutien au M23. Un obus est tombé sur Goma mardi."
    result = analyse(text, "fr", "2025-06-02")
    names = [m.value.name for m in result.of_kind("place")]
    assert "Kigali" not in names and "Goma" in names
