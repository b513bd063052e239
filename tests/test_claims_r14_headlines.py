"""Round 14: a reporting verb after a comma that has its own object ("Des obus tombent sur Goma,
Kinshasa dément la perte de l'aéroport") claims that object, not the clause before the comma,
even when the tagger misreads the verb ("dément" as an adverb) and hangs the object on the verb
before (clauses.postposed_content). A postposed reporting clause (", a affirmé l'armée") still
claims the clause before it. Sentences written here from the general pattern of headlines."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2026, 2, 12))


@pytest.mark.parametrize(("text", "claimed", "not_claimed"), [
    ("Des obus tombent sur Goma, Kinshasa dément la perte de l'aéroport\n\nDes obus sont tombés mardi "
     "sur Goma.", "perte", "obus"),
    ("Des drones frappent Odessa, Kiev dément la destruction du port\n\nDes drones ont frappé Odessa "
     "dans la nuit.", "destruction", "drones"),
    # a postposed reporting clause: the clause before the comma is claimed
    ("Des obus sont tombés mardi sur un marché de Goma, a affirmé l'armée congolaise.", "obus", "armée"),
])
def test_a_verb_after_a_comma_with_its_own_object_claims_the_object(pipe, text, claimed, not_claimed):
    claims = pipe.process(Article(text=text, id="t", language="fr", published=PUBLISHED)).claims
    assert claims, text
    first = claims[0]
    assert claimed in first.content and not_claimed not in first.content, [(c.speaker.name, c.content)
                                                                          for c in claims]
