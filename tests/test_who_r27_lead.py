"""Speakers, round 27 (lead's review): a government its own words or the words before it call a
rival of the state's ("the opposition National Unity Government", "le gouvernement parallèle") is
never the home government a one-country story gives a bare government (who_entities._rival_body);
the state's own still is."""

from __future__ import annotations

import pytest

# (language, text, the speaker's name must not be this)
RIVALS = [
    ("en", "YANGON, June 3 (Reuters) - An air strike on a village school in Sagaing killed 12 children on "
           "Monday, according to the opposition National Unity Government.", "Myanmar government"),
    ("fr", "TRIPOLI, 3 juin (AFP) - Le gouvernement parallèle installé dans l'est a affirmé lundi que quatre "
           "personnes avaient été tuées à Syrte.", "Libyan government"),
]


@pytest.mark.parametrize(("language", "text", "home"), RIVALS)
def test_a_rival_government_is_not_the_home_one(analyse, language, text, home):
    claims = analyse(text, language, published="2025-06-03").claims
    assert claims, "the claim is lost"
    assert all(c.speaker.name != home for c in claims), [c.speaker.name for c in claims]


def test_the_state_government_stays_the_home_one(analyse):
    text = ("TRIPOLI, 3 juin (AFP) - Des affrontements ont fait quatre morts lundi à Tripoli, a annoncé le "
            "gouvernement d'union nationale (GNU).")
    claims = analyse(text, "fr", published="2025-06-03").claims
    assert any(c.speaker.country == "LY" for c in claims), \
        [(c.speaker.name, c.speaker.country) for c in claims]
