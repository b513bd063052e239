"""Round 17: a postposed reporting clause whose speaker a relative clause describes (", a assuré
un commerçant qui a requis l'anonymat") still gives that speaker the words before it: the
relative ends the inverted subject's search (attribution.inverted_subject) and the reporting
clause is read without it (attribution_edges.before_relative). Before, the statement was lost, or
the clause's own subject was taken for the speaker and the relative for the claim. Sentences
written here from the general pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("« Les gangs contrôlent toujours la prison et le marché », a assuré un commerçant qui a requis "
     "l'anonymat.", "commerçant", "Les gangs contrôlent"),
    ("« Il y avait des corps dans la rue », a déclaré un habitant qui a requis l'anonymat.", "habitant",
     "des corps"),
    ("Trois civils ont été tués dans la nuit, a affirmé un habitant qui a requis l'anonymat.", "habitant",
     "Trois civils"),
    ("Les miliciens tiennent toujours la prison, a assuré un commerçant qui vit près du marché.",
     "commerçant", "tiennent toujours"),
])
def test_a_speaker_described_by_a_relative_clause_keeps_the_words(analyse, text, speaker, words):
    claims = analyse(text).claims
    assert any(speaker in (c.speaker.text or "") and words in c.content and "qui" not in c.content
               for c in claims), [(c.speaker.text, c.content) for c in claims]
