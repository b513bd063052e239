"""A guided or glide bomb is dropped from an aircraft: its use is an air strike whatever verb tells
the hit (event_types.yaml weapon_types). Sentences written here from the pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Russian glide bombs hit Kharkiv on Sunday, injuring nine people."),
    ("fr", "Des bombes planantes russes ont frappé Kharkiv dimanche, blessant neuf personnes."),
    ("en", "Two guided aerial bombs struck a residential area of Zaporizhzhia on Sunday, officials said."),
])
def test_a_glide_bomb_is_an_air_strike(analyse, language: str, text: str) -> None:
    events = analyse(text, language, "2025-02-03").events
    assert [e.type for e in events] == ["air_strike"]
    assert [w.name for w in events[0].weapons] == ["guided aerial bomb"]
