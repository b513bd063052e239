"""An aside between a reporting verb and its words ("a affirmé de son côté avoir frappé", "said for
its part") is not part of what is claimed. Sentences written here from the pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "text", "starts"), [
    ("fr", "Le ministère russe de la Défense a affirmé de son côté avoir frappé des entrepôts de munitions.",
     "avoir frappé"),
    ("fr", "L'armée a indiqué pour sa part avoir abattu douze drones pendant la nuit.", "avoir abattu"),
    ("en", "The army said for its part it had shot down twelve drones overnight.", "it had shot down"),
])
def test_an_aside_is_not_claimed(analyse, language: str, text: str, starts: str) -> None:
    claims = analyse(text, language, "2025-06-02").claims
    assert [c.content[:len(starts)] for c in claims] == [starts]
