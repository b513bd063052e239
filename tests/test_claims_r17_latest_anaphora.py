"""Round 17 (wave 3): "…, ce que ces derniers ont rejeté" answers the clause before it, by the
noun phrase named last before it agreeing with the anaphor ("ces dernières": "des factions", not
the "groupes" they are "liés à"): a denial by that party, and the accusation's words end at the
comma (speaker_anaphora.named_last, answers._answer; latest_anaphora in lang/fr/claims.yaml).
Sentences written here from the general pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "accused", "denier"), [
    ("Le gouvernement régional a accusé des milices armées liées à la Turquie, ce que ces dernières ont "
     "démenti.", "milices armées liées à la Turquie", ("milices", "militias")),
    ("L'armée a accusé des groupes rebelles d'avoir attaqué le convoi, ce que ces derniers ont rejeté.",
     "groupes rebelles d'avoir attaqué le convoi", ("groupes", "rebels")),
    ("La police a accusé des groupes armés liés à des factions pro-iraniennes, ce que ces dernières ont "
     "rejeté.", "liés à des factions pro-iraniennes", ("factions",)),
])
def test_the_latter_denies_what_the_clause_before_says(analyse, text, accused, denier):
    claims = analyse(text).claims
    seen = [(c.speaker.name, c.stance, c.content) for c in claims]
    denials = [c for c in claims if c.stance == "deny"]
    assert len(denials) == 1 and any(w in denials[0].speaker.name for w in denier), seen
    assert accused in denials[0].content and "ce que" not in denials[0].content, seen
    assert all("ce que" not in c.content for c in claims), seen
