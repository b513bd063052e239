"""Round 17: an aside between the auxiliary and the participle of a reporting verb ("a de son
côté affirmé", "a quant à elle démenti") makes the French parser take the auxiliary for the main
verb and the participle for a dependent of the aside's noun: the statement was lost. The
auxiliary's subject speaks (attribution_edges.aside_auxiliary, perfect_auxiliaries in
lang/*/claims.yaml). Sentences written here from the general pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "stance", "words"), [
    ("Le ministère russe de la Défense a de son côté affirmé avoir frappé une réunion de commandants "
     "ukrainiens.", "ministère", "assert", "réunion de commandants"),
    ("L'armée israélienne a quant à elle démenti toute frappe sur l'hôpital.", "armée", "deny", "hôpital"),
    ("Le Hamas a pour sa part indiqué que trois otages avaient été tués dans la frappe.", "Hamas", "assert",
     "trois otages"),
    ("Les rebelles ont de leur côté affirmé avoir abattu un hélicoptère de l'armée près de la frontière.",
     "rebelles", "assert", "hélicoptère"),
])
def test_an_aside_inside_the_perfect_keeps_the_statement(analyse, text, speaker, stance, words):
    claims = analyse(text).claims
    assert any(speaker in (c.speaker.text or "") and c.stance == stance and words in c.content
               for c in claims), [(c.speaker.text, c.stance, c.content) for c in claims]


def test_an_aside_before_a_passive_reports_nothing(analyse):
    claims = analyse("Le gouvernement a de son côté été informé de la situation.").claims
    assert not claims, [(c.speaker.text, c.content) for c in claims]
