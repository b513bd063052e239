"""Parties the lead's review of round 26 kept: each table fails on the merge it mends."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 7, 24))


def _events(pipe, text: str, language: str) -> list[dict]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("language", "text", "target"), [
    # the parser hangs the act's target on the agent ("by F-16 jets on ... targets"): a party in
    # the agent's own complement other than "of" is the target, never the actor
    ("en", "Thailand responded on Thursday with air strikes by F-16 jets on Cambodian military targets "
           "in Oddar Meanchey province.", "Cambodia"),
    ("en", "Strikes by Israeli jets on Syrian army positions near Damascus killed two soldiers on "
           "Thursday.", "Syria"),
])
def test_a_party_in_the_agents_complement_is_no_actor(pipe, language: str, text: str, target: str) -> None:
    strikes = [e for e in _events(pipe, text, language) if e["type"] in ("air_strike", "missile_strike")]
    assert strikes
    assert target not in [a["name"] for a in strikes[0]["actors"]]
