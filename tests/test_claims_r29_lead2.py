"""Lead's review of round 29: a denial of "the allegations" tied to the act alleged before it
(extract/claim_alleged.py) still contradicts an account of an act of the same kind the page tells
apart (the same fall of a missile told by two speakers, each with its own day words)."""

from __future__ import annotations

import pytest

TOLD_TWICE = [
    ("fr", "« Aujourd'hui, des missiles russes ont frappé la Roumanie », a déclaré ce mardi le président "
           "ukrainien Volodymyr Zelensky.\n\n« À 16h10, dans le village de Plauru, un projectile de "
           "fabrication russe est tombé, tuant un berger », a confirmé le ministère roumain des Affaires "
           "étrangères la nuit dernière.\n\nDe son côté, Moscou dément : « Les déclarations de médias "
           "roumains sur une prétendue chute de missiles russes près de Plauru relèvent de la provocation "
           "», a déclaré le ministère russe de la Défense."),
]


@pytest.mark.parametrize("text", [t for _, t in TOLD_TWICE])
def test_a_denial_of_the_allegations_answers_every_account_of_the_act(analyse, text):
    article = analyse(text, language="fr", published="2022-11-16")
    denial = [c for c in article.claims if c.stance == "deny"]
    accounts = [c for c in article.claims if c.stance == "assert" and c.speaker is not None
                and c.speaker.country == "UA"]
    assert denial and accounts, [(c.speaker and c.speaker.name, c.stance, c.content) for c in article.claims]
    assert all(a.id in denial[0].contradicts for a in accounts), \
        [(c.speaker and c.speaker.name, c.stance, c.about, c.contradicts) for c in article.claims]
